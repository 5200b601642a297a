/**
 * Fixture tests of the importer, in the style of remark's: each folder under
 * fixtures/ holds an `input.txt`, `options.json` ({ "style": … }), and the
 * expected result, reviewed by hand:
 *
 *   expected.json  the clause tree (id, number, heading, parent, order) and the report
 *   expected.txt   every clause file the importer writes, "=== <id>.mdx" before each
 *
 * To regenerate after an intended change: UPDATE_FIXTURES=1 npx vitest run … test/import,
 * then read the diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { clauseFiles, importDocument } from '../../src/lib/import/import-document.ts';
import { profileFor } from '../../src/lib/import/profiles.ts';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const update = process.env.UPDATE_FIXTURES === '1';

function run(name: string) {
  const dir = join(fixtures, name);
  const { style } = JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) as { style: string };
  const result = importDocument(readFileSync(join(dir, 'input.txt'), 'utf8'), profileFor(style));
  const tree = {
    clauses: result.clauses.map(({ id, number, heading, parent, order }) => ({ id, number, heading, parent, order })),
    report: result.report.map((entry) => `line ${entry.line} ${entry.kind}: ${entry.message}`),
  };
  const files = [...clauseFiles(result)].map(([name, text]) => `=== ${name}\n${text}`).join('\n');
  return { dir, tree, files };
}

describe.each(readdirSync(fixtures).sort())('the %s fixture', (name) => {
  const { dir, tree, files } = run(name);

  test('imports to the expected clause tree and report', () => {
    const file = join(dir, 'expected.json');
    if (update) writeFileSync(file, `${JSON.stringify(tree, null, 2)}\n`);
    expect(tree).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });

  test('writes the expected clause files', () => {
    const file = join(dir, 'expected.txt');
    if (update) writeFileSync(file, files);
    expect(existsSync(file)).toBe(true);
    expect(files).toBe(readFileSync(file, 'utf8'));
  });
});
