/**
 * One-off duties (src/lib/compliance/evaluators/one-off.ts), done once by a
 * date and never again, and duties that end (`until`, in evaluate.ts):
 * after their last day they are reported as ended, not checked.
 */
import { describe, expect, it } from 'vitest';
import type { ClauseEntry, DocumentEntry } from '../../src/lib/content/model.ts';
import { evaluateDuties } from '../../src/lib/compliance/evaluate.ts';
import type { DutyInput } from '../../src/schemas/duty.ts';
import { clauseSchema } from '../../src/schemas/clause.ts';
import { check, day, duty, records, statusesOn } from './helpers.ts';

const firstYear = duty({ kind: 'one-off', subject: 'structure-review', by: '2020-05-31' });
const done = (date: string) =>
  records({ reviews: [{ subject: 'structure-review', what: 'Structure reviewed', date, by: 'Steering Group' }] });

describe('a one-off duty', () => {
  it('is ok for good once done in time, with no date it falls due again', () => {
    const finding = check(firstYear, done('2020-03-10'), '2026-11-01');
    expect(finding).toMatchObject({
      status: 'ok',
      detail: 'done on 2020-03-10 (due by 2020-05-31); a one-off, so it does not fall due again',
      last: { date: '2020-03-10', what: 'Structure reviewed, by Steering Group' },
      notes: [],
    });
    expect(finding.due).toBeUndefined();
  });

  it('is ok when done on its last day, and done late (noted) the day after', () => {
    expect(check(firstYear, done('2020-05-31'), '2026-11-01').notes).toEqual([]);
    expect(check(firstYear, done('2020-06-01'), '2026-11-01')).toMatchObject({
      status: 'ok',
      detail: 'done on 2020-06-01, after the date it was due by (2020-05-31); a one-off, so it does not fall due again',
      notes: ['done late: due by 2020-05-31, done on 2020-06-01'],
    });
  });

  it('is due soon up to its date and overdue the day after while not done', () => {
    expect(statusesOn(firstYear, records(), ['2020-03-01', '2020-05-30', '2020-05-31', '2020-06-01'])).toEqual({
      '2020-03-01': 'ok',
      '2020-05-30': 'due-soon',
      '2020-05-31': 'due-soon',
      '2020-06-01': 'overdue',
    });
    expect(check(firstYear, records(), '2020-06-01').detail).toBe('once, not done yet; was due by 2020-05-31 (1 day ago)');
  });

  it('does not count a record dated after the as-of date', () => {
    expect(check(firstYear, done('2020-06-10'), '2020-06-01').status).toBe('overdue');
  });

  it('can fall due on 29 February', () => {
    const leap = duty({ kind: 'one-off', subject: 'structure-review', by: '2028-02-29' });
    expect(statusesOn(leap, records(), ['2028-02-29', '2028-03-01'])).toEqual({ '2028-02-29': 'due-soon', '2028-03-01': 'overdue' });
  });
});

const document: DocumentEntry = {
  id: 'arrangements',
  partnership: 'demo',
  file: 'content/demo/arrangements/document.yaml',
  dir: 'content/demo/arrangements',
  data: {
    title: 'Arrangements',
    shortTitle: 'Arrangements',
    partnership: 'demo',
    status: 'in-force',
    source: { file: 'source.txt', original: 'x' },
  },
};

function clause(duties: DutyInput[]): ClauseEntry {
  return {
    partnership: 'demo',
    document: 'arrangements',
    file: 'content/demo/arrangements/clauses/5.mdx',
    body: '',
    bodyStartLine: 12,
    data: clauseSchema.parse({ id: '5', number: '5', order: 10, duties }),
    lineOf: () => 7,
  };
}

const meetings: DutyInput = {
  id: 'sg-meetings',
  kind: 'frequency',
  duty: 'Meet every two months in the first year.',
  owner: 'Steering Group',
  body: 'steering-group',
  atLeast: 6,
  until: '2020-03-31',
};

const judgedOn = (asOf: string) =>
  evaluateDuties({
    content: { documents: [document], clauses: [clause([meetings])] },
    records: new Map([['demo', records()]]),
    asOf: day(asOf),
    warningDays: 30,
  })[0]!;

describe('a duty with a last day (until)', () => {
  it('is checked up to and including its last day', () => {
    expect(judgedOn('2020-03-31').status).toBe('no-evidence');
  });

  it('is reported as ended, not checked, from the day after', () => {
    expect(judgedOn('2020-04-01')).toMatchObject({
      status: 'exempt',
      detail: 'ended: the duty applied until 2020-03-31, so it is no longer checked',
    });
  });
});
