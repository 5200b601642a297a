/**
 * "Annually", "at least once in every 12-month period", "each financial
 * year" and "every two years as a minimum" are different rules. These tests
 * put the same evidence through each and show where the answers part.
 */
import { describe, expect, it } from 'vitest';
import { intervalDue, rollingDue } from '../../src/lib/compliance/cadence.ts';
import type { IntervalCadence } from '../../src/schemas/cadence.ts';
import { day } from './helpers.ts';

const annually: IntervalCadence = { rule: 'anniversary', years: 1 };
const everyTwoYears: IntervalCadence = { rule: 'anniversary', years: 2 };
const every12Months: IntervalCadence = { rule: 'rolling', months: 12 };
const eachFinancialYear: IntervalCadence = { rule: 'financial-year' };

/** The day the duty is judged against: the oldest missed period's end while one is open, else the next due date. */
const due = (cadence: IntervalCadence, dates: string[], asOf: string) => {
  const outcome = intervalDue(cadence, dates.map(day), day(asOf));
  return (outcome.open[0]?.end ?? outcome.due).toString();
};
const shortfalls = (outcome: ReturnType<typeof intervalDue>) => outcome.open.map((lapse) => lapse.shortfall);

describe('cadence rules', () => {
  it('makes an annual review fall due on the calendar anniversary of the last one', () => {
    expect(due(annually, ['2025-06-10'], '2025-12-01')).toBe('2026-06-10');
  });

  it('makes a review dated 29 February fall due on 28 February the next year', () => {
    expect(due(annually, ['2024-02-29'], '2024-06-01')).toBe('2025-02-28');
  });

  it('makes "every two years as a minimum" fall due two years on, where "annually" is already late', () => {
    expect(due(everyTwoYears, ['2025-01-10'], '2026-02-01')).toBe('2027-01-10');
    expect(due(annually, ['2025-01-10'], '2026-02-01')).toBe('2026-01-10');
  });

  it('ends a 12-month period on the last day of the twelve months after the last evidence, which differs from the anniversary before a leap day', () => {
    // The 12 months starting 1 March 2023 end on 29 February 2024; the anniversary of 28 February 2023 is 28 February 2024.
    expect(rollingDue(day('2023-02-28'), 12).toString()).toBe('2024-02-29');
    expect(due(every12Months, ['2023-02-28'], '2023-06-01')).toBe('2024-02-29');
    expect(due(annually, ['2023-02-28'], '2023-06-01')).toBe('2024-02-28');
  });

  it('agrees with the anniversary for a 29 February start, because the next 12-month period ends on 28 February', () => {
    expect(due(every12Months, ['2024-02-29'], '2024-06-01')).toBe('2025-02-28');
  });

  it('keeps an earlier gap as an open lapse under both the 12-month rule and "annually", however good the evidence since', () => {
    const dates = ['2023-09-30', '2024-11-15', '2025-09-30'].map(day);
    const rolling = intervalDue(every12Months, dates, day('2026-01-01'));
    const anniversary = intervalDue(annually, dates, day('2026-01-01'));
    expect(shortfalls(rolling)).toEqual(['nothing in the 12-month period 2023-10-01 to 2024-09-30; the next was on 2024-11-15']);
    expect(shortfalls(anniversary)).toEqual(['no review within a year of 2023-09-30: due by 2024-09-30; the next was on 2024-11-15']);
    expect(rolling.due.toString()).toBe(anniversary.due.toString());
  });

  it("closes a lapse only by an acknowledgement covering it, and not before the duty's since date", () => {
    const dates = ['2023-09-30', '2024-11-15'].map(day);
    const acknowledged = intervalDue(annually, dates, day('2025-01-01'), {
      acknowledge: (lapse) => ({
        period: { start: lapse.start.toString(), end: lapse.end.toString() },
        shortfall: lapse.shortfall,
        acknowledgement: { date: '2024-12-01', by: 'Board', reason: 'noted', example: true, file: 'f', line: 1 },
      }),
    });
    expect([acknowledged.open.length, acknowledged.acknowledged.length]).toEqual([0, 1]);
    expect(intervalDue(annually, dates, day('2025-01-01'), { since: day('2024-10-01') }).open).toEqual([]);
    expect(intervalDue(annually, dates, day('2025-01-01'), { since: day('2024-09-30') }).open).toHaveLength(1);
  });

  it('allows nearly two years between evidence in consecutive financial years, where the 12-month rule is long overdue', () => {
    const dates = ['2024-04-01', '2026-03-31'];
    // Both financial years 2024-25 and 2025-26 hold evidence: next needed in 2026-27.
    expect(due(eachFinancialYear, dates, '2026-04-15')).toBe('2027-03-31');
    expect(shortfalls(intervalDue(every12Months, dates.map(day), day('2026-04-15')))).toHaveLength(1);
  });

  it('makes the financial-year rule due on 31 March whatever day in the year the last evidence fell', () => {
    expect(due(eachFinancialYear, ['2025-04-01'], '2025-10-01')).toBe('2027-03-31');
    expect(due(eachFinancialYear, ['2024-04-01'], '2025-10-01')).toBe('2026-03-31');
    expect(due(annually, ['2025-04-01'], '2025-10-01')).toBe('2026-04-01');
  });

  it('makes the financial-year rule overdue from 31 March when last year had no evidence', () => {
    expect(due(eachFinancialYear, ['2023-06-01'], '2025-06-01')).toBe('2025-03-31');
  });

  it("never lets a later year's evidence hide a financial year with none", () => {
    const outcome = intervalDue(eachFinancialYear, ['2024-06-01', '2026-05-01'].map(day), day('2026-11-01'));
    expect(shortfalls(outcome)).toEqual(['nothing in financial year 2025-26']);
    expect(due(eachFinancialYear, ['2024-06-01', '2026-05-01'], '2026-11-01')).toBe('2026-03-31');
  });

  it('counts evidence for the financial year its record names, so a review done in March for the coming year counts for that year', () => {
    const early = { date: day('2026-03-20'), period: { start: day('2026-04-01'), end: day('2027-03-31') } };
    const outcome = intervalDue(eachFinancialYear, [day('2025-01-10'), early], day('2026-11-01'));
    expect(shortfalls(outcome)).toEqual(['nothing in financial year 2025-26']);
    // This year (2026-27) is the one the March record names, so the next is due in 2027-28.
    expect(outcome.due.toString()).toBe('2028-03-31');
  });

  it('treats 31 March and 1 April as different financial years', () => {
    expect(due(eachFinancialYear, ['2026-03-31'], '2026-04-01')).toBe('2027-03-31');
    expect(due(eachFinancialYear, ['2026-04-01'], '2026-04-01')).toBe('2028-03-31');
  });
});
