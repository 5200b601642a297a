/**
 * A review or other dated action: one entry in
 * `content/<partnership>/records/reviews.yaml`, a YAML list. Evidence for
 * `review` and `annual-deadline` duties, matched by `subject`.
 *
 * ```yaml
 * - subject: constitution
 *   what: Annual review of the constitution
 *   date: 2026-05-12
 *   by: Steering Group
 *   paper: SG minutes 12 May 2026, item 6
 *   example: true
 * ```
 */
import { z } from 'astro/zod';
import { evidencePeriodSchema } from './evidence-period.ts';
import { calendarDate, slugId } from './common.ts';
import { evidenceLink, exampleFlag } from './record-common.ts';

export const reviewSchema = z.strictObject({
  /** What kind of review this is; a duty with the same `subject` counts it: `constitution`, `meeting-dates-set`. */
  subject: slugId,
  /** What was reviewed or done, in plain English: "Annual review of the constitution". */
  what: z.string().min(1),
  /** The day it happened, YYYY-MM-DD. */
  date: calendarDate,
  /** Who did it: "Steering Group", "the three lead partners". */
  by: z.string().min(1),
  /** Minutes or paper recording it: an address or a reference. */
  paper: evidenceLink.optional(),
  /**
   * The period it is for, when that is not the one its date falls in: a
   * review done in March for the year starting in April, `{ financialYear: 2026-27 }`
   * (src/schemas/evidence-period.ts). Without it, the period is derived from `date`.
   */
  for: evidencePeriodSchema.optional(),
  /** Id of the subgroup it concerns, if any; must be in subgroups.yaml. */
  subgroup: slugId.optional(),
  /** For a duty on each listed member (`each: { members }`), the id of the member it is for. */
  member: slugId.optional(),
  /** `true` when this record is illustrative, not a fact about the real body. */
  example: exampleFlag,
});

export const reviewsFileSchema = z.array(reviewSchema);

export type Review = z.infer<typeof reviewSchema>;
export type ReviewInput = z.input<typeof reviewSchema>;
