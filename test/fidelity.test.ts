/**
 * Fidelity: every sentence of each document's provenance copy (`source.txt`)
 * must appear in what the site renders for that document: its title, then
 * each clause's number, heading and body in reading order, the body being the
 * HTML the pages insert (src/lib/markdown/render-clause.ts with the real remark
 * plugins) turned into text the way a browser's innerText would.
 *
 *   source   "6.53 Quoracy" / "i) To be quorate, any ordinary …"
 *   rendered "… 6.53 Quoracy i) To be quorate, any ordinary … "   → found
 *
 * Both sides are normalised for presentation only: whitespace collapsed to one
 * space, curly quotes, en/em dashes and bullet glyphs. The source side also
 * loses the Markdown and HTML markup the extracts themselves carry (see
 * stripSourceMarkup). Anything else that differs is a named exception below.
 * Also checks that the content loads cleanly and every body is safe MDX.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { buildDocumentTree } from '../src/lib/content/document-tree.ts';
import { loadContent } from '../src/lib/content/load-content.ts';
import { createClauseRenderer } from '../src/lib/markdown/render-clause.ts';
import { allowedAttributes, isAllowedElement } from '../src/lib/mdx-safety/allowlist.ts';
import { remarkPlugins } from '../src/plugins/markdown-plugins.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const content = loadContent({ root });
const renderClause = createClauseRenderer(remarkPlugins);

/**
 * Source lines knowingly not rendered verbatim, per document, each with why.
 * Keyed by the line exactly as source.txt prints it, so an editor can find it.
 */
const EXCEPTIONS: Record<string, Record<string, string>> = {
  'wandsworth/arrangements-2021': {
    '**Andrew Wadey (Police)****Ana Popovici (DCS)****(CCG)**':
      'Labels of the structure chart, which the extract ran together with no space between them; the site lists them as three items (the-wandsworth-safeguarding-children-partnership-executive.mdx), so their words are all there but not as one run-on line.',
  },
};

/** Presentation-only differences, applied to both sides. */
function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/[·•❖]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The markup the source extracts carry, which a reader of the rendered page never sees as text. */
function stripSourceMarkup(line: string): string {
  return (
    line
      // HTML fragments (the collaborative agreement's Table 1, Wandsworth's <i> in its Executive table): the
      // site renders them as elements. A tag is a block or cell boundary, so it becomes a space.
      .replace(/<\/?[a-z][^>]*>/gi, ' ')
      // Markdown links, most with the placeholder target (#): the page shows the link text.
      .replace(/\[((?:\\.|[^\]\\])*)\]\([^)]*\)/g, '$1')
      // Backslash escapes inside link text, e.g. "Relevant Agency \(England\) Regulations".
      .replace(/\\([()[\]*_\\])/g, '$1')
      // Emphasis markers. The sources use asterisks only as Markdown emphasis: paired (*safeguarding partners*)
      // or left unpaired by the extract (arrangements-2019's "A Membership of Groups**"); none is a literal asterisk.
      .replace(/\*+/g, '')
      // List markers at the start of a line ("- ", "- · "): the page renders a list item.
      .replace(/^\s*(?:[-·•❖]\s+)+/, '')
      // A Markdown table's header rule ("---\t--", CWA Table 1): it becomes the <thead>, not text.
      .replace(/^\s*-{2,}[\t |:-]*$/, '')
  );
}

interface SourceSentence { sentence: string; line: string }

/**
 * Sentences of the source with the line each came from: split at line breaks
 * and after . ! or ? followed by a space. "Appendix 1 – Financial …" is also
 * split after its label, because the clause keeps the label as its number and
 * the rest as its heading.
 */
function sourceSentences(source: string): SourceSentence[] {
  const seen = new Set<string>();
  return source.split('\n').flatMap((line) =>
    stripSourceMarkup(line)
      .replace(/^(\s*Appendix \w+)\s*[:–—-]\s+/, '$1\n')
      .split(/\n|(?<=[.!?])\s+/)
      .map((s) => s.trim())
      .filter((s) => normalise(s) !== '' && !seen.has(s) && seen.add(s))
      .map((sentence) => ({ sentence, line })),
  );
}

/** The text a reader sees for a clause's body: the page's HTML, read as innerText. */
function renderedText(body: string, file: string): string {
  return toText(fromHtml(renderClause(body, join(root, file)), { fragment: true }));
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

describe('the real content', () => {
  test('loads without errors', () => {
    expect(content.errors).toEqual([]);
  });

  test('has the five documents', () => {
    expect(content.documents.map((d) => `${d.partnership}/${d.id}`).sort()).toEqual([
      'suffolk/partnership-protocol',
      'wandsworth/arrangements-2021',
      'west-sussex/arrangements-2019',
      'west-sussex/collaborative-working-agreement',
      'west-sussex/constitution',
    ]);
  });

  test('every clause body parses as MDX with only allowlisted HTML elements and attributes, and no expressions', () => {
    const problems: string[] = [];
    for (const clause of content.clauses) {
      try {
        visit(parser.parse(clause.body), (node) => {
          if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') problems.push(`${clause.file}: ${node.type}`);
          if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
            const element = node as { name: string | null; attributes: { name?: string }[] };
            if (!isAllowedElement(element.name ?? '')) problems.push(`${clause.file}: <${element.name ?? ''}> is not allowed`);
            for (const { name } of element.attributes) {
              if (!name || !allowedAttributes(element.name ?? '').includes(name)) problems.push(`${clause.file}: <${element.name}> has attribute ${name ?? '{…}'}`);
            }
          }
        });
      } catch (error) {
        problems.push(`${clause.file}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe.each(content.documents.map((d) => [`${d.partnership}/${d.id}`, d] as const))('%s', (key, document) => {
  const clauses = content.clauses.filter((c) => c.partnership === document.partnership && c.document === document.id);
  const tree = buildDocumentTree(clauses, (c) => c.data);
  const rendered = normalise(
    [document.data.title, ...tree.ordered.map(({ clause }) => [clause.data.number, clause.data.heading, renderedText(clause.body, clause.file)].filter(Boolean).join('\n'))].join('\n'),
  );
  const found = (s: SourceSentence) => rendered.includes(normalise(s.sentence));
  const sentences = sourceSentences(readFileSync(join(root, document.dir, document.data.source.file), 'utf8'));
  const exceptions = EXCEPTIONS[key] ?? {};

  test('renders every sentence of its source text, except the named exceptions', () => {
    const missing = sentences.filter((s) => !found(s) && !(s.line in exceptions)).map((s) => s.sentence);
    expect(missing).toEqual([]);
  });

  test('names only exceptions that are lines of its source and are in fact not rendered', () => {
    const stale = Object.keys(exceptions).filter((line) => {
      const own = sentences.filter((s) => s.line === line);
      return own.length === 0 || own.every(found);
    });
    expect(stale).toEqual([]);
  });
});
