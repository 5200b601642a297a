/**
 * Page furniture: what a printed page carries that is not the document's
 * text, left in by the extract. Dropped by the structure finder, and every
 * dropped line is reported.
 *
 *   "Page 3 of 12", "- 4 -", "12" alone between blank lines   → page numbers
 *   "OFFICIAL" on every page (the same short line 3+ times)   → a running header or footer
 */

const PAGE_NUMBER = [/^page\s+\d+(\s+of\s+\d+)?$/i, /^[-–]\s*\d+\s*[-–]$/, /^\d+\s*(\/|of)\s*\d+$/i];

export interface Furniture {
  /** 0-based index of the line. */
  index: number;
  why: string;
}

export function findPageFurniture(lines: string[]): Furniture[] {
  const trimmed = lines.map((l) => l.trim());
  const counts = new Map<string, number>();
  for (const text of trimmed) if (text) counts.set(text, (counts.get(text) ?? 0) + 1);
  const blank = (i: number) => !trimmed[i];
  const found: Furniture[] = [];
  trimmed.forEach((text, index) => {
    if (!text) return;
    if (
      text.includes('\f') ||
      PAGE_NUMBER.some((re) => re.test(text)) ||
      (/^\d{1,3}$/.test(text) && blank(index - 1) && blank(index + 1))
    ) {
      found.push({ index, why: 'a page number' });
      return;
    }
    // A line printed on every page; a sentence repeated in the text ends with a full stop, and is kept.
    if ((counts.get(text) ?? 0) >= 3 && text.length <= 80 && !/[.;:,]$/.test(text) && !/^[-–•·(\d|]/.test(text)) {
      found.push({ index, why: `a running header or footer (printed ${counts.get(text)} times)` });
    }
  });
  return found;
}
