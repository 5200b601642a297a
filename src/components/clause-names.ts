/**
 * What to call a clause where it appears out of its place: page titles,
 * breadcrumbs, "part of", previous/next, screen-reader text on permalinks.
 *
 * The sources number sub-items locally ("iii)" under 6.53), so on its own
 * "iii)" is ambiguous; such a number is qualified by its nearest numbered
 * ancestor ("6.53 iii)"). A number already inside its ancestor's ("6.511"
 * under "6.51", "11.7" under "11.0"; src/lib/content/clause-numbers.ts)
 * stands alone. The heading, if any, follows.
 *
 *   6.53 Quoracy      → "6.53 Quoracy"
 *   iii) under 6.53   → "6.53 iii)"
 *   11.7 under 11.0   → "11.7"
 *   Foreword          → "Foreword"
 *   id "title-page"   → "Title page"  (neither number nor heading)
 */
import type { Clause } from '../schemas/clause.ts';
import type { TreeNode } from '../lib/content/document-tree.ts';
import { hasLocalNumber, numberedAncestor } from '../lib/content/clause-numbers.ts';

/** Any clause tree: the site's (SiteClause) or one built from loaded content in tests. */
type Node = TreeNode<{ data: Clause }>;

/** The clause's number, qualified by its ancestors' where it is local ("6.53 iii)"). */
export function qualifiedNumber(node: Node): string | undefined {
  const { number } = node.clause.data;
  if (!number) return undefined;
  if (!hasLocalNumber(node)) return number;
  return `${qualifiedNumber(numberedAncestor(node)!)} ${number}`;
}

/** "title-page" → "Title page": the name of a clause the source neither numbers nor heads. */
const fromId = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');

/** "6.53 Quoracy", "6.53 iii)", "Foreword"; "Preamble" (from its id) when it has neither number nor heading. */
export function clauseName(node: Node): string {
  const { data } = node.clause;
  if (!data.number && !data.heading) return fromId(data.id);
  return [qualifiedNumber(node), data.heading].filter(Boolean).join(' ');
}

const ordinals = ['first', 'second', 'third', 'fourth', 'fifth'];

/**
 * clauseName, made unique within the document for page titles: where the
 * source prints the same number and heading twice, later ones say so
 * ("6.77 (second)").
 */
const namesByDocument = new WeakMap<Node[], Map<string, Node[]>>();

export function uniqueClauseName(node: Node, ordered: Node[]): string {
  let names = namesByDocument.get(ordered);
  if (!names) {
    names = new Map();
    for (const other of ordered) names.set(clauseName(other), [...(names.get(clauseName(other)) ?? []), other]);
    namesByDocument.set(ordered, names);
  }
  const name = clauseName(node);
  const position = names.get(name)!.indexOf(node);
  if (position <= 0) return name;
  return `${name} (${ordinals[position] ?? `number ${position + 1}`})`;
}
