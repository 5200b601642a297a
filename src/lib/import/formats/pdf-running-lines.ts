/**
 * Running headers and footers: lines printed at the same place on most
 * pages ("Harbourside SCP – Terms of Reference", "Page 3 of 7", "3"), which
 * are the page's furniture, not the document's text. Numbers are ignored
 * when comparing, so "Page 2 of 7" repeats "Page 1 of 7".
 *
 *   pages [["Harbourside SCP", "1. Purpose", …, "Page 1 of 2"], ["Harbourside SCP", "…", "Page 2 of 2"]]
 *   → both "Harbourside SCP" and both "Page N of 2" removed, each reported with its page
 *
 * A document of one page repeats nothing, so there a running header is the
 * first line when it is set smaller than the text and stands apart above it
 * (by more than two lines of the text's size), as a header in the top margin does.
 */
import { bodySize } from './pdf-layout.ts';
import type { PdfLine } from './pdf-lines.ts';

export interface RemovedLine {
  line: PdfLine;
  where: 'header' | 'footer';
}

/** How many lines at the top and at the bottom of a page may be furniture. */
const BAND = 2;
const PAGE_NUMBER = /^(?:page\s+)?\d+(?:\s+(?:of|\/)\s+\d+)?$/i;

const key = (line: PdfLine) => `${line.text.replace(/\d+/g, '#')}@${Math.round(line.y / 4)}`;

/** On a one-page document, a first line in smaller type, set well apart above the text. */
function marginHeader(pages: PdfLine[][], line: PdfLine, i: number): boolean {
  const lines = pages[0]!;
  if (pages.length !== 1 || i !== 0 || lines.length < 2) return false;
  // The text's size, not counting the line itself or page numbers: on a short page they may be most of it.
  const size = bodySize(lines.filter((other, k) => k !== 0 && !PAGE_NUMBER.test(other.text)));
  return line.size < size * 0.95 && line.y - lines[1]!.y > size * 2;
}

export function removeRunningLines(pages: PdfLine[][]): { pages: PdfLine[][]; removed: RemovedLine[] } {
  const seenOn = new Map<string, Set<number>>();
  for (const lines of pages) for (const line of lines) seenOn.set(key(line), (seenOn.get(key(line)) ?? new Set()).add(line.page));
  const most = Math.max(2, Math.ceil(pages.length / 2));
  const removed: RemovedLine[] = [];
  const kept = pages.map((lines) =>
    lines.filter((line, i) => {
      const where = i < BAND ? 'header' : i >= lines.length - BAND ? 'footer' : undefined;
      if (!where) return true;
      const repeated = (seenOn.get(key(line))?.size ?? 0) >= most;
      if (!repeated && !PAGE_NUMBER.test(line.text) && !(where === 'header' && marginHeader(pages, line, i))) return true;
      removed.push({ line, where });
      return false;
    }),
  );
  return { pages: kept, removed };
}
