/**
 * What the structure finder keeps while it reads (the clauses still open,
 * the clauses made) and the one-line account of the scheme it found, which
 * heads its report so an editor can see at once whether it read the
 * document the way it is written.
 *
 *   { divisions: {Part, Schedule}, shapes: {1, 1.1}, items: {(a), (i)}, tables: {tabs} }
 *   → "Part, Schedule; paragraphs 1, 1.1; items (a), (i); tables in tabs"
 */
import type { BodyPart } from './outline-body.ts';
import type { ImportedClauseOf } from './placement.ts';

export interface OutlineClause extends ImportedClauseOf<BodyPart[]> {
  /** A numbered paragraph's number, split: "2.1" → 2, 1. */
  path?: string[];
}

/** A clause later lines may still nest under, innermost last. */
export interface Open {
  clause: OutlineClause;
  kind: 'preamble' | 'division' | 'paragraph' | 'heading';
  /** A division's place in DIVISION_RANK; -1 for back matter. */
  rank?: number;
  /** A division's number without its label ("Part 2" → "2"), which its paragraphs may carry: 2.1. */
  value?: string;
  path?: string[];
}

export interface Seen {
  divisions: Set<string>;
  /** The shapes of paragraph numbers: "1", "1.1", "1(a)". */
  shapes: Set<string>;
  items: Set<string>;
  /** The markers of lettered headings: "A." for "A. PURPOSE". */
  lettered: Set<string>;
  bullets: boolean;
  headings: boolean;
  tables: Set<string>;
}

export function describeScheme(seen: Seen): string {
  const parts: string[] = [];
  if (seen.divisions.size) parts.push([...seen.divisions].join(', '));
  if (seen.shapes.size) parts.push(`paragraphs ${[...seen.shapes].join(', ')}`);
  if (seen.lettered.size) parts.push(`headings ${[...seen.lettered].join(', ')}`);
  if (seen.headings) parts.push('unnumbered headings');
  if (seen.items.size) parts.push(`items ${[...seen.items].join(', ')}`);
  if (seen.bullets) parts.push('bullets');
  if (seen.tables.size) parts.push(`tables in ${[...seen.tables].join(', ')}`);
  return parts.length ? parts.join('; ') : 'no numbering or headings: the whole text is one preamble';
}
