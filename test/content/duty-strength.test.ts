/**
 * Every duty in the shipped content says how strongly its clause obliges it,
 * in the clause's own words (src/schemas/duty-strength.ts): a lapse of a
 * required duty fails the check, an advisory one's is only a warning. A duty
 * without a strength is checked as required and warned about.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { quotedIn } from '../../src/lib/compliance/check-duties.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { formatContentError } from '../../src/lib/errors/content-error.ts';
import { copyFixture, projectRoot } from '../helpers/copy-fixture.ts';

const shipped = loadContent({ root: projectRoot }).clauses.flatMap((clause) =>
  clause.data.duties.map((duty) => ({ file: clause.file, body: clause.body, duty })),
);

describe('the strength of each shipped duty', () => {
  it('is given for every duty, with a quote found in its clause', () => {
    const unquoted = shipped
      .filter(({ duty, body }) => !duty.strength || !quotedIn(body, duty.strength.quote))
      .map(({ file, duty }) => `${file}: ${duty.id}`);
    expect(shipped.length).toBeGreaterThan(50);
    expect(unquoted).toEqual([]);
  });

  it('is advisory only where the clause says should, ideally or preferably', () => {
    const advisory = shipped
      .filter(({ duty }) => duty.strength?.level === 'advisory')
      .map(({ duty }) => `${duty.id}: ${duty.strength!.quote}`)
      .sort();
    expect(advisory).toEqual([
      'annual-report-submitted: should be submitted',
      'constitution-review: should be reviewed annually',
      'dispute-meeting-held: should take place',
      'ordinary-meeting-dates-set: ideally',
      'steering-group-extraordinary-notice: preferably',
    ]);
  });

  it('explains in the interpretation each required duty the clause states without a modal verb', () => {
    const modal = /\b(must|shall|will|should|ideally|preferably)\b/i;
    const unexplained = shipped
      .filter(({ duty }) => duty.strength && !modal.test(duty.strength.quote) && !/read as required/.test(duty.interpretation ?? ''))
      .map(({ duty }) => `${duty.id}: ${duty.strength!.quote}`);
    expect(unexplained).toEqual([]);
  });
});

describe('a duty without a strength', () => {
  const CLAUSE = 'content/demo/constitution/clauses/12-1.mdx';
  const STRENGTH = '    strength: { level: advisory, quote: should be reviewed annually }\n';
  const withClauseStrength = (strength: string) => {
    const f = copyFixture('compliance');
    f.edit(CLAUSE, STRENGTH, strength);
    return f.root;
  };
  const findings = (root: string, asOf?: string) => {
    const run = runCheck({ root, env: {}, ...(asOf ? { asOf } : {}) });
    return { run, printed: run.errors.filter((e) => e.file === CLAUSE).map(formatContentError) };
  };

  it("is a warning naming the clause file and the duty's line, and the check still passes", () => {
    const { run, printed } = findings(withClauseStrength(''));
    expect(run.exitCode).toBe(0);
    expect(printed).toEqual([
      `content/demo/constitution/clauses/12-1.mdx:6  warning  duties[0].strength: missing; expected the clause's word for how strongly it obliges, such as { level: required, quote: must }  [strength-quote]
  hint: add strength: { level: required, quote: … } for "must", "shall", "will", or { level: advisory, quote: … } for "should", "ideally", "preferably", quoting the clause as printed; until then a lapse fails the check as if the clause said "must"`,
    ]);
  });

  it('is checked as required, so its lapse fails the check where an advisory one only warns', () => {
    const late = '2027-06-01';
    const advisory = findings(`${projectRoot}test/fixtures/compliance`, late).run;
    const missing = findings(withClauseStrength(''), late).run;
    const lapse = (run: typeof advisory) =>
      run.stdout
        .split('\n')
        .find((line) => line.includes('  constitution-review: overdue'))
        ?.trim()
        .split('  ')[1];
    expect(lapse(advisory)).toBe('warning');
    expect(lapse(missing)).toBe('error');
  });

  it('is not warned about in a document no longer in force, whose duties are not checked', () => {
    expect(findings(`${projectRoot}test/fixtures/compliance`).run.errors.filter((e) => e.rule === 'strength-quote')).toEqual([]);
  });

  it('with a quote the clause does not contain is an error at the strength line', () => {
    const { run, printed } = findings(withClauseStrength('    strength: { level: required, quote: must be reviewed }\n'));
    expect(run.exitCode).toBe(1);
    expect(printed).toEqual([
      `content/demo/constitution/clauses/12-1.mdx:12  error  duties[0].strength.quote: "must be reviewed" is not in the clause's text, so the duty's strength (required) does not rest on what the clause says  [strength-quote]
  hint: quote the word or words of the clause that set how strong the duty is, as printed: "must", "will", "ideally"`,
    ]);
  });
});
