/**
 * A PDF's tables, from its printed lines: two or more lines in a row whose
 * cells start at the same x positions are a table, one row per line. A cell
 * wrapped over two lines prints a line with text only under later columns:
 * that line continues the row above, each piece of text going to the cell
 * whose column it falls in; one with text in the first column too, when it
 * is surely no paragraph after the table (firstColumnWrap). Numbers or bullets set apart from their text
 * by a tab line up in two columns too, but are a list, not a table.
 *
 *   "Stage | Who talks | Time limit", "III | Designated safeguarding | 10 days", "          leads"
 *   → rows [["Stage", "Who talks", "Time limit"], ["III", "Designated safeguarding leads", "10 days"]]
 */
import type { PdfLine } from './pdf-lines.ts';

export interface TableRow {
  /** Index of the table's first line. */
  start: number;
  /** One text per column ("" where the line has none). */
  cells: string[];
  /** The line carries on the row above (a wrapped cell) rather than starting one. */
  continues: boolean;
}

/** A list item's number or bullet, printed apart from its text by a tab: "1.1", "(a)", "iv.", "•". */
const LIST_MARKER = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[A-Za-z]{1,4}[.)]|\([A-Za-z]{1,4}\)|[•●▪■◦○‣∙·*\-–\uf0b7\uf0a7\uf0d8\uf0fc])$/;

/**
 * Numbered paragraphs with a hanging indent print as two columns, the numbers and the text, and are no
 * table: every row of two cells whose first is a number or bullet. A table of three columns is a table.
 */
const hangingList = (rows: TableRow[]) => rows.every((row) => row.continues || (row.cells.length === 2 && LIST_MARKER.test(row.cells[0]!)));

const sameColumns = (a: PdfLine, b: PdfLine) =>
  a.cells.length > 1 && a.cells.length === b.cells.length && a.cells.every((cell, i) => Math.abs(cell.x0 - b.cells[i]!.x0) <= 3);

/** The column each of `line`'s cells falls in, by the table's column starts; undefined when one falls in the first. */
function columnsOf(line: PdfLine, starts: number[]): number[] | undefined {
  const columns = line.cells.map((cell) => starts.findLastIndex((x) => cell.x0 >= x - 3));
  return columns.every((c) => c > 0) ? columns : undefined;
}

/** The columns of a line whose every cell starts where a column does ("Care Board" under "Brackenmoor Integrated"). */
function atColumnStarts(line: PdfLine, starts: number[]): number[] | undefined {
  const columns = line.cells.map((cell) => starts.findIndex((x) => Math.abs(cell.x0 - x) <= 3));
  return columns.every((c) => c >= 0) ? columns : undefined;
}

/**
 * The columns of a wrapped cell's next line with text in the first column. A line of text after the table
 * can start there too, so it is taken as a continuation only with a second cell of its own, or when the
 * lines after it (at the line spacing, themselves starting at columns) reach another row of the table.
 */
function firstColumnWrap(lines: PdfLine[], j: number, first: PdfLine, starts: number[]): number[] | undefined {
  const columns = atColumnStarts(lines[j]!, starts);
  if (!columns || columns.length > 1) return columns;
  for (let k = j + 1; k < lines.length && lines[k]!.page === first.page && atSpacing(lines[k - 1]!, lines[k]!); k++) {
    if (sameColumns(first, lines[k]!)) return columns;
    if (!atColumnStarts(lines[k]!, starts)) return undefined;
  }
  return undefined;
}

const atSpacing = (above: PdfLine, next: PdfLine) => above.y - next.y <= Math.max(above.size, next.size) * 1.6;

/** For each line, its row of a table, if it is in one. */
export function tableRows(lines: PdfLine[]): Array<TableRow | undefined> {
  const rows: Array<TableRow | undefined> = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    if (first.cells.length < 2) continue;
    const starts = first.cells.map((cell) => cell.x0);
    const found: TableRow[] = [{ start: i, cells: first.cells.map((c) => c.text), continues: false }];
    for (let j = i + 1; j < lines.length && lines[j]!.page === first.page; j++) {
      const [above, next] = [lines[j - 1]!, lines[j]!];
      if (sameColumns(first, next)) {
        found.push({ start: i, cells: next.cells.map((c) => c.text), continues: false });
        continue;
      }
      // A wrapped cell's next line follows at the line spacing, with nothing in the first column.
      const columns = atSpacing(above, next) ? (columnsOf(next, starts) ?? firstColumnWrap(lines, j, first, starts)) : undefined;
      if (!columns) break;
      const cells = starts.map(() => '');
      columns.forEach((c, k) => {
        cells[c] = `${cells[c]} ${next.cells[k]!.text}`.trim();
      });
      found.push({ start: i, cells, continues: true });
    }
    // A table needs two rows of its own: a line and its wrapped cells alone are not one.
    if (found.filter((row) => !row.continues).length < 2 || hangingList(found)) continue;
    found.forEach((row, k) => {
      rows[i + k] = row;
    });
    i += found.length - 1;
  }
  return rows;
}
