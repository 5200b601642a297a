/**
 * Footnotes printed at the foot of a PDF page: small type below the text,
 * starting with a mark ("1", "[1]", "*") that a superscript in the page's
 * text cites (pdf-lines.ts writes those "[1]"). They are taken off the page
 * and given back as "[1] The note." paragraphs, for pdf-layout.ts to put
 * after the paragraph citing them, as the Word reader does with Word's
 * footnotes (plain-text.ts). Small type at the foot that no mark on the page
 * cites is left where it is: it is not known to be a note.
 *
 *   page lines [..., "…the Children Act 2004.[1]", ..., "[1] As amended by…" (8pt)]
 *   → note { page, mark: "1", text: "[1] As amended by…" }, its line gone from the page
 */
import type { PdfLine } from './pdf-lines.ts';

export interface Footnote {
  page: number;
  mark: string;
  /** The note as a paragraph: "[1] As amended by the Children and Social Work Act 2017." */
  text: string;
}

const NOTE_START = /^(?:\[(\d{1,3}|[*†‡§¶])\]|(\d{1,3}|[*†‡§¶])(?=\s))\s*/;

export function takeFootnotes(pages: PdfLine[][], bodySize: number): { pages: PdfLine[][]; notes: Footnote[] } {
  const notes: Footnote[] = [];
  const kept = pages.map((lines) => {
    let start = lines.length;
    while (start > 0 && lines[start - 1]!.size < bodySize * 0.95) start--;
    const text = lines.slice(0, start);
    const cited = (mark: string) => text.some((line) => line.text.includes(`[${mark}]`));
    const markOf = (line: PdfLine) => {
      const match = NOTE_START.exec(line.text);
      const mark = match?.[1] ?? match?.[2];
      return mark !== undefined && cited(mark) ? mark : undefined;
    };
    // The notes begin at the first small line with a cited mark; small type above it stays (a caption, say).
    const first = lines.findIndex((line, i) => i >= start && markOf(line) !== undefined);
    if (first === -1) return lines;
    const foot = lines.slice(first);
    const pageNotes: Footnote[] = [];
    for (const line of foot) {
      const mark = markOf(line);
      if (mark !== undefined) pageNotes.push({ page: line.page, mark, text: `[${mark}] ${line.text.replace(NOTE_START, '')}` });
      else pageNotes.at(-1)!.text += ` ${line.text}`;
    }
    notes.push(...pageNotes);
    return lines.slice(0, first);
  });
  return { pages: kept, notes };
}
