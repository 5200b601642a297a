/**
 * Fidelity: every sentence of each document's provenance copy (`source.txt`)
 * must appear in what the site renders for that document: its title, then
 * each clause's number, heading and body text in reading order.
 *
 *   source "6.53 Quoracy" / "i) To be quorate, any ordinary …"
 *   rendered "… 6.53 Quoracy i) To be quorate, any ordinary … "   → found
 *
 * Only presentation is normalised: whitespace (removed entirely, because the
 * extracts break words and run chart labels together at layout boundaries),
 * curly quotes, en/em dashes, bullet glyphs and, in the source, the Markdown
 * and HTML markup the extracts carry (links, emphasis, escapes, table rules).
 * Also checks that the content loads cleanly and every body is safe MDX.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { buildDocumentTree } from '../src/lib/content/document-tree.ts';
import { loadContent } from '../src/lib/content/load-content.ts';
import { clauseText } from '../src/lib/markdown/clause-text.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const content = loadContent({ root });

/**
 * Sentences knowingly not rendered verbatim, per document, each with why.
 * Keep this empty unless a sentence truly cannot be rendered as printed.
 */
const EXCEPTIONS: Record<string, Record<string, string>> = {};

const ALLOWED_ELEMENTS = new Set(['table', 'thead', 'tbody', 'tr', 'th', 'td', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'br']);

/** Presentation-only differences, applied to both sides. */
function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/[·•❖]/g, '')
    .replace(/\s+/g, '');
}

/** The source's own markup: what a reader of the rendered page never sees. */
function stripSourceMarkup(line: string): string {
  return line
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/\[((?:\\.|[^\]\\])*)\]\([^)]*\)/g, '$1')
    .replace(/\\([()[\]*_\\])/g, '$1')
    .replace(/\*+/g, '')
    .replace(/^\s*(?:[-·•❖]\s+)+/, '')
    .replace(/^\s*-{2,}[\t |:-]*$/, '');
}

/**
 * Sentences of the source: split at line breaks and after . ! or ? followed by
 * a space. "Appendix 1 – Financial …" is also split after its label, because
 * the clause keeps the label as its number and the rest as its heading.
 */
function sourceSentences(source: string): string[] {
  const sentences = source
    .split('\n')
    .map(stripSourceMarkup)
    .flatMap((line) => line.replace(/^(\s*Appendix \w+)\s*[:–—-]\s+/, '$1\n').split(/\n|(?<=[.!?])\s+/))
    .map((s) => s.trim())
    .filter((s) => normalise(s) !== '');
  return [...new Set(sentences)];
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

  test('every clause body parses as MDX with only allowed, attribute-free HTML and no expressions', () => {
    const problems: string[] = [];
    for (const clause of content.clauses) {
      try {
        visit(parser.parse(clause.body), (node) => {
          if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') problems.push(`${clause.file}: ${node.type}`);
          if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
            const element = node as { name: string | null; attributes: unknown[] };
            if (!ALLOWED_ELEMENTS.has(element.name ?? '')) problems.push(`${clause.file}: <${element.name ?? ''}> is not allowed`);
            if (element.attributes.length) problems.push(`${clause.file}: <${element.name}> has attributes`);
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
    [document.data.title, ...tree.ordered.map(({ clause }) => [clause.data.number, clause.data.heading, clauseText(clause.body)].filter(Boolean).join('\n'))].join('\n'),
  );
  const source = readFileSync(join(root, document.dir, document.data.source.file), 'utf8');
  const exceptions = EXCEPTIONS[key] ?? {};

  test('renders every sentence of its source text', () => {
    const missing = sourceSentences(source).filter((s) => !rendered.includes(normalise(s)) && !(s in exceptions));
    expect(missing).toEqual([]);
  });

  test('lists no exception that is in fact rendered', () => {
    expect(Object.keys(exceptions).filter((s) => rendered.includes(normalise(s)))).toEqual([]);
  });
});
