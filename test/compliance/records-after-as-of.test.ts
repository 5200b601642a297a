/**
 * A record dated after a pinned or injected as-of date is not counted yet,
 * and the check says so: a warning naming the record's file and line, its
 * date and the as-of date, that does not fail the check (issue 14, item 12).
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { resolveClock } from '../../src/lib/compliance/clock.ts';
import { recordsAfterAsOf } from '../../src/lib/compliance/records-after-as-of.ts';
import { formatContentError } from '../../src/lib/errors/content-error.ts';
import { copyFixture, projectRoot } from '../helpers/copy-fixture.ts';
import { records } from './helpers.ts';

const fixture = `${projectRoot}test/fixtures/compliance`;
const lateReview = '- subject: constitution\n  what: Annual review of the constitution\n  date: 2026-11-20\n  by: Steering Group\n';

/** The fixture (pinned to 2026-11-01) with a review dated 2026-11-20 added as lines 17–20. */
function withLateReview() {
  const f = copyFixture('compliance');
  f.write('content/demo/records/reviews.yaml', `${f.read('content/demo/records/reviews.yaml')}${lateReview}`);
  return f;
}

describe('a record dated after the as-of date', () => {
  it('is a warning naming the file, the line of its date, its date and the pinned as-of date, with how to move the pin', () => {
    const run = runCheck({ root: withLateReview().root, env: {} });
    expect(run.stderr).toContain(
      'content/demo/records/reviews.yaml:19  warning  date 2026-11-20 is after the as-of date 2026-11-01 (pinned in content/site.yaml), so this record is not counted yet  [record-after-as-of]\n' +
        "  hint: compliance.asOf in content/site.yaml pins the clock for the shipped example records; move it to 2026-11-20 or later to count this record, or delete it so a real partnership's records are judged as of today",
    );
  });

  it('does not fail the check', () => {
    const run = runCheck({ root: withLateReview().root, env: {} });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('PASSED: nothing overdue or without evidence.');
  });

  it('is a GitHub warning annotation on the record line in github format', () => {
    const { stdout } = runCheck({ root: withLateReview().root, env: {}, format: 'github' });
    expect(stdout).toContain(
      '::warning file=content/demo/records/reviews.yaml,line=19,title=record-after-as-of::date 2026-11-20 is after the as-of date 2026-11-01 (pinned in content/site.yaml), so this record is not counted yet%0AHint: ',
    );
  });

  it('says the as-of date was set by --as-of when it was, and how to count the record', () => {
    const run = runCheck({ root: withLateReview().root, env: {}, asOf: '2026-11-10' });
    expect(run.stderr).toContain(
      'content/demo/records/reviews.yaml:19  warning  date 2026-11-20 is after the as-of date 2026-11-10 (set by --as-of), so this record is not counted yet  [record-after-as-of]\n' +
        '  hint: run the check with --as-of 2026-11-20 or later, or without --as-of, to count this record',
    );
  });

  it('says the as-of date was set by GOVERNANCE_AS_OF when it was', () => {
    const run = runCheck({ root: withLateReview().root, env: { GOVERNANCE_AS_OF: '2026-11-10' } });
    expect(run.stderr).toContain('(set by GOVERNANCE_AS_OF), so this record is not counted yet');
    expect(run.stderr).toContain('hint: set GOVERNANCE_AS_OF to 2026-11-20 or later, or unset it, to count this record');
  });

  it('is not reported once the as-of date reaches it', () => {
    expect(runCheck({ root: withLateReview().root, env: {}, asOf: '2026-11-20' }).stderr).not.toContain('record-after-as-of');
  });

  it('names the field for a publication, a subgroup date and an acknowledgement', () => {
    const clock = resolveClock({ site: '2026-11-01' });
    const recs = records({
      publications: [{ published: '2026-12-01' }],
      subgroups: [
        {
          termsOfReference: { agreed: '2026-11-02', agreedBy: 'Steering Group' },
          membership: { reviewed: '2026-01-01', signedOffBy: 'SG' },
        },
      ],
      acknowledgements: [{ period: { start: '2025-04-01', end: '2025-06-30' }, date: '2027-01-05' }],
    });
    expect(recordsAfterAsOf([recs], clock).map((e) => formatContentError({ ...e, hint: undefined }))).toEqual([
      'content/demo/records/publications.yaml:2  warning  published 2026-12-01 is after the as-of date 2026-11-01 (pinned in content/site.yaml), so this record is not counted yet  [record-after-as-of]',
      'content/demo/records/acknowledgements.yaml:2  warning  date 2027-01-05 is after the as-of date 2026-11-01 (pinned in content/site.yaml), so this record is not counted yet  [record-after-as-of]',
      'content/demo/records/subgroups.yaml:3  warning  termsOfReference.agreed 2026-11-02 is after the as-of date 2026-11-01 (pinned in content/site.yaml), so this record is not counted yet  [record-after-as-of]',
    ]);
  });

  it('is reported once for an acknowledgement, not also as an unused one', () => {
    const f = copyFixture('compliance');
    f.write(
      'content/demo/records/acknowledgements.yaml',
      '- duty: steering-group-meetings\n  period: { start: 2025-04-01, end: 2026-03-31 }\n  date: 2026-11-20\n  by: Steering Group\n  reason: Noted.\n',
    );
    const { stderr } = runCheck({ root: f.root, env: {} });
    expect(stderr).toContain('content/demo/records/acknowledgements.yaml:3  warning  date 2026-11-20 is after the as-of date 2026-11-01');
    expect(stderr).not.toContain('unused-acknowledgement');
  });

  it('is not reported on the real clock, where the day comes by itself', () => {
    const clock = resolveClock({ now: Temporal.Instant.from('2026-11-01T12:00:00Z') });
    expect(recordsAfterAsOf([records({ reviews: [{ date: '2026-11-20' }] })], clock)).toEqual([]);
  });
});

describe('a meeting dated after the as-of date', () => {
  it('is a scheduled meeting, so the fixture meeting on 2026-12-08 gives no warning', () => {
    expect(runCheck({ root: fixture, env: {} }).stderr).not.toContain('record-after-as-of');
  });
});
