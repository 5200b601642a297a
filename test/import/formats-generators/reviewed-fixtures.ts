/**
 * Every fixture with a reviewed clause tree, and every format it is written
 * in: the structure fixtures (test/import/structure/) and the format
 * fixtures (test/import/formats-fixtures/), each `<name>.txt` with the
 * `<name>.json` beside it, reviewed by hand against the text. Read by
 * formats-trees.test.ts and scripts/import-figures.ts, which import each
 * format without a style and compare the clauses with the reviewed tree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ListName } from './fixture-blocks.ts';
import { FORMAT_FIXTURES } from './format-fixtures.ts';
import { makeDocx } from './make-docx.ts';
import { makeHtml } from './make-html.ts';
import { makeMarkdown } from './make-markdown.ts';
import { makePdf } from './make-pdf.ts';

export interface ReviewedClause {
  id: string;
  number?: string;
  heading?: string;
  parent?: string;
  order: number;
  body: string;
}

export interface ReviewedFixture {
  /** "structure/articles.txt", "formats-fixtures/terms-of-reference.txt". */
  name: string;
  text: string;
  expected: ReviewedClause[];
  typed: ListName[];
  pageHeight: number;
}

const tests = new URL('../', import.meta.url).pathname;

function reviewed(folder: string, file: string, typed: ListName[], pageHeight: number): ReviewedFixture {
  const path = join(tests, folder, file);
  const tree = JSON.parse(readFileSync(path.replace(/\.txt$/, '.json'), 'utf8')) as { clauses: ReviewedClause[] };
  return { name: `${folder}/${file}`, text: readFileSync(path, 'utf8'), expected: tree.clauses, typed, pageHeight };
}

export const REVIEWED_FIXTURES: ReviewedFixture[] = [
  ...readdirSync(join(tests, 'structure'))
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => reviewed('structure', file, [], 330)),
  ...FORMAT_FIXTURES.map((f) => reviewed('formats-fixtures', `${f.name}.txt`, f.typed, f.pageHeight)),
];

/** Each format's extension and how a fixture is written in it. */
export const FORMAT_MAKERS: Array<[string, (f: ReviewedFixture) => Promise<string | Uint8Array>]> = [
  ['txt', async (f) => f.text],
  ['md', async (f) => makeMarkdown(f.text)],
  ['html', async (f) => makeHtml(f.text)],
  ['docx', async (f) => makeDocx(f.text, f.typed)],
  ['pdf', async (f) => (await makePdf(f.text, 'An invented running header', f.pageHeight)).bytes],
];
