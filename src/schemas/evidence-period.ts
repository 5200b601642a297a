/**
 * The period a piece of evidence is for, named by the record itself: a
 * review done early for next year, contributions paid in March for the year
 * starting in April. Without it the check counts evidence for the period its
 * date falls in, and says so.
 *
 * ```yaml
 * for: { financialYear: 2026-27 }     # 1 April 2026 to 31 March 2027
 * for: { year: 2026 }                 # the calendar year, or the deadline of that year
 * for: { quarter: 2026-27 Q1 }        # April to June 2026
 * for: { start: 2026-04-01, end: 2026-09-30 }
 * ```
 */
import { z } from 'astro/zod';
import { datePeriod } from './record-common.ts';

/** `2026-27`: the financial year from 1 April 2026; the second year must follow the first. */
const financialYearLabel = z
  .string()
  .regex(/^\d{4}-\d{2}$/, { message: 'expected a financial year written as 2026-27' })
  .refine((label) => (Number(label.slice(0, 4)) + 1) % 100 === Number(label.slice(5)), {
    message: 'expected a financial year whose second year follows the first, such as 2026-27',
  });

export const evidencePeriodSchema = z.union([
  z.strictObject({
    /** A financial year, 1 April to 31 March: `2026-27`. */
    financialYear: financialYearLabel,
  }),
  z.strictObject({
    /** A calendar year; for a duty with a yearly deadline, the year of the deadline: `2026`. */
    year: z.number().int().min(1900).max(2999),
  }),
  z.strictObject({
    /** A quarter of a financial year, three months from 1 April: `2026-27 Q1` is April to June 2026. */
    quarter: z.string().regex(/^\d{4}-\d{2} Q[1-4]$/, { message: 'expected a quarter written as 2026-27 Q1' }),
  }),
  datePeriod,
]);

export type EvidencePeriod = z.infer<typeof evidencePeriodSchema>;
