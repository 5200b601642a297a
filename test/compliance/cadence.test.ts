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

const due = (cadence: IntervalCadence, dates: string[], asOf: string) => intervalDue(cadence, dates.map(day), day(asOf)).due.toString();

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

  it('reports an earlier gap longer than 12 months under the 12-month rule, but not under "annually"', () => {
    const dates = ['2023-09-30', '2024-11-15', '2025-09-30'].map(day);
    const rolling = intervalDue(every12Months, dates, day('2026-01-01'));
    const anniversary = intervalDue(annually, dates, day('2026-01-01'));
    expect(rolling.notes).toEqual(['lapsed earlier: nothing in the 12-month period 2023-10-01 to 2024-09-30; the next was 2024-11-15']);
    expect(anniversary.notes).toEqual([]);
    expect(rolling.due.toString()).toBe(anniversary.due.toString());
  });

  it('allows nearly two years between evidence in consecutive financial years, where the 12-month rule is long overdue', () => {
    const dates = ['2024-04-01', '2026-03-31'];
    // Both financial years 2024-25 and 2025-26 hold evidence: next needed in 2026-27.
    expect(due(eachFinancialYear, dates, '2026-04-15')).toBe('2027-03-31');
    expect(intervalDue(every12Months, dates.map(day), day('2026-04-15')).notes).toHaveLength(1);
  });

  it('makes the financial-year rule due on 31 March whatever day in the year the last evidence fell', () => {
    expect(due(eachFinancialYear, ['2025-04-01'], '2025-10-01')).toBe('2027-03-31');
    expect(due(eachFinancialYear, ['2024-04-01'], '2025-10-01')).toBe('2026-03-31');
    expect(due(annually, ['2025-04-01'], '2025-10-01')).toBe('2026-04-01');
  });

  it('makes the financial-year rule overdue from 31 March when last year had no evidence', () => {
    expect(due(eachFinancialYear, ['2023-06-01'], '2025-06-01')).toBe('2025-03-31');
  });

  it('treats 31 March and 1 April as different financial years', () => {
    expect(due(eachFinancialYear, ['2026-03-31'], '2026-04-01')).toBe('2027-03-31');
    expect(due(eachFinancialYear, ['2026-04-01'], '2026-04-01')).toBe('2028-03-31');
  });
});
