/**
 * Markdown to plain text, through remark-parse and remark-gfm (the parser
 * the site's own clause pipeline uses) for the structure, keeping each
 * paragraph's inline Markdown as written (bold, links), which the importer
 * keeps too. "## 1. Purpose" becomes the line "1. Purpose"; a GFM table
 * becomes tab-separated rows; list items stay "- " lines (ordered ones
 * numbered as rendered, with the "." or ")" written); wrapped lines of a paragraph are joined.
 *
 *   "## 1. Purpose\n\n| Stage | Limit |\n| --- | --- |\n| One | 2 days |" → "1. Purpose\n\nStage\tLimit\nOne\t2 days"
 */
import type { List, Nodes, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { type BlockNote, type ExtractedText, preformatted, type TextBlock, tidy, toPlainText } from './plain-text.ts';

const processor = unified().use(remarkParse).use(remarkGfm);

export function readMarkdown(bytes: Uint8Array): ExtractedText {
  const source = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  const blocks: TextBlock[] = [];
  const notes: BlockNote[] = [];

  /** The Markdown a node's children were written as: on one line, but for hard line breaks ("\" or two spaces at a line's end). */
  const written = (node: Nodes): string => {
    const kids = 'children' in node ? (node.children as Nodes[]) : [];
    if (kids.length === 0) return 'value' in node ? tidy(String(node.value)) : '';
    const lines: Nodes[][] = [[]];
    for (const kid of kids) {
      if (kid.type === 'break') lines.push([]);
      else lines.at(-1)!.push(kid);
    }
    return lines
      .filter((line) => line.length > 0)
      .map((line) => {
        const from = line[0]!.position?.start.offset ?? 0;
        const to = line.at(-1)!.position?.end.offset ?? 0;
        // A GFM footnote mark "[^1]" reads "[1]", as footnotes do in every other format.
        return tidy(source.slice(from, to)).replace(/\[\^([^\]\s]+)\]/g, '[$1]');
      })
      .join('\n');
  };

  /**
   * A paragraph's own number, escaped so Markdown would not renumber it as a list item ("4\. Unresolved…",
   * as pandoc and careful authors write it), is the number as printed: the importer reads it, and
   * escapes what needs escaping in the clause it writes.
   */
  const unescapedNumber = (text: string) => text.replace(/^(\d{1,9})\\([.)])(?=\s)/, '$1$2');

  function list(node: List, depth: number) {
    // "1)" or "1.": mdast does not keep which, the source does; a "1)" list is items, a "1." one clauses.
    const delimiter = /^\s*\d{1,9}([.)])/.exec(source.slice(node.position?.start.offset ?? 0))?.[1] ?? '.';
    node.children.forEach((item, i) => {
      const marker = node.ordered ? `${(node.start ?? 1) + i}${delimiter}` : '-';
      item.children.forEach((part, j) => {
        if (part.type === 'list') list(part, depth + 1);
        else if (j === 0) blocks.push({ type: 'paragraph', text: `${'  '.repeat(depth)}${marker} ${written(part)}` });
        else block(part);
      });
    });
  }

  function block(node: RootContent) {
    switch (node.type) {
      case 'heading':
        blocks.push({ type: 'paragraph', text: written(node) });
        break;
      case 'paragraph':
        blocks.push({ type: 'paragraph', text: unescapedNumber(written(node)) });
        break;
      case 'list':
        list(node, 0);
        break;
      case 'table':
        blocks.push({ type: 'table', rows: node.children.map((row) => row.children.map((cell) => written(cell).replace(/\\\|/g, '|'))) });
        break;
      case 'blockquote':
        node.children.forEach(block);
        break;
      case 'code':
        // Spacing in a code block is the author's layout (columns lined up with spaces): it is kept.
        blocks.push({ type: 'paragraph', text: preformatted(node.value) });
        break;
      case 'html':
        blocks.push({ type: 'paragraph', text: node.value.trim() });
        break;
      case 'footnoteDefinition':
        blocks.push({ type: 'paragraph', text: `[${node.label ?? node.identifier}] ${node.children.map(written).join(' ')}` });
        break;
      case 'thematicBreak':
        notes.push({ block: blocks.length, kind: 'dropped', message: 'a horizontal rule (---)' });
        break;
      case 'definition':
        notes.push({
          block: blocks.length,
          kind: 'dropped',
          message: `the link definition [${node.label ?? node.identifier}]: ${node.url}`,
        });
        break;
      default:
        notes.push({ block: blocks.length, kind: 'dropped', message: `a Markdown ${node.type}, which has no place in the text` });
    }
  }

  processor.parse(source).children.forEach(block);
  return toPlainText(blocks, notes);
}
