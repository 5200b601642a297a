/** `publication` duties: annual reports and business plans, from publications.yaml. */
import { describe, expect, it } from 'vitest';
import { check, duty, records, statusesOn } from './helpers.ts';

const fy = (start: number) => ({ start: `${start}-04-01`, end: `${start + 1}-03-31` });

const every12Months = duty({ kind: 'publication', publicationType: 'annual-report', cadence: { rule: 'rolling', months: 12 } });
const precedingYear = duty({ kind: 'publication', publicationType: 'annual-report', cadence: { rule: 'preceding-financial-year' } });
const businessPlan = duty({ kind: 'publication', publicationType: 'business-plan', cadence: { rule: 'in-force' } });

const report2024 = records({ publications: [{ period: fy(2024), published: '2025-09-30' }] });

describe('publication duties', () => {
  it('under the 12-month rule, are due-soon the day before and the day of the end of the 12 months, and overdue the day after', () => {
    expect(statusesOn(every12Months, report2024, ['2026-09-29', '2026-09-30', '2026-10-01'])).toEqual({
      '2026-09-29': 'due-soon',
      '2026-09-30': 'due-soon',
      '2026-10-01': 'overdue',
    });
  });

  it('for the preceding financial year, want the report on year N published by 31 March at the end of year N+1', () => {
    // The 2024-25 report is out, so the 2025-26 report is next, due by 31 March 2027.
    expect(check(precedingYear, report2024, '2026-10-01').due?.toString()).toBe('2027-03-31');
    expect(statusesOn(precedingYear, report2024, ['2027-03-30', '2027-03-31', '2027-04-01'])).toEqual({
      '2027-03-30': 'due-soon',
      '2027-03-31': 'due-soon',
      '2027-04-01': 'overdue',
    });
  });

  it('with their own deadline ("by 30 September each year"), want the report on year N by 30 September after it, in one record', () => {
    const bySeptember = duty({
      kind: 'publication',
      publicationType: 'annual-report',
      by: '09-30',
      cadence: { rule: 'preceding-financial-year' },
    });
    const reports = records({ publications: [{ period: fy(2024), published: '2025-09-30' }] });
    expect(statusesOn(bySeptember, reports, ['2026-09-29', '2026-09-30', '2026-10-01'])).toEqual({
      '2026-09-29': 'due-soon',
      '2026-09-30': 'due-soon',
      '2026-10-01': 'overdue',
    });
    expect(check(bySeptember, reports, '2026-10-01').detail).toBe('lapsed: no report on 2025-26 published by 2026-09-30');
    expect(check(bySeptember, records({ publications: [{ period: fy(2024), published: '2025-10-01' }] }), '2025-11-01').notes).toEqual([
      'the report for 2024-25 was published on 2025-10-01, after 2025-09-30',
    ]);
  });

  it('for the preceding financial year, do not count a report whose period is not a financial year', () => {
    const calendarYear = records({ publications: [{ period: { start: '2025-01-01', end: '2025-12-31' }, published: '2026-02-01' }] });
    expect(check(precedingYear, calendarYear, '2026-06-01').status).toBe('overdue');
    expect(check(every12Months, calendarYear, '2026-06-01').status).toBe('ok');
  });

  it('note a report on the preceding financial year published after its deadline', () => {
    const late = records({ publications: [{ period: fy(2024), published: '2026-05-01' }] });
    expect(check(precedingYear, late, '2026-06-01').notes).toEqual([
      'the report for 2024-25 was published on 2026-05-01, after 2026-03-31',
    ]);
  });

  it('want a business plan in force, due the day its period ends', () => {
    const plan = records({
      publications: [{ type: 'business-plan', period: { start: '2024-04-01', end: '2027-03-31' }, published: '2024-06-01' }],
    });
    expect(statusesOn(businessPlan, plan, ['2027-03-30', '2027-03-31', '2027-04-01'])).toEqual({
      '2027-03-30': 'due-soon',
      '2027-03-31': 'due-soon',
      '2027-04-01': 'overdue',
    });
  });

  it("count only publications of the duty's publisher and with what it must include", () => {
    const lscb = duty({
      kind: 'publication',
      publicationType: 'annual-report',
      publisher: 'lscb',
      cadence: { rule: 'anniversary', years: 1 },
    });
    const withStatement = duty({
      kind: 'publication',
      publicationType: 'annual-report',
      includes: 'financial-statement',
      cadence: { rule: 'preceding-financial-year' },
    });
    expect(check(lscb, report2024, '2026-01-01').status).toBe('no-evidence');
    expect(check(withStatement, report2024, '2026-01-01').status).toBe('no-evidence');
    const both = records({ publications: [{ period: fy(2024), published: '2025-09-30', includes: ['financial-statement'] }] });
    expect(check(withStatement, both, '2026-01-01').status).toBe('ok');
  });

  it('report no evidence when nothing has been published yet, pointing at publications.yaml', () => {
    const finding = check(every12Months, records(), '2026-01-01');
    expect(finding.status).toBe('no-evidence');
    expect(finding.edit.file).toBe('content/demo/records/publications.yaml');
  });

  it('count only publications recorded with their address when the text says they are published on a website', () => {
    const online = duty({
      kind: 'publication',
      publicationType: 'annual-report',
      onWebsite: true,
      cadence: { rule: 'anniversary', years: 1 },
    });
    const offline = records({ publications: [{ published: '2026-06-01' }] });
    expect(check(online, offline, '2026-07-01').status).toBe('no-evidence');
    expect(check(online, offline, '2026-07-01').detail).toContain('with the address it is published at (url)');
    const withUrl = records({
      publications: [{ published: '2025-06-01', url: 'https://example.org/demo/annual-report-2024-25' }, { published: '2026-06-01' }],
    });
    expect(check(online, withUrl, '2026-07-01').last?.date).toBe('2025-06-01');
  });
});
