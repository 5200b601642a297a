/**
 * Reading built HTML without a browser: parse a page with hast-util-from-html
 * and find elements in it.
 *
 *   const main = elementsWhere(parsePage(file), (e) => e.tagName === 'main')[0];
 */
import { readFileSync } from 'node:fs';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export function parsePage(file: string): Root {
  return fromHtml(readFileSync(file, 'utf8'));
}

/** Every element below `node`, in document order, that passes `test`. */
export function elementsWhere(node: Root | Element, test: (element: Element) => boolean): Element[] {
  return node.children.flatMap((child: RootContent) =>
    child.type === 'element' ? [...(test(child) ? [child] : []), ...elementsWhere(child, test)] : [],
  );
}

/** Every `<tagName>` element below `node`. */
export const elementsNamed = (node: Root | Element, tagName: string) => elementsWhere(node, (e) => e.tagName === tagName);
