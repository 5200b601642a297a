/**
 * The plugins run once per clause file, so the content they resolve against
 * is loaded once per project root and kept for the life of the process.
 * `forgetReferenceModels()` drops it (tests, or a dev server after an edit).
 *
 *   /site/content/west-sussex/constitution/clauses/6-57.mdx
 *     → root /site, file content/west-sussex/constitution/clauses/6-57.mdx
 */
import { relative } from 'node:path';
import { loadContent } from '../content/load-content.ts';
import type { ClauseEntry } from '../content/model.ts';
import { ContentErrors } from '../errors/content-error.ts';
import { buildReferenceModel, type ReferenceModel } from './reference-model.ts';

const CLAUSE_FILE = /^(.*)[\\/]content[\\/]([^\\/]+)[\\/]([^\\/]+)[\\/]clauses[\\/][^\\/]+\.mdx$/;

/** The project root and project-relative path of a clause file, or undefined for any other file. */
export function locateClauseFile(path: string | undefined): { root: string; file: string } | undefined {
  const match = path ? CLAUSE_FILE.exec(path) : null;
  if (!match) return undefined;
  const root = match[1] || '/';
  return { root, file: relative(root, path!).split('\\').join('/') };
}

const models = new Map<string, ReferenceModel>();

/** The reference model for a project root, loaded on first use. Throws if a reference data file is invalid. */
export function referenceModelFor(root: string): ReferenceModel {
  let model = models.get(root);
  if (!model) {
    model = buildReferenceModel(loadContent({ root }));
    const errors = model.data.errors.filter((e) => e.severity === 'error');
    if (errors.length) throw new ContentErrors(errors);
    models.set(root, model);
  }
  return model;
}

export function forgetReferenceModels(): void {
  models.clear();
}

/** The model and clause for a file being compiled, or undefined when it is not a known clause file. */
export function clauseForFile(path: string | undefined): { model: ReferenceModel; clause: ClauseEntry } | undefined {
  const located = locateClauseFile(path);
  if (!located) return undefined;
  const model = referenceModelFor(located.root);
  const clause = model.clauseByFile.get(located.file);
  return clause ? { model, clause } : undefined;
}
