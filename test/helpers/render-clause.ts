/**
 * Renders clause Markdown to HTML through the build's one clause pipeline
 * (src/lib/references/clause-pipeline.ts), as the body of `file`: a clause
 * file of the content under `root`, so the reference plugins resolve against
 * that content. Without a root, or for a file that is no clause there, the
 * body is rendered as a clause of an empty project (no references to resolve).
 *
 *   renderClauseBody('See section 6.52 above.', 'content/west-sussex/constitution/clauses/6-57-iii.mdx', FIXTURE_ROOT)
 *     → '<p>See <a href="/west-sussex/constitution/6-52/" …>section 6.52</a> above.</p>'
 */
import { loadContent } from '../../src/lib/content/load-content.ts';
import type { ClauseEntry, ContentSet } from '../../src/lib/content/model.ts';
import { parseClauseBody } from '../../src/lib/markdown/parse-clause-body.ts';
import { buildGlossary } from '../../src/lib/references/acronyms.ts';
import { runClausePipeline } from '../../src/lib/references/clause-pipeline.ts';
import { buildReferenceModel, type ReferenceModel } from '../../src/lib/references/reference-model.ts';
import type { Clause } from '../../src/schemas/clause.ts';

const empty: ContentSet = { root: '/nonexistent', partnerships: [], documents: [], clauses: [], errors: [] };
const models = new Map<string, ReferenceModel>();

function modelFor(root: string | undefined): ReferenceModel {
  if (!root) return buildReferenceModel(empty);
  let model = models.get(root);
  if (!model) {
    model = buildReferenceModel(loadContent({ root }));
    models.set(root, model);
  }
  return model;
}

/** Forget the content read under a root (a test that edits its copy of the content). */
export function forgetRenderedContent(root: string): void {
  models.delete(root);
}

function standIn(file: string): ClauseEntry {
  const data = { id: 'c', order: 1, topics: [], duties: [] } as unknown as Clause;
  return { partnership: 'demo', document: 'handbook', file, data, body: '', bodyStartLine: 1, lineOf: () => 1 };
}

export function renderClauseBody(body: string, file: string, root?: string, imageHosts: readonly string[] = []): string {
  const model = modelFor(root);
  // The model's own clause (references to it, and its captions, are known by identity), with the given text as its body.
  const clause = model.clauseByFile.get(file) ?? standIn(file);
  const glossaryFile = model.data.glossaries.get(clause.partnership);
  const glossary = glossaryFile ? buildGlossary(clause.partnership, glossaryFile.data) : undefined;
  const legislation = model.data.legislation?.data.legislation ?? [];
  // Positions are the given text's own, as if it were the whole clause file.
  return runClausePipeline(parseClauseBody(body), { model, clause, legislation, glossary, html: true, lineOffset: 0, imageHosts }).html!;
}
