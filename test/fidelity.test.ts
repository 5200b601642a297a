/**
 * Fidelity: every sentence of each document's provenance copy (`source.txt`)
 * must appear in what the site renders for that document as first published
 * (its first version, every amendment undone, as /…/versions/first-published/ shows it): its title, then
 * each clause's number, heading and body in reading order, the body being the
 * HTML the pages insert (the clause pipeline, src/lib/references/clause-pipeline.ts, with the real
 * reference plugins) turned into text the way a browser's innerText would.
 *
 *   source   "6.53 Quoracy" / "i) To be quorate, any ordinary …"
 *   rendered "… 6.53 Quoracy i) To be quorate, any ordinary … "   → found
 *
 * Both sides are normalised for presentation only, by the rules `npm run
 * check` applies to clause text (src/lib/content/fidelity.ts): whitespace,
 * curly quotes, dashes, bullet glyphs, and the markup the extracts carry.
 * Anything else that differs is a named exception in the document's
 * document.yaml (source.exceptions), with its reason.
 * Also checks that the content loads cleanly and every body is safe MDX.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { versionClauses } from '../src/lib/amendments/document-history.ts';
import { documentVersions } from '../src/lib/amendments/versions.ts';
import { documentHistoryFiles } from '../src/lib/content/document-files.ts';
import { documentText, normaliseForFidelity as normalise, sourceSentences, type SourceSentence } from '../src/lib/content/fidelity.ts';
import { loadContent } from '../src/lib/content/load-content.ts';
import { parseWithMicromark } from '../src/lib/markdown/parse-clause-body.ts';
import { allowedAttributes, isAllowedElement } from '../src/lib/mdx-safety/allowlist.ts';
import { renderClauseBody } from './helpers/render-clause.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const content = loadContent({ root });

/** The text a reader sees for a clause's body: the page's HTML, read as innerText. */
function renderedText(body: string, file: string): string {
  return toText(fromHtml(renderClauseBody(body, file, root), { fragment: true }));
}

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
        visit(parseWithMicromark(clause.body), (node) => {
          if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
            problems.push(`${clause.file}: ${node.type}`);
          if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
            const element = node as { name: string | null; attributes: { name?: string }[] };
            if (!isAllowedElement(element.name ?? '')) problems.push(`${clause.file}: <${element.name ?? ''}> is not allowed`);
            for (const { name } of element.attributes) {
              if (!name || !allowedAttributes(element.name ?? '').includes(name))
                problems.push(`${clause.file}: <${element.name}> has attribute ${name ?? '{…}'}`);
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

describe.each(content.documents.map((d) => [`${d.partnership}/${d.id}`, d] as const))('%s', (_key, document) => {
  const clauses = content.clauses.filter((c) => c.partnership === document.partnership && c.document === document.id);
  // The document as first published, as its first version's page shows it: every amendment undone.
  const amendments = documentHistoryFiles(root, document).amendments?.data.amendments ?? [];
  const first = documentVersions(clauses, amendments)[0]!;
  const firstClauses = versionClauses(clauses, amendments, first).map((data) => {
    const file = `${document.dir}/clauses/${data.id}.mdx`;
    return { ...(clauses.find((c) => c.data.id === data.id) ?? { ...clauses[0]!, file }), data, body: first.bodies.get(data.id)! };
  });
  const rendered = normalise(documentText(document, firstClauses, (clause) => renderedText(clause.body, clause.file)));
  const found = (s: SourceSentence) => rendered.includes(s.normalised);
  const sentences = sourceSentences(readFileSync(join(root, document.dir, document.data.source.file), 'utf8'));
  const exceptions = Object.fromEntries((document.data.source.exceptions ?? []).map((e) => [e.line, e.reason]));

  test('renders every sentence of its source text as first published, except the named exceptions', () => {
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
