/**
 * An acknowledged lapse: one entry in
 * `content/<partnership>/records/acknowledgements.yaml`, a YAML list.
 *
 * A past period that fell short cannot be put right afterwards: a business
 * year with three meetings instead of four, a quarter without a meeting, a
 * deadline missed. Unacknowledged, such a lapse fails every build until the
 * check stops looking at that period (up to a year). Once the responsible
 * body has noted it, an editor records that here; the check then reports the
 * period as "lapsed, acknowledged", a note shown on the register, instead of
 * an error. Only past periods can be acknowledged (frequency years and
 * quarters, annual deadlines, financial years); a review or report that is
 * still not done stays overdue.
 *
 * ```yaml
 * - duty: partnership-board-meetings
 *   period: { start: 2025-04-01, end: 2025-06-30 }
 *   date: 2025-07-15
 *   by: Partnership Board
 *   reason: The June meeting was cancelled; the Board met on 15 July instead.
 *   link: https://example.org/west-sussex/partnership-board/2025-07-15-minutes
 *   example: true
 * ```
 */
import { z } from 'astro/zod';
import { calendarDate, slugId } from './common.ts';
import { datePeriod, evidenceLink, exampleFlag } from './record-common.ts';

export const acknowledgementSchema = z.strictObject({
  /** Id of the duty that lapsed, as declared in the clause frontmatter: `partnership-board-meetings`. */
  duty: slugId,
  /** For a per-subgroup duty, the id of the subgroup (subgroups.yaml) whose lapse this is. */
  subgroup: slugId.optional(),
  /** For a duty on each listed member (`each: { members }`), the id of the member whose lapse this is. */
  member: slugId.optional(),
  /**
   * The period that fell short, first and last day, as the check's message
   * gives it. It covers every lapse of the duty whose period lies inside it,
   * so a whole business year also covers its quarters.
   */
  period: datePeriod,
  /** The day the lapse was acknowledged (the meeting that noted it), YYYY-MM-DD. It counts from that day. */
  date: calendarDate,
  /** Who acknowledged it: "Steering Group". */
  by: z.string().min(1),
  /** Why it lapsed, or what was done instead, in a sentence readers will see on the register. */
  reason: z.string().min(1),
  /** Minutes or paper recording the acknowledgement: an address or a reference. */
  link: evidenceLink.optional(),
  /** `true` when this record is illustrative, not a fact about the real body. */
  example: exampleFlag,
});

export const acknowledgementsFileSchema = z.array(acknowledgementSchema);

export type Acknowledgement = z.infer<typeof acknowledgementSchema>;
export type AcknowledgementInput = z.input<typeof acknowledgementSchema>;
