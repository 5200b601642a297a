/**
 * Whether one printed clause number sits inside another, for naming clauses
 * out of their place (src/components/clause-names.ts). Compared segment by
 * segment, as printed numbers are not always tidy:
 *
 *   "11.7"  in "11.0"  → true   ("N.0" heads section N)
 *   "6. 1"  in "6."    → true   (spaces and a trailing point are print, not numbering)
 *   "6.511" in "6.51"  → true   (the sources write 6.51.1 as 6.511)
 *   "6.10"  in "6"     → true
 *   "110.1" in "11"    → false  (a different first segment, though the text starts alike)
 *   "i)"    in "6.53"  → false  (a local number: qualify it, "6.53 i)")
 *
 * On a document tree: a clause's nearest numbered ancestor, and whether its
 * own number is local to it (src/lib/search/clause-record.ts uses both too).
 */

/** "6. 1" → ["6", "1"]; "11.0" → ["11"]; "5." → ["5"]; "iii)" → ["iii"]. */
export function numberSegments(number: string): string[] {
  const segments = number.replace(/\s+/g, '').replace(/[.)]+$/, '').split('.');
  // "11.0" and "11.0.0" head section 11: their sub-clauses are printed "11.1", not "11.0.1".
  while (segments.length > 1 && /^0+$/.test(segments.at(-1)!)) segments.pop();
  return segments;
}

export function numberIsWithin(number: string, ancestor: string): boolean {
  const inner = numberSegments(number);
  const outer = numberSegments(ancestor);
  const samePrefix = (length: number) => outer.slice(0, length).every((segment, i) => segment === inner[i]);
  if (inner.length > outer.length) return samePrefix(outer.length);
  // Same depth: only the sources' run-on style, a deeper level written into the last segment ("6.511" in "6.51").
  if (inner.length === outer.length && outer.length > 1) {
    const last = outer.length - 1;
    return samePrefix(last) && inner[last]!.length > outer[last]!.length && inner[last]!.startsWith(outer[last]!);
  }
  return false;
}

/** A clause in a document tree: only its number and heading matter here. */
interface NumberedNode {
  clause: { data: { number?: string; heading?: string } };
  parent?: NumberedNode;
}

/** The closest ancestor that has a number (headed-only parts are skipped). */
export function numberedAncestor<N extends NumberedNode>(node: N): N | undefined {
  for (let at = node.parent; at; at = at.parent) if (at.clause.data.number) return at as N;
  return undefined;
}

/** "iii)" under 6.53: a number that means something only with its ancestor's in front ("6.53 iii)"). */
export function hasLocalNumber(node: NumberedNode): boolean {
  const { number } = node.clause.data;
  const ancestor = numberedAncestor(node);
  return Boolean(number && ancestor && !numberIsWithin(number, ancestor.clause.data.number!));
}
