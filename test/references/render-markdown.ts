/**
 * Renders clause Markdown to HTML the way the build does, without Astro: with
 * the pages' unified pipeline (remark-parse + remark-mdx + remark-gfm + our
 * remarkPlugins, src/lib/markdown/render-clause.ts), or with Sätteri (Astro
 * 7's default processor) and the same plugins' mdastPlugins. The text is compiled as if
 * it were the body of `file`, a clause file of the fixture content tree, so
 * the plugins resolve against test/references/fixtures/content.
 *
 *   await renderWithRemark('See section 6.52 above.', 'content/west-sussex/constitution/clauses/6-57-iii.mdx')
 *     → '<p>See <a href="/west-sussex/constitution/6-52/" …>section 6.52</a> above.</p>'
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToJs } from 'satteri';
import { createClauseRenderer } from '../../src/lib/markdown/render-clause.ts';
import { mdastPlugins, remarkPlugins } from '../../src/plugins/markdown-plugins.ts';

/** The project root of the fixture content (the folder holding content/). */
export const FIXTURE_ROOT = new URL('./fixtures', import.meta.url).pathname;

const renderClause = createClauseRenderer(remarkPlugins);

/** The pages' own render path (src/lib/markdown/render-clause.ts) with our plugins. */
export async function renderWithRemark(markdown: string, file: string, root = FIXTURE_ROOT): Promise<string> {
  return normaliseHtml(renderClause(markdown, join(root, file)));
}

/** Sätteri keeps MDX elements in hast as mdxJsx*Element nodes; as HTML they are plain elements. */
function jsxToElements(node: HastNodes): HastNodes {
  const jsx = node as unknown as { type: string; name?: string; attributes?: { type: string; name: string; value?: unknown }[]; children?: HastNodes[] };
  if (jsx.type === 'mdxJsxTextElement' || jsx.type === 'mdxJsxFlowElement') {
    const properties = Object.fromEntries((jsx.attributes ?? []).filter((a) => typeof a.value === 'string').map((a) => [a.name, a.value as string]));
    return { type: 'element', tagName: jsx.name ?? 'div', properties, children: (jsx.children ?? []).map(jsxToElements) as ElementContent[] };
  }
  if ('children' in node) return { ...node, children: node.children.map(jsxToElements) } as HastNodes;
  return node;
}

/** Compiles as MDX, as Astro does for clause files, and serialises the final hast. */
export async function renderWithSatteri(markdown: string, file: string, root = FIXTURE_ROOT): Promise<string> {
  let hast: HastRoot | undefined;
  const capture = { name: 'capture-hast', after: (tree: unknown) => { hast = JSON.parse(JSON.stringify(tree)) as HastRoot; } };
  await mdxToJs(markdown, { mdastPlugins, hastPlugins: [capture], fileURL: pathToFileURL(join(root, file)) });
  return normaliseHtml(toHtml(jsxToElements(hast!)));
}

/** Whitespace between block elements differs between the two processors; it means nothing here. */
export function normaliseHtml(html: string): string {
  return html.replace(/>\s+</g, '>\n<').replaceAll('&#x26;', '&amp;').trim();
}
