/**
 * The plain text of a clause's MDX body, for search, JSON and the fidelity
 * test: Markdown and JSX markup removed, one block per line, table cells
 * separated by tabs, ordered list items keeping their numbers.
 *
 *   clauseText("Read **this**:\n\n1. First\n2. [Second](https://x.org)\n\n| A | B |\n| - | - |\n| c | d |")
 *   → "Read this:\n1. First\n2. Second\nA\tB\nc\td"
 */
import type { Nodes, Parent, Root } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { parseClauseBody } from './parse-clause-body.ts';

/** Nodes whose content is phrasing: their text is one line. */
const PHRASING_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Allowed HTML elements that start a new line (or a new cell) in the text. */
const BLOCK_ELEMENTS = new Set(['table', 'thead', 'tbody', 'tr', 'p', 'ul', 'ol', 'li']);
const CELL_ELEMENTS = new Set(['td', 'th']);

function hasChildren(node: Nodes): node is Nodes & Parent {
  return 'children' in node;
}

/** An HTML table/list element written inline, e.g. `<li>…</li>` inside a paragraph of a `<ul>`. */
function isBlockElement(node: Nodes | Parent['children'][number]): boolean {
  return (
    (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
    (BLOCK_ELEMENTS.has(node.name ?? '') || CELL_ELEMENTS.has(node.name ?? ''))
  );
}

/** Text of a paragraph, heading or cell; a hard line break stays a line break. */
function phrasingText(node: Parent): string {
  return node.children.map((child) => (child.type === 'break' ? '\n' : mdastToString(child))).join('');
}

function blockText(node: Nodes): string {
  switch (node.type) {
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
    case 'thematicBreak':
    case 'definition':
    case 'html':
      return '';
    case 'code':
      return node.value;
    case 'table':
      return node.children.map((row) => row.children.map((cell) => mdastToString(cell)).join('\t')).join('\n');
    case 'list':
      return node.children
        .map((item, i) => {
          const text = blockText(item);
          return node.ordered ? `${(node.start ?? 1) + i}. ${text}` : text;
        })
        .join('\n');
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      if (name === 'tr') {
        // A row written on one line parses as a paragraph of inline cells; look through it.
        const cells = node.children.flatMap((child) => (child.type === 'paragraph' ? child.children : [child]));
        return cells
          .filter((cell) => cell.type !== 'text')
          .map((cell) => blockText(cell as Nodes))
          .join('\t');
      }
      if (CELL_ELEMENTS.has(name)) return node.children.map(blockText).filter(Boolean).join('\n');
      const separator = BLOCK_ELEMENTS.has(name) ? '\n' : '';
      return node.children.map(blockText).filter(Boolean).join(separator);
    }
    default: {
      if (!hasChildren(node)) return 'value' in node && typeof node.value === 'string' ? node.value : '';
      if (PHRASING_BLOCKS.has(node.type) && !node.children.some(isBlockElement)) return phrasingText(node);
      return node.children
        .map((child) => blockText(child as Nodes))
        .filter((text) => text.trim() !== '')
        .join('\n');
    }
  }
}

/** Plain text of an MDX clause body. Throws if the body is not valid MDX. */
export function clauseText(body: string): string {
  return clauseTreeText(parseClauseBody(body));
}

/** Plain text of a parsed clause body. */
export function clauseTreeText(tree: Root): string {
  return blockText(tree)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}
