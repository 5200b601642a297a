/** Spacing on `frequency` duties: "monthly" and "bi-monthly" read as blocks of calendar months from the year's start. */
import { describe, expect, it } from 'vitest';
import { check, duty, records, statusesOn } from './helpers.ts';

const monthly = duty({ kind: 'frequency', body: 'steering-group', atLeast: 12, yearStarts: '04-01', spacing: { months: 1 } });
const biMonthly = duty({ kind: 'frequency', body: 'steering-group', atLeast: 6, yearStarts: '04-01', spacing: { months: 2 } });
const meetings = (...dates: string[]) => records({ bodies: [{ id: 'steering-group', name: 'Steering Group' }], meetings: dates });

describe('spacing', () => {
  it('does not let twelve meetings held in April pass "monthly": May without one is a lapse', () => {
    const april = Array.from({ length: 12 }, (_, i) => `2026-04-${String(i + 1).padStart(2, '0')}`);
    const finding = check(monthly, meetings(...april), '2026-06-15');
    expect([finding.status, finding.detail]).toEqual(['overdue', '0 of at least 1 meetings of the Steering Group held in May 2026']);
  });

  it('lets a bi-monthly meeting held two days after the two-month anniversary count, because it falls in its block', () => {
    const finding = check(biMonthly, meetings('2026-04-07', '2026-05-07', '2026-07-09', '2026-09-01'), '2026-09-20');
    expect(finding.status).toBe('ok');
    expect(finding.detail).toContain('the next needed in October to November 2026, by 2026-11-30');
  });

  it('keeps a two-month block with no meeting a lapse after later blocks are met', () => {
    const finding = check(biMonthly, meetings('2026-04-10', '2026-08-10', '2026-10-10'), '2026-11-20');
    expect([finding.status, finding.detail]).toEqual([
      'overdue',
      '0 of at least 1 meetings of the Steering Group held in June to July 2026',
    ]);
  });

  it('makes the current month due-soon on its last day and overdue the day after', () => {
    const recs = meetings('2026-04-15', '2026-05-15', '2026-06-15', '2026-07-15', '2026-08-15', '2026-09-15', '2026-10-15');
    expect(statusesOn(monthly, recs, ['2026-11-29', '2026-11-30', '2026-12-01'], 0)).toEqual({
      '2026-11-29': 'ok',
      '2026-11-30': 'due-soon',
      '2026-12-01': 'overdue',
    });
  });

  it('counts a meeting at 23:30 UTC on 31 May (00:30 BST on 1 June) in June', () => {
    const finding = check(monthly, meetings('2026-04-15', '2026-05-15', '2026-05-31T23:30:00Z'), '2026-06-20');
    expect(finding.detail).toContain('the next needed in July 2026, by 2026-07-31');
  });
});
