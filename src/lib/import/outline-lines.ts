/**
 * Lines whose shape misleads, told apart by the lines around them, for the
 * structure finder (outline.ts): a capital-letter item that heads a clause,
 * a contents entry that is no clause, a clause number that is a reference
 * wrapped onto a line of its own, and front matter before the clauses.
 *
 *   "A. PURPOSE" / "" / "This agreement …"      → a lettered clause, not an item
 *   "1. Introduction ........ 2"                → a contents entry, not clause 1
 *   "…as set out in paragraph" / "1.1 of the …" → the line above run on
 */
import { splitHeading } from './outline-rules.ts';
import type { ItemStyle, Scanned } from './scan-line.ts';

/** The word before a clause number in a cross-reference ("set out in paragraph 1.1 of …"). */
const REFERENCE_WORD =
  /\b(paragraphs?|sections?|clauses?|articles?|regulations?|rules?|parts?|chapters?|schedules?|annex|appendix|see|under)$/i;
/** A line of a table of contents: dot leaders, then a page number. */
const CONTENTS_ENTRY = /\S\s*(?:\.{4,}|…{2,}|(?:\. ?){4,})\s*\d{1,4}\s*$/;
/** Headings of front matter, which stays in the preamble when numbered clauses follow. */
const FRONT_MATTER = /^((table of )?contents|document (control|history|information)|version (control|history)|revision history)$/i;

export const isFrontMatter = (text: string) => FRONT_MATTER.test(text);

/** The lines of a table of contents ("1. Introduction ........ 2"): their numbers would take the clauses' ids. */
export function contentsEntries(lines: string[], scanned: Scanned[]): number[] {
  return lines.flatMap((line, k) => (scanned[k]!.kind !== 'text' && CONTENTS_ENTRY.test(line) ? [k] : []));
}

/** "…as set out in paragraph" / "1.1 of the constitution.": a reference broken over a line, in text pasted with its wraps. */
export function runsOn(lines: string[], scanned: Scanned[], i: number, rest: string): boolean {
  const above = lines[i - 1]?.trim() ?? '';
  return /^[a-z]/.test(rest) && scanned[i - 1]?.kind !== 'blank' && REFERENCE_WORD.test(above);
}

/**
 * Which capital-letter items ("A. PURPOSE", "II. Parties") are headings of
 * top-level clauses rather than list items, by line index. Such a line
 * stands alone after a blank, its words are a heading with no text after
 * them, and what follows it is not another capital item (in a list of short
 * names, "A. Health" / "B. Police", each is followed by the next). Only "A."
 * or "I." starts them, and a later letter is a heading only if the one before
 * it was: the last name of such a list is followed by text, but its list did
 * not start with a heading. A letter out of sequence is noted by the caller.
 */
export function letteredHeadings(
  lines: string[],
  scanned: Array<{ kind: string; marker?: string; styles?: ItemStyle[]; rest?: string }>,
): Set<number> {
  const headings = new Set<number>();
  const capital = (k: number) => scanned[k]?.kind === 'item' && /^[A-Z]+\.$/.test(scanned[k]!.marker!);
  let previous: { marker: string; heading: boolean } | undefined;
  for (let i = 0; i < scanned.length; i++) {
    if (!capital(i)) continue;
    let j = i + 1;
    while (scanned[j]?.kind === 'blank') j++;
    const { heading, text } = splitHeading(scanned[i]!.rest!, false);
    const marker = scanned[i]!.marker!;
    const first = marker === 'A.' || marker === 'I.';
    const ok =
      heading !== undefined &&
      text === undefined &&
      (i === 0 || lines[i - 1]!.trim() === '') &&
      j < scanned.length &&
      !capital(j) &&
      (first || previous?.heading === true);
    if (ok) headings.add(i);
    previous = { marker, heading: ok };
  }
  return headings;
}
