/**
 * A subgroup (or sub-committee) of a partnership: one entry in
 * `content/<partnership>/records/subgroups.yaml`, a YAML list. Evidence for
 * the per-subgroup duties (terms of reference, membership reviews).
 *
 * ```yaml
 * - id: case-review-group
 *   name: Case review group
 *   shortName: CRG
 *   partnership: west-sussex
 *   chairRole: Designated Nurse
 *   termsOfReference: { agreed: 2026-03-10, agreedBy: Steering Group }
 *   membership: { reviewed: 2025-06-12, signedOffBy: Steering Group }
 *   example: true
 * ```
 */
import { z } from 'astro/zod';
import { calendarDate, slugId } from './common.ts';
import { evidenceLink, exampleFlag } from './record-common.ts';

export const subgroupSchema = z.strictObject({
  /** Stable id, unique within the partnership, used by meetings and reviews: `case-review-group`. */
  id: slugId,
  /** Name as the documents print it: "Case review group". */
  name: z.string().min(1),
  /** Acronym the documents use: "CRG". */
  shortName: z.string().min(1).optional(),
  /** Id of the partnership; must match the folder the file is in. */
  partnership: slugId,
  /** The role that chairs it (a role, not a person): "Designated Nurse, CCGs". */
  chairRole: z.string().min(1).optional(),
  /** When its terms of reference were last agreed or reviewed, and by whom. Leave out if never. */
  termsOfReference: z
    .strictObject({
      /** Date of the latest agreement or review, YYYY-MM-DD. */
      agreed: calendarDate,
      /** The body that agreed or signed them off: "Steering Group", "Executive". */
      agreedBy: z.string().min(1),
      /** Minutes or paper recording it. */
      paper: evidenceLink.optional(),
    })
    .optional(),
  /** When its membership was last reviewed, and who signed it off. Leave out if never. */
  membership: z
    .strictObject({
      /** Date of the latest membership review, YYYY-MM-DD. */
      reviewed: calendarDate,
      /** The body that signed it off: "Steering Group". */
      signedOffBy: z.string().min(1),
      /** Minutes or paper recording it. */
      paper: evidenceLink.optional(),
    })
    .optional(),
  /** `true` when this entry's dates are illustrative, not facts about the real subgroup. */
  example: exampleFlag,
});

export const subgroupsFileSchema = z.array(subgroupSchema);

export type Subgroup = z.infer<typeof subgroupSchema>;
export type SubgroupInput = z.input<typeof subgroupSchema>;
