/**
 * PDF to plain text, through pdf.js (pdfjs-dist, its legacy build for
 * Node): the text and where it is printed (pdf-lines.ts), the running
 * headers and footers taken off and each one reported
 * (pdf-running-lines.ts), footnotes taken from the foot of each page
 * (pdf-footnotes.ts), then paragraphs, headings and tables rebuilt
 * (pdf-layout.ts), each footnote after the paragraph citing it.
 */
import { takeFootnotes } from './pdf-footnotes.ts';
import { bodySize, layoutLines } from './pdf-layout.ts';
import { readPdfLines } from './pdf-lines.ts';
import { removeRunningLines } from './pdf-running-lines.ts';
import { type BlockNote, type ExtractedText, quote, toPlainText, UnreadableSource } from './plain-text.ts';

export async function readPdf(bytes: Uint8Array): Promise<ExtractedText> {
  const { pages, removed } = removeRunningLines(await readPdfLines(bytes));
  if (pages.every((lines) => lines.length === 0)) {
    throw new UnreadableSource('it has no text to read (its pages may be scanned images)');
  }
  const footnotes = takeFootnotes(pages, bodySize(pages.flat()));
  const { blocks, blockOfLine, guesses } = layoutLines(footnotes.pages, footnotes.notes);
  // Each removal is reported where its page's text begins (a header) or ends (a footer).
  const firstBlockOfPage = new Map<number, number>();
  const lastBlockOfPage = new Map<number, number>();
  footnotes.pages.flat().forEach((line, i) => {
    if (!firstBlockOfPage.has(line.page)) firstBlockOfPage.set(line.page, blockOfLine[i]!);
    lastBlockOfPage.set(line.page, blockOfLine[i]!);
  });
  const notes: BlockNote[] = removed.map(({ line, where }) => ({
    block: (where === 'header' ? firstBlockOfPage : lastBlockOfPage).get(line.page) ?? blocks.length,
    kind: 'dropped',
    message: `page ${line.page}: running ${where} ${quote(line.text)}`,
  }));
  return toPlainText(blocks, [...notes, ...guesses]);
}
