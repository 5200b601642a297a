/**
 * `npm run check` tells an editor when a clause no longer carries the
 * published text (source.txt), and when a listed exception has gone stale.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { checkFidelity, sentenceFinder, sourceSentences } from '../../src/lib/content/fidelity.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { formatContentError } from '../../src/lib/errors/content-error.ts';
import { copyFixture } from '../helpers/copy-fixture.ts';

const CLAUSE = 'content/demo/handbook/clauses/2.mdx';
const fidelity = (root: string) => checkFidelity(loadContent({ root })).map(formatContentError);

describe('the fidelity check', () => {
  it('is silent when every sentence of the source is in the clauses', () => {
    expect(fidelity(copyFixture('basic').root)).toEqual([]);
  });

  it('names the source line, the sentence and both ways to fix it when a clause’s words change', () => {
    const f = copyFixture('basic');
    f.edit(CLAUSE, 'reviewed annually', 'reviewed every two years');
    expect(fidelity(f.root)).toEqual([
      'content/demo/handbook/source.txt:5  error  this sentence of the published text is in none of the document\'s clauses: "This handbook is reviewed annually."  [fidelity]\n' +
        "  hint: if the clause's words were changed on purpose because the document was amended, record the amendment in content/demo/handbook/amendments.yaml with the words the clause had before (was:), and leave content/demo/handbook/source.txt as first published; otherwise restore the clause's words. A line the site knowingly shows differently goes under source.exceptions in content/demo/handbook/document.yaml, with the reason",
    ]);
  });

  it('passes once the amended wording is in source.txt too, as an amendment should be', () => {
    const f = copyFixture('basic');
    f.edit(CLAUSE, 'reviewed annually', 'reviewed every two years');
    f.edit('content/demo/handbook/source.txt', 'reviewed annually', 'reviewed every two years');
    expect(fidelity(f.root)).toEqual([]);
  });

  it('accepts a line listed under source.exceptions, and warns when an exception is no longer needed', () => {
    const f = copyFixture('basic');
    f.edit(CLAUSE, 'reviewed annually', 'reviewed yearly');
    f.edit(
      'content/demo/handbook/document.yaml',
      /source:\n/,
      'source:\n  exceptions:\n    - line: This handbook is reviewed annually.\n      reason: shown in modern words\n',
    );
    expect(fidelity(f.root)).toEqual([]);
    f.edit(CLAUSE, 'reviewed yearly', 'reviewed annually');
    expect(fidelity(f.root)).toEqual([
      expect.stringContaining('document.yaml  warning  source.exceptions[0]: this exception is no longer needed'),
    ]);
  });

  it('fails npm run check, so the build stops before publishing altered text', () => {
    const f = copyFixture('basic');
    f.edit(CLAUSE, 'reviewed annually', 'reviewed every two years');
    const run = runCheck({ root: f.root, asOf: '2026-11-01' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("source.txt:5  error  this sentence of the published text is in none of the document's clauses");
  });
});

describe('sentences and finding them', () => {
  it('splits the source at line breaks and sentence ends, keeping each sentence’s line', () => {
    expect(sourceSentences('One. Two!\nThree').map((s) => [s.sentence, s.lineNumber])).toEqual([
      ['One.', 1],
      ['Two!', 1],
      ['Three', 2],
    ]);
  });

  it('finds a sentence whether it stands alone in the text or runs on from a heading', () => {
    const found = sentenceFinder('6.53 Quoracy\ni) To be quorate. Next one.');
    expect([found('Next one.'), found('6.53 Quoracy'), found('Quoracy i) To be'), found('Not there.')]).toEqual([true, true, true, false]);
  });
});
