/**
 * Lines and tables set as a word processor sets them, for make-pdf.ts.
 *
 * wrap: a paragraph's words over lines no wider than the measure, a new line
 * wherever the text breaks one ("\n").
 *
 * tableLayout: each column as wide as its widest cell, but when the table
 * is wider than the page, the widest column gives way until it fits and its
 * cells wrap within it.
 *
 *   rows [["Stage", "Who talks"], ["III", "Designated safeguarding leads"]], measure 150
 *   → xs [0, 54], rows [[["Stage"], ["Who talks"]], [["III"], ["Designated", "safeguarding leads"]]]
 */
import type { PDFFont } from 'pdf-lib';

const GAP = 24;

/** The lines `text` is set in at `size`, none wider than `width`. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  return text.split('\n').flatMap((paragraphLine) => {
    const lines: string[] = [];
    let line = '';
    for (const word of paragraphLine.split(' ')) {
      const tried = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(tried, size) > width) {
        lines.push(line);
        line = word;
      } else line = tried;
    }
    return [...lines, line];
  });
}

export function tableLayout(rows: string[][], font: PDFFont, size: number, measure: number) {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => font.widthOfTextAtSize(row[c] ?? '', size))));
  const total = () => widths.reduce((sum, w) => sum + w, 0) + GAP * (widths.length - 1);
  while (total() > measure) {
    const widest = widths.indexOf(Math.max(...widths));
    widths[widest] = widths[widest]! - 5;
  }
  const xs = widths.map((_, c) => widths.slice(0, c).reduce((sum, w) => sum + w + GAP, 0));
  const cells = rows.map((row) => row.map((cell, c) => wrap(cell, font, size, widths[c]!)));
  const wrappedCells = cells.flat().filter((cell) => cell.length > 1).length;
  return { xs, rows: cells, wrappedCells };
}
