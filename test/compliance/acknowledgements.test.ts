/**
 * Acknowledged lapses (records/acknowledgements.yaml): a past period that
 * fell short and was acknowledged becomes a note ("lapsed, acknowledged")
 * instead of a failure, for each kind with past periods; a lapse still open
 * stays a failure whose hint says how to acknowledge it.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { copyFixture } from '../helpers/copy-fixture.ts';
import { check, duty, records } from './helpers.ts';

const fourAYear = duty({ id: 'partnership-board-meetings', kind: 'frequency', body: 'steering-group', atLeast: 4, perQuarter: 1 });
// 2025-26: three meetings, none from April to June; 2026-27 on track.
const shortYear = ['2025-07-10', '2025-10-10', '2026-01-10', '2026-05-10'];
const year2025 = { start: '2025-04-01', end: '2026-03-31' };
const q1of2025 = { start: '2025-04-01', end: '2025-06-30' };
const noted = {
  duty: 'partnership-board-meetings',
  date: '2026-05-10',
  by: 'Partnership Board',
  reason: 'The June meeting was cancelled.',
  link: 'https://example.org/demo/partnership-board/2026-05-10-minutes',
};

describe('acknowledged lapses', () => {
  it('leave an unacknowledged short year and quarter overdue, with a hint naming the file and period to acknowledge', () => {
    const finding = check(fourAYear, records({ meetings: shortYear }), '2026-06-01');
    expect(finding.status).toBe('overdue');
    expect(finding.due?.toString()).toBe('2025-06-30');
    expect(finding.edit.hint).toContain(
      'record that it was noted in content/demo/records/acknowledgements.yaml: { duty: partnership-board-meetings, period: { start: 2025-04-01, end: 2025-06-30 }, date, by, reason }',
    );
    expect(finding.notes).toEqual([
      'also short: 3 of at least 4 meetings of the Steering Group held in the year 2025-26; the year ended 2026-03-31',
    ]);
  });

  it('turn a short year into a note when the year is acknowledged, covering its quarters too', () => {
    const finding = check(fourAYear, records({ meetings: shortYear, acknowledgements: [{ ...noted, period: year2025 }] }), '2026-06-01');
    expect(finding.status).toBe('ok');
    expect(finding.acknowledged?.map((a) => [a.period, a.shortfall])).toEqual([
      [q1of2025, '0 of at least 1 meeting of the Steering Group held in the quarter Q1 2025-26; the quarter ended 2025-06-30'],
      [year2025, '3 of at least 4 meetings of the Steering Group held in the year 2025-26; the year ended 2026-03-31'],
    ]);
    expect(finding.acknowledged?.[0]?.acknowledgement).toMatchObject({
      date: '2026-05-10',
      by: 'Partnership Board',
      reason: 'The June meeting was cancelled.',
      example: false,
      link: { label: 'minutes', url: 'https://example.org/demo/partnership-board/2026-05-10-minutes' },
    });
  });

  it('leave the rest of the year failing when only one quarter is acknowledged', () => {
    const finding = check(fourAYear, records({ meetings: shortYear, acknowledgements: [{ ...noted, period: q1of2025 }] }), '2026-06-01');
    expect(finding.status).toBe('overdue');
    expect(finding.due?.toString()).toBe('2026-03-31');
    expect(finding.acknowledged).toHaveLength(1);
  });

  it('do not count an acknowledgement dated after the as-of date, for another duty, or for a period that does not cover the lapse', () => {
    for (const ack of [
      { ...noted, period: year2025, date: '2026-06-02' },
      { ...noted, period: year2025, duty: 'steering-group-meetings' },
      { ...noted, period: { start: '2025-05-01', end: '2026-03-31' } },
    ]) {
      expect(check(fourAYear, records({ meetings: shortYear, acknowledgements: [ack] }), '2026-06-01').status, JSON.stringify(ack)).toBe(
        'overdue',
      );
    }
  });

  it('let a missed annual deadline be acknowledged, so the next deadline is the one due', () => {
    const deadline = duty({ id: 'meeting-dates-set', kind: 'annual-deadline', subject: 'meeting-dates-set', by: '11-15', opens: '04-01' });
    const recs = (acks: object[]) =>
      records({ reviews: [{ subject: 'meeting-dates-set', date: '2024-10-01' }], acknowledgements: acks as never });
    expect(check(deadline, recs([]), '2026-01-10').status).toBe('overdue');
    const finding = check(
      deadline,
      recs([{ duty: 'meeting-dates-set', period: { start: '2025-04-01', end: '2025-11-15' } }]),
      '2026-01-10',
    );
    expect(finding.status).toBe('ok');
    expect(finding.due?.toString()).toBe('2026-11-15');
    expect(finding.acknowledged?.[0]?.shortfall).toBe('not done by the 2025 deadline, 2025-11-15');
  });

  it('let a financial year without its review be acknowledged, so the current year is the one due', () => {
    const yearly = duty({ id: 'budget-review', kind: 'review', subject: 'budget-review', cadence: { rule: 'financial-year' } });
    const recs = (acks: object[]) =>
      records({ reviews: [{ subject: 'budget-review', date: '2024-10-01' }], acknowledgements: acks as never });
    expect(check(yearly, recs([]), '2026-06-01').due?.toString()).toBe('2026-03-31');
    const finding = check(yearly, recs([{ duty: 'budget-review', period: year2025 }]), '2026-06-01');
    expect(finding.status).toBe('ok');
    expect(finding.due?.toString()).toBe('2027-03-31');
  });

  it('let an annual report that was never published be acknowledged, so the next one is due', () => {
    const report = duty({
      id: 'annual-report',
      kind: 'publication',
      publicationType: 'annual-report',
      cadence: { rule: 'preceding-financial-year' },
    });
    const recs = (acks: object[]) =>
      records({
        publications: [{ period: { start: '2023-04-01', end: '2024-03-31' }, published: '2024-09-30' }],
        acknowledgements: acks as never,
      });
    const open = check(report, recs([]), '2026-06-01');
    expect(open.status).toBe('overdue');
    expect(open.edit.hint).toContain('period: { start: 2025-04-01, end: 2026-03-31 }');
    const finding = check(report, recs([{ duty: 'annual-report', period: year2025 }]), '2026-06-01');
    expect(finding.due?.toString()).toBe('2027-03-31');
    expect(finding.acknowledged?.[0]?.shortfall).toBe('no report on 2024-25 published by 2026-03-31');
  });

  it('do not excuse a review that is still not done: an anniversary review stays overdue', () => {
    const annual = duty({ id: 'constitution-review', kind: 'review', subject: 'constitution', cadence: { rule: 'anniversary', years: 1 } });
    const recs = records({
      reviews: [{ subject: 'constitution', date: '2024-06-01' }],
      acknowledgements: [{ duty: 'constitution-review', period: { start: '2024-06-01', end: '2026-06-01' } }],
    });
    expect(check(annual, recs, '2026-01-01').status).toBe('overdue');
  });
});

describe('acknowledgements.yaml', () => {
  it('is refused with a suggestion when it names a duty no clause declares', () => {
    const f = copyFixture('compliance');
    f.write(
      'content/demo/records/acknowledgements.yaml',
      '- duty: steering-group-meeting\n  period: { start: 2025-04-01, end: 2026-03-31 }\n  date: 2026-04-20\n  by: Steering Group\n  reason: Noted.\n',
    );
    const run = runCheck({ root: f.root, env: {} });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      'content/demo/records/acknowledgements.yaml:1  error  duty: no duty "steering-group-meeting" is declared in demo\'s documents  [unknown-duty]',
    );
    expect(run.stdout).toContain('hint: did you mean "steering-group-meetings",');
  });

  it('is refused when it names an unknown subgroup, or a period that ends before it starts', () => {
    const f = copyFixture('compliance');
    f.write(
      'content/demo/records/acknowledgements.yaml',
      [
        '- duty: subgroup-terms-of-reference',
        '  subgroup: case-reveiw-group',
        '  period: { start: 2025-04-01, end: 2026-03-31 }',
        '  date: 2026-04-20',
        '  by: Steering Group',
        '  reason: Noted.',
        '- duty: steering-group-meetings',
        '  period: { start: 2026-04-01, end: 2025-03-31 }',
        '  date: 2026-04-20',
        '  by: Steering Group',
        '  reason: Noted.',
      ].join('\n'),
    );
    const { stdout } = runCheck({ root: f.root, env: {} });
    expect(stdout).toContain('content/demo/records/acknowledgements.yaml:8');
    expect(stdout).toContain('period.end: expected period.end on or after period.start');
    f.write(
      'content/demo/records/acknowledgements.yaml',
      f.read('content/demo/records/acknowledgements.yaml').split('\n').slice(0, 6).join('\n'),
    );
    expect(runCheck({ root: f.root, env: {} }).stdout).toContain(
      'content/demo/records/acknowledgements.yaml:2  error  subgroup: no subgroup "case-reveiw-group"',
    );
  });

  it('shows an acknowledged lapse in the text report as "lapsed, acknowledged", marked when it is an example', () => {
    const f = copyFixture('compliance');
    f.write(
      'content/demo/records/acknowledgements.yaml',
      '- duty: steering-group-meetings\n  period: { start: 2026-04-01, end: 2027-03-31 }\n  date: 2027-04-10\n  by: Steering Group\n  reason: The March meeting was cancelled.\n  example: true\n',
    );
    const { stdout } = runCheck({ root: f.root, env: {}, asOf: '2027-04-15' });
    expect(stdout).toContain(
      'steering-group-meetings — Constitution clause 6.52: 0 held of at least 4 in the year 2027-28; 4 more needed by 2028-03-31 [example record]',
    );
    expect(stdout).toContain(
      'lapsed, acknowledged: 3 of at least 4 meetings of the Steering Group held in the year 2026-27; the year ended 2027-03-31 (acknowledged on 2027-04-10 by Steering Group: The March meeting was cancelled.) [example record]',
    );
  });

  it('warns about an acknowledgement that covers no lapse, which would otherwise sit there unnoticed', () => {
    const f = copyFixture('compliance');
    // 2025-26 had its four Steering Group meetings: nothing to acknowledge.
    f.write(
      'content/demo/records/acknowledgements.yaml',
      '- duty: steering-group-meetings\n  period: { start: 2025-04-01, end: 2026-03-31 }\n  date: 2026-04-20\n  by: Steering Group\n  reason: Noted.\n',
    );
    const run = runCheck({ root: f.root, env: {}, asOf: '2026-11-01' });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toContain(
      'content/demo/records/acknowledgements.yaml:1  warning  duty: this acknowledgement covers no lapse of "steering-group-meetings" that the check finds as of 2026-11-01  [unused-acknowledgement]',
    );
  });

  it('does not warn about an acknowledgement that is in use', () => {
    const f = copyFixture('compliance');
    f.write(
      'content/demo/records/acknowledgements.yaml',
      '- duty: steering-group-meetings\n  period: { start: 2026-04-01, end: 2027-03-31 }\n  date: 2027-04-10\n  by: Steering Group\n  reason: The March meeting was cancelled.\n',
    );
    expect(runCheck({ root: f.root, env: {}, asOf: '2027-04-15' }).stderr).not.toContain('unused-acknowledgement');
  });
});
