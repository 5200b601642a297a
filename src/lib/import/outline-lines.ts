/**
 * Lines whose shape misleads, told apart by the lines around them, for the
 * structure finder (outline.ts): a capital-letter item that heads a clause,
 * a contents entry that is no clause, a clause number that is a reference
 * wrapped onto a line of its own, and front matter before the clauses.
 *
 *   "A. PURPOSE" / "" / "This agreement …"      → a lettered clause, not an item (and "1) Purpose")
 *   "1. Introduction ........ 2"                → a contents entry, not clause 1
 *   "…as set out in paragraph" / "1.1 of the …" → the line above run on
 */
import { follows, splitHeading } from './outline-rules.ts';
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

/** The item markers that may number a top-level clause, each family with the marker it starts at. */
const FAMILIES: Array<[RegExp, string[]]> = [
  [/^[A-Z]+\.$/, ['A.', 'I.']],
  [/^\d{1,2}\)$/, ['1)']],
  [/^\(\d{1,2}\)$/, ['(1)']],
];

/**
 * Which items ("A. PURPOSE", "II. Parties", "1) Purpose", "(1) Purpose")
 * are headings of top-level clauses rather than list items, by line index.
 * Such a line stands alone after a blank and its words are a heading with no
 * text after them. It is no heading when the next item of its family goes on
 * from it, or when it goes on from the item before it but not from the last
 * heading ("A. Health" / "B. Police" / "C. Council" is a list, its last name
 * too; "2) Members" / "1) Chair" / "2) Deputy" / "3) Meetings" is not). A
 * family starts at "A.", "I.", "1)" or "(1)"; a number out of sequence after
 * a heading is noted by the caller.
 */
export function letteredHeadings(
  lines: string[],
  scanned: Array<{ kind: string; marker?: string; styles?: ItemStyle[]; rest?: string }>,
): Set<number> {
  const headings = new Set<number>();
  const family = (k: number) => (scanned[k]?.kind === 'item' ? FAMILIES.findIndex(([re]) => re.test(scanned[k]!.marker!)) : -1);
  const last = new Map<number, string>();
  for (let i = 0; i < scanned.length; i++) {
    const f = family(i);
    if (f < 0) continue;
    let [before, after] = [i - 1, i + 1];
    while (scanned[before]?.kind === 'blank') before--;
    while (scanned[after]?.kind === 'blank') after++;
    const marker = scanned[i]!.marker!;
    const { heading, text } = splitHeading(scanned[i]!.rest!, false);
    const inSequence = last.has(f) ? follows(last.get(f)!, marker) : FAMILIES[f]![1].includes(marker);
    const listGoesOn = family(after) === f && follows(marker, scanned[after]!.marker!);
    const listEnds = family(before) === f && follows(scanned[before]!.marker!, marker) && !inSequence;
    const alone = (i === 0 || lines[i - 1]!.trim() === '') && after < scanned.length;
    if (heading === undefined || text !== undefined || !alone || listGoesOn || listEnds || !(inSequence || last.has(f))) continue;
    headings.add(i);
    last.set(f, marker);
  }
  return headings;
}
