/**
 * How well the importer finds structure without --style, by fixture and by
 * format: each fixture's text is written as .txt, .md, .html, .docx and .pdf
 * (test/import/formats-generators/), read back (src/lib/import/formats/) and
 * imported without a style; its clauses are compared with the expected tree:
 * the reviewed <name>.json beside each test/import/structure/ fixture, and,
 * for test/import/formats-fixtures/ (which have no reviewed tree), the
 * import of its own text without a style, so that its rows measure what
 * each format loses against the text. A clause is right when a
 * clause with its id has the same number, heading, parent and body; wrong
 * counts the expected clauses not right plus clauses not expected. Lines
 * reported: the importer's report and the reader's notes together.
 *
 *   npm run import-figures
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSource } from '../src/lib/import/formats/read-source.ts';
import { importDocument } from '../src/lib/import/import-document.ts';
import { FORMAT_FIXTURES } from '../test/import/formats-generators/format-fixtures.ts';
import { makeDocx } from '../test/import/formats-generators/make-docx.ts';
import { makeHtml } from '../test/import/formats-generators/make-html.ts';
import { makeMarkdown } from '../test/import/formats-generators/make-markdown.ts';
import { makePdf } from '../test/import/formats-generators/make-pdf.ts';

interface Clause {
  id: string;
  number?: string;
  heading?: string;
  parent?: string;
  body: string;
}

const tests = new URL('../test/import/', import.meta.url).pathname;
const structure = readdirSync(join(tests, 'structure'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({
    name: `structure/${name}`,
    text: readFileSync(join(tests, 'structure', name), 'utf8'),
    expected: (JSON.parse(readFileSync(join(tests, 'structure', name.replace(/\.txt$/, '.json')), 'utf8')) as { clauses: Clause[] })
      .clauses,
    typed: [] as (typeof FORMAT_FIXTURES)[number]['typed'],
    pageHeight: 330,
  }));
const formats = FORMAT_FIXTURES.map((f) => {
  const text = readFileSync(join(tests, 'formats-fixtures', `${f.name}.txt`), 'utf8');
  return { ...f, name: `formats-fixtures/${f.name}.txt`, text, expected: importDocument(text).clauses };
});

const FORMATS: Array<[string, (f: (typeof structure)[number]) => Promise<string | Uint8Array>]> = [
  ['txt', async (f) => f.text],
  ['md', async (f) => makeMarkdown(f.text)],
  ['html', async (f) => makeHtml(f.text)],
  ['docx', async (f) => makeDocx(f.text, f.typed)],
  ['pdf', async (f) => (await makePdf(f.text, 'An invented running header', f.pageHeight)).bytes],
];

const same = (a: Clause, b: Clause) => a.number === b.number && a.heading === b.heading && a.parent === b.parent && a.body === b.body;

const dir = mkdtempSync(join(tmpdir(), 'import-figures-'));
const rows: string[] = ['| fixture | format | expected | right | wrong | lines reported |', '| --- | --- | --- | --- | --- | --- |'];
const totals = new Map<string, { right: number; expected: number }>();
try {
  for (const fixture of [...structure, ...formats]) {
    for (const [ext, make] of FORMATS) {
      const file = join(dir, `document.${ext}`);
      try {
        writeFileSync(file, await make(fixture));
      } catch (error) {
        // pdf-lib's standard fonts cannot set every character ("▪"): the file cannot be made, so nothing is measured.
        rows.push(`| ${fixture.name} | .${ext} | ${fixture.expected.length} | – | – | not made: ${(error as Error).message} |`);
        continue;
      }
      const source = await readSource(file);
      const result = importDocument(source.text);
      const found = new Map(result.clauses.map((c) => [c.id, c]));
      const expectedIds = new Set(fixture.expected.map((c) => c.id));
      const right = fixture.expected.filter((c) => found.has(c.id) && same(c, found.get(c.id)!)).length;
      const extra = result.clauses.filter((c) => !expectedIds.has(c.id)).length;
      const total = totals.get(ext) ?? { right: 0, expected: 0 };
      totals.set(ext, { right: total.right + right, expected: total.expected + fixture.expected.length });
      const reported = result.report.length + source.report.length;
      rows.push(
        `| ${fixture.name} | .${ext} | ${fixture.expected.length} | ${right} | ${fixture.expected.length - right + extra} | ${reported} |`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(rows.join('\n'));
console.log(`\nright, all fixtures: ${[...totals].map(([ext, t]) => `.${ext} ${t.right}/${t.expected}`).join(', ')}`);
