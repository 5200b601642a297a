/** `annual-deadline` duties: done by a fixed day each year, from reviews.yaml. */
import { describe, expect, it } from 'vitest';
import { check, duty, records, statusesOn } from './helpers.ts';

const meetingDates = duty({ kind: 'annual-deadline', subject: 'meeting-dates-set', by: '11-15', opens: '04-01' });
const contributions = duty({ kind: 'annual-deadline', subject: 'contributions-received', by: '04-30', opens: '04-01' });
const set = (...dates: string[]) => records({ reviews: dates.map((date) => ({ subject: 'meeting-dates-set', date })) });
const paid = (...dates: string[]) => records({ reviews: dates.map((date) => ({ subject: 'contributions-received', date })) });

describe('annual-deadline duties', () => {
  it('are due-soon the day before and the day of 15 November, and overdue the day after', () => {
    expect(statusesOn(meetingDates, set('2025-10-20'), ['2026-11-14', '2026-11-15', '2026-11-16'])).toEqual({
      '2026-11-14': 'due-soon',
      '2026-11-15': 'due-soon',
      '2026-11-16': 'overdue',
    });
  });

  it('are ok until 30 days before the deadline', () => {
    expect(statusesOn(meetingDates, set('2025-10-20'), ['2026-10-15', '2026-10-16'])).toEqual({
      '2026-10-15': 'ok',
      '2026-10-16': 'due-soon',
    });
  });

  it("are ok once this year's deadline is met early", () => {
    const finding = check(meetingDates, set('2025-10-20', '2026-09-01'), '2026-11-01');
    expect(finding.status).toBe('ok');
    expect(finding.detail).toBe('done on 2026-09-01 for the deadline of 2026-11-15');
  });

  it("look to next year once this year's deadline has passed and was met", () => {
    const finding = check(contributions, paid('2026-04-28'), '2026-11-01');
    expect(finding.status).toBe('ok');
    expect(finding.due?.toString()).toBe('2027-04-30');
  });

  it('are due-soon on 29 and 30 April and overdue on 1 May when contributions are not in', () => {
    expect(statusesOn(contributions, paid('2025-04-20'), ['2026-04-29', '2026-04-30', '2026-05-01'])).toEqual({
      '2026-04-29': 'due-soon',
      '2026-04-30': 'due-soon',
      '2026-05-01': 'overdue',
    });
  });

  it('are settled by late evidence, with a note saying how late', () => {
    const finding = check(contributions, paid('2025-04-20', '2026-05-10'), '2026-06-01');
    expect(finding.status).toBe('ok');
    expect(finding.notes).toEqual([
      '2026: done late, on 2026-05-10 (deadline 2026-04-30)',
      'the latest record names no period (for:), so it is counted for the 2026 deadline from its date',
    ]);
  });

  it('keep an earlier missed deadline overdue after later years are met, until it is acknowledged', () => {
    const finding = check(contributions, paid('2024-04-20', '2026-04-20'), '2026-06-01');
    expect(finding.status).toBe('overdue');
    expect(finding.detail).toBe('lapsed: not done by the 2025 deadline, 2025-04-30');
  });

  it('do not count evidence from before the window opens towards this year', () => {
    // Set on 20 March 2026: too early for the 2026 deadline (window opens 1 April).
    expect(check(meetingDates, set('2025-10-20', '2026-03-20'), '2026-11-16').status).toBe('overdue');
  });

  it('report no evidence when nothing with that subject is recorded', () => {
    expect(check(meetingDates, records(), '2026-11-01').status).toBe('no-evidence');
  });

  it('count a record for the year it names: meeting dates for 2027-28 set in March 2026 meet the 15 November 2026 deadline', () => {
    const nextYear = duty({
      kind: 'annual-deadline',
      subject: 'meeting-dates-set',
      by: '11-15',
      opens: '04-01',
      for: 'next-financial-year',
    });
    const recs = records({
      reviews: [
        { subject: 'meeting-dates-set', date: '2025-10-20', for: { financialYear: '2026-27' } },
        { subject: 'meeting-dates-set', date: '2026-03-20', for: { financialYear: '2027-28' } },
      ],
    });
    const finding = check(nextYear, recs, '2026-11-01');
    expect([finding.status, finding.detail]).toEqual(['ok', 'done on 2026-03-20 for the deadline of 2026-11-15']);
    // Without the named year, the March record falls in the window of the 2025 deadline and this year's shows as due.
    expect(check(meetingDates, set('2025-10-20', '2026-03-20'), '2026-11-01').status).toBe('due-soon');
  });

  it('count contributions paid on 31 March for the year they name, not the year their date falls in', () => {
    const recs = records({
      reviews: [
        { subject: 'contributions-received', date: '2025-04-20' },
        { subject: 'contributions-received', date: '2026-03-31', for: { financialYear: '2026-27' } },
      ],
    });
    expect(check(contributions, recs, '2026-06-01').status).toBe('ok');
    expect(check(contributions, paid('2025-04-20', '2026-03-31'), '2026-06-01').status).toBe('overdue');
  });
});
