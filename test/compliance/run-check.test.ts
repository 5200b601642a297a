/**
 * The check end to end on the fixture project: the pinned clock, the three
 * report formats, exit codes, and content errors printed without stack traces.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { copyFixture, projectRoot } from '../helpers/copy-fixture.ts';

const fixture = `${projectRoot}test/fixtures/compliance`;

describe('running the check', () => {
  it('passes the fixture at its pinned date and warns loudly that the clock is pinned', () => {
    const run = runCheck({ root: fixture, env: {} });
    expect(run.exitCode).toBe(0);
    expect(run.clock?.asOf.toString()).toBe('2026-11-01');
    expect(run.stderr).toContain('the compliance clock is PINNED to 2026-11-01');
    expect(run.stdout).toContain('PASSED: nothing overdue or without evidence.');
  });

  it('groups the text report by partnership and status, and says a superseded document is exempt', () => {
    const { stdout } = runCheck({ root: fixture, env: {} });
    expect(stdout).toMatch(/Demo Safeguarding Children Partnership \(demo\)\n {2}OK \(5\)/);
    expect(stdout).toContain('  EXEMPT (1)\n    lscb-annual-report — Protocol clause 4.7: exempt: the document is superseded');
  });

  it('fails a later date, saying what lapsed, the clause, the due date and the file to edit', () => {
    const run = runCheck({ root: fixture, asOf: '2027-03-20', env: {} });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('OVERDUE (1)');
    expect(run.stdout).toContain(
      'content/demo/records/subgroups.yaml:8  error  subgroup-terms-of-reference / case-review-group: overdue: Case review group (CRG): terms of reference review was due by 2027-03-10 (10 days ago)',
    );
    expect(run.stdout).toContain('required by Constitution clause 6.72 (content/demo/constitution/clauses/6-72.mdx');
    expect(run.stdout).toContain(
      'DUE SOON (1)\n    content/demo/records/meetings.yaml:12  warning  steering-group-meetings: due soon: 3 held of at least 4 in the year 2026-27; 1 more needed by 2027-03-31 (in 11 days)',
    );
  });

  it('takes the date from GOVERNANCE_AS_OF over the site setting', () => {
    const run = runCheck({ root: fixture, env: { GOVERNANCE_AS_OF: '2027-03-20' } });
    expect(run.clock?.source).toBe('env');
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
  });

  it('writes JSON with the clock, counts and each result', () => {
    const report = JSON.parse(runCheck({ root: fixture, format: 'json', env: {} }).stdout);
    expect(report).toMatchObject({ asOf: '2026-11-01', clock: { source: 'site' }, passed: true, counts: { ok: 5, exempt: 1, overdue: 0 } });
    expect(report.results[0]).toHaveProperty('clause.file');
  });

  it('writes GitHub annotations on the record file for each lapse, and a warning about the pinned clock', () => {
    const { stdout } = runCheck({ root: fixture, format: 'github', env: {}, asOf: '2027-03-20' });
    expect(stdout).toContain(
      '::error file=content/demo/records/subgroups.yaml,line=8,title=compliance%3A subgroup-terms-of-reference / case-review-group::overdue',
    );
    expect(stdout).toContain('::warning file=content/demo/records/meetings.yaml,line=12');
    expect(runCheck({ root: fixture, format: 'github', env: {} }).stdout).toContain(
      '::warning file=content/site.yaml,title=compliance%3A compliance.asOf::',
    );
  });

  it('writes every warning as an annotation in GitHub format, not as plain text on stderr', () => {
    const f = copyFixture('compliance');
    f.edit(
      'content/demo/constitution/clauses/12-1.mdx',
      'This constitution should be reviewed annually.',
      'This constitution should be reviewed annually by the QZX.',
    );
    f.edit(
      'content/demo/constitution/source.txt',
      'This constitution should be reviewed annually.',
      'This constitution should be reviewed annually by the QZX.',
    );
    const run = runCheck({ root: f.root, format: 'github', env: {} });
    expect(run.exitCode).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatchInlineSnapshot(
      `"::warning file=content/demo/constitution/clauses/12-1.mdx,line=14,col=54,title=unknown-acronym%3A QZX::"QZX" is used but not in content/demo/glossary.yaml%0AHint: add it to the glossary with what it stands for (definedInSource: false if the documents never spell it out), or list it under notAcronyms if it is not an acronym"`,
    );
    expect(run.stderr).not.toContain('QZX');
    // In text format the same warning is printed for a person to read.
    expect(runCheck({ root: f.root, env: {} }).stderr).toContain('content/demo/constitution/clauses/12-1.mdx:14:54  warning  QZX:');
  });

  it('writes content errors and warnings together as annotations when the check stops', () => {
    const f = copyFixture('compliance');
    f.edit(
      'content/demo/constitution/clauses/12-1.mdx',
      'This constitution should be reviewed annually.',
      'This constitution should be reviewed annually by the QZX.',
    );
    f.edit(
      'content/demo/constitution/source.txt',
      'This constitution should be reviewed annually.',
      'This constitution should be reviewed annually by the QZX.',
    );
    f.edit('content/demo/records/reviews.yaml', 'subject: constitution', 'subject: constitutoin');
    const run = runCheck({ root: f.root, format: 'github', env: {} });
    expect(run.exitCode).toBe(1);
    expect(run.stdout.split('\n').map((line) => line.slice(0, line.indexOf('::', 2)))).toEqual([
      '::warning file=content/demo/constitution/clauses/12-1.mdx,line=14,col=54,title=unknown-acronym%3A QZX',
      '::error file=content/demo/records/reviews.yaml,line=1,title=unknown-subject%3A subject',
    ]);
  });

  it('stops on a bad record with a content error, not a stack trace', () => {
    const f = copyFixture('compliance');
    f.edit('content/demo/records/meetings.yaml', 'body: case-review-group', 'body: case-reveiw-group');
    const run = runCheck({ root: f.root, env: {} });
    expect(run.exitCode).toBe(1);
    expect(run.results).toEqual([]);
    expect(run.stdout).toMatch(/^content\/demo\/records\/meetings\.yaml:13 {2}error {2}body: no body or subgroup "case-reveiw-group"/);
    expect(run.stdout).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('stops on a duty declared with an unknown body, pointing at the clause', () => {
    const f = copyFixture('compliance');
    f.edit('content/demo/constitution/clauses/6-52.mdx', 'body: steering-group', 'body: steering-grp');
    const run = runCheck({ root: f.root, env: {} });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('content/demo/constitution/clauses/6-52.mdx');
    expect(run.stdout).toContain('no body or subgroup "steering-grp"');
  });

  it('stops on a bad site setting', () => {
    const f = copyFixture('compliance');
    f.edit('content/site.yaml', 'asOf: 2026-11-01', 'asOf: 2026-13-01');
    const run = runCheck({ root: f.root, env: {} });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('content/site.yaml:4  error  compliance.asOf: expected a real calendar date');
  });

  it('warns in GitHub annotations whenever site.yaml pins the clock that the daily scheduled build cannot catch a lapse', () => {
    const warning =
      '::warning file=content/site.yaml,title=compliance%3A compliance.asOf::the compliance clock is pinned to 2026-11-01; duties are not judged as of today, so the daily scheduled build cannot catch a lapse after 2026-11-01';
    expect(runCheck({ root: fixture, format: 'github', env: {} }).stdout).toContain(warning);
    // --as-of decides this run, but the scheduled build runs without it, so the pin still matters.
    expect(runCheck({ root: fixture, format: 'github', env: {}, asOf: '2026-10-20' }).stdout).toContain(warning);
    const unpinned = copyFixture('compliance');
    unpinned.edit('content/site.yaml', 'asOf: 2026-11-01', 'warningDays: 30');
    expect(runCheck({ root: unpinned.root, format: 'github', env: {}, asOf: '2026-10-20' }).stdout).not.toContain('content/site.yaml');
  });
});
