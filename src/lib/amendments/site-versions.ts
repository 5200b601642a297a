/**
 * Every document's versions for the site (document-history.ts), worked out
 * once per build from the clause files and amendments.yaml; a document with
 * no amendments has one version, as first published.
 */
import { documentHistoryFiles } from '../content/document-files.ts';
import { documentKey, type ContentSet } from '../content/model.ts';
import { documentHistory, type VersionEntry } from './document-history.ts';

/** Versions keyed by documentKey(partnership, document), oldest first, judged as of `asOf` (YYYY-MM-DD). */
export function siteVersions(content: ContentSet, asOf: string): Map<string, VersionEntry[]> {
  const byDocument = Map.groupBy(content.clauses, (c) => documentKey(c.partnership, c.document));
  return new Map(
    content.documents.map((document) => {
      const key = documentKey(document.partnership, document.id);
      const amendments = documentHistoryFiles(content.root, document).amendments?.data.amendments ?? [];
      return [key, documentHistory(document.partnership, document.id, byDocument.get(key) ?? [], amendments, asOf)];
    }),
  );
}
