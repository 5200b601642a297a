/**
 * `frequency` duties with `perQuarter` ("quarterly", "every three months"):
 * each quarter of the business year must hold its meeting, counted on London
 * dates; an ended quarter that fell short is overdue, the current quarter
 * falls due on its last day.
 */
import { describe, expect, it } from 'vitest';
import { check, duty, records, statusesOn } from './helpers.ts';

const quarterly = duty({ kind: 'frequency', body: 'steering-group', atLeast: 4, perQuarter: 1, yearStarts: '04-01' });
// Checked from 1 April 2025, so the empty year before does not count against the tests on 2025 dates.
const quarterlyFrom2025 = duty({
  kind: 'frequency',
  body: 'steering-group',
  atLeast: 4,
  perQuarter: 1,
  yearStarts: '04-01',
  since: '2025-04-01',
});
const fourAYear = duty({ kind: 'frequency', body: 'steering-group', atLeast: 4, yearStarts: '04-01' });
const allInApril = records({ meetings: ['2025-04-02', '2025-04-09', '2025-04-16', '2025-04-23', '2026-04-08'] });

describe('quarterly frequency duties', () => {
  it('fail four meetings held in one April, which "at least 4 a year" alone lets pass', () => {
    expect(check(fourAYear, allInApril, '2026-05-01').status).toBe('ok');
    const finding = check(quarterly, allInApril, '2026-05-01');
    expect(finding.status).toBe('overdue');
    expect(finding.due?.toString()).toBe('2025-09-30');
    expect(finding.detail).toBe(
      '0 of at least 1 meeting of the Steering Group held in the quarter Q2 2025-26; the quarter ended 2025-09-30',
    );
    expect(finding.notes).toEqual([
      'also short: 0 of at least 1 meeting of the Steering Group held in the quarter Q3 2025-26; the quarter ended 2025-12-31',
      'also short: 0 of at least 1 meeting of the Steering Group held in the quarter Q4 2025-26; the quarter ended 2026-03-31',
    ]);
  });

  it('count a meeting on the last day of a quarter in that quarter', () => {
    expect(check(quarterlyFrom2025, records({ meetings: ['2025-06-30'] }), '2025-07-15').status).toBe('ok');
  });

  it('count a meeting on the first day of the next quarter there, leaving the quarter before short', () => {
    const finding = check(quarterlyFrom2025, records({ meetings: ['2025-07-01'] }), '2025-07-15');
    expect(finding.status).toBe('overdue');
    expect(finding.due?.toString()).toBe('2025-06-30');
  });

  it('count 23:30 UTC on 30 June 2025 on its London date, 1 July (BST), and 23:30 London time on 30 June', () => {
    expect(check(quarterlyFrom2025, records({ meetings: ['2025-06-30T23:30:00Z'] }), '2025-07-15').status).toBe('overdue');
    expect(check(quarterlyFrom2025, records({ meetings: ['2025-06-30T23:30:00+01:00'] }), '2025-07-15').status).toBe('ok');
  });

  it('make the current quarter due on its last day: due-soon within the window, overdue the day after', () => {
    const onlyQ1 = records({ meetings: ['2025-05-01'] });
    expect(
      statusesOn(quarterlyFrom2025, onlyQ1, ['2025-08-30', '2025-08-31', '2025-09-01', '2025-09-29', '2025-09-30', '2025-10-01']),
    ).toEqual({
      '2025-08-30': 'ok',
      '2025-08-31': 'due-soon',
      '2025-09-01': 'due-soon',
      '2025-09-29': 'due-soon',
      '2025-09-30': 'due-soon',
      '2025-10-01': 'overdue',
    });
    expect(check(quarterlyFrom2025, onlyQ1, '2025-09-30').detail).toBe(
      '1 held of at least 4 in the year 2025-26; 3 more needed by 2026-03-31; 1 more needed in the quarter Q2 2025-26 by 2025-09-30 (today)',
    );
  });

  it('once this quarter has its meeting, fall due at the end of the next quarter', () => {
    const finding = check(quarterlyFrom2025, records({ meetings: ['2025-05-01', '2025-08-01'] }), '2025-08-15');
    expect(finding.status).toBe('ok');
    expect(finding.due?.toString()).toBe('2025-12-31');
    expect(finding.detail).toBe(
      '2 held of at least 4 in the year 2025-26; 2 more needed by 2026-03-31; the quarter Q2 2025-26: met; the next is due in the quarter Q3 2025-26, by 2025-12-31',
    );
  });

  it('carry the last quarter of a year into the first of the next', () => {
    const recs = records({
      meetings: ['2025-05-01', '2025-08-01', '2025-11-01', '2026-02-01', '2026-06-01', '2026-09-01', '2026-12-01', '2027-02-01'],
    });
    expect(check(quarterly, recs, '2027-02-15').due?.toString()).toBe('2027-06-30');
  });

  it('use quarters of the year the duty counts, here a calendar year', () => {
    const calendarQuarters = duty({
      kind: 'frequency',
      body: 'steering-group',
      atLeast: 4,
      perQuarter: 1,
      yearStarts: '01-01',
      since: '2026-01-01',
    });
    expect(check(calendarQuarters, records({ meetings: ['2026-03-31'] }), '2026-04-15').status).toBe('ok');
    expect(check(calendarQuarters, records({ meetings: ['2026-04-01'] }), '2026-04-15').due?.toString()).toBe('2026-03-31');
  });

  it("do not judge a quarter that began before the duty's start date", () => {
    const fromJuly = duty({ kind: 'frequency', body: 'steering-group', atLeast: 1, perQuarter: 1, since: '2025-07-01' });
    expect(check(fromJuly, records({ meetings: ['2025-08-01'] }), '2025-08-15').status).toBe('ok');
  });

  it('name the body as the records name it, in the detail and the evidence', () => {
    const recs = records({
      bodies: [{ id: 'finance-liaison', name: 'Accountant and Partnership Manager (Fund liaison)' }],
      meetings: [{ body: 'finance-liaison', date: '2025-07-01' }],
    });
    const finding = check(
      duty({ kind: 'frequency', body: 'finance-liaison', atLeast: 4, perQuarter: 1, since: '2025-04-01' }),
      recs,
      '2025-07-15',
    );
    expect(finding.last?.what).toBe('meeting of the Accountant and Partnership Manager (Fund liaison)');
    expect(finding.detail).toBe(
      '0 of at least 1 meeting of the Accountant and Partnership Manager (Fund liaison) held in the quarter Q1 2025-26; the quarter ended 2025-06-30',
    );
  });
});
