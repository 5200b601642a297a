/**
 * An HTML page of a fixture, as a partnership's website would publish it:
 * site navigation and a footer around an <article>, headings, paragraphs
 * (a line break within one a <br>), a <ul> for bullets (nested in the item above), an <ol type="I">
 * for upper-roman items, a <table> with a header row, aligned lines in a
 * <pre>, and footnotes as <sup> marks.
 */
import { romanValue } from '../../../src/lib/import/outline-rules.ts';
import { type FixtureBlock, fixtureBlocks, printedLine } from './fixture-blocks.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function render(block: FixtureBlock, next: FixtureBlock | undefined, previous: FixtureBlock | undefined): string {
  if (block.kind === 'bullet') {
    // A deeper bullet opens a <ul> inside the <li> before it; that <li> closes with its inner list.
    const depth = (b: FixtureBlock | undefined) => (b?.kind === 'bullet' ? b.depth : -1);
    const open = '<ul>\n'.repeat(Math.max(0, block.depth - depth(previous)));
    let close = depth(next) > block.depth ? '' : '</li>';
    for (let d = block.depth; d > depth(next); d--) close += d > 0 ? '\n</ul></li>' : '\n</ul>';
    return `${open}  <li>${escapeHtml(block.text)}${close}`;
  }
  if (block.kind === 'preformatted') return `<pre>${escapeHtml(block.lines.join('\n'))}</pre>`;
  if (block.kind === 'table') {
    const [head, ...rows] = block.rows;
    const row = (cells: string[], tag: string) => `<tr>${cells.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`;
    return `<table>\n<thead>${row(head!, 'th')}</thead>\n<tbody>\n${rows.map((r) => row(r, 'td')).join('\n')}\n</tbody>\n</table>`;
  }
  const roman = (b: FixtureBlock | undefined) => b?.kind === 'paragraph' && b.list?.name === 'upper-roman';
  if (roman(block)) {
    // A list that starts past I (a heading "II. PRINCIPLES" after text) says so, as a browser would need.
    const first = romanValue(block.list!.printed.replace(/\.$/, ''));
    const open = roman(previous) ? '' : `<ol type="I"${first > 1 ? ` start="${first}"` : ''}>\n`;
    return `${open}  <li>${escapeHtml(block.text)}</li>${roman(next) ? '' : '\n</ol>'}`;
  }
  const mark = block.footnote ? `<sup><a href="#note-${block.footnote.mark}">${block.footnote.mark}</a></sup>` : '';
  // Source-like wrapping: a long paragraph is broken over lines, as HTML editors do.
  const text = printedLine(block)
    .split('\n')
    .map((line) => escapeHtml(line).replace(/(.{60,}?) /g, '$1\n    '))
    .join('<br>\n');
  const element = block.heading ? 'h2' : 'p';
  const note = block.footnote
    ? `\n<p class="footnote" id="note-${block.footnote.mark}">${escapeHtml(`${block.footnote.mark} ${block.footnote.text}`)}</p>`
    : '';
  return `<${element}>${text}${mark}</${element}>${note}`;
}

export function makeHtml(source: string): string {
  const blocks = fixtureBlocks(source);
  const body = blocks.map((block, i) => render(block, blocks[i + 1], blocks[i - 1])).join('\n');
  return `<!doctype html>
<html lang="en">
<head><title>Document</title><style>p { margin: 0 }</style></head>
<body>
<nav><a href="/">Home</a> <a href="/about">About us</a></nav>
<article>
${body}
</article>
<footer>© Example partnership</footer>
</body>
</html>
`;
}
