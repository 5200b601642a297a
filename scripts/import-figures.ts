/**
 * How well the importer finds structure without --style, by fixture and by
 * format: each fixture with a reviewed clause tree (test/import/structure/
 * and test/import/formats-fixtures/, each <name>.txt with its <name>.json)
 * is written as .txt, .md, .html, .docx and .pdf
 * (test/import/formats-generators/), read back (src/lib/import/formats/)
 * and imported without a style; its clauses are compared with the reviewed
 * tree. A clause is right when a clause with its id has the same number,
 * heading, parent and body; wrong counts the expected clauses not right
 * plus clauses not expected. Lines reported: the importer's report and the
 * reader's notes together.
 *
 * Under the table, one line per clause lost: its cause as found by hand
 * (known-losses.ts), a structure-finder fault when the .txt loses it (too),
 * or unclassified.
 *
 *   npm run import-figures
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSource } from '../src/lib/import/formats/read-source.ts';
import { importDocument } from '../src/lib/import/import-document.ts';
import { KNOWN_LOSSES } from '../test/import/formats-generators/known-losses.ts';
import { FORMAT_MAKERS, REVIEWED_FIXTURES, type ReviewedClause } from '../test/import/formats-generators/reviewed-fixtures.ts';

type Clause = Omit<ReviewedClause, 'order'> & { line?: number };

const same = (a: Clause, b: Clause) => a.number === b.number && a.heading === b.heading && a.parent === b.parent && a.body === b.body;
const brief = (c: Clause) => JSON.stringify({ number: c.number, heading: c.heading, parent: c.parent, body: c.body.slice(0, 60) });

const dir = mkdtempSync(join(tmpdir(), 'import-figures-'));
const rows: string[] = ['| fixture | format | expected | right | wrong | lines reported |', '| --- | --- | --- | --- | --- | --- |'];
const losses: string[] = [];
const totals = new Map<string, { right: number; expected: number }>();
try {
  for (const fixture of REVIEWED_FIXTURES) {
    const lostInText = new Set<string>();
    for (const [ext, make] of FORMAT_MAKERS) {
      const file = join(dir, `document.${ext}`);
      try {
        writeFileSync(file, await make(fixture));
      } catch (error) {
        rows.push(`| ${fixture.name} | .${ext} | ${fixture.expected.length} | – | – | not made: ${(error as Error).message} |`);
        losses.push(
          `- ${fixture.name} .${ext}: every clause: generator artefact: the file could not be made (${(error as Error).message})`,
        );
        continue;
      }
      const source = await readSource(file);
      const result = importDocument(source.text);
      const found = new Map<string, Clause>(result.clauses.map((c) => [c.id, c]));
      const expectedIds = new Set(fixture.expected.map((c) => c.id));
      const lost = [
        ...fixture.expected.filter((c) => !found.has(c.id) || !same(c, found.get(c.id)!)),
        ...result.clauses.filter((c) => !expectedIds.has(c.id)),
      ];
      const right = fixture.expected.length - lost.filter((c) => expectedIds.has(c.id)).length;
      const total = totals.get(ext) ?? { right: 0, expected: 0 };
      totals.set(ext, { right: total.right + right, expected: total.expected + fixture.expected.length });
      const reported = result.report.length + source.report.length;
      rows.push(`| ${fixture.name} | .${ext} | ${fixture.expected.length} | ${right} | ${lost.length} | ${reported} |`);
      for (const clause of lost) {
        if (ext === 'txt') lostInText.add(clause.id);
        const got = found.get(clause.id);
        const where = got?.line ? ` (line ${got.line} of the text read)` : expectedIds.has(clause.id) ? ' (not found)' : ' (not expected)';
        const known = KNOWN_LOSSES.find((k) => k.fixture === fixture.name && k.format === ext && k.clause === clause.id);
        const cause = known
          ? `${known.cause}: ${known.why}`
          : ext === 'txt'
            ? 'reader fault: the structure finder reads the plain text wrong'
            : lostInText.has(clause.id)
              ? 'reader fault: the structure finder loses it in the .txt too'
              : `unclassified: expected ${expectedIds.has(clause.id) ? brief(clause) : 'no such clause'}, got ${got ? brief(got) : 'none'}`;
        losses.push(`- ${fixture.name} .${ext} "${clause.id}"${where}: ${cause}`);
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(rows.join('\n'));
console.log(`\nright, all fixtures: ${[...totals].map(([ext, t]) => `.${ext} ${t.right}/${t.expected}`).join(', ')}`);
console.log(losses.length ? `\nclauses lost:\n${losses.join('\n')}` : '\nclauses lost: none, in any format');
