/**
 * Tables found in plain text (src/lib/import/plain-tables.ts): a pipe table
 * whose rows are set apart by blank lines, as some Markdown exports write
 * one, leaves its rule line alone; that line is reported and kept as text,
 * not a table with no rows (which once crashed the import).
 */
import { describe, expect, test } from 'vitest';
import { importDocument } from '../../src/lib/import/import-document.ts';
import { findTables } from '../../src/lib/import/plain-tables.ts';

const SPREAD = '1. The partners share the cost.\n\n| Partner | Share |\n\n|---|---|\n\n| Council | 50% |\n';

describe('a pipe table with blank lines between its rows', () => {
  test('makes its lone rule line a failed table, saying why', () => {
    expect(findTables(['|---|---|'])).toEqual([
      { start: 0, end: 1, kind: 'pipes', failed: '"|---|---|" is a rule line with no row of cells beside it' },
    ]);
  });

  test('imports without crashing, keeping every line and reporting the rule line', () => {
    const result = importDocument(SPREAD);
    expect(result.clauses.find((c) => c.id === '1')?.body).toBe(
      'The partners share the cost.\n\n| Partner | Share |\n| --- | --- |\n\n|---|---|\n\n| Council | 50% |\n| --- | --- |',
    );
    expect(result.report.map((r) => `line ${r.line} ${r.kind}: ${r.message}`)).toEqual([
      'line 5 guessed: a table in pipes (lines 5–5) could not be rebuilt: "|---|---|" is a rule line with no row of cells beside it; kept as text in "1"',
    ]);
  });
});
