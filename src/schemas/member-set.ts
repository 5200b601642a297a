/**
 * The set a per-member duty runs over, one result per member: every subgroup
 * in subgroups.yaml ("each subgroup reports quarterly"), or members the
 * clause lists itself ("each Party shall pay … by 30th April"), named as the
 * clause names them. Records say which member they are for: a review's
 * `subgroup` or `member`, a meeting's `subgroups` or `members`.
 *
 * ```yaml
 * each: subgroup
 * each: { members: [{ id: county-council, name: West Sussex County Council }] }
 * ```
 */
import { z } from 'astro/zod';
import { slugId } from './common.ts';

export const memberSetSchema = z.union([
  z.literal('subgroup'),
  z.strictObject({
    /** The members as the clause names them; `id` is what records use in `member` / `members`. */
    members: z.array(z.strictObject({ id: slugId, name: z.string().min(1) })).min(1),
  }),
]);

export type MemberSet = z.infer<typeof memberSetSchema>;
