/**
 * One clause of a document: `content/<partnership>/<document>/clauses/<id>.mdx`.
 * The frontmatter is validated here; the MDX body is the clause text, verbatim.
 *
 * Example:
 * ```yaml
 * id: 6-53
 * number: "6.53"
 * heading: Quoracy
 * parent: 6-5
 * order: 30
 * topics: [meetings, quoracy]
 * ```
 */
import { z } from 'astro/zod';
import { slugId } from './common.ts';
import { dutySchema } from './duty.ts';

export const clauseSchema = z.strictObject({
  /**
   * Stable id, unique within the document, used in the clause's URL. Derived
   * from the number (`6.53` → `6-53`, `iii` under 6.53 → `6-53-iii`), never
   * renumbered. Where the source prints a number twice, `number` stays as
   * printed on both and the later one's id gets a suffix, in this order:
   *  - `-2`, `-3`, … : the second "6.2" (after "6. 2") is `6-2-2`, the second
   *    "6.77" is `6-77-2`;
   *  - a letter from `b` on, when that id belongs to a number the source also
   *    prints: the second "6.8" would be `6-8-2`, but `6-8-2` is the id of the
   *    printed "6.8.2", so it is `6-8-b`.
   * The importer applies this rule (src/lib/import/numbering.ts, IdRegistry);
   * `npm run anomalies` lists every repeated number.
   */
  id: slugId,
  /**
   * The number exactly as the source prints it, mistakes included: "6.53",
   * "6. 1", "iii", "(a)", "Appendix 1". Leave out for a headed section the
   * source does not number.
   */
  number: z.string().min(1).optional(),
  /** The clause heading as printed, if it has one ("Quoracy"). */
  heading: z.string().min(1).optional(),
  /** Id of the clause this one sits under; leave out for a top-level clause. */
  parent: slugId.optional(),
  /**
   * Position among the clauses with the same parent, smallest first. Leave
   * gaps (10, 20, 30) so a clause can be inserted without renumbering.
   */
  order: z.number().int().nonnegative(),
  /** Optional topics for search filters, lower case: `[meetings, quoracy]`. */
  topics: z.array(z.string().regex(/^[a-z0-9][a-z0-9 -]*$/)).default([]),
  /**
   * Duties this clause creates that have a date or cadence (see
   * src/schemas/duty.ts); the compliance check (`npm run check`) reports
   * each against the records in `content/<partnership>/records/`.
   */
  duties: z.array(dutySchema).default([]),
});

export type Clause = z.infer<typeof clauseSchema>;
export type ClauseInput = z.input<typeof clauseSchema>;
