/**
 * The data files behind the plugins (legislation, glossary, cross-references)
 * and the warnings and lists built from them: every problem is a ContentError
 * with a file and line.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { formatContentError } from '../../src/lib/errors/content-error.ts';
import { checkReferenceData, loadGlossaries, unknownAcronyms } from '../../src/lib/references/index.ts';
import { scratchDir } from '../helpers/copy-fixture.ts';
import { FIXTURE_ROOT } from './render-markdown.ts';

function copyWith(file: string, edit: (text: string) => string): string {
  const root = scratchDir('references-data');
  cpSync(join(FIXTURE_ROOT, 'content'), join(root, 'content'), { recursive: true });
  writeFileSync(join(root, file), edit(readFileSync(join(root, file), 'utf8')));
  return root;
}

const problems = (root: string) => checkReferenceData(loadContent({ root })).map(formatContentError);

describe('reference data files', () => {
  it('are valid in the fixture content', () => {
    expect(checkReferenceData(loadContent({ root: FIXTURE_ROOT }))).toEqual([]);
  });

  it('reject a legislation address that is not a legislation.gov.uk contents page', () => {
    const root = copyWith('content/legislation.yaml', (t) =>
      t.replace('https://www.legislation.gov.uk/ukpga/2004/31/contents', 'https://www.legislation.gov.uk/ukpga/2004/31/section/16E'),
    );
    expect(problems(root)).toEqual([
      'content/legislation.yaml:6  error  legislation[0].url: expected a legislation.gov.uk contents address, such as https://www.legislation.gov.uk/ukpga/2004/31/contents, found "https://www.legislation.gov.uk/ukpga/2004/31/section/16E"  [schema]\n  hint: see what each legislation field takes in src/schemas/legislation.ts',
    ]);
  });

  it('reject an unknown glossary field, naming the allowed ones', () => {
    const root = copyWith('content/west-sussex/glossary.yaml', (t) => t.replace('definedInSource: false', 'definedInSauce: false'));
    expect(problems(root)[0]).toContain(
      'content/west-sussex/glossary.yaml:22  error  terms[6].definedInSauce: unknown field "definedInSauce"',
    );
  });

  it('reject a cross-reference to a document that does not exist, with the nearest ids', () => {
    const root = copyWith('content/west-sussex/cross-references.yaml', (t) =>
      t.replace('document: collaborative-working-agreement', 'document: collaborative-agreement'),
    );
    expect(problems(root)).toEqual([
      'content/west-sussex/cross-references.yaml:7  error  documents[0].appendices[0].document: no document "collaborative-agreement" in west-sussex  [reference]\n  hint: use a document folder name of this partnership; nearest: collaborative-working-agreement, arrangements, constitution',
    ]);
  });
});

describe('acronyms missing from the glossary', () => {
  it('are warnings at their first use in each clause file', () => {
    const warnings = unknownAcronyms(loadContent({ root: FIXTURE_ROOT }));
    expect(warnings.map((w) => `${w.severity} ${w.file}:${w.line}:${w.column} ${w.field}`)).toEqual([
      'warning content/west-sussex/constitution/clauses/11-2.mdx:6:51 C&SW',
      'warning content/west-sussex/constitution/clauses/3-1.mdx:6:97 CSWA',
    ]);
    expect(warnings[0]!.message).toBe('"C&SW" is used but not in content/west-sussex/glossary.yaml');
  });

  it('leave out words listed as not acronyms, Roman numerals and shouted headings', () => {
    const root = copyWith(
      'content/west-sussex/constitution/clauses/6-9.mdx',
      (t) => `${t}\nGiles York QPM, item IV, and PROTOCOL OUTLINING PARTNERSHIP BETWEEN BOARDS.\n`,
    );
    expect(unknownAcronyms(loadContent({ root })).map((w) => w.field)).toEqual(['C&SW', 'CSWA']);
  });
});

describe('glossaries for the glossary page', () => {
  it('sorts terms, gives each its anchor and lists the clauses that mark it', () => {
    const glossary = loadGlossaries(loadContent({ root: FIXTURE_ROOT })).get('west-sussex')!;
    expect(glossary.terms.map((t) => t.anchor)).toEqual(['cwa', 'hwb', 'pb', 'sab', 'sg', 'swsp', 'wscc', 'wsscp']);
    const sg = glossary.terms.find((t) => t.term === 'SG')!;
    expect(sg).toMatchObject({ expansion: 'Steering Group', definedInSource: true });
    expect(sg.usedIn).toEqual([
      { label: '6.52 Frequency of meetings', documentTitle: 'Constitution', url: '/west-sussex/constitution/6-52/' },
    ]);
  });
});
