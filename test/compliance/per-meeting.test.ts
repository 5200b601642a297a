/**
 * `per-meeting` duties (src/lib/compliance/evaluators/per-meeting.ts): papers
 * circulated 5 days before, 10 working days' notice, minutes confirmed at
 * the next meeting. Each meeting that broke the rule is its own failure;
 * one without the date is "cannot tell", never ok; the day before, the day
 * of and the day after each limit.
 */
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { evaluateDuty } from '../../src/lib/compliance/evaluators/index.ts';
import { ctx, duty, records } from './helpers.ts';

const papers = duty({
  id: 'papers',
  kind: 'per-meeting',
  body: 'steering-group',
  rule: { check: 'papers-circulated', before: { days: 5 } },
});
const notice = duty({
  id: 'notice',
  kind: 'per-meeting',
  body: 'steering-group',
  meetings: 'extraordinary',
  rule: { check: 'notice-given', before: { workingDays: 10 } },
});
const minutes = duty({ id: 'minutes', kind: 'per-meeting', body: 'steering-group', rule: { check: 'minutes-confirmed' } });
const judge = (d: typeof papers, meetings: Array<Partial<Meeting>>, asOf: string, more = {}) =>
  evaluateDuty(d, ctx(asOf, records({ meetings, ...more })));
const statuses = (d: typeof papers, meetings: Array<Partial<Meeting>>, asOf: string) =>
  judge(d, meetings, asOf).map((f) => [f.subject?.id ?? 'summary', f.status]);

describe('papers circulated at least 5 days before each meeting', () => {
  it('keeps the rule with papers 5 days before, and breaks it with papers 4 days before', () => {
    expect(statuses(papers, [{ date: '2026-06-09', papersCirculated: '2026-06-04' }], '2026-07-01')).toEqual([['summary', 'ok']]);
    expect(statuses(papers, [{ date: '2026-06-09', papersCirculated: '2026-06-03' }], '2026-07-01')).toEqual([['summary', 'ok']]);
    const late = judge(papers, [{ date: '2026-06-09', papersCirculated: '2026-06-05' }], '2026-07-01');
    expect(late.map((f) => [f.subject?.id ?? 'summary', f.status])).toEqual([
      ['2026-06-09', 'overdue'],
      ['summary', 'ok'],
    ]);
    expect(late[0]!.detail).toBe('papers circulated on 2026-06-05, less than 5 days before the meeting of 2026-06-09, by 2026-06-04');
    expect(late[1]!.detail).toBe('0 of 1 held meetings of the Steering Group kept the rule');
  });

  it('cannot tell, and says so, for a held meeting with no papersCirculated date', () => {
    const [finding] = judge(papers, [{ date: '2026-06-09' }], '2026-07-01');
    expect(finding).toMatchObject({
      status: 'no-evidence',
      subject: { id: '2026-06-09' },
      detail:
        'cannot tell: no papersCirculated recorded for the meeting of 2026-06-09; it was due at least 5 days before the meeting of 2026-06-09, by 2026-06-04',
    });
  });

  it('makes a scheduled meeting’s papers due on their last day, then cannot tell the day after if none are recorded', () => {
    const on = (asOf: string) => statuses(papers, [{ date: '2026-12-08' }], asOf);
    expect(on('2026-12-02')).toEqual([['summary', 'due-soon']]);
    expect(on('2026-12-03')).toEqual([['summary', 'due-soon']]);
    expect(on('2026-12-04')).toEqual([
      ['2026-12-08', 'no-evidence'],
      ['summary', 'ok'],
    ]);
  });

  it('says when no meeting has been held yet rather than calling the rule kept', () => {
    expect(judge(papers, [], '2026-07-01')[0]!.detail).toBe(
      'no meeting of the Steering Group held on or before 2026-07-01, so nothing to check yet',
    );
  });

  it('stops failing for a late meeting once its lapse is acknowledged', () => {
    const acknowledgements = [{ duty: 'papers', period: { start: '2026-06-09', end: '2026-06-09' }, date: '2026-06-20' }];
    const findings = judge(papers, [{ date: '2026-06-09', papersCirculated: '2026-06-06' }], '2026-07-01', { acknowledgements });
    expect(findings[0]).toMatchObject({ status: 'ok', subject: { id: '2026-06-09' } });
    expect(findings[0]!.acknowledged).toHaveLength(1);
  });

  it('counts a meeting at 23:30 UTC on 30 June 2026 on its London day, 1 July', () => {
    const findings = judge(papers, [{ date: '2026-06-30T23:30:00Z', papersCirculated: '2026-06-26' }], '2026-07-10');
    expect(findings.map((f) => f.status)).toEqual(['ok']);
  });
});

describe('10 working days’ notice of an extraordinary meeting', () => {
  // Wednesday 15 April 2026: ten working days before, across Good Friday and Easter Monday, is Monday 30 March.
  const meeting = (noticeGiven: string) => [{ date: '2026-04-15', extraordinary: true, noticeGiven }];

  it('keeps the rule with notice on the tenth working day before, across Easter, and breaks it a day later', () => {
    expect(statuses(notice, meeting('2026-03-27'), '2026-05-01')).toEqual([['summary', 'ok']]);
    expect(statuses(notice, meeting('2026-03-30'), '2026-05-01')).toEqual([['summary', 'ok']]);
    expect(statuses(notice, meeting('2026-03-31'), '2026-05-01')).toEqual([
      ['2026-04-15', 'overdue'],
      ['summary', 'ok'],
    ]);
  });

  it('looks only at extraordinary meetings', () => {
    expect(judge(notice, [{ date: '2026-04-15' }], '2026-05-01')[0]!.detail).toBe(
      'no extraordinary meeting of the Steering Group held on or before 2026-05-01, so nothing to check yet',
    );
  });
});

describe('minutes confirmed at the next meeting', () => {
  it('keeps the rule when confirmed on the date of the next meeting', () => {
    const meetings = [{ date: '2026-06-09', minutesConfirmed: '2026-09-08' }, { date: '2026-09-08' }];
    expect(judge(minutes, meetings, '2026-09-08')).toMatchObject([
      {
        status: 'ok',
        detail:
          '1 of 1 held meetings of the Steering Group kept the rule; minutes of 2026-09-08 to be confirmed at the next meeting, not yet recorded',
      },
    ]);
  });

  it('breaks it when confirmed at a later meeting', () => {
    const meetings = [{ date: '2026-06-09', minutesConfirmed: '2026-12-08' }, { date: '2026-09-08' }, { date: '2026-12-08' }];
    const [first] = judge(minutes, meetings, '2026-12-31');
    expect(first).toMatchObject({
      status: 'overdue',
      subject: { id: '2026-06-09' },
      detail: 'minutes of 2026-06-09 confirmed on 2026-12-08, not at the next meeting, on 2026-09-08',
    });
  });

  it('cannot tell once the next meeting has been held without a confirmation date', () => {
    const meetings = [{ date: '2026-06-09' }, { date: '2026-09-08' }];
    expect(judge(minutes, meetings, '2026-09-07').map((f) => f.status)).toEqual(['ok']);
    expect(judge(minutes, meetings, '2026-09-08').map((f) => f.status)).toEqual(['no-evidence', 'ok']);
  });
});
