/**
 * Rebuilds a PDF's paragraphs, headings and tables from its printed lines
 * (pdf-lines.ts), once running headers and footers are gone:
 *
 *   - a heading is a line larger than the body text, or bold throughout;
 *   - a line joins the paragraph above when it follows at the body's line
 *     spacing, and across a page break when the last line before the break
 *     ran to the margin without ending a sentence;
 *   - two or more lines in a row whose cells start at the same x positions
 *     are a table, one row per line;
 *   - a line starting with a bullet glyph is a "- " list item.
 */
import type { PdfLine } from './pdf-lines.ts';
import type { TextBlock } from './plain-text.ts';

const BULLET = /^[•●▪■◦○‣∙·]\s*/;
const ENDS_SENTENCE = /[.:;!?]["'’”)\]]*$/;

/** The size most of the text is set in. */
function bodySize(lines: PdfLine[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) chars.set(line.size, (chars.get(line.size) ?? 0) + line.text.length);
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

const sameColumns = (a: PdfLine, b: PdfLine) =>
  a.cells.length > 1 && a.cells.length === b.cells.length && a.cells.every((cell, i) => Math.abs(cell.x0 - b.cells[i]!.x0) <= 3);

/** For each line, the index of the table it belongs to, if it does. */
function tableRuns(lines: PdfLine[]): Array<number | undefined> {
  const table: Array<number | undefined> = [];
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1]!.page === lines[i]!.page && sameColumns(lines[i]!, lines[j + 1]!)) j++;
    if (j > i) for (let k = i; k <= j; k++) table[k] = i;
    i = j;
  }
  return table;
}

function joinLines(before: string, after: string): string {
  // "well-" + "being" keeps its hyphen and closes up; anything else is a space.
  return /[A-Za-z]-$/.test(before) && /^[a-z]/.test(after) ? `${before}${after}` : `${before} ${after}`;
}

/** The blocks, and for each line (pages in order) the index of the block it went into. */
export function layoutLines(pages: PdfLine[][]): { blocks: TextBlock[]; blockOfLine: number[] } {
  const lines = pages.flat();
  const body = bodySize(lines);
  const isHeading = (line: PdfLine) => line.size >= body * 1.15 || (line.bold && !BULLET.test(line.text));
  const measureRight = Math.max(...lines.filter((l) => l.size === body && l.cells.length === 1).map((l) => l.x1));
  const measureLeft = Math.min(...lines.map((l) => l.x0));
  const table = tableRuns(lines);
  const blocks: TextBlock[] = [];
  const blockOfLine: number[] = [];
  let previous: PdfLine | undefined;

  function continues(line: PdfLine): boolean {
    const last = blocks.at(-1);
    if (!previous || last?.type !== 'paragraph' || BULLET.test(line.text)) return false;
    if (isHeading(previous) !== isHeading(line) || Math.abs(previous.size - line.size) > 0.5) return false;
    if (previous.page === line.page) return previous.y - line.y <= Math.max(previous.size, line.size) * 1.5;
    // Over a page break: only a line that was wrapped at the margin, mid-sentence, runs on.
    const wrapped = previous.x1 >= measureRight - (measureRight - measureLeft) * 0.15;
    return !isHeading(line) && wrapped && (!ENDS_SENTENCE.test(previous.text) || /^[a-z]/.test(line.text));
  }

  lines.forEach((line, i) => {
    const start = table[i];
    if (start !== undefined) {
      const last = blocks.at(-1);
      const row = line.cells.map((cell) => cell.text);
      if (start === i || last?.type !== 'table') blocks.push({ type: 'table', rows: [row] });
      else last.rows.push(row);
    } else if (continues(line)) {
      const last = blocks.at(-1) as Extract<TextBlock, { type: 'paragraph' }>;
      last.text = joinLines(last.text, line.text);
    } else blocks.push({ type: 'paragraph', text: line.text.replace(BULLET, '- ') });
    previous = line;
    blockOfLine.push(blocks.length - 1);
  });
  return { blocks, blockOfLine };
}
