/**
 * A decision that changed a document's words after it was first published:
 * one entry in `content/<partnership>/<document>/amendments.yaml`. The
 * clause files hold the words in force now and `source.txt` the words as
 * first published; each record keeps the words a clause had before it, so
 * every version of the document can be rebuilt and proven against source.txt
 * (src/lib/amendments/).
 *
 * ```yaml
 * amendments:
 *   - id: quorum-independent-chair
 *     effective: 2026-04-01
 *     summary: An ordinary Steering Group meeting is quorate only when the Independent Chair attends too.
 *     authority: WSSCP Steering Group, 10 March 2026
 *     minute: Minute 7
 *     changes:
 *       - clause: 6-53-i
 *         was: To be quorate, any ordinary Steering Group meeting must be attended by representatives of the three lead partners.
 *     example: true
 * ```
 */
import { z } from 'astro/zod';
import { calendarDate, slugId } from './common.ts';
import { webAddress } from './link.ts';
import { exampleFlag } from './record-common.ts';

export const amendmentChangeSchema = z.strictObject({
  /** The id of the clause whose words changed (its file name in clauses/, without .mdx). */
  clause: slugId,
  /** The clause's text just before this amendment, copied from the clause file before editing it; leave out when only its number changed. */
  was: z.string().min(1).optional(),
  /** The number the clause printed just before this amendment, when the amendment renumbered it (npm run renumber writes it). */
  number: z.string().min(1).optional(),
  /** `true` when the amendment revoked the clause: its file is gone and addresses.yaml says so. */
  revoked: z.literal(true).optional(),
  /** A revoked clause's heading, parent clause and order, as its file had them, so earlier versions show it in its place. */
  heading: z.string().min(1).optional(),
  parent: slugId.optional(),
  order: z.number().int().nonnegative().optional(),
  /** `true` when the amendment added the clause: earlier versions do not have it, and its words need no `was`. */
  added: z.literal(true).optional(),
});

export const amendmentSchema = z.strictObject({
  /** Lower-case, hyphenated, unique in the document: `quorum-independent-chair`. */
  id: slugId,
  /** The day the amended words take effect, YYYY-MM-DD. */
  effective: calendarDate,
  /** What changed, in a sentence, for the versions page and the feed. */
  summary: z.string().min(1),
  /** Who decided it, and when: the body and its meeting ("WSSCP Steering Group, 10 March 2026"). */
  authority: z.string().min(1),
  /** The minute or paper that records the decision, as it is numbered ("Minute 7", "Paper SG/26/04"). */
  minute: z.string().min(1),
  /** Where the minute or paper is published, if it is. */
  url: webAddress.optional(),
  /** Each clause whose words changed, with its words before. */
  changes: z.array(amendmentChangeSchema).min(1),
  /** `true` when this amendment is illustrative, not a decision the real partnership made. */
  example: exampleFlag,
});

export const amendmentsFileSchema = z.strictObject({
  /** The document's amendments, in any order; they apply in order of `effective`. */
  amendments: z.array(amendmentSchema),
});

export type Amendment = z.infer<typeof amendmentSchema>;
export type AmendmentChange = z.infer<typeof amendmentChangeSchema>;
export type AmendmentsFile = z.infer<typeof amendmentsFileSchema>;
