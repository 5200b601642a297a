/**
 * HTML to plain text, through hast-util-from-html (the parser rehype uses,
 * parse5, so a page is read as a browser reads it) and hast-util-to-text
 * (text as a browser renders it: <br> a line break, whitespace collapsed).
 * Headings and paragraphs become lines, list items "- " lines (numbered
 * as the browser numbers an <ol>), tables tab-separated rows. The page's
 * navigation, and headers and footers outside the article, are dropped and
 * reported.
 *
 *   <h2>1. Purpose</h2><ol type="a"><li>agree a plan</li></ol> → "1. Purpose\n\na. agree a plan"
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { browserLetters, roman } from './number-formats.ts';
import { type BlockNote, type ExtractedText, preformatted, type TextBlock, tidy, toPlainText } from './plain-text.ts';

const HIDDEN = new Set(['head', 'script', 'style', 'template', 'noscript']);
const FURNITURE = new Set(['nav', 'aside']);
const LINES = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'caption', 'figcaption', 'pre', 'address']);
const BLOCKS = new Set([
  ...LINES,
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'ul',
  'ol',
  'li',
  'table',
  'blockquote',
  'figure',
  'dl',
  'form',
  'hr',
  'body',
  'html',
]);

const isElement = (node: ElementContent | Root): node is Element => node.type === 'element';

/** How a browser numbers the nth item of an <ol>: type "1", "a", "A", "i" or "I". */
function olMarker(n: number, type: string): string {
  const marks: Record<string, () => string> = {
    a: () => browserLetters(n),
    A: () => browserLetters(n).toUpperCase(),
    i: () => roman(n),
    I: () => roman(n).toUpperCase(),
  };
  return `${marks[type]?.() ?? n}.`;
}

export function readHtml(bytes: Uint8Array): ExtractedText {
  const tree = fromHtml(new TextDecoder().decode(bytes));
  const blocks: TextBlock[] = [];
  const notes: BlockNote[] = [];
  const line = (node: Element | Root, prefix = '') => {
    const text = tidy(toText(node), true);
    if (text) blocks.push({ type: 'paragraph', text: prefix + text });
  };

  function list(el: Element, depth: number) {
    const ordered = el.tagName === 'ol';
    let n = Number(el.properties.start ?? 1);
    for (const li of el.children.filter(isElement).filter((c) => c.tagName === 'li')) {
      if (li.properties.value !== undefined) n = Number(li.properties.value);
      const marker = ordered ? olMarker(n++, String(el.properties.type ?? '1')) : '-';
      const nested = li.children.filter((c) => isElement(c) && (c.tagName === 'ul' || c.tagName === 'ol')) as Element[];
      line({ ...li, children: li.children.filter((c) => !nested.includes(c as Element)) }, `${'  '.repeat(depth)}${marker} `);
      for (const sub of nested) list(sub, depth + 1);
    }
  }

  function walk(node: Element | Root, inArticle: boolean) {
    let inline: ElementContent[] = [];
    const flush = () => {
      if (inline.length) line({ type: 'root', children: inline });
      inline = [];
    };
    // Only element content can be in a parsed page (the MDX node types in hast's union come from elsewhere).
    for (const child of node.children as ElementContent[]) {
      if (child.type === 'text' || (isElement(child) && !BLOCKS.has(child.tagName) && !HIDDEN.has(child.tagName))) {
        inline.push(child);
        continue;
      }
      flush();
      if (!isElement(child) || HIDDEN.has(child.tagName)) continue;
      const tag = child.tagName;
      if (FURNITURE.has(tag) || ((tag === 'header' || tag === 'footer') && !inArticle)) {
        const text = tidy(toText(child));
        if (text)
          notes.push({
            block: blocks.length,
            kind: 'dropped',
            message: `the page's <${tag}>: "${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`,
          });
      } else if (tag === 'pre') {
        // A <pre>'s spacing is its layout (columns lined up with spaces): it is kept.
        const text = preformatted(toText(child));
        if (text) blocks.push({ type: 'paragraph', text });
      } else if (LINES.has(tag)) line(child);
      else if (tag === 'ul' || tag === 'ol') list(child, 0);
      else if (tag === 'table') {
        const rows = toRows(child);
        if (rows.length) blocks.push({ type: 'table', rows });
      } else walk(child, inArticle || tag === 'article' || tag === 'main');
    }
    flush();
  }

  walk(tree, false);
  return toPlainText(blocks, notes);
}

function toRows(table: Element): string[][] {
  const rows: Element[] = [];
  const collect = (el: Element) => {
    for (const child of el.children.filter(isElement)) {
      if (child.tagName === 'tr') rows.push(child);
      else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) collect(child);
    }
  };
  collect(table);
  return rows.map((tr) =>
    tr.children
      .filter(isElement)
      .filter((cell) => cell.tagName === 'td' || cell.tagName === 'th')
      .flatMap((cell) => [tidy(toText(cell)), ...Array<string>(Math.max(0, Number(cell.properties.colSpan ?? 1) - 1)).fill('')]),
  );
}
