/**
 * Rehype step for clause text: a header cell in a table's <thead> that says
 * nothing about its scope gets `scope="col"`, so GFM tables (whose header
 * cells remark-gfm leaves bare) match the HTML tables the importer writes
 * (src/lib/import/tables.ts) and a screen reader reads every body cell with
 * its column header. A scope the content sets itself is left alone.
 *
 *   <table><thead><tr><th>Subject</th><th scope="colgroup">Page</th></tr></thead>…
 *   → <table><thead><tr><th scope="col">Subject</th><th scope="colgroup">Page</th></tr></thead>…
 */
import type { Element, Root } from 'hast';

function visitElements(node: Root | Element, inHead: boolean, each: (element: Element, inHead: boolean) => void): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    each(child, inHead);
    visitElements(child, inHead || child.tagName === 'thead', each);
  }
}

export default function rehypeHeaderScope() {
  return (tree: Root) => {
    visitElements(tree, false, (element, inHead) => {
      if (inHead && element.tagName === 'th' && element.properties.scope === undefined) element.properties.scope = 'col';
    });
  };
}
