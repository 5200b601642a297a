/**
 * A fast path for the commonest clause body: plain sentences in paragraphs,
 * perhaps a "- " list. For such a body the mdast that remark-parse +
 * remark-mdx + remark-gfm would produce is built directly, positions and all,
 * without running micromark, which is most of the check's time at 10,000
 * clauses. Anything else returns undefined and takes the real parser.
 *
 *   "\nThe group meets.\nIt is quorate.\n\n- one\n- two\n"
 *     → root [paragraph [text "The group meets.\nIt is quorate."], list [listItem [paragraph [text "one"]], …]]
 *
 * The test of record is test/markdown/plain-prose.test.ts: for every clause
 * of the content, the benchmark corpus and a set of near misses, this tree
 * deep-equals micromark's whenever it is returned.
 */
import type { List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { Point, Position } from 'unist';

/**
 * Characters that can start Markdown, GFM or MDX syntax anywhere in a line
 * (emphasis, code, links, HTML/JSX, expressions, entities, escapes, tables,
 * strikethrough, footnotes, email autolinks, headings), tabs and CR.
 */
const SYNTAX = /[<>{}[\]`*_~|\\&@#\t\r]|:\/\/|www\./i;
/** Line starts that open a block: lists, quotes, ordered items, setext or thematic lines, ESM. */
const BLOCK_START = /^(?:[-+=>]|\d{1,9}[.)]|import\b|export\b)/;

function point(lineStarts: number[], offset: number): Point {
  let line = lineStarts.length - 1;
  while (lineStarts[line]! > offset) line--;
  return { line: line + 1, column: offset - lineStarts[line]! + 1, offset };
}

/** A line of text that is only text: no leading or trailing space, no block syntax. */
const isTextLine = (line: string) => line !== '' && line.trim() === line && !BLOCK_START.test(line);

/** The blank-line-separated blocks of a body, as [first line, line after the last] pairs, and whether each is a "- " list. */
function blocks(lines: string[]): { from: number; to: number; list: boolean }[] {
  const found: { from: number; to: number; list: boolean }[] = [];
  for (let i = 0; i < lines.length; ) {
    if (lines[i] === '') {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j] !== '') j++;
    found.push({ from: i, to: j, list: lines.slice(i, j).every((line) => line.startsWith('- ')) });
    i = j;
  }
  return found;
}

/** Whether the fast path can build this body's tree: the only place its rules are applied. */
export function isPlainProse(body: string): boolean {
  if (SYNTAX.test(body)) return false;
  const lines = body.split('\n');
  let previousWasList = false;
  for (const { from, to, list } of blocks(lines)) {
    // Two lists with only a blank line between are one loose list: not this fast path's business.
    if (list && previousWasList) return false;
    for (let k = from; k < to; k++) if (!isTextLine(list ? lines[k]!.slice(2) : lines[k]!)) return false;
    previousWasList = list;
  }
  return true;
}

export function plainProseTree(body: string): Root | undefined {
  if (!isPlainProse(body)) return undefined;
  const lines = body.split('\n');
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const at = (o: number) => point(lineStarts, o);
  const span = (start: number, end: number): Position => ({ start: at(start), end: at(end) });
  const text = (value: string, from: number, to: number): Paragraph => ({
    type: 'paragraph',
    children: [{ type: 'text', value, position: span(from, to) }],
    position: span(from, to),
  });

  const children: RootContent[] = blocks(lines).map(({ from, to, list }): RootContent => {
    const start = lineStarts[from]!;
    const end = lineStarts[to - 1]! + lines[to - 1]!.length;
    if (!list) return text(lines.slice(from, to).join('\n'), start, end);
    const items: ListItem[] = [];
    for (let k = from; k < to; k++) {
      const lineStart = lineStarts[k]!;
      const lineEnd = lineStart + lines[k]!.length;
      items.push({
        type: 'listItem',
        spread: false,
        checked: null,
        children: [text(lines[k]!.slice(2), lineStart + 2, lineEnd)],
        position: span(lineStart, lineEnd),
      });
    }
    return { type: 'list', ordered: false, start: null, spread: false, children: items, position: span(start, end) } satisfies List;
  });
  return { type: 'root', children, position: span(0, body.length) };
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/**
 * Whether a whole clause file is frontmatter and then a plain-prose body: a
 * tree of paragraphs, lists and text only, where no MDX safety rule can find
 * anything (src/lib/mdx-safety/check-mdx-file.ts skips such files).
 */
export function isPlainProseFile(text: string): boolean {
  const match = FRONTMATTER.exec(text);
  return match !== null && isPlainProse(text.slice(match[0].length));
}
