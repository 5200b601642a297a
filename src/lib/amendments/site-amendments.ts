/**
 * Each clause's changes, for its page: the document's versions rebuilt once
 * per build from the clause files and amendments.yaml (versions.ts).
 */
import { documentHistoryFiles } from '../content/document-files.ts';
import { clauseKey, documentKey, type ContentSet } from '../content/model.ts';
import { clauseChanges, documentVersions, type ClauseChange } from './versions.ts';

/** Changes keyed by clauseKey(partnership, document, id), oldest first. */
export function changesByClause(content: ContentSet): Map<string, ClauseChange[]> {
  const byDocument = Map.groupBy(content.clauses, (c) => documentKey(c.partnership, c.document));
  const result = new Map<string, ClauseChange[]>();
  for (const document of content.documents) {
    const amendments = documentHistoryFiles(content.root, document).amendments?.data.amendments ?? [];
    if (!amendments.length) continue;
    const versions = documentVersions(byDocument.get(documentKey(document.partnership, document.id)) ?? [], amendments);
    for (const change of clauseChanges(versions)) {
      const key = clauseKey(document.partnership, document.id, change.clause);
      result.set(key, [...(result.get(key) ?? []), change]);
    }
  }
  return result;
}
