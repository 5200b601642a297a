/**
 * Tables stay tables: each built document page holds as many tables as its
 * source prints, and a table has header cells (in <thead>, scope="col") exactly
 * where the source gives it a header row; where it does not, no header is
 * made up. Reads the built HTML (dist/), no browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/copy-fixture.ts';
import { elementsNamed as elements, parsePage } from '../helpers/hast.ts';
import { classifyBuiltPages } from '../helpers/page-kinds.ts';

/**
 * Per document page, its tables in order: the source line of the header row
 * and the start of each header cell's text, or `null` for a table whose source
 * has no header row.
 */
const EXPECTED: Record<string, { header: { line: number; cells: string[] } | null }[]> = {
  '/suffolk/partnership-protocol/': [],
  '/west-sussex/constitution/': [],
  '/west-sussex/arrangements-2019/': [
    // Contents (source line 61) and lead representatives (156): tab tables whose first row names the columns.
    { header: { line: 61, cells: ['Subject', 'Page'] } },
    { header: { line: 156, cells: ['Lead Representatives in West Sussex:', 'Roles are delegated to:'] } },
  ],
  '/west-sussex/collaborative-working-agreement/': [
    // Table 1 Priorities Matrix: the row before the "---\t--" rule (line 78) is the header.
    {
      header: {
        line: 77,
        cells: ['Health and Wellbeing Board JHWS priorities (2019 -2024)', 'Safer West Sussex Partnership priorities for 2019/20'],
      },
    },
  ],
  '/wandsworth/arrangements-2021/': [
    // The Executive (line 167) opens with the group label "Council", and the glossary (512) with its first
    // entry: neither prints a header row, so none is invented.
    { header: null },
    { header: null },
  ],
};

const sources: Record<string, string> = {
  '/suffolk/partnership-protocol/': 'content/suffolk/partnership-protocol/source.txt',
  '/west-sussex/constitution/': 'content/west-sussex/constitution/source.txt',
  '/west-sussex/arrangements-2019/': 'content/west-sussex/arrangements-2019/source.txt',
  '/west-sussex/collaborative-working-agreement/': 'content/west-sussex/collaborative-working-agreement/source.txt',
  '/wandsworth/arrangements-2021/': 'content/wandsworth/arrangements-2021/source.txt',
};

const documents = classifyBuiltPages().documents;

describe('tables on document pages', () => {
  it('are checked on every document page', () => {
    expect(documents.map((p) => p.path).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  describe.each(documents.map((p) => [p.path, p.file] as const))('%s', (path, file) => {
    const main = elements(parsePage(file), 'main')[0]!;
    const tables = elements(main, 'table');
    const expected = EXPECTED[path] ?? [];
    const sourceLines = readFileSync(join(projectRoot, sources[path]!), 'utf8').split('\n');

    it('has as many tables as its source prints', () => {
      expect(tables.length).toBe(expected.length);
    });

    it.each(expected.map((table, i) => [i + 1, table.header] as const))(
      'table %i has header cells only where the source has a header row',
      (n, header) => {
        const table = tables[n - 1]!;
        const headerCells = elements(table, 'th');
        if (!header) {
          expect(elements(table, 'thead')).toEqual([]);
          expect(headerCells).toEqual([]);
          return;
        }
        for (const cell of header.cells) expect(sourceLines[header.line - 1], `source line ${header.line}`).toContain(cell);
        const [thead, ...more] = elements(table, 'thead');
        expect(more).toEqual([]);
        const cells = elements(thead!, 'th');
        expect(cells.map((th) => th.properties.scope)).toEqual(header.cells.map(() => 'col'));
        cells.forEach((th, i) => {
          expect(toText(th).trim().startsWith(header.cells[i]!), `header cell ${i + 1}`).toBe(true);
        });
        expect(headerCells.length, 'no header cells outside <thead>').toBe(cells.length);
      },
    );
  });
});
