/**
 * Every kind of duty at both of its date boundaries, with the default 30-day
 * window: ok → due-soon 30 days before the due date, and due-soon → overdue
 * the day after it, each checked on the day before, the day of and the day
 * after the boundary.
 */
import { describe, expect, it } from 'vitest';
import type { Duty } from '../../src/schemas/duty.ts';
import type { PartnershipRecords } from '../../src/lib/compliance/types.ts';
import { check, day, duty, records, statusesOn } from './helpers.ts';

interface Case {
  kind: string;
  duty: Duty;
  records: PartnershipRecords;
  due: string;
}

const cases: Case[] = [
  {
    kind: 'review (anniversary)',
    duty: duty({ kind: 'review', subject: 'constitution', cadence: { rule: 'anniversary', years: 1 } }),
    records: records({ reviews: [{ date: '2025-06-09' }] }),
    due: '2026-06-09',
  },
  {
    kind: 'renewal-per-subgroup',
    duty: duty({ kind: 'renewal-per-subgroup', aspect: 'terms-of-reference', cadence: { rule: 'anniversary', years: 1 } }),
    records: records({ subgroups: [{ termsOfReference: { agreed: '2025-06-09', agreedBy: 'Steering Group' } }] }),
    due: '2026-06-09',
  },
  {
    kind: 'publication (every 12-month period)',
    duty: duty({ kind: 'publication', publicationType: 'annual-report', cadence: { rule: 'rolling', months: 12 } }),
    records: records({ publications: [{ published: '2025-06-09' }] }),
    due: '2026-06-09',
  },
  {
    kind: 'frequency (a year)',
    duty: duty({ kind: 'frequency', body: 'steering-group', atLeast: 4 }),
    records: records({ meetings: ['2025-05-01', '2025-08-01', '2025-11-01', '2026-02-01', '2026-06-01', '2026-09-01'] }),
    due: '2027-03-31',
  },
  {
    kind: 'frequency (each quarter)',
    duty: duty({ kind: 'frequency', body: 'steering-group', atLeast: 4, perQuarter: 1, since: '2025-04-01' }),
    records: records({ meetings: ['2025-05-01'] }),
    due: '2025-09-30',
  },
  {
    kind: 'annual-deadline',
    duty: duty({ kind: 'annual-deadline', subject: 'meeting-dates-set', by: '11-15', opens: '04-01' }),
    records: records({ reviews: [{ subject: 'meeting-dates-set', date: '2025-10-20' }] }),
    due: '2026-11-15',
  },
];

const around = (date: string, offset: number) =>
  [-1, 0, 1].map((d) =>
    day(date)
      .add({ days: offset + d })
      .toString(),
  );

describe.each(cases)('a $kind duty due on $due', ({ duty: d, records: recs, due }) => {
  it('falls due on that day', () => {
    expect(check(d, recs, day(due).subtract({ days: 40 }).toString()).due?.toString()).toBe(due);
  });

  it('turns due-soon 30 days before: ok the day before, due-soon on the day and the day after', () => {
    const [before, on, after] = around(due, -30);
    expect(statusesOn(d, recs, [before!, on!, after!])).toEqual({ [before!]: 'ok', [on!]: 'due-soon', [after!]: 'due-soon' });
  });

  it('turns overdue the day after it is due: due-soon the day before and on the day, overdue the day after', () => {
    const [before, on, after] = around(due, 0);
    expect(statusesOn(d, recs, [before!, on!, after!])).toEqual({ [before!]: 'due-soon', [on!]: 'due-soon', [after!]: 'overdue' });
  });
});
