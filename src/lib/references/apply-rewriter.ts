/**
 * Runs a PageRewriter over a clause's mdast tree in document order,
 * replacing text runs and changing links in place: what each reference
 * plugin (remark-references.ts) does. Nodes a rewriter inserts are not
 * visited again, so one plugin never rewrites its own output.
 */
import type { Link, Nodes, Parent, PhrasingContent, Root } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import type { Ancestor, PageRewriter } from './rewriter.ts';

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

function ancestorOf(node: Nodes): Ancestor {
  return { type: node.type, name: 'name' in node ? (node.name as string | null) : undefined };
}

function walk(parent: Parent, ancestors: Ancestor[], rewriter: PageRewriter): void {
  const children = parent.children as Nodes[];
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!;
    const startsBlock = index === 0 && BLOCKS.has(parent.type);
    const position = node.position?.start;
    if (node.type === 'text' && rewriter.text) {
      const replacement = rewriter.text(node.value, { ancestors, startsBlock, line: position?.line, column: position?.column });
      if (replacement) {
        children.splice(index, 1, ...(replacement as Nodes[]));
        index += replacement.length - 1;
      }
      continue;
    }
    if (node.type === 'link' && rewriter.link) {
      const previous = children[index - 1];
      const change = rewriter.link({
        ancestors,
        startsBlock,
        line: position?.line,
        column: position?.column,
        url: node.url,
        text: mdastToString(node),
        empty: node.children.length === 0,
        previousText: previous?.type === 'text' ? previous.value : undefined,
      });
      if (change) applyLinkChange(node, change);
    }
    if ('children' in node) walk(node as Parent, [ancestorOf(node), ...ancestors], rewriter);
  }
}

function applyLinkChange(node: Link, change: NonNullable<ReturnType<NonNullable<PageRewriter['link']>>>): void {
  node.url = change.url;
  if (change.title !== undefined) node.title = change.title;
  if (change.hProperties) {
    const hProperties = { ...(node.data?.hProperties ?? {}), ...change.hProperties } as NonNullable<Link['data']>['hProperties'];
    node.data = { ...node.data, hProperties };
  }
  if (change.children) node.children = change.children as PhrasingContent[] as Link['children'];
}

/** Applies the rewriter to the whole tree, then lets it finish (which may throw). */
export function applyRewriter(tree: Root, rewriter: PageRewriter, { finish = true } = {}): void {
  walk(tree, [], rewriter);
  if (finish) rewriter.finish?.();
}
