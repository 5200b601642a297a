/**
 * Writes a clause body's blocks as MDX-safe Markdown: paragraphs, nested
 * lists (with "(a) …" continuation paragraphs) and tables.
 *
 *   [{ type: 'list', items: [{ depth: 0, text: 'A' }, { depth: 1, text: 'B' }] }]
 *   → "- A\n  - B"
 */
import type { Block, ListItem } from './blocks.ts';
import { escapeLine } from './escape.ts';
import { renderTable } from './tables.ts';

function renderList(items: ListItem[], ordered: boolean): string {
  const minDepth = Math.min(...items.map((item) => item.depth));
  const spread = items.some((item) => item.continuation.length > 0);
  const indents: number[] = [];
  let previousDepth = -1;
  const out: string[] = [];
  for (const item of items) {
    // A list cannot start indented or jump two levels; clamp to what Markdown can say.
    const depth = Math.min(item.depth - minDepth, previousDepth + 1);
    previousDepth = depth;
    const marker = ordered ? `${item.number ?? '1.'} ` : '- ';
    const indent = ' '.repeat(indents.slice(0, depth).reduce((a, b) => a + b, 0));
    indents[depth] = marker.length;
    const lines = [`${indent}${marker}${escapeLine(item.text)}`];
    for (const paragraph of item.continuation) lines.push('', `${indent}${' '.repeat(marker.length)}${escapeLine(paragraph)}`);
    out.push(lines.join('\n'));
  }
  return out.join(spread ? '\n\n' : '\n');
}

export function renderBlocks(blocks: Block[]): string {
  return blocks
    .map((block) => {
      if (block.type === 'paragraph') return block.lines.map(escapeLine).join('\n');
      if (block.type === 'list') return renderList(block.items, block.ordered);
      return renderTable(block.rows);
    })
    .join('\n\n');
}
