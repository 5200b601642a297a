/**
 * A duty the importer proposes from a document's words: a cadence or
 * deadline phrase in a clause, read as one of the duty kinds (duty.ts).
 * Proposals live in `content/<partnership>/<document>/proposed-duties.yaml`
 * until an editor decides: accepting one moves its `duty` into the clause's
 * `duties:`; rejecting one keeps it, with the reason, so it is not proposed
 * again. `npm run check` lists the undecided ones as warnings; a proposal
 * never fails a build.
 *
 * Example:
 * ```yaml
 * proposals:
 *   - id: 3-1-not-less-than-six-times-in-each-financial-year
 *     clause: 3-1
 *     words: shall meet not less than six times in each financial year
 *     kind: frequency
 *     cadence: not less than 6 times in each financial year
 *     strength: required
 *     owner: The Board
 *     duty: { kind: frequency, body: the-board, atLeast: 6, yearStarts: 04-01 }
 *     status: proposed
 * ```
 */
import { z } from 'astro/zod';
import { slugId } from './common.ts';
import { dutyKinds } from './duty.ts';

export const proposedDutySchema = z.strictObject({
  /** Stable id within the document, made from the clause and the words: `3-1-every-18-months`. */
  id: slugId,
  /** Id of the clause the words are in. */
  clause: slugId,
  /** The clause's words that set the cadence or deadline, quoted as printed. */
  words: z.string().min(1),
  /** The duty kind proposed, or `none` where no current kind can check it ("within ten school days"). */
  kind: z.enum([...dutyKinds, 'none']),
  /** The cadence or deadline as the finder read it, in words: "every 18 months", "by 30 September each year". */
  cadence: z.string().min(1),
  /** `required` for must, shall, will (or a plain statement); `advisory` for should, ideally, preferably, aim. */
  strength: z.enum(['required', 'advisory']),
  /** Who the text says does it, where it names someone: "The Board", "the Executive". */
  owner: z.string().min(1).optional(),
  /**
   * The duty's kind-specific fields as they would be written into the clause (duty.ts): `cadence`,
   * `subject`, `atLeast`, `by`…; `id`, `duty`, `owner`, `wording` and `strength` (quoting the
   * sentence's modal) are filled in from the proposal when it is accepted, unless given here.
   * Edit it before accepting. Absent when `kind` is `none`.
   */
  duty: z.record(z.string(), z.unknown()).optional(),
  /** Why no duty kind fits, when `kind` is `none`. */
  unsupported: z.string().min(1).optional(),
  /** `proposed` until someone decides; `accepted` once moved into the clause; `rejected` with a `reason`. */
  status: z.enum(['proposed', 'accepted', 'rejected']).default('proposed'),
  /** Why it was rejected ("a target, not a duty"), so it is not proposed again. */
  reason: z.string().min(1).optional(),
});

export const proposedDutiesFileSchema = z.strictObject({
  /** Every proposal for the document, decided or not, in clause order. */
  proposals: z.array(proposedDutySchema).default([]),
});

export type ProposedDuty = z.infer<typeof proposedDutySchema>;
export type ProposedDutiesFile = z.infer<typeof proposedDutiesFileSchema>;
