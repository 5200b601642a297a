/**
 * What clauses are called, in one place: the printed number as it reads out
 * of its place, page titles, list labels, and the name reports give the
 * clause that requires a duty.
 *
 * The sources number sub-items locally ("iii)" under 6.53), so on its own
 * "iii)" is ambiguous; such a number is qualified by its nearest numbered
 * ancestor ("6.53 iii)"). A number already inside its ancestor's stands
 * alone. Printed numbers are not always tidy, so they are compared segment
 * by segment:
 *
 *   "11.7"  in "11.0"  → inside   ("N.0" heads section N)
 *   "6. 1"  in "6."    → inside   (spaces and a trailing point are print, not numbering)
 *   "6.511" in "6.51"  → inside   (the sources write 6.51.1 as 6.511)
 *   "110.1" in "11"    → not      (a different first segment, though the text starts alike)
 *   "i)"    in "6.53"  → not      (local: "6.53 i)")
 *
 *   clauseName:        "6.53 Quoracy", "6.53 iii)", "Foreword", "Title page" (from its id)
 *   clauseLabel:       "6.53 Quoracy", "iii)", "Appendices" (lists, where the context says where)
 *   clauseDisplayName: "clause 6.52 i)", "“Principle 3” in Appendix 1" (duty reports)
 */
import type { Clause } from '../../schemas/clause.ts';

/** A clause in a document tree (document-tree.ts): only its number, heading, id and parent matter here. */
export interface NamedNode {
  clause: { data: Pick<Clause, 'id' | 'number' | 'heading'> };
  parent?: NamedNode;
}

/** Enough of a tree node to place its number (search records build lighter trees). */
interface NumberedNode {
  clause: { data: { number?: string; heading?: string } };
  parent?: NumberedNode;
}

/** "6. 1" → ["6", "1"]; "11.0" → ["11"]; "5." → ["5"]; "iii)" → ["iii"]. */
export function numberSegments(number: string): string[] {
  const segments = number
    .replace(/\s+/g, '')
    .replace(/[.)]+$/, '')
    .split('.');
  // "11.0" and "11.0.0" head section 11: their sub-clauses are printed "11.1", not "11.0.1".
  while (segments.length > 1 && /^0+$/.test(segments.at(-1)!)) segments.pop();
  return segments;
}

/** Whether a printed number sits inside another ("6.511" in "6.51"; "i)" in "6.53" does not). */
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

/** The clause's number, qualified by its ancestors' where it is local ("6.53 iii)"); `print` shapes each number shown. */
export function qualifiedNumber(node: NamedNode, print: (number: string) => string = (n) => n): string | undefined {
  const { number } = node.clause.data;
  if (!number) return undefined;
  if (!hasLocalNumber(node)) return print(number);
  return `${qualifiedNumber(numberedAncestor(node)!, print)} ${print(number)}`;
}

/** "title-page" → "Title page": the name of a clause the source neither numbers nor heads. */
const fromId = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');

/** Page titles, breadcrumbs, previous/next: "6.53 Quoracy", "6.53 iii)", "Foreword", "Preamble" (from its id). */
export function clauseName(node: NamedNode): string {
  const { data } = node.clause;
  if (!data.number && !data.heading) return fromId(data.id);
  return [qualifiedNumber(node), data.heading].filter(Boolean).join(' ');
}

const ordinals = ['first', 'second', 'third', 'fourth', 'fifth'];
const namesByDocument = new WeakMap<NamedNode[], Map<string, NamedNode[]>>();

/**
 * clauseName, made unique within the document for page titles: where the
 * source prints the same number and heading twice, later ones say so
 * ("6.77 (second)"). `ordered` is the document's reading order.
 */
export function uniqueClauseName(node: NamedNode, ordered: NamedNode[]): string {
  let names = namesByDocument.get(ordered);
  if (!names) {
    names = new Map();
    for (const other of ordered) {
      const name = clauseName(other);
      const same = names.get(name);
      if (same) same.push(other);
      else names.set(name, [other]);
    }
    namesByDocument.set(ordered, names);
  }
  const name = clauseName(node);
  const position = names.get(name)!.indexOf(node);
  if (position <= 0) return name;
  return `${name} (${ordinals[position] ?? `number ${position + 1}`})`;
}

/**
 * "6.53 Quoracy", "iii)", "Foreword": how a clause is named in lists where
 * its document is clear. A heading that introduces what follows
 * ("Appendices:") loses its colon here, where a comma or bracket follows it;
 * the clause itself prints it as printed.
 */
export function clauseLabel(clause: Clause): string {
  return [clause.number, clause.heading?.replace(/\s*:$/, '')].filter(Boolean).join(' ') || clause.id;
}

/** For reports: "5." → "5", otherwise as printed. */
const plainNumber = (number: string) => number.trim().replace(/^(\d+)\.$/, '$1');

/** What a duty report calls the clause: "clause 6.72", "clause 6.52 i)", "“Principle 3” in Appendix 1". */
export function clauseDisplayName(node: NamedNode): string {
  const number = qualifiedNumber(node, plainNumber);
  if (number) return /^\d/.test(number) ? `clause ${number}` : number;
  const ancestor = numberedAncestor(node);
  const where = ancestor ? qualifiedNumber(ancestor, plainNumber)! : undefined;
  const { data } = node.clause;
  const label = data.heading ? `“${data.heading}”` : `clause ${data.id}`;
  return where ? `${label} in ${/^\d/.test(where) ? `section ${where}` : where}` : label;
}
