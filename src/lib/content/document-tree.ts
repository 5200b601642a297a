/**
 * Turns a document's flat clause list into reading order and a tree: the
 * order a page prints clauses in, each clause's ancestors (breadcrumbs),
 * children ("contains"), and previous/next. Computed once per build.
 *
 *   6 → 6.5 → 6.51 → 6.511   becomes   [6, 6.5, 6.51, 6.511, 6.52, …] with depth 0..3
 */
import type { Clause } from '../../schemas/clause.ts';

export interface TreeNode<C> {
  clause: C;
  depth: number;
  parent?: TreeNode<C>;
  children: TreeNode<C>[];
  previous?: TreeNode<C>;
  next?: TreeNode<C>;
  /** Position in reading order, from 0. */
  index: number;
}

export interface DocumentTree<C> {
  /** Top-level clauses in order. */
  roots: TreeNode<C>[];
  /** Every clause in reading order (depth-first). */
  ordered: TreeNode<C>[];
  byId: Map<string, TreeNode<C>>;
}

/** Ancestors from the top down, not including the node itself. */
export function ancestors<C>(node: TreeNode<C>): TreeNode<C>[] {
  const chain: TreeNode<C>[] = [];
  for (let at = node.parent; at; at = at.parent) chain.unshift(at);
  return chain;
}

/** Everything under a node, in reading order, not including the node itself. */
export function descendants<C>(node: TreeNode<C>): TreeNode<C>[] {
  return node.children.flatMap((child) => [child, ...descendants(child)]);
}

/** Only a clause's id, parent and order place it, so anything that has them can be ordered (an importer's clauses too). */
export function buildDocumentTree<C>(clauses: C[], dataOf: (clause: C) => Pick<Clause, 'id' | 'parent' | 'order'>): DocumentTree<C> {
  const byId = new Map<string, TreeNode<C>>();
  for (const clause of clauses) byId.set(dataOf(clause).id, { clause, depth: 0, children: [], index: 0 });
  const roots: TreeNode<C>[] = [];
  for (const node of byId.values()) {
    const parentId = dataOf(node.clause).parent;
    const parent = parentId === undefined ? undefined : byId.get(parentId);
    if (parent) {
      node.parent = parent;
      parent.children.push(node);
    } else roots.push(node);
  }
  const byOrder = (a: TreeNode<C>, b: TreeNode<C>) => dataOf(a.clause).order - dataOf(b.clause).order;
  const ordered: TreeNode<C>[] = [];
  const walk = (nodes: TreeNode<C>[], depth: number) => {
    nodes.sort(byOrder);
    for (const node of nodes) {
      node.depth = depth;
      node.index = ordered.length;
      ordered.push(node);
      walk(node.children, depth + 1);
    }
  };
  walk(roots, 0);
  ordered.forEach((node, i) => {
    node.previous = ordered[i - 1];
    node.next = ordered[i + 1];
  });
  return { roots, ordered, byId };
}
