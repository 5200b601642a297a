/**
 * The tables a fixture's text can hold, as rows of cells: tab-separated
 * lines, a Markdown pipe table, an HTML <table>, and columns aligned with
 * spaces. Aligned lines whose cells do not start at the first line's columns
 * are not a table a reader could rebuild: they come back as preformatted
 * lines, their spacing kept.
 *
 *   ["Name      Role", "Jo Bloggs Chair"] (columns at 0 and 10) → a table of two rows
 */
import type { FixtureBlock } from './fixture-blocks.ts';

type TableOrLines = Extract<FixtureBlock, { kind: 'table' | 'preformatted' }>;

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_RULE = /^\s*\|(?:\s*:?-+:?\s*\|)+\s*$/;
const ALIGNED = /\S {2,}\S/;

/** The run of lines from `start` that pass `test`. */
function run(lines: string[], start: number, test: (line: string) => boolean): number {
  let end = start;
  while (end < lines.length && test(lines[end]!)) end++;
  return end;
}

const columnsOf = (line: string) => [...line.matchAll(/(?:^|(?<= {2}))\S/g)].map((m) => m.index!);

function htmlRows(html: string): string[][] {
  const cell = (text: string) => text.replace(/<[^>]+>/g, '').trim();
  return [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((tr) =>
    [...tr[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((td) => cell(td[1]!)),
  );
}

/** The table (or preformatted lines) starting at line `start`, and the line after it; undefined when none starts there. */
export function tableBlock(lines: string[], start: number): { block: TableOrLines; end: number } | undefined {
  const line = lines[start]!;
  if (line.includes('\t')) {
    const end = run(lines, start, (l) => l.includes('\t'));
    return { block: { kind: 'table', rows: lines.slice(start, end).map((l) => l.split('\t')) }, end };
  }
  if (PIPE_ROW.test(line)) {
    const end = run(lines, start, (l) => PIPE_ROW.test(l));
    const rows = lines
      .slice(start, end)
      .filter((l) => !PIPE_RULE.test(l))
      .map((l) =>
        l
          .trim()
          .slice(1, -1)
          .split('|')
          .map((c) => c.trim()),
      );
    return { block: { kind: 'table', rows }, end };
  }
  if (/^\s*<table/i.test(line)) {
    let end = start;
    while (end < lines.length && !/<\/table>/i.test(lines[end]!)) end++;
    return { block: { kind: 'table', rows: htmlRows(lines.slice(start, end + 1).join('\n')) }, end: end + 1 };
  }
  if (!ALIGNED.test(line)) return undefined;
  const end = run(lines, start, (l) => ALIGNED.test(l));
  const rows = lines.slice(start, end);
  const columns = columnsOf(rows[0]!);
  const lined = rows.length > 1 && rows.every((r) => columnsOf(r).every((x) => columns.includes(x)));
  if (!lined) return { block: { kind: 'preformatted', lines: rows }, end };
  const cells = (r: string) => columns.map((x, c) => r.slice(x, columns[c + 1]).trim());
  return { block: { kind: 'table', rows: rows.map(cells) }, end };
}
