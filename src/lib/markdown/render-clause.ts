/**
 * Renders a clause's MDX body to HTML in one unified pass — the same remark
 * plugins Astro would run (src/plugins/markdown-plugins.ts), without compiling
 * each clause into a JavaScript module. Content MDX may hold only Markdown and
 * allowlisted HTML elements (checked by src/lib/mdx-safety, and enforced
 * again here by ./allowlisted-html.ts, so nothing off the allowlist is ever
 * emitted), so a string of HTML is all a clause can become; pages insert it
 * once per appearance.
 *
 *   "Three agencies make a **quorum**."  →  "<p>Three agencies make a <strong>quorum</strong>.</p>"
 *
 * Why not Astro's per-entry `render()`: at 10,000 clauses compiling one module
 * per clause dominates the build (see scripts/bench/README.md).
 */
import type { Parent, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { parseClauseBody } from './parse-clause-body.ts';
import rehypeHeaderScope from './header-scope.ts';
import { allowlistedHandlers, dropScriptUrls } from './allowlisted-html.ts';

/**
 * Like @mdx-js/mdx's remark-mark-and-unravel: a paragraph holding only HTML
 * elements (and line breaks between them) is a block of HTML, not a
 * paragraph — otherwise `<td>` lines indented in a table gain stray `<p>`s.
 */
function unravelHtmlParagraphs() {
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

export function createClauseRenderer(remarkPlugins: PluggableList) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(unravelHtmlParagraphs)
    .use(dropScriptUrls)
    .use(remarkPlugins)
    .use(remarkRehype, { handlers: allowlistedHandlers })
    .use(rehypeHeaderScope)
    .use(rehypeStringify);

  /** @param path absolute path of the clause file, so plugins know which document they are in */
  return function renderClause(body: string, path: string): string {
    const file = new VFile({ value: body, path });
    // The same tree processor.parse would give, by the fast path for plain prose (parse-clause-body.ts).
    const tree = processor.runSync(parseClauseBody(body), file);
    return String(processor.stringify(tree, file));
  };
}
