/**
 * A PDF's printed lines, from pdf.js's text content: the pieces of text set
 * on one baseline, left to right, with where they sit, their size and
 * whether their font is bold. A PDF holds no paragraphs, headings or tables,
 * only text at positions; pdf-layout.ts rebuilds those from these lines.
 *
 *   items "Stage" (x 50), "Who talks" (x 110) at y 300 → { y: 300, text: "Stage Who talks", cells: [{ x0: 50, … }, { x0: 110, … }] }
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { FIXED_PITCH_FONT, UnreadableSource } from './plain-text.ts';

/** A run of text with no wide gap in it: a table cell, or the whole line. */
export interface Cell {
  x0: number;
  x1: number;
  text: string;
}

export interface PdfLine {
  /** 1-based page number. */
  page: number;
  /** The page's width in points. */
  pageWidth: number;
  /** Baseline, in points from the bottom of the page. */
  y: number;
  x0: number;
  x1: number;
  /** Font size in points (the largest on the line). */
  size: number;
  /** Every piece of the line is set in a bold font. */
  bold: boolean;
  text: string;
  /** The line split at gaps of most of its size (wider than any word space); more than one may be table cells. */
  cells: Cell[];
}

interface Piece {
  x0: number;
  x1: number;
  y: number;
  size: number;
  bold: boolean;
  /** Set in a fixed-pitch font. */
  fixed: boolean;
  text: string;
}

/** A footnote mark as printed: a number or a reference sign. */
const MARK = /^(?:\d{1,3}|[*†‡§¶])$/;

/**
 * The line a superscript belongs to: set smaller than that line, its baseline raised within the line's
 * height, at or just after its text. Its own baseline is higher, so it would otherwise be a line above.
 */
function superscriptRow(piece: Piece, rows: Piece[][]): Piece[] | undefined {
  return rows.find((row) => {
    const { y, size } = row[0]!;
    const x0 = Math.min(...row.map((p) => p.x0));
    const x1 = Math.max(...row.map((p) => p.x1));
    const raised = piece.y - y;
    return piece.size < size * 0.9 && raised > size * 0.15 && raised < size * 0.8 && piece.x0 >= x0 - size * 2 && piece.x0 <= x1 + size;
  });
}

/**
 * A line set wholly in a fixed-pitch font (Courier…), spaces and all: its spacing lines columns up, as
 * a printed plain-text file or a table typed with spaces does, so each piece is put back at its column.
 */
function fixedPitchText(row: Piece[]): string {
  const widest = row.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const charWidth = (widest.x1 - widest.x0) / widest.text.length;
  let text = '';
  for (const piece of row) {
    const column = Math.round((piece.x0 - row[0]!.x0) / charWidth);
    text = `${text.padEnd(column, ' ')}${text && column <= text.length && !/\s$/.test(text) ? ' ' : ''}${piece.text}`;
  }
  return text.trim();
}

function toLines(page: number, pageWidth: number, pieces: Piece[]): PdfLine[] {
  const rows: Piece[][] = [];
  for (const piece of [...pieces].sort((a, b) => b.y - a.y || a.x0 - b.x0)) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - piece.y) < Math.min(row[0]!.size, piece.size) * 0.3) row.push(piece);
    else rows.push([piece]);
  }
  // Each superscript goes back into its line: a footnote mark written "[1]", as every reader writes a
  // footnote reference (plain-text.ts), anything else ("st" of "1st") as it is.
  for (const row of [...rows]) {
    const homes = row.map((piece) => superscriptRow(piece, rows));
    if (!homes.every((home) => home !== undefined && home !== row)) continue;
    row.forEach((piece, k) => {
      const home = homes[k]!;
      const text = piece.text.trim();
      home.push({ ...piece, y: home[0]!.y, size: home[0]!.size, bold: home[0]!.bold, text: MARK.test(text) ? `[${text}]` : text });
    });
    rows.splice(rows.indexOf(row), 1);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x0 - b.x0);
    const size = Math.max(...row.map((p) => p.size));
    const cells: Cell[] = [];
    for (const piece of row) {
      const cell = cells.at(-1);
      const gap = cell ? piece.x0 - cell.x1 : Number.POSITIVE_INFINITY;
      // A word space is a quarter of the size or so, stretched in justified text; a gap of most of the
      // size is between cells (Word and browsers pad a table's cells by about that much).
      const sameCell = cell && gap < size * 0.8;
      if (sameCell) cell.text += `${gap > size * 0.15 && !/\s$/.test(cell.text) ? ' ' : ''}${piece.text}`;
      if (sameCell) cell.x1 = piece.x1;
      else cells.push({ x0: piece.x0, x1: piece.x1, text: piece.text });
    }
    for (const cell of cells) cell.text = cell.text.replace(/\s+/g, ' ').trim();
    const text = row.every((p) => p.fixed) ? fixedPitchText(row) : cells.map((cell) => cell.text).join(' ');
    return { page, pageWidth, y: row[0]!.y, x0: cells[0]!.x0, x1: cells.at(-1)!.x1, size, bold: row.every((p) => p.bold), text, cells };
  });
}

/** Every page's lines, top to bottom. */
export async function readPdfLines(bytes: Uint8Array): Promise<PdfLine[][]> {
  // A copy: pdf.js takes the buffer over, and the caller may still hold it.
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, fontExtraProperties: true });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new UnreadableSource('it is protected by a password');
    throw new UnreadableSource(`it is damaged or not a PDF (${(error as Error).message})`);
  }
  const pages: PdfLine[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    // Font names (and so boldness) are known once the page's fonts are loaded.
    await page.getOperatorList();
    const boldFont = (fontName: string) =>
      page.commonObjs.has(fontName) && /bold|black|heavy|semibold/i.test(String(page.commonObjs.get(fontName)?.name ?? ''));
    const fixedFont = (fontName: string) =>
      page.commonObjs.has(fontName) && FIXED_PITCH_FONT.test(String(page.commonObjs.get(fontName)?.name ?? ''));
    const pieces = content.items
      .filter((item): item is TextItem => 'str' in item && item.str.trim() !== '')
      .map((item) => {
        const size = Math.hypot(item.transform[2], item.transform[3]);
        const [x0, y] = [item.transform[4] as number, item.transform[5] as number];
        const fixed = fixedFont(item.fontName);
        return { x0, x1: x0 + item.width, y, size, bold: boldFont(item.fontName), fixed, text: item.str };
      });
    pages.push(toLines(n, page.view[2] - page.view[0], pieces));
    page.cleanup();
  }
  await task.destroy();
  return pages;
}
