/**
 * A dangling explicit reference stops `npm run check` (and so the build,
 * whose first step it is) before anything renders: exit 1, and the message
 * names the file, line and column, the reference and the nearest valid ids.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { copyFixture } from '../helpers/copy-fixture.ts';

const CLAUSE = 'content/demo/constitution/clauses/12-1.mdx';

function withReference(link: string) {
  const f = copyFixture('compliance');
  f.edit(
    CLAUSE,
    'This constitution should be reviewed annually.',
    `This constitution should be reviewed annually.\n\nMeeting dates are in ${link}.`,
  );
  // The sentence is in the published text too, so only the reference is new.
  f.edit(
    'content/demo/constitution/source.txt',
    '12.1 This constitution should be reviewed annually.',
    '12.1 This constitution should be reviewed annually.\nMeeting dates are in 6.52.',
  );
  return f.root;
}

describe('a dangling explicit reference in npm run check', () => {
  it('fails the check with file:line:col, the reference and the nearest valid ids', () => {
    const run = runCheck({ root: withReference('[6.52](clause:6-25)'), env: {} });
    expect(run.exitCode).toBe(1);
    expect(run.results).toEqual([]);
    expect(run.stdout).toContain(
      `${CLAUSE}:16:22  error  clause:6-25: dangling reference (no clause "6-25" in demo/constitution); nearest valid: clause:6-52, clause:6-72, clause:12-1  [reference]\n` +
        '  hint: point the link at an existing clause id',
    );
    expect(run.stdout).toMatch(/1 content problem; fix it before the duties can be checked\.$/);
    expect(run.stdout).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('fails on a document that does not exist, suggesting the nearest', () => {
    const run = runCheck({ root: withReference('[the protocol](doc:old-protocl)'), format: 'json', env: {} });
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.passed).toBe(false);
    expect(report.errors).toEqual([
      expect.objectContaining({
        file: CLAUSE,
        line: 16,
        column: 22,
        field: 'doc:old-protocl',
        rule: 'reference',
        severity: 'error',
        message: 'dangling reference (no document "old-protocl"); nearest valid: doc:old-protocol, doc:constitution',
      }),
    ]);
  });

  it('passes once the reference points at a clause that exists', () => {
    expect(runCheck({ root: withReference('[6.52](clause:6-52)'), env: {} }).exitCode).toBe(0);
  });
});
