/**
 * Rebuilds a PDF's paragraphs, headings and tables from its printed lines
 * (pdf-lines.ts), once running headers and footers are gone:
 *
 *   - a heading is a line larger than the body text, or bold throughout;
 *   - a line joins the paragraph above when it follows at the body's line
 *     spacing (after a line break when the line above stopped short of the
 *     margin though this line's first word would have fitted there), and
 *     across a page break when the last line before the break ran to the
 *     margin without ending a sentence;
 *   - a table (pdf-table-rows.ts) is a run of lines in the same columns;
 *   - a line starting with a bullet glyph is a "- " list item, indented two
 *     spaces a level when it is set further in than the bullet above it;
 *   - a footnote taken from the foot of the page (pdf-footnotes.ts) follows
 *     the paragraph that cites it.
 */
import type { Footnote } from './pdf-footnotes.ts';
import type { PdfLine } from './pdf-lines.ts';
import { tableRows } from './pdf-table-rows.ts';
import { type BlockNote, quote, type TextBlock } from './plain-text.ts';

// Word's bullets from the Symbol and Wingdings fonts come out of many PDFs as private-use characters;
// its second-level bullet is an "o" in Courier New.
const BULLET = /^(?:[•●▪■◦○‣∙·\uf0b7\uf0a7\uf0d8\uf0fc]\s*|o\s+)/;
const ENDS_SENTENCE = /[.:;!?]["'’”)\]]*$/;

/** The size most of the text is set in. */
export function bodySize(lines: PdfLine[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) chars.set(line.size, (chars.get(line.size) ?? 0) + line.text.length);
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

function joinLines(before: string, after: string): string {
  // "well-" + "being" keeps its hyphen and closes up; anything else is a space.
  return /[A-Za-z]-$/.test(before) && /^[a-z]/.test(after) ? `${before}${after}` : `${before} ${after}`;
}

/** The blocks, for each line (pages in order) the index of the block it went into, and what was guessed. */
export function layoutLines(
  pages: PdfLine[][],
  footnotes: Footnote[] = [],
): { blocks: TextBlock[]; blockOfLine: number[]; guesses: BlockNote[] } {
  const lines = pages.flat();
  const body = bodySize(lines);
  const isHeading = (line: PdfLine) => line.size >= body * 1.15 || (line.bold && !BULLET.test(line.text));
  const measureRight = Math.max(...lines.filter((l) => l.size === body && l.cells.length === 1).map((l) => l.x1));
  const measureLeft = Math.min(...lines.map((l) => l.x0));
  // The right margin: as far as any text reaches, or, when nothing reaches near a margin as wide as the
  // left one, or no line in the document surely wraps there, that margin: the longest line of a document
  // whose lines all end short of the margin is no measure of it. A word that would have fitted was not wrapped.
  const textRight = Math.max(...lines.map((l) => l.x1));
  const mirrored = Math.min(...lines.map((l) => l.pageWidth)) - measureLeft;
  const near = (l: PdfLine) => l.x1 >= textRight - (textRight - measureLeft) * 0.15;
  // Surely wrapped: a line near the furthest reach, running on at the line spacing in lower case.
  const wraps = lines.some((l, i) => {
    const n = lines[i + 1];
    return n?.page === l.page && near(l) && l.y - n.y <= l.size * 1.5 && /^[a-z]/.test(n.text) && !BULLET.test(n.text);
  });
  const rightMargin = textRight >= mirrored - (mirrored - measureLeft) * 0.1 && wraps ? textRight : Math.max(textRight, mirrored);
  const table = tableRows(lines);
  const blocks: TextBlock[] = [];
  const blockOfLine: number[] = [];
  let previous: PdfLine | undefined;
  // Where each open level of the current run of bullets starts, outermost first.
  let bulletIndents: number[] = [];
  let cited: Footnote[] = [];
  const unplaced = new Set(footnotes);
  // What was rebuilt from position alone, reported to be checked.
  const guesses: BlockNote[] = [];
  const guess = (block: number, page: number, message: string) =>
    guesses.push({ block, kind: 'guessed', message: `page ${page}: ${message}` });

  /** How `line` goes on from the paragraph above: after a space, after a line break, or not at all. */
  function continues(line: PdfLine): ' ' | '\n' | undefined {
    const last = blocks.at(-1);
    if (!previous || last?.type !== 'paragraph' || BULLET.test(line.text)) return undefined;
    if (isHeading(previous) !== isHeading(line) || Math.abs(previous.size - line.size) > 0.5) return undefined;
    if (previous.page === line.page) {
      if (previous.y - line.y > Math.max(previous.size, line.size) * 1.5) return undefined;
      // Text wraps only when the next word will not fit: one that would have fitted came after a line break.
      // Its width is estimated from the line's average letter, so it must fit with a third to spare;
      // a line of one word ("Constitution" under a long title line) is that word, its width known.
      const charWidth = (line.x1 - line.x0) / Math.max(1, line.text.length);
      const firstWord = line.text.split(' ')[0]!.length;
      const needs = firstWord === line.text.length ? line.x1 - line.x0 + charWidth : charWidth * (firstWord + 1) * 1.3;
      return previous.x1 + needs < rightMargin ? '\n' : ' ';
    }
    // Over a page break: only a line that was wrapped at the margin, mid-sentence, runs on.
    const wrapped = previous.x1 >= measureRight - (measureRight - measureLeft) * 0.15;
    return !isHeading(line) && wrapped && (!ENDS_SENTENCE.test(previous.text) || /^[a-z]/.test(line.text)) ? ' ' : undefined;
  }

  const push = (block: TextBlock) => {
    // The notes cited in the paragraph before go after it, before whatever comes next.
    for (const note of cited) {
      guess(blocks.length, note.page, `footnote ${quote(note.text)} moved from the foot of the page to after the paragraph citing it`);
      blocks.push({ type: 'paragraph', text: note.text });
    }
    cited = [];
    blocks.push(block);
  };

  /** A bullet's depth in its run of bullets: one deeper for each bullet above set further out (by 2pt or more). */
  function bulletDepth(line: PdfLine): number {
    const last = blocks.at(-1);
    if (last?.type !== 'paragraph' || !/^\s*- /.test(last.text)) bulletIndents = [];
    while (bulletIndents.length && bulletIndents.at(-1)! > line.x0 + 2) bulletIndents.pop();
    if (!bulletIndents.length || line.x0 > bulletIndents.at(-1)! + 2) bulletIndents.push(line.x0);
    return Math.min(2, bulletIndents.length - 1);
  }

  lines.forEach((line, i) => {
    const row = table[i];
    const join = row ? undefined : continues(line);
    if (row) {
      const last = blocks.at(-1);
      if (row.start === i || last?.type !== 'table') push({ type: 'table', rows: [row.cells] });
      else if (row.continues) {
        last.rows.push(last.rows.pop()!.map((cell, c) => joinLines(cell, row.cells[c] ?? '').trim()));
        guess(blocks.length - 1, line.page, `${quote(line.text)} read as the rest of the table row above (cells wrapped over lines)`);
      } else last.rows.push(row.cells);
    } else if (join) {
      const last = blocks.at(-1) as Extract<TextBlock, { type: 'paragraph' }>;
      last.text = join === '\n' ? `${last.text}\n${line.text}` : joinLines(last.text, line.text);
    } else if (BULLET.test(line.text))
      push({ type: 'paragraph', text: `${'  '.repeat(bulletDepth(line))}- ${line.text.replace(BULLET, '')}` });
    else {
      push({ type: 'paragraph', text: line.text });
      // One line straight under a table, at its line spacing and in its first column, may be the rest of the
      // last row's first cell (pdf-table-rows.ts cannot tell it from a paragraph): kept as text, and said.
      const above = i > 0 ? table[i - 1] : undefined;
      const tableStart = above && lines[above.start]!.cells[0]!.x0;
      if (above && previous?.page === line.page && Math.abs(line.x0 - tableStart!) <= 3 && previous.y - line.y <= line.size * 1.6)
        guess(
          blocks.length - 1,
          line.page,
          `${quote(line.text)} just under a table may be the rest of its last row's first cell; kept as text`,
        );
    }
    for (const note of unplaced) {
      if (note.page !== line.page || !line.text.includes(`[${note.mark}]`)) continue;
      cited.push(note);
      unplaced.delete(note);
    }
    previous = line;
    blockOfLine.push(blocks.length - 1);
  });
  // Notes whose mark was not found in the text still go in, at the end, rather than be lost.
  cited.push(...unplaced);
  push({ type: 'paragraph', text: '' });
  return { blocks, blockOfLine, guesses };
}
