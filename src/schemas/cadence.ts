/**
 * How often something must happen, for the duties in clause frontmatter
 * (see duty.ts). The documents use phrases that sound alike but are
 * different rules, so each phrase has its own rule here:
 *
 * | the text says                                  | rule                       |
 * |------------------------------------------------|----------------------------|
 * | "reviewed annually", "annual review"           | `anniversary`, years: 1    |
 * | "every two years as a minimum"                 | `anniversary`, years: 2    |
 * | "at least once in every 12-month period"       | `rolling`, months: 12      |
 * | "each financial year" (1 April – 31 March)     | `financial-year`           |
 * | "in relation to the preceding financial year"  | `preceding-financial-year` |
 * | a plan "in line with its current responsibilities", a budget "agreed on a three-year basis" | `in-force` |
 *
 * How each rule computes its due date is in src/lib/compliance/cadence.ts.
 */
import { z } from 'astro/zod';

const anniversary = z.strictObject({
  /**
   * Calendar anniversary: the next one is due on the same day N years after
   * the last. A last date of 29 February falls due on 28 February.
   */
  rule: z.literal('anniversary'),
  /** Years between one and the next: 1 for "annually", 2 for "every two years". */
  years: z.number().int().positive().default(1),
});

const rolling = z.strictObject({
  /**
   * "At least once in every N-month period": no gap between two pieces of
   * evidence may be longer than N months, and every past gap is checked.
   */
  rule: z.literal('rolling'),
  /** Length of the period in months; 12 for the Children Act 2004 s16G report. */
  months: z.number().int().positive().default(12),
});

const financialYear = z.strictObject({
  /**
   * At least once in each financial year, 1 April to 31 March (Europe/London
   * dates). Two pieces of evidence may be nearly two years apart.
   */
  rule: z.literal('financial-year'),
});

const precedingFinancialYear = z.strictObject({
  /**
   * Publications only: in each financial year, a publication whose period is
   * the financial year before. Due by 31 March of the year after the period.
   */
  rule: z.literal('preceding-financial-year'),
});

const inForce = z.strictObject({
  /**
   * Something agreed for a term (a plan, a three-year budget, a strategy)
   * must always have one in force: due the day the current term ends, and a
   * gap between terms is a lapse. The term is the publication's `period`, or
   * the review record's `for: { start, end }`.
   */
  rule: z.literal('in-force'),
});

/** Rules any dated record (a review, a subgroup's dates) can satisfy. */
export const intervalCadenceSchema = z.discriminatedUnion('rule', [anniversary, rolling, financialYear, inForce]);

/** Rules a publication can satisfy: the interval rules plus the two about a publication's period. */
export const publicationCadenceSchema = z.discriminatedUnion('rule', [
  anniversary,
  rolling,
  financialYear,
  precedingFinancialYear,
  inForce,
]);

export type IntervalCadence = z.infer<typeof intervalCadenceSchema>;
export type Cadence = z.infer<typeof publicationCadenceSchema>;
export type CadenceInput = z.input<typeof publicationCadenceSchema>;
export type CadenceRule = Cadence['rule'];
