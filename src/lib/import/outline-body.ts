/**
 * A clause body as the structure finder collects it, and its Markdown.
 * Items keep their printed labels ("(a)", "(ii)") as their first words, in
 * a nested list, because Markdown's own numbered lists can print neither.
 *
 *   [{ text: 'The Board:' }, { item depth 0: '(a) sets…' }, { item depth 1: '(i) the plan;' }]
 *   → "The Board:\n\n- (a) sets…\n  - (i) the plan;"
 */
import { escapeInline, escapeLine } from './escape.ts';

export type BodyPart =
  | { type: 'text'; text: string }
  | { type: 'item'; depth: number; text: string }
  | { type: 'break' }
  | { type: 'table'; rows: string[][] }
  /** Lines that looked like a table whose cells could not be lined up, kept as printed. */
  | { type: 'lines'; lines: string[] };

export function renderTableRows(rows: string[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => escapeInline(cells[i] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(rows[0]!), `| ${Array(width).fill('---').join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}

export function renderBody(parts: BodyPart[]): string {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  let listDepths: number[] = [];
  let listBase = 0;
  const flush = () => {
    if (paragraph.length) blocks.push(paragraph.join('\n'));
    if (list.length) blocks.push(list.join('\n'));
    paragraph = [];
    list = [];
    listDepths = [];
  };
  for (const part of parts) {
    if (part.type === 'text') {
      if (list.length) flush();
      paragraph.push(escapeLine(part.text));
    } else if (part.type === 'item') {
      if (paragraph.length) flush();
      // A list cannot start indented, nor go down two levels at once: depths count from its first item.
      if (!list.length) listBase = part.depth;
      const depth = Math.max(0, Math.min(part.depth - listBase, (listDepths.at(-1) ?? -1) + 1));
      listDepths.push(depth);
      list.push(`${'  '.repeat(depth)}- ${escapeLine(part.text)}`);
    } else if (part.type === 'break') {
      if (paragraph.length) flush();
    } else {
      flush();
      blocks.push(part.type === 'table' ? renderTableRows(part.rows) : part.lines.map(escapeLine).join('\n'));
    }
  }
  flush();
  return blocks.join('\n\n');
}
