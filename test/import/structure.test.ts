/**
 * The structure finder, on documents numbered in ways the shipped five are
 * not: Parts with 1 / 1.1 / (a) / (i) and a Schedule table in tabs; a terms
 * of reference written "1. Purpose: To ensure …"; lettered Sections;
 * Articles with an Annex table in aligned columns; Chapters with 1(a)
 * paragraphs and tables in pipes and HTML; a memorandum in Chapters and
 * Articles with 1.1 paragraphs and a Schedule; subgroup terms with an
 * unnumbered "Background" heading before clause 1, 1.1.1 depth, i) items,
 * • bullets and an Annex table; a constitution in Sections with 1.1.1
 * definitions and a Schedule table; an information-sharing agreement with
 * "A. PURPOSE" lettered clauses, (i) items, an Appendix table and a
 * signature block; ALL CAPS unnumbered terms of reference with bullets two
 * deep and a version table; a procedure numbered with faults (a repeated
 * 2.2, "2.1" under 3., a skipped 3.3 and 4.); a protocol with Word's
 * "a." / "i." levels and "1)" agenda items; a data processing agreement in
 * "Clause 1 –" divisions; a strategy of unnumbered headings over 1.1
 * paragraphs; a strategy in "1.0 Introduction" sections; a protocol with
 * "I. INTRODUCTION" roman headings over 1. paragraphs; a framework with
 * "1 Purpose" headings and "1.1." paragraphs; arrangements with a version
 * table, a contents list in dot leaders and an inserted "2A." clause;
 * standing orders in a statute's "1.—(1)" with a "3." over its heading; a
 * constitution in "Part One –" with an unnumbered "Appendix – Glossary";
 * panel terms in "1) Purpose" clauses with a) items; and the two format
 * fixtures
 * (formats-fixtures/). Each `<name>.txt` has a `<name>.json` beside it,
 * reviewed by hand against the text: the scheme found, the whole clause
 * tree with each clause's Markdown body, and the report. To regenerate
 * after an intended change: UPDATE_FIXTURES=1, then read the diff.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { importDocument } from '../../src/lib/import/import-document.ts';

const folder = (name: string) => fileURLToPath(new URL(`./${name}/`, import.meta.url));
const fixtures = ['structure', 'formats-fixtures'].flatMap((name) =>
  readdirSync(folder(name))
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => `${name}/${file}`),
);
const update = process.env.UPDATE_FIXTURES === '1';

describe.each(fixtures)('the structure of %s', (name) => {
  test('is found without a style, giving the expected clause tree, bodies and report', () => {
    const result = importDocument(readFileSync(join(folder('.'), name), 'utf8'));
    const actual = {
      scheme: result.scheme,
      clauses: result.clauses.map(({ id, number, heading, parent, order, body }) => ({ id, number, heading, parent, order, body })),
      report: result.report.map((entry) => `line ${entry.line} ${entry.kind}: ${entry.message}`),
    };
    const file = join(folder('.'), name.replace(/\.txt$/, '.json'));
    if (update) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
