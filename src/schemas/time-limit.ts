/**
 * A time limit, as the documents state one: "within 28 days", "within 3
 * months", "within five working days", "at least 5 days before". Exactly one
 * unit. Working days are Monday to Friday less England and Wales bank
 * holidays (src/lib/dates/working-days.ts); months are calendar months, so
 * three months from 30 November end on the last day of February. How the
 * check counts it is in src/lib/compliance/time-limit.ts.
 *
 * ```yaml
 * limit: { workingDays: 5 }
 * ```
 */
import { z } from 'astro/zod';

const count = z.number().int().positive();

export const timeLimitSchema = z.union(
  [
    /** Calendar days: "within 28 days". */
    z.strictObject({ days: count }),
    /** Weeks of seven days: "within two weeks". */
    z.strictObject({ weeks: count }),
    /** Calendar months: "within 3 months". */
    z.strictObject({ months: count }),
    /** Working days, Monday to Friday less England and Wales bank holidays: "within five working days". */
    z.strictObject({ workingDays: count }),
  ],
  { message: 'expected exactly one of { days: N }, { weeks: N }, { months: N } or { workingDays: N }' },
);

export type TimeLimit = z.infer<typeof timeLimitSchema>;
