/**
 * The renderer's own guard: whatever reaches it, clause text becomes only the
 * elements and attributes on the MDX safety allowlist
 * (./allowlist.ts, the one list). The safety check refuses
 * unsafe content before a build; this makes sure the renderer could not
 * publish it even if it were called on unchecked text.
 *
 *   <td colspan="2" onclick="x()">a</td>   →  <td colspan="2">a</td>
 *   <script>alert(1)</script>              →  (nothing)
 *   [pay](javascript:alert(1))             →  pay          (the link is dropped, its text kept)
 *   ![x](https://tracker.example/t.png)    →  (nothing)    (unless site.yaml lists the host)
 *   {1 + 1}, import x from "y"             →  (nothing)
 */
import type { Element, ElementContent, Properties } from 'hast';
import type { Nodes, Parent, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Handler, State } from 'mdast-util-to-hast';
import { allowedAttributes, isAllowedElement } from './allowlist.ts';
import { judgeImage, judgeLink } from '../../schemas/link.ts';
import { isScriptUrl } from './attributes.ts';

/**
 * An allowlisted JSX element becomes that HTML element with only its allowed,
 * literal, non-script attributes. Anything else is dropped with its content:
 * a <script>'s or <style>'s content is code, not clause text.
 */
export function allowlistedJsx(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element | ElementContent[] {
  if (!node.name) return state.all(node) as ElementContent[];
  if (!isAllowedElement(node.name)) return [];
  const allowed = allowedAttributes(node.name);
  const properties: Properties = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
    if (!allowed.includes(attribute.name) || isScriptUrl(attribute.value)) continue;
    properties[attribute.name] = attribute.value;
  }
  return { type: 'element', tagName: node.name, properties, children: state.all(node) as ElementContent[] };
}

const nothing: Handler = () => undefined;

/** remark-rehype handlers: JSX through the allowlist; code (`{…}`, import/export) and raw HTML never. */
export const allowlistedHandlers: Record<string, Handler> = {
  mdxJsxFlowElement: allowlistedJsx as Handler,
  mdxJsxTextElement: allowlistedJsx as Handler,
  mdxFlowExpression: nothing,
  mdxTextExpression: nothing,
  mdxjsEsm: nothing,
  html: nothing,
};

/**
 * Remark step, before any plugin runs, applying the one link rule
 * (src/schemas/link.ts): a link whose address the rule refuses keeps its text
 * but loses the link; such a link definition is removed, and so is an image
 * the rule refuses (no alt text, or from a host not listed in `imageHosts`),
 * whether written inline or by reference.
 */
export function dropDisallowedUrls({ imageHosts }: { imageHosts: readonly string[] }) {
  return (tree: Root) => {
    const definitions = new Map<string, string>();
    const collect = (node: Parent) => {
      for (const child of node.children as Nodes[]) {
        if (child.type === 'definition' && !definitions.has(child.identifier)) definitions.set(child.identifier, child.url);
        if ('children' in child) collect(child);
      }
    };
    collect(tree);
    const refused = (child: Nodes): boolean => {
      if (child.type === 'image') return !judgeImage(child.url, child.alt, imageHosts).ok;
      if (child.type === 'imageReference') return !judgeImage(definitions.get(child.identifier) ?? '', child.alt, imageHosts).ok;
      return (child.type === 'link' || child.type === 'definition') && !judgeLink(child.url).ok;
    };
    const visit = (node: Parent) => {
      node.children = node.children.flatMap((child: Nodes) => {
        if (refused(child)) {
          if (child.type !== 'link') return [];
          visit(child);
          return child.children;
        }
        if ('children' in child) visit(child);
        return [child];
      }) as typeof node.children;
    };
    visit(tree);
  };
}
