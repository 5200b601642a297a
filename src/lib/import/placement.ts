/**
 * The decisions the tree builder makes about one line, as pure functions:
 * where a number goes among the clauses still open, and whether a line is a
 * heading.
 *
 *   open: [6, 6.5, 6.51, 6.513]   placeNumber("6.52") → sibling of 6.51, under 6.5
 *   open: [3, "Children's Trust…"] placeNumber("3.1")  → under the sub-heading
 *   "6.53 Quoracy" → heading "Quoracy";  "6.14 The Lead Member is … rights." → text
 */
import { looksLikeHeading, type SourceLine } from './classify-line.ts';
import { isChildOf, isSuccessor, type ParsedNumber } from './numbering.ts';
import type { ImportProfile, Reading } from './profiles.ts';

/** A clause as an importer builds it, whatever its body is made of (the styled importer's lines, the outline's parts). */
export interface ImportedClauseOf<Body> {
  id: string;
  number?: string;
  heading?: string;
  parent?: string;
  order: number;
  /** Source line where the clause starts. */
  line: number;
  body: Body;
}

/** Lines of the clause text, in source order (blank lines kept). */
export type ImportedClause = ImportedClauseOf<SourceLine[]>;

/** A clause that later lines may still nest under, innermost last. */
export interface Open {
  clause: ImportedClause;
  kind: 'top' | 'sub' | 'roman' | 'heading' | 'appendix';
  parsed?: ParsedNumber;
}

/**
 * Where a sub-clause number goes: the next sibling of an open clause (6.9 →
 * 6.10) wins over the first child of one (6.5 → 6.51); innermost first.
 * Returns the index in `stack` of its parent (-1 for top level), or undefined.
 */
export function placeNumber(stack: Open[], parsed: ParsedNumber, readings: Reading[]): number | undefined {
  const numbered = stack
    .map((open, at) => ({ open, at }))
    .filter(({ open }) => open.parsed)
    .reverse();
  for (const { open, at } of numbered) {
    if (isSuccessor(open.parsed!, parsed, readings)) return at - 1;
  }
  for (const { open, at } of numbered) {
    if (!isChildOf(open.parsed!, parsed, readings)) continue;
    // Unnumbered sub-headings directly under the parent ("Children's Trust…" under 3) hold the clause.
    let to = at;
    while (stack[to + 1]?.kind === 'heading') to += 1;
    return to;
  }
  return undefined;
}

/**
 * Whether the text after a sub-clause number is its heading: "6.53 Quoracy"
 * is; "6.14 The Lead Member is … rights." is not, nor is a line whose
 * sentence goes on below it ("…formally reflected" / "within the…"). A line
 * ending in punctuation is still a heading when clauses numbered below it
 * follow ("6.62 Vice Chair." before 6.621).
 */
export function isSubClauseHeading(
  rest: string,
  parsed: ParsedNumber,
  next: SourceLine | undefined,
  nextParsed: ParsedNumber | undefined,
  profile: ImportProfile,
): boolean {
  if (!profile.subClauseHeadings || rest === '' || /[.!?]\s/.test(rest)) return false;
  if (next?.kind === 'text' && /^[a-z]/.test(next.text)) return false;
  const nextIsChild = !!nextParsed && isChildOf(parsed, nextParsed, profile.readings) && !isSuccessor(parsed, nextParsed, profile.readings);
  return (rest.length <= 100 && !/[.:;,\-–]$/.test(rest)) || (rest.length <= 160 && nextIsChild);
}

/**
 * Whether plain line `i` is an unnumbered heading. Front and back matter
 * ("Foreword", "Glossary") always are; before the first numbered section
 * nothing else is (that is the title page); otherwise the profile decides
 * where headings occur, and `standalone` asks for blank lines around them.
 */
export function isUnnumberedHeading(
  lines: SourceLine[],
  i: number,
  profile: ImportProfile,
  context: { inAppendix: boolean; numberedSeen: boolean },
): boolean {
  const line = lines[i]!;
  if (line.kind !== 'text') return false;
  if (!context.inAppendix && profile.topLevelHeadings.test(line.text)) return true;
  if (!looksLikeHeading(line.text)) return false;
  if (!context.numberedSeen && !context.inAppendix) return false;
  if (profile.headings === 'appendix-only') return context.inAppendix;
  const blankOrEdge = (l: SourceLine | undefined) => !l || l.kind === 'blank';
  return blankOrEdge(lines[i - 1]) && blankOrEdge(lines[i + 1]);
}
