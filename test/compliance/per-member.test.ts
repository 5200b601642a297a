/** Per-member duties (`each: subgroup`): one result per subgroup, each judged on its own records. */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { evaluateDuty } from '../../src/lib/compliance/evaluators/index.ts';
import { copyFixture } from '../helpers/copy-fixture.ts';
import { ctx, duty, records } from './helpers.ts';

const eachReports = duty({
  kind: 'frequency',
  each: 'subgroup',
  body: 'steering-group',
  item: 'subgroup-reports',
  atLeast: 4,
  perQuarter: 1,
  yearStarts: '04-01',
});
const sg = (date: string, subgroups: string[]) => ({ body: 'steering-group', date, papers: ['subgroup-reports'], subgroups });
const quarterly = ['2025-06-10', '2025-09-09', '2025-12-09', '2026-03-10'];
const recs = (acknowledgements: NonNullable<Parameters<typeof records>[0]>['acknowledgements'] = []) =>
  records({
    bodies: [{ id: 'steering-group', name: 'Steering Group' }],
    subgroups: [
      { id: 'case-review', name: 'Case review group' },
      { id: 'quality', name: 'Quality assurance' },
    ],
    // The quality group's report missed the December meeting.
    meetings: quarterly.map((date) => sg(date, date === '2025-12-09' ? ['case-review'] : ['case-review', 'quality'])),
    acknowledgements,
  });
const results = (r = recs()) => evaluateDuty(eachReports, ctx('2026-05-01', r)).map((f) => [f.subject?.id, f.status, f.detail]);

describe('per-member duties', () => {
  it('give each subgroup its own result, so one subgroup’s reports never stand in for another’s', () => {
    expect(results()).toEqual([
      [
        'case-review',
        'ok',
        'Case review group: 0 held of at least 4 in the year 2026-27; 4 more needed by 2027-03-31; 1 more needed in the quarter Q1 2026-27 by 2026-06-30',
      ],
      [
        'quality',
        'overdue',
        'Quality assurance: 0 of at least 1 meeting of the Steering Group taking subgroup-reports held in the quarter Q3 2025-26; the quarter ended 2025-12-31',
      ],
    ]);
  });

  it('name the subgroup in the hint to acknowledge its lapse, and take an acknowledgement for that subgroup only', () => {
    const [, quality] = evaluateDuty(eachReports, ctx('2026-05-01', recs()));
    expect(quality!.edit.hint).toContain('{ duty: test-duty, subgroup: quality,');
    expect(quality!.edit.hint).toContain('list quality under the record’s subgroups');
    const acknowledged = recs([
      { duty: 'test-duty', subgroup: 'quality', period: { start: '2025-04-01', end: '2026-03-31' }, date: '2026-04-20' },
    ]);
    expect(results(acknowledged).map(([id, status]) => [id, status])).toEqual([
      ['case-review', 'ok'],
      ['quality', 'ok'],
    ]);
    const forAnother = recs([
      { duty: 'test-duty', subgroup: 'case-review', period: { start: '2025-04-01', end: '2026-03-31' }, date: '2026-04-20' },
    ]);
    expect(results(forAnother)[1]![1]).toBe('overdue');
  });

  it('run over members the clause lists, each paying by its own record, and take an acknowledgement for one member only', () => {
    const eachParty = duty({
      kind: 'annual-deadline',
      each: {
        members: [
          { id: 'council', name: 'the County Council' },
          { id: 'police', name: 'the Police' },
        ],
      },
      subject: 'contribution-paid',
      by: '04-30',
      opens: '04-01',
    });
    const paid = (member: string, date: string) => ({ subject: 'contribution-paid', date, member });
    const recs = records({ reviews: [paid('council', '2025-04-20'), paid('police', '2025-04-22'), paid('council', '2026-04-15')] });
    expect(evaluateDuty(eachParty, ctx('2026-05-10', recs)).map((f) => [f.subject?.id, f.status, f.detail])).toEqual([
      ['council', 'ok', 'the County Council: next due by 2027-04-30; last on 2026-04-15'],
      ['police', 'overdue', 'the Police: lapsed: not done by the 2026 deadline, 2026-04-30'],
    ]);
    const [, police] = evaluateDuty(eachParty, ctx('2026-05-10', recs));
    expect(police!.edit.hint).toContain('{ duty: test-duty, member: police, period: { start: 2026-04-01, end: 2026-04-30 }');
  });

  it('refuse a record naming a member no duty lists, at its line, so it cannot count for no one', () => {
    const f = copyFixture('compliance');
    f.edit('content/demo/records/reviews.yaml', '  date: 2026-05-12\n', '  date: 2026-05-12\n  member: council\n');
    const run = runCheck({ root: f.root, env: {} });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      'content/demo/records/reviews.yaml:4  error  member: no duty of demo lists a member "council" (each: { members })  [unknown-member]\n' +
        '  hint: name a member only for a duty whose clause lists its members, under each: { members: [{ id, name }] }',
    );
  });
});
