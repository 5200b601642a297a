/**
 * `within` duties (src/lib/compliance/evaluators/within.ts): each event of a
 * kind answered within a time limit, in working days, days or months, each
 * judged on its own, on the day before, the day of and the day after its
 * limit, across Easter, Christmas and 29 February.
 */
import { describe, expect, it } from 'vitest';
import type { EventRecordInput } from '../../src/schemas/event.ts';
import type { TimeLimit } from '../../src/schemas/time-limit.ts';
import { evaluateDuty } from '../../src/lib/compliance/evaluators/index.ts';
import { ctx, duty, records } from './helpers.ts';

const within = (limit: TimeLimit) =>
  duty({ id: 'partners-informed', kind: 'within', event: 'notification', limit, response: 'partners-informed' });
const informed = (date: string) => ({ 'partners-informed': { date, by: 'the local authority' } });
const event = (date: string, answered?: string, extra: Partial<EventRecordInput> = {}) => ({
  id: `notification-${date.slice(0, 10)}`,
  date,
  ...(answered ? { responses: informed(answered) } : {}),
  ...extra,
});
const judge = (limit: TimeLimit, events: Array<Partial<EventRecordInput>>, asOf: string, more = {}, warningDays = 30) =>
  evaluateDuty(within(limit), ctx(asOf, records({ events, ...more }), warningDays));
