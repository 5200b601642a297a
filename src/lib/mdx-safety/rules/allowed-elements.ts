/**
 * Rule: only the allowlisted elements and content components
 * (src/lib/mdx-safety/allowlist.ts). Scripts, styles and embedded content get
 * their own wording because the reason differs; everything else is told what
 * Markdown to write instead.
 */
import type { ContentError } from '../../errors/content-error.ts';
import { describeAllowedElements, isAllowedElement } from '../allowlist.ts';
import { finding, isJsxElement, placeOf, tagOf, type JsxElement, type MdxSafetyRule } from '../rule.ts';

const MARKDOWN_INSTEAD = 'use Markdown for formatting (**bold**, *italic*, lists with "- ", tables with |) or one of the allowed elements';

/** Hints for the elements editors are most likely to paste from a web page or a word processor. */
const HINTS: Record<string, string> = {
  script: 'delete the <script>…</script>; the site never runs code from clause text',
  style: 'delete the <style>…</style>; the look of every page is set once for the whole site',
  iframe: 'delete it and link to the page instead, in Markdown: [what it is](https://…)',
  object: 'delete it and link to the document instead, in Markdown: [what it is](https://…)',
  embed: 'delete it and link to the document instead, in Markdown: [what it is](https://…)',
  a: 'write the link in Markdown instead: [link text](https://…)',
  img: 'delete the image; describe it in words, or link to it in Markdown: [what it shows](https://…)',
  b: 'write bold in Markdown instead: **text**',
  i: 'write italics in Markdown instead: *text*',
  u: 'delete the underline tags and keep the text; on the web, underlined text looks like a link',
  div: 'delete the <div> and </div> tags and keep the text',
  span: 'delete the <span> and </span> tags and keep the text',
};

function describe(element: JsxElement): { what: string; hint: string } {
  const name = element.name;
  if (!name) return { what: 'an empty tag <>…</>', hint: 'delete the <> and </> around the text' };
  if (name === 'script' || name === 'style') return { what: `a <${name}> element`, hint: HINTS[name]! };
  if (['iframe', 'object', 'embed'].includes(name)) return { what: `an <${name}> element (embedded content)`, hint: HINTS[name]! };
  if (/^h[1-6]$/.test(name))
    return {
      what: `the heading element <${name}>`,
      hint: 'put a clause’s heading in the frontmatter’s "heading" field; a new heading is usually a new clause file',
    };
  // JSX treats a capitalised or dotted name as a component, not an HTML element.
  if (/^[A-Z]/.test(name) || name.includes('.')) {
    return {
      what: `the component <${name}>`,
      hint: 'delete it, or ask the site’s developers to add it to the content components in src/lib/mdx-safety/allowlist.ts',
    };
  }
  return { what: `the element <${name}>`, hint: HINTS[name] ?? MARKDOWN_INSTEAD };
}

export const allowedElements: MdxSafetyRule = {
  name: 'allowed-elements',
  check(node, context): ContentError[] {
    if (!isJsxElement(node) || (node.name && isAllowedElement(node.name))) return [];
    const { what, hint } = describe(node);
    return [
      finding(context, placeOf(node), {
        field: tagOf(node),
        message: `${what} is not allowed in clause text; allowed: Markdown and the elements ${describeAllowedElements()}`,
        hint,
      }),
    ];
  },
};
