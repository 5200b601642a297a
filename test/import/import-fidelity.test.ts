/**
 * The fidelity check follows the importer: every sentence of each structure
 * fixture is found in the clauses imported from it (bar the page furniture
 * the report says was dropped), which needs the check to split "Part 2 –
 * Membership" into a number and a heading for any label, "1. Purpose: To
 * ensure …" into a heading and its text, and table rows into their cells.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { normaliseForFidelity, sentenceFinder, sourceSentences } from '../../src/lib/content/fidelity.ts';
import { importDocument } from '../../src/lib/import/import-document.ts';
import { clauseText } from '../../src/lib/markdown/clause-text.ts';

const dir = fileURLToPath(new URL('./structure/', import.meta.url));

describe('the fidelity check on an imported document', () => {
  test.each(readdirSync(dir).filter((name) => name.endsWith('.txt')))('finds every sentence of %s in its clauses', (name) => {
    const source = readFileSync(join(dir, name), 'utf8');
    const result = importDocument(source);
    const found = sentenceFinder(
      result.clauses.map((c) => [c.number, c.heading, clauseText(c.body)].filter(Boolean).join('\n')).join('\n'),
    );
    const dropped = new Set(result.report.filter((e) => e.kind === 'dropped').map((e) => e.line));
    const missing = sourceSentences(source).filter((s) => !dropped.has(s.lineNumber) && !found(s.normalised));
    expect(missing.map((s) => `line ${s.lineNumber}: ${s.sentence}`)).toEqual([]);
  });

  test('splits any division label from its heading, a paragraph label from its text, and a table row into cells', () => {
    const sentences = (line: string) => sourceSentences(line).map((s) => s.sentence);
    expect(sentences('Schedule 1: Membership')).toEqual(['Schedule 1', 'Membership']);
    expect(sentences('ARTICLE 3 – ACCOUNTS')).toEqual(['ARTICLE 3', 'ACCOUNTS']);
    expect(sentences('Clause 3 – Breaches')).toEqual(['Clause 3', 'Breaches']);
    expect(sentences('Appendix – Glossary')).toEqual(['Appendix', 'Glossary']);
    expect(sentences('1.—(1) The Board meets.')).toEqual(['1.', '(1) The Board meets.']);
    expect(sentences('Section 11 of the Children Act 2004 applies.')).toEqual(['Section 11 of the Children Act 2004 applies.']);
    expect(sentences('2. Membership: The Board has five members.')).toEqual(['2.', 'Membership', 'The Board has five members.']);
    expect(sentences('| Chair | Independent | 3 years |')).toEqual(['Chair', 'Independent', '3 years']);
    expect(sentences('Jo Bloggs     Business Manager')).toEqual(['Jo Bloggs', 'Business Manager']);
    expect(sentences('Role\tOrganisation')).toEqual(['Role', 'Organisation']);
  });

  test('still reports a table cell that is in no clause', () => {
    const found = sentenceFinder('Schedule 1\nMembership\nChair Independent');
    expect(
      sourceSentences('| Chair | Police |')
        .filter((s) => !found(normaliseForFidelity(s.sentence)))
        .map((s) => s.sentence),
    ).toEqual(['Police']);
  });
});
