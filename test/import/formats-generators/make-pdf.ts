/**
 * A real PDF of a fixture, laid out with pdf-lib as a word processor would
 * print it: a running header and "Page N of M" on every page, lines wrapped
 * to the measure, a line break within a paragraph starting a new line,
 * paragraphs that run on over a page break, headings bold and larger, a
 * table's cells set in columns (a cell too wide for its share of the page
 * wrapped within its column), list items with a bullet (•, whatever glyph
 * the text uses: the importer reads every bullet as "- "), aligned lines in
 * Courier, and a footnote as a superscript mark with its note in small type
 * at the foot of the page. Small pages, so that the fixtures run to several.
 */
import { PDFDocument, type PDFFont, type PDFPage, StandardFonts } from 'pdf-lib';
import { fixtureBlocks, printedLine } from './fixture-blocks.ts';
import { tableLayout, wrap } from './pdf-text-layout.ts';

const PAGE = { width: 500, left: 50, right: 450, bottom: 50 };
const BODY = 10;
const LEADING = 13;
const NOTE = { size: 8, leading: 10, mark: 5.5 };

export interface MadePdf {
  bytes: Uint8Array;
  pages: number;
  /** Paragraphs whose lines run on from one page to the next. */
  splitParagraphs: number;
  /** Table cells wrapped over more than one line. */
  wrappedCells: number;
}

/** @param height page height in points: the tests choose one that breaks a paragraph over a page */
export async function makePdf(source: string, runningHeader: string, height = 330): Promise<MadePdf> {
  const top = height - 50;
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const courier = await pdf.embedFont(StandardFonts.Courier);
  const measure = PAGE.right - PAGE.left;
  let page: PDFPage = pdf.addPage([PAGE.width, height]);
  let y = top;
  let splitParagraphs = 0;
  let wrappedCells = 0;
  /** The footnotes of the current page, printed at its foot when it is full. */
  let notes: Array<{ mark: string; lines: string[] }> = [];
  const notesHeight = () => (notes.length ? 8 + notes.reduce((h, n) => h + n.lines.length * NOTE.leading, 0) : 0);
  const bottom = () => PAGE.bottom + notesHeight();

  const printNotes = () => {
    let noteY = PAGE.bottom - NOTE.leading + notesHeight() - 8;
    if (notes.length) page.drawLine({ start: { x: PAGE.left, y: noteY + 12 }, end: { x: PAGE.left + 80, y: noteY + 12 }, thickness: 0.5 });
    for (const note of notes) {
      page.drawText(note.mark, { x: PAGE.left, y: noteY + 3, size: NOTE.mark, font: regular });
      note.lines.forEach((line) => {
        page.drawText(line, { x: PAGE.left + 6, y: noteY, size: NOTE.size, font: regular });
        noteY -= NOTE.leading;
      });
    }
    notes = [];
  };
  const newPage = () => {
    printNotes();
    page = pdf.addPage([PAGE.width, height]);
    y = top;
  };
  const lines = (texts: string[], font: PDFFont, size: number, x = PAGE.left) => {
    texts.forEach((text, i) => {
      if (y < bottom()) {
        if (i > 0) splitParagraphs += 1;
        newPage();
      }
      page.drawText(text, { x, y, size, font });
      y -= size === BODY ? LEADING : size * 1.3;
    });
  };

  for (const block of fixtureBlocks(source)) {
    if (block.kind === 'table') {
      const table = tableLayout(block.rows, bold, BODY, measure);
      wrappedCells += table.wrappedCells;
      const rowLines = table.rows.map((row) => Math.max(...row.map((cell) => cell.length)));
      // A table is kept on one page, as a word processor's "keep with next" would.
      if (y - rowLines.reduce((a, b) => a + b, 0) * LEADING < bottom()) newPage();
      table.rows.forEach((row, r) => {
        row.forEach((cell, c) => {
          cell.forEach((text, k) => {
            page.drawText(text, { x: PAGE.left + table.xs[c]!, y: y - k * LEADING, size: BODY, font: r === 0 ? bold : regular });
          });
        });
        y -= rowLines[r]! * LEADING;
      });
    } else if (block.kind === 'preformatted') lines(block.lines, courier, BODY);
    else if (block.kind === 'bullet') {
      // Word's second-level bullet is an "o", set further in.
      const indent = 12 * (block.depth + 1);
      lines(wrap(`${block.depth ? 'o' : '•'} ${block.text}`, regular, BODY, measure - indent), regular, BODY, PAGE.left + indent);
    } else if (block.heading) {
      y -= 6;
      if (y < bottom() + 2 * LEADING) newPage();
      lines(wrap(printedLine(block), bold, 13, measure), bold, 13);
    } else {
      const texts = wrap(printedLine(block), regular, BODY, measure);
      const note = block.footnote && {
        mark: block.footnote.mark.slice(1, -1),
        lines: wrap(block.footnote.text, regular, NOTE.size, measure - 6),
      };
      // A paragraph with a footnote is kept on one page with its note, as a word processor keeps them.
      if (note && y - texts.length * LEADING < bottom() + 8 + note.lines.length * NOTE.leading) newPage();
      lines(texts, regular, BODY);
      if (note) {
        // The mark, a superscript after the paragraph's last word; the note, at the foot of the page.
        const x = PAGE.left + regular.widthOfTextAtSize(texts.at(-1)!, BODY);
        page.drawText(note.mark, { x, y: y + LEADING + 4, size: NOTE.mark + 1, font: regular });
        notes.push(note);
      }
    }
    y -= 7;
  }
  printNotes();

  const count = pdf.getPageCount();
  pdf.getPages().forEach((p, i) => {
    p.drawText(runningHeader, { x: PAGE.left, y: height - 25, size: 8, font: regular });
    const footer = `Page ${i + 1} of ${count}`;
    p.drawText(footer, { x: (PAGE.width - regular.widthOfTextAtSize(footer, 8)) / 2, y: 22, size: 8, font: regular });
  });
  return { bytes: await pdf.save(), pages: count, splitParagraphs, wrappedCells };
}
