/**
 * A real PDF of a format fixture, laid out with pdf-lib as a word processor
 * would print it: a running header and "Page N of M" on every page, lines
 * wrapped to the measure, paragraphs that run on over a page break, headings
 * bold and larger, a table's cells set in columns, list items with a bullet.
 * Small pages, so that the fixtures run to several.
 */
import { PDFDocument, type PDFFont, type PDFPage, StandardFonts } from 'pdf-lib';
import { fixtureBlocks, printedLine } from './fixture-blocks.ts';

const PAGE = { width: 500, left: 50, right: 450, bottom: 50 };
const BODY = 10;
const LEADING = 13;

export interface MadePdf {
  bytes: Uint8Array;
  pages: number;
  /** Paragraphs whose lines run on from one page to the next. */
  splitParagraphs: number;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const tried = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(tried, size) > width) {
      lines.push(line);
      line = word;
    } else line = tried;
  }
  return [...lines, line];
}

/** @param height page height in points: the tests choose one that breaks a paragraph over a page */
export async function makePdf(source: string, runningHeader: string, height = 330): Promise<MadePdf> {
  const top = height - 50;
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page: PDFPage = pdf.addPage([PAGE.width, height]);
  let y = top;
  let splitParagraphs = 0;
  const newPage = () => {
    page = pdf.addPage([PAGE.width, height]);
    y = top;
  };
  const lines = (texts: string[], font: PDFFont, size: number, x = PAGE.left) => {
    texts.forEach((text, i) => {
      if (y < PAGE.bottom) {
        if (i > 0) splitParagraphs += 1;
        newPage();
      }
      page.drawText(text, { x, y, size, font });
      y -= size === BODY ? LEADING : size * 1.3;
    });
  };

  for (const block of fixtureBlocks(source)) {
    if (block.kind === 'table') {
      const widths = block.rows[0]!.map((_, c) => Math.max(...block.rows.map((row) => bold.widthOfTextAtSize(row[c] ?? '', BODY))));
      const xs = widths.map((_, c) => PAGE.left + widths.slice(0, c).reduce((sum, w) => sum + w + 24, 0));
      // A table is kept on one page, as a word processor's "keep with next" would.
      if (y - block.rows.length * LEADING < PAGE.bottom) newPage();
      block.rows.forEach((row, r) => {
        row.forEach((cell, c) => {
          page.drawText(cell, { x: xs[c]!, y, size: BODY, font: r === 0 ? bold : regular });
        });
        y -= LEADING;
      });
    } else if (block.kind === 'bullet')
      lines(wrap(`• ${block.text}`, regular, BODY, PAGE.right - PAGE.left - 12), regular, BODY, PAGE.left + 12);
    else if (block.heading) {
      y -= 6;
      if (y < PAGE.bottom + 2 * LEADING) newPage();
      lines(wrap(printedLine(block), bold, 13, PAGE.right - PAGE.left), bold, 13);
    } else {
      lines(wrap(printedLine(block) + (block.footnote?.mark ?? ''), regular, BODY, PAGE.right - PAGE.left), regular, BODY);
      if (block.footnote) {
        y -= 7;
        lines(wrap(`${block.footnote.mark} ${block.footnote.text}`, regular, 8, PAGE.right - PAGE.left), regular, 8);
      }
    }
    y -= 7;
  }

  const count = pdf.getPageCount();
  pdf.getPages().forEach((p, i) => {
    p.drawText(runningHeader, { x: PAGE.left, y: height - 25, size: 8, font: regular });
    const footer = `Page ${i + 1} of ${count}`;
    p.drawText(footer, { x: (PAGE.width - regular.widthOfTextAtSize(footer, 8)) / 2, y: 22, size: 8, font: regular });
  });
  return { bytes: await pdf.save(), pages: count, splitParagraphs };
}
