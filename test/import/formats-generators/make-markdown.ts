/**
 * A Markdown file of a fixture, as an editor would write one: "#" headings,
 * "- " items, a GFM pipe table, long paragraphs wrapped, a line break within
 * a paragraph as a hard break ("\" at the end of the line), and aligned
 * lines as a code block. A number Markdown would renumber is escaped, as
 * pandoc writes it: "4\." after "2." (a list counts 1, 2, 3 from its
 * first item, whatever the later items say).
 */
import { fixtureBlocks, printedLine } from './fixture-blocks.ts';

const LIST_ITEM = /^(\d{1,9})([.)]) /;

export function makeMarkdown(source: string): string {
  let next: number | undefined;
  return fixtureBlocks(source)
    .map((block, i) => {
      if (block.kind !== 'paragraph') next = undefined;
      if (block.kind === 'bullet') return `${'  '.repeat(block.depth)}- ${block.text}`;
      if (block.kind === 'preformatted') return ['```', ...block.lines, '```'].join('\n');
      if (block.kind === 'table') {
        const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
        return [row(block.rows[0]!), row(block.rows[0]!.map(() => '---')), ...block.rows.slice(1).map(row)].join('\n');
      }
      const footnote = block.footnote ? `[^${block.footnote.mark.slice(1, -1)}]` : '';
      const note = block.footnote ? `\n\n[^${block.footnote.mark.slice(1, -1)}]: ${block.footnote.text}` : '';
      // A heading in Markdown is one line: a heading the fixture breaks over lines is written as a paragraph.
      if (block.heading && !block.text.includes('\n')) {
        next = undefined;
        return `${i === 0 ? '#' : '##'} ${printedLine(block)}${footnote}${note}`;
      }
      let text = printedLine(block) + footnote;
      const item = LIST_ITEM.exec(text);
      if (item && next !== undefined && Number(item[1]) !== next) {
        text = text.replace(LIST_ITEM, '$1\\$2 ');
        next = undefined;
      } else next = item ? Number(item[1]) + 1 : undefined;
      const wrapped = text
        .split('\n')
        // Never before a word Markdown would read as a list item or block ("2014." would start item 2014).
        .map((line) => line.replace(/(.{60,}?) (?!(?:\d{1,9}[.)]|[-+*#>])(?:\s|$))/g, '$1\n'))
        .join('\\\n');
      return `${wrapped}${note}`;
    })
    .join('\n\n')
    .concat('\n');
}
