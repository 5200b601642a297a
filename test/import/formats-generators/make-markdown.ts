/**
 * A Markdown file of a format fixture, as an editor would write one: "#"
 * headings, "- " items, a GFM pipe table, and long paragraphs wrapped.
 */
import { fixtureBlocks, printedLine } from './fixture-blocks.ts';

export function makeMarkdown(source: string): string {
  return fixtureBlocks(source)
    .map((block, i) => {
      if (block.kind === 'bullet') return `- ${block.text}`;
      if (block.kind === 'table') {
        const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
        return [row(block.rows[0]!), row(block.rows[0]!.map(() => '---')), ...block.rows.slice(1).map(row)].join('\n');
      }
      const line = printedLine(block) + (block.footnote ? `[^${block.footnote.mark.slice(1, -1)}]` : '');
      const note = block.footnote ? `\n\n[^${block.footnote.mark.slice(1, -1)}]: ${block.footnote.text}` : '';
      if (block.heading) return `${i === 0 ? '#' : '##'} ${line}${note}`;
      return `${line.replace(/(.{60,}?) /g, '$1\n')}${note}`;
    })
    .join('\n\n')
    .concat('\n');
}
