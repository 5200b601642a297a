/**
 * Every format of the same document imports to the same clauses: each
 * fixture (formats-fixtures/*.txt) is written as a real .docx, .pdf, .html
 * and .md file, read back through readSource, and imported; the clauses
 * (ids, numbers, headings, parents, order and bodies) must equal those of
 * the plain-text import of the fixture, whatever that import makes of it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSource } from '../../src/lib/import/formats/read-source.ts';
import { importDocument } from '../../src/lib/import/import-document.ts';
import { profileFor } from '../../src/lib/import/profiles.ts';
import { scratchDir } from '../helpers/copy-fixture.ts';
import { FORMAT_FIXTURES } from './formats-generators/format-fixtures.ts';
import { makeDocx } from './formats-generators/make-docx.ts';
import { makeHtml } from './formats-generators/make-html.ts';
import { makeMarkdown } from './formats-generators/make-markdown.ts';
import { makePdf } from './formats-generators/make-pdf.ts';

const clausesOf = (text: string, style: string) =>
  importDocument(text, profileFor(style)).clauses.map(({ line: _line, ...clause }) => clause);

describe.each(FORMAT_FIXTURES)('the $name fixture', ({ name, style, typed, pageHeight }) => {
  const source = readFileSync(new URL(`./formats-fixtures/${name}.txt`, import.meta.url), 'utf8');
  const dir = scratchDir('formats');
  const expected = clausesOf(source, style);

  test('imports to more than one clause as plain text, so the comparisons below compare structure', () => {
    expect(expected.length).toBeGreaterThan(5);
  });

  test.each([
    ['docx', async () => makeDocx(source, typed)],
    ['pdf', async () => (await makePdf(source, `${name} – running header`, pageHeight)).bytes],
    ['html', async () => makeHtml(source)],
    ['md', async () => makeMarkdown(source)],
  ])('imports from .%s to the same clauses as from its text', async (ext, make) => {
    const file = join(dir, `${name}.${ext}`);
    writeFileSync(file, await make());
    const { text } = await readSource(file);
    expect(clausesOf(text, style)).toEqual(expected);
  });

  test('breaks one of its paragraphs over a page in the PDF, which reads back whole', async () => {
    const made = await makePdf(source, 'running header', pageHeight);
    expect(made.splitParagraphs).toBeGreaterThan(0);
    writeFileSync(join(dir, 'split.pdf'), made.bytes);
    expect((await readSource(join(dir, 'split.pdf'))).text).toBe(source);
  });
});
