/**
 * Remark step, like @mdx-js/mdx's remark-mark-and-unravel: a paragraph holding
 * only HTML elements (and line breaks between them) is a block of HTML, not a
 * paragraph; otherwise `<td>` lines indented in a table gain stray `<p>`s.
 *
 *   paragraph [<td>, "\n", <td>]  →  <td>, <td>  (as flow elements)
 */
import type { Parent, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export function unravelHtmlParagraphs() {
  return (tree: Root) => {
    const visit = (node: Parent) => {
      node.children = node.children.flatMap((child) => {
        if ('children' in child) visit(child as Parent);
        if (child.type !== 'paragraph') return [child];
        const onlyHtml = child.children.every((c) => c.type === 'mdxJsxTextElement' || (c.type === 'text' && !c.value.trim()));
        if (!onlyHtml || !child.children.some((c) => c.type === 'mdxJsxTextElement')) return [child];
        return child.children
          .filter((c) => c.type === 'mdxJsxTextElement')
          .map((c) => ({ ...(c as MdxJsxTextElement), type: 'mdxJsxFlowElement' }) as unknown as RootContent);
      }) as typeof node.children;
    };
    visit(tree);
  };
}