const one = (...args: Parameters<typeof judge>) => {
  const findings = judge(...args);
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

describe('an event answered within five working days', () => {
  // Wednesday 1 April 2026: Good Friday (3 April) and Easter Monday (6 April) push the fifth working day to Friday 10 April.
  it('is ok when answered on the last working day of the limit, Friday 10 April after Easter', () => {
    const finding = one({ workingDays: 5 }, [event('2026-04-01', '2026-04-10')], '2026-05-01');
    expect(finding).toMatchObject({
      status: 'ok',
      subject: { id: 'notification-2026-04-01', name: 'Notification 0, 2026-04-01' },
      detail: 'done on 2026-04-10, within 5 working days of 2026-04-01, by 2026-04-10',
      last: { date: '2026-04-10', what: 'partners-informed, by the local authority' },
    });
  });

  it('is ok the day before the limit too', () => {
    expect(one({ workingDays: 5 }, [event('2026-04-01', '2026-04-09')], '2026-05-01').status).toBe('ok');
  });

  it('is a lapse when answered the next working day after the limit, Monday 13 April', () => {
    const finding = one({ workingDays: 5 }, [event('2026-04-01', '2026-04-13')], '2026-05-01');
    expect(finding).toMatchObject({
      status: 'overdue',
      detail: 'done late: partners-informed on 2026-04-13, 3 days after the limit of 5 working days of 2026-04-01, by 2026-04-10',
    });
    expect(finding.due?.toString()).toBe('2026-04-10');
    expect(finding.edit.hint).toBe(
      'a late answer cannot be put right; if the 2026-04-01 to 2026-04-10 shortfall cannot be put right, record that it was noted in content/demo/records/acknowledgements.yaml: { duty: partners-informed, period: { start: 2026-04-01, end: 2026-04-10 }, date, by, reason }',
    );
  });

  it('stops failing once the late answer is acknowledged', () => {
    const acknowledgements = [{ duty: 'partners-informed', period: { start: '2026-04-01', end: '2026-04-10' }, date: '2026-04-20' }];
    const finding = one({ workingDays: 5 }, [event('2026-04-01', '2026-04-13')], '2026-05-01', { acknowledgements });
    expect(finding.status).toBe('ok');
    expect(finding.detail).toBe('done late, on 2026-04-13; lapse acknowledged');
    expect(finding.acknowledged).toHaveLength(1);
  });

  it('is due soon while unanswered up to the last day, and overdue the day after', () => {
    const on = (asOf: string) => one({ workingDays: 5 }, [event('2026-04-01')], asOf).status;
    expect([on('2026-04-09'), on('2026-04-10'), on('2026-04-11')]).toEqual(['due-soon', 'due-soon', 'overdue']);
  });

  it('says when an unanswered event is due, and how far past its limit it is', () => {
    expect(one({ workingDays: 5 }, [event('2026-04-01')], '2026-04-02').detail).toBe(
      'partners-informed not recorded yet; due within 5 working days of 2026-04-01, by 2026-04-10',
    );
    expect(one({ workingDays: 5 }, [event('2026-04-01')], '2026-04-14').detail).toBe(
      'partners-informed not recorded yet; it was due within 5 working days of 2026-04-01, by 2026-04-10, 4 days past the limit',
    );
  });

  it('is ok, not due soon, while unanswered but further from its limit than the warning days', () => {
    expect(one({ workingDays: 5 }, [event('2026-04-01')], '2026-04-02', {}, 3).status).toBe('ok');
  });

  it('counts an answer dated after the as-of date as not yet given', () => {
    expect(one({ workingDays: 5 }, [event('2026-04-01', '2026-04-08')], '2026-04-07').detail).toMatch(
      /^partners-informed not recorded yet/,
    );
  });

  it('skips Christmas, the substitute Boxing Day and New Year: a notification on 23 December 2026 may be answered on 4 January 2027', () => {
    expect(one({ workingDays: 5 }, [event('2026-12-23', '2027-01-04')], '2027-02-01').status).toBe('ok');
    expect(one({ workingDays: 5 }, [event('2026-12-23', '2027-01-05')], '2027-02-01').status).toBe('overdue');
  });

  it('counts an event at 23:30 UTC on 31 March 2026 (00:30 BST) from 1 April', () => {
    const finding = one({ workingDays: 5 }, [event('2026-03-31T23:30:00Z', '2026-04-10')], '2026-05-01');
    expect(finding.detail).toBe('done on 2026-04-10, within 5 working days of 2026-04-01, by 2026-04-10');
  });

  it('warns, naming the bank-holiday data, when the limit runs past the years the data covers', () => {
    const finding = one({ workingDays: 5 }, [event('2027-12-29')], '2027-12-30');
    expect(finding.warnings?.map((w) => [w.file, w.severity, w.rule])).toEqual([
      ['src/lib/dates/bank-holidays-england-and-wales.json', 'warning', 'bank-holidays'],
    ]);
    expect(finding.notes).toEqual(['working days counted past the bank-holiday data; the last day may in fact be later']);
    expect(one({ workingDays: 5 }, [event('2026-04-01')], '2026-04-02').warnings).toEqual([]);
  });
});

describe('limits in days and months', () => {
  it('ends 28 days after the event: day before and day of are in time, the day after is late', () => {
    const on = (answered: string) => one({ days: 28 }, [event('2026-03-01', answered)], '2026-06-01').status;
    expect([on('2026-03-28'), on('2026-03-29'), on('2026-03-30')]).toEqual(['ok', 'ok', 'overdue']);
  });

  it('reaches 29 February in a leap year: 28 days from 1 February 2028', () => {
    expect(one({ days: 28 }, [event('2028-02-01')], '2028-02-02').due?.toString()).toBe('2028-02-29');
  });

  it('ends three months after 30 November on the last day of February, 28th or 29th', () => {
    expect(one({ months: 3 }, [event('2025-11-30')], '2025-12-01').due?.toString()).toBe('2026-02-28');
    expect(one({ months: 3 }, [event('2027-11-30')], '2027-12-01').due?.toString()).toBe('2028-02-29');
  });

  it('ends two weeks after the event on the same weekday', () => {
    expect(one({ weeks: 2 }, [event('2026-06-03')], '2026-06-04').due?.toString()).toBe('2026-06-17');
  });
});

describe('several events, and none', () => {
  it('judges each event on its own, oldest first', () => {
    const findings = judge({ workingDays: 5 }, [event('2026-06-01', '2026-06-02'), event('2026-05-01', '2026-05-20')], '2026-07-01');
    expect(findings.map((f) => [f.subject?.id, f.status])).toEqual([
      ['notification-2026-05-01', 'overdue'],
      ['notification-2026-06-01', 'ok'],
    ]);
  });

  it('counts only events of its own type', () => {
    const finding = one({ workingDays: 5 }, [event('2026-06-01', undefined, { type: 'dispute' })], '2026-07-01');
    expect(finding.subject).toBeUndefined();
  });

  it('says, without a failure, that no event is recorded and that the check cannot tell none from unrecorded', () => {
    expect(one({ workingDays: 5 }, [], '2026-07-01')).toMatchObject({
      status: 'ok',
      detail:
        'no notification recorded on or before 2026-07-01, so nothing to answer; the check cannot tell this from one that happened but was not recorded',
    });
  });

  it('does not count an event dated after the as-of date', () => {
    expect(one({ workingDays: 5 }, [event('2026-07-02')], '2026-07-01').detail).toMatch(/^no notification recorded/);
  });
});
