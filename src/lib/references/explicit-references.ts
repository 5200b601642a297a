/**
 * Explicit references editors write in MDX as ordinary Markdown links with a
 * `clause:` or `doc:` address, resolved against the content like recognised
 * mentions, but strictly: one that points nowhere is an error with the
 * nearest valid ids.
 *
 *   [6.52](clause:6-52)                              this document's clause 6-52
 *   [6.72](clause:constitution/6-72)                 another document of this partnership
 *   [6.72](clause:west-sussex/constitution/6-72)     any document
 *   [the constitution](doc:west-sussex/constitution) a whole document (doc:constitution in the same partnership)
 *   [](clause:6-52)                                  empty text: filled with the clause's number and heading
 */
import { contentError, type ContentError } from '../errors/content-error.ts';
import { nearest } from '../content/integrity.ts';
import { documentKey, type ClauseEntry } from '../content/model.ts';
import type { DocumentIndex, ReferenceModel } from './reference-model.ts';

export const EXPLICIT_SCHEME = /^(clause|doc):(.*)$/;

export type ExplicitResolution =
  | { ok: true; kind: 'clause'; clause: ClauseEntry }
  | { ok: true; kind: 'document'; document: DocumentIndex }
  /** `suggestions` are whole valid references: `clause:6-53`, `doc:constitution`. */
  | { ok: false; message: string; suggestions: string[] };

export function isExplicitReference(url: string): boolean {
  return EXPLICIT_SCHEME.test(url);
}

interface Located {
  document?: DocumentIndex;
  wanted: string;
  /** Valid values in the form the editor wrote, for "nearest" suggestions. */
  candidates: string[];
}

function findDocument(model: ReferenceModel, from: ClauseEntry, parts: string[]): Located {
  // One part: a document of this partnership; two: partnership/document.
  if (parts.length === 1) {
    const candidates = [...model.documents.values()].filter((d) => d.partnership === from.partnership).map((d) => d.id);
    return { document: model.documents.get(documentKey(from.partnership, parts[0]!)), wanted: parts[0]!, candidates };
  }
  const wanted = parts.join('/');
  return { document: model.documents.get(wanted), wanted, candidates: [...model.documents.keys()] };
}

export function resolveExplicitReference(model: ReferenceModel, from: ClauseEntry, url: string): ExplicitResolution {
  const match = EXPLICIT_SCHEME.exec(url.trim());
  if (!match) return { ok: false, message: 'not a clause: or doc: reference', suggestions: [] };
  const [, scheme, rest = ''] = match;
  const parts = rest.split('/').filter(Boolean);

  if (scheme === 'doc') {
    if (parts.length < 1 || parts.length > 2)
      return { ok: false, message: `expected doc:<document> or doc:<partnership>/<document>, found "${url}"`, suggestions: [] };
    const { document, wanted, candidates } = findDocument(model, from, parts);
    if (document) return { ok: true, kind: 'document', document };
    return { ok: false, message: `no document "${wanted}"`, suggestions: nearest(wanted, candidates).map((d) => `doc:${d}`) };
  }

  if (parts.length < 1 || parts.length > 3)
    return {
      ok: false,
      message: `expected clause:<id>, clause:<document>/<id> or clause:<partnership>/<document>/<id>, found "${url}"`,
      suggestions: [],
    };
  const clauseId = parts.at(-1)!;
  const located: Located =
    parts.length === 1
      ? { document: model.documents.get(documentKey(from.partnership, from.document)), wanted: from.document, candidates: [] }
      : findDocument(model, from, parts.slice(0, -1));
  if (!located.document) {
    // Suggest the documents that have this clause id; failing that, the nearest documents.
    const withClause = located.candidates.filter((d) =>
      model.documents.get(d.includes('/') ? d : documentKey(from.partnership, d))?.clauses.has(clauseId),
    );
    const suggestions = withClause.length
      ? nearest(located.wanted, withClause).map((d) => `clause:${d}/${clauseId}`)
      : nearest(located.wanted, located.candidates).map((d) => `doc:${d}`);
    return { ok: false, message: `no document "${located.wanted}"`, suggestions };
  }
  const clause = located.document.clauses.get(clauseId);
  if (clause) return { ok: true, kind: 'clause', clause };
  const prefix = parts.slice(0, -1).join('/');
  const ids = nearest(clauseId, located.document.clauses.keys());
  return {
    ok: false,
    message: `no clause "${clauseId}" in ${located.document.key}`,
    suggestions: ids.map((id) => `clause:${prefix ? `${prefix}/` : ''}${id}`),
  };
}

/** The ContentError for a reference that does not resolve. */
export function danglingReferenceError(
  from: ClauseEntry,
  url: string,
  result: Extract<ExplicitResolution, { ok: false }>,
  line?: number,
  column?: number,
): ContentError {
  const nearestIds = result.suggestions;
  return contentError({
    file: from.file,
    line,
    column,
    field: url,
    rule: 'reference',
    message: `dangling reference (${result.message})${nearestIds.length ? `; nearest valid: ${nearestIds.join(', ')}` : ''}`,
    hint: 'point the link at an existing clause id (the file name in clauses/, without .mdx): clause:<id> in this document, clause:<document>/<id> or clause:<partnership>/<document>/<id> elsewhere; doc:<document> for a whole document',
  });
}
