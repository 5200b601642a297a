/**
 * What a reader leaves out it reports, at the line of source.txt where it
 * was: a web page's navigation and footer, a Markdown rule. And what the
 * text says in its layout it keeps: a line break, a number escaped from
 * Markdown's list numbering, columns lined up with spaces in a <pre>, a
 * code block or a paragraph in a fixed-pitch font.
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, test } from 'vitest';
import { readDocx } from '../../src/lib/import/formats/docx.ts';
import { readHtml } from '../../src/lib/import/formats/html.ts';
import { readMarkdown } from '../../src/lib/import/formats/markdown.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the HTML reader', () => {
  test('drops the page’s navigation and footer, reports each, and numbers list items as a browser does', () => {
    const page = `<nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <main><h1>Escalation</h1><ol type="a" start="3"><li>Talk first.<ul><li>In person.</li></ul></li><li>Then write.</li></ol>
      <table><tr><th>Stage</th><th colspan="2">Who</th></tr><tr><td>One</td><td>A</td><td>B</td></tr></table></main>
      <footer>© Riverside</footer>`;
    expect(readHtml(bytes(page))).toEqual({
      text: 'Escalation\n\nc. Talk first.\n\n  - In person.\n\nd. Then write.\n\nStage\tWho\t\nOne\tA\tB\n',
      report: [
        { line: 1, kind: 'dropped', message: 'the page\'s <nav>: "Home News"' },
        { line: 10, kind: 'dropped', message: 'the page\'s <footer>: "© Riverside"' },
      ],
    });
  });
});

describe('the Markdown reader', () => {
  test('keeps inline Markdown as written, joins wrapped lines, and reports a rule it drops', () => {
    const markdown = '# 1. Purpose\n\nThe **partnership**\nmeets [monthly](https://example.org).\n\n---\n\n1. First\n2. Second\n';
    expect(readMarkdown(bytes(markdown))).toEqual({
      text: '1. Purpose\n\nThe **partnership** meets [monthly](https://example.org).\n\n1. First\n\n2. Second\n',
      report: [{ line: 5, kind: 'dropped', message: 'a horizontal rule (---)' }],
    });
  });
});

describe('keeping what the layout says', () => {
  const aligned = 'Item          Cost\nTraining   £5,000     due in April';

  test('the Markdown reader keeps hard line breaks, a number escaped from list numbering, and a code block’s spacing', () => {
    const markdown = `Riverside Partnership\\\nConstitution  \nApril 2025\n\n1. First\n\n2. Second\n\n4\\. Fourth, as printed\n\n\`\`\`\n${aligned}\n\`\`\`\n`;
    expect(readMarkdown(bytes(markdown)).text).toBe(
      `Riverside Partnership\nConstitution\nApril 2025\n\n1. First\n\n2. Second\n\n4. Fourth, as printed\n\n${aligned}\n`,
    );
  });

  test('the HTML reader keeps a <br> and the spacing of a <pre>, and collapses spacing anywhere else', () => {
    const page = `<p>Riverside   Partnership<br>Constitution</p><pre>${aligned}</pre>`;
    expect(readHtml(bytes(page)).text).toBe(`Riverside Partnership\nConstitution\n\n${aligned}\n`);
  });

  test('the Word reader keeps the spacing of a paragraph set in Courier, and collapses it anywhere else', async () => {
    const lines = aligned.split('\n');
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('Riverside   Partnership')] }),
            new Paragraph({ children: lines.map((text, i) => new TextRun({ text, font: 'Courier New', ...(i ? { break: 1 } : {}) })) }),
          ],
        },
      ],
    });
    expect(readDocx(new Uint8Array(await Packer.toBuffer(doc))).text).toBe(`Riverside Partnership\n\n${aligned}\n`);
  });
});
