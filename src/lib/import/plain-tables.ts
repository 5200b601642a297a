/**
 * Finds the tables of a plain-text document, in any of the ways extracts
 * write them, and rebuilds their cells; a run of lines that looks like a
 * table but whose cells cannot be lined up is returned as a failure, so the
 * report can say so rather than keep `| … |` as a paragraph.
 *
 *   "| Name | Role |" / "|---|---|" / "| Chair | LA |"  → [[Name, Role], [Chair, LA]]
 *   "Name\tRole" / "Chair\tLA"                         → the same
 *   "Name      Role" / "Chair     Local authority"     → the same (columns aligned with spaces)
 *   "<table><tr><td>Chair</td>…"                       → the same
 */

export type TableRun =
  | { start: number; end: number; kind: TableKind; rows: string[][] }
  | { start: number; end: number; kind: TableKind; failed: string };

export type TableKind = 'pipes' | 'tabs' | 'aligned columns' | 'HTML';

const isPipe = (line: string) => /^\s*\|.*\|\s*$/.test(line);
const isPipeRule = (line: string) => /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line);
const isTab = (line: string) => /\S\t+\S/.test(line.trim());
/** Two or more spaces between words, not after a full stop (a typist's sentence gap). */
const isAligned = (line: string) => /[^\s.!?:;]\s{2,}\S/.test(line.trim());

const pipeCells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());

function cellStarts(line: string): number[] {
  const starts: number[] = [];
  for (const match of line.matchAll(/(^|\s{2,})(\S)/g)) starts.push(match.index + match[1]!.length);
  return starts;
}

/** Splits aligned rows at the header's columns; a row continuing the cell above (first column empty) joins it. */
function alignedRows(lines: string[]): string[][] | string {
  const columns = cellStarts(lines[0]!);
  const rows: string[][] = [];
  for (const line of lines) {
    const cells: string[] = Array(columns.length).fill('');
    for (const start of cellStarts(line)) {
      const column = columns.findIndex((c) => Math.abs(c - start) <= 1);
      if (column < 0) return `a cell at column ${start + 1} of "${line.trim()}" lines up with no column of the first row`;
      const end = line.slice(start).search(/\s{2,}|$/);
      cells[column] = line.slice(start, start + end).trim();
    }
    const above = rows.at(-1)!;
    if (cells[0] === '' && rows.length > 1) rows[rows.length - 1] = above.map((cell, i) => `${cell} ${cells[i]}`.trim());
    else rows.push(cells);
  }
  return rows;
}

function htmlRows(text: string): string[][] | string {
  const rows = [...text.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)].map((row) =>
    [...row[1]!.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((cell) =>
      cell[1]!
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  );
  return rows.length && rows.every((r) => r.length) ? rows : 'no <tr> row with <td> or <th> cells was found in it';
}

/** @param lines the document's lines; `skip` says which are already something else (furniture). */
export function findTables(lines: string[], skip: (i: number) => boolean = () => false): TableRun[] {
  const runs: TableRun[] = [];
  const runOf = (start: number, test: (line: string) => boolean) => {
    let end = start;
    while (end < lines.length && !skip(end) && test(lines[end]!)) end++;
    return end;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (skip(i)) continue;
    let run: TableRun | undefined;
    if (/<table\b/i.test(line)) {
      let end = i;
      while (end < lines.length - 1 && !/<\/table>/i.test(lines[end]!)) end++;
      const rows = htmlRows(lines.slice(i, end + 1).join('\n'));
      run =
        typeof rows === 'string' ? { start: i, end: end + 1, kind: 'HTML', failed: rows } : { start: i, end: end + 1, kind: 'HTML', rows };
    } else if (isPipe(line)) {
      const end = runOf(i, (l) => isPipe(l) || isPipeRule(l));
      const rows = lines
        .slice(i, end)
        .filter((l) => !isPipeRule(l))
        .map(pipeCells);
      // "|---|---|" alone, its rows set apart by blank lines: a rule with no cells under it.
      run = rows.length
        ? { start: i, end, kind: 'pipes', rows }
        : { start: i, end, kind: 'pipes', failed: `"${line.trim()}" is a rule line with no row of cells beside it` };
    } else if (isTab(line)) {
      const end = runOf(i, isTab);
      run = { start: i, end, kind: 'tabs', rows: lines.slice(i, end).map((l) => l.trim().split(/\t+/)) };
    } else if (isAligned(line) && i + 1 < lines.length && isAligned(lines[i + 1]!)) {
      // An indented line whose words sit in the table's columns carries on a cell above it.
      const columns = cellStarts(line);
      const continues = (l: string) => /^\s{2,}\S/.test(l) && cellStarts(l).every((s) => columns.some((c) => Math.abs(c - s) <= 1));
      const end = runOf(i, (l) => isAligned(l) || continues(l));
      const rows = alignedRows(lines.slice(i, end));
      run =
        typeof rows === 'string'
          ? { start: i, end, kind: 'aligned columns', failed: rows }
          : { start: i, end, kind: 'aligned columns', rows };
    }
    if (run) {
      runs.push(run);
      i = run.end - 1;
    }
  }
  return runs;
}
