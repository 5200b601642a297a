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
import { type BlockNote, type ExtractedText, toPlainText, UnreadableSource } from './plain-text.ts';

const quote = (text: string) => `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;

export async function readPdf(bytes: Uint8Array): Promise<ExtractedText> {
  const { pages, removed } = removeRunningLines(await readPdfLines(bytes));
  if (pages.every((lines) => lines.length === 0)) {
    throw new UnreadableSource('it has no text to read (its pages may be scanned images)');
  }
  const footnotes = takeFootnotes(pages, bodySize(pages.flat()));
  const { blocks, blockOfLine, placed } = layoutLines(footnotes.pages, footnotes.notes);
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
  // A footnote is known only by its small type and its mark: each one moved is reported, to be checked.
  for (const { note, block } of placed)
    notes.push({
      block,
      kind: 'guessed',
      message: `page ${note.page}: footnote ${quote(note.text)} moved from the foot of the page to after the paragraph citing it`,
    });
  return toPlainText(blocks, notes);
}
