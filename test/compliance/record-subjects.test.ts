/**
 * A record counts for a duty only through the name it shares with it; a
 * record whose name matches no duty is an error at its line, with the
 * nearest names in use, rather than being ignored while the duty it was
 * meant for is reported overdue.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { formatContentError } from '../../src/lib/errors/content-error.ts';
import { copyFixture } from '../helpers/copy-fixture.ts';

const RECORDS = 'content/demo/records';

function problems(edit: (f: ReturnType<typeof copyFixture>) => void): { exitCode: number; text: string } {
  const f = copyFixture('compliance');
  edit(f);
  const run = runCheck({ root: f.root, env: {} });
  return {
    exitCode: run.exitCode,
    text: run.errors
      .filter((e) => e.rule === 'unknown-subject')
      .map(formatContentError)
      .join('\n'),
  };
}

describe('records that match no duty', () => {
  it('reports a mistyped review subject at its line with the subject it most likely meant', () => {
    const run = problems((f) => f.edit(`${RECORDS}/reviews.yaml`, 'subject: constitution', 'subject: constitutoin'));
    expect(run.exitCode).toBe(1);
    expect(run.text).toMatchInlineSnapshot(`
      "content/demo/records/reviews.yaml:1  error  subject: no duty counts reviews with subject "constitutoin", so this record would be ignored  [unknown-subject]
        hint: did you mean "constitution"? The subject must be the "subject" of a review, annual-deadline or one-off duty in one of this partnership’s clauses"
    `);
  });

  it('lists the nearest subjects in use when none is a near miss', () => {
    const run = problems((f) => f.edit(`${RECORDS}/reviews.yaml`, 'subject: constitution', 'subject: budget'));
    expect(run.text).toContain(
      'hint: the subject must be the "subject" of a review, annual-deadline or one-off duty in one of this partnership’s clauses; the nearest names in use: "constitution", "meeting-dates-set"',
    );
  });

  it('reports the mistyped record instead of only the duty it leaves without evidence', () => {
    const f = copyFixture('compliance');
    f.edit(`${RECORDS}/reviews.yaml`, 'subject: constitution', 'subject: constitutoin');
    const run = runCheck({ root: f.root, env: {} });
    expect(run.results).toEqual([]);
    expect(run.stdout).toContain('content/demo/records/reviews.yaml:1  error  subject: no duty counts reviews with subject "constitutoin"');
  });

  it('reports a publication of a type no duty counts', () => {
    const run = problems((f) =>
      f.write(
        `${RECORDS}/publications.yaml`,
        '- type: business-plan\n  title: Plan 2026-29\n  period: { start: 2026-04-01, end: 2029-03-31 }\n  published: 2026-05-01\n  example: true\n',
      ),
    );
    expect(run.text).toMatchInlineSnapshot(`
      "content/demo/records/publications.yaml:1  error  type: no duty counts publications of type "business-plan", so this record would be ignored  [unknown-subject]
        hint: the type must be the "publicationType" of a publication duty in one of this partnership’s clauses; the nearest names in use: "annual-report""
    `);
  });

  it('reports a publication whose publisher no duty names', () => {
    const run = problems((f) =>
      f.write(
        `${RECORDS}/publications.yaml`,
        '- type: annual-report\n  title: Report 2025-26\n  publisher: lsbc\n  period: { start: 2025-04-01, end: 2026-03-31 }\n  published: 2026-09-30\n  example: true\n',
      ),
    );
    expect(run.text).toMatchInlineSnapshot(`
      "content/demo/records/publications.yaml:3  error  publisher: no annual-report duty is published by "lsbc", so this record would be ignored  [unknown-subject]
        hint: did you mean "lscb"? The publisher must be one a publication duty names"
    `);
  });

  it('accepts the fixture’s records, each of which a duty counts', () => {
    expect(problems(() => {}).text).toBe('');
  });
});
