/**
 * One version of a document as a clause tree the document page's components
 * can print: each clause with that version's number, and HTML for the words
 * it had then. A clause whose words are today's reuses the HTML rendered for
 * its page; earlier words go through the clause pipeline once, as that
 * clause (src/lib/references/body-renderer.ts). A revoked clause, which has
 * no file now, links to its address, which says when it was revoked.
 */
import { buildDocumentTree, type DocumentTree } from '../content/document-tree.ts';
import type { ClauseEntry, DocumentEntry } from '../content/model.ts';
import { clauseUrl } from '../references/urls.ts';
import type { Amendment } from '../../schemas/amendment.ts';
import type { VersionEntry } from './document-history.ts';

/** A clause ready to print: the site model's SiteClause. */
export interface RenderedClause extends ClauseEntry {
  url: string;
  html: string;
  /** Changes by amendments not yet in force on the as-of date, oldest first (in-force-tree.ts). */
  pending?: PendingChange[];
}

/** A change an amendment makes on a day after the as-of date: its new words ('' when it revokes the clause). */
export interface PendingChange {
  amendment: Amendment;
  kind: 'words' | 'added' | 'revoked';
  /** The new words as MDX, for the JSON export and search. */
  body: string;
  /** The new words as HTML, for the pages. */
  html: string;
}

export function versionTree(
  document: DocumentEntry,
  live: readonly RenderedClause[],
  entry: VersionEntry,
  render: (clause: ClauseEntry, body: string) => string,
): DocumentTree<RenderedClause> {
  const byId = new Map(live.map((c) => [c.data.id, c]));
  const clauses = entry.clauses.map((data): RenderedClause => {
    const body = entry.version.bodies.get(data.id) ?? '';
    const current = byId.get(data.id);
    if (current && current.body === body && current.data === data) return current;
    const clause: ClauseEntry = current
      ? { ...current, data, body }
      : {
          partnership: document.partnership,
          document: document.id,
          // Revoked, it has no clause file: its words live on in the amendment that revoked it.
          file: `${document.dir}/amendments.yaml`,
          data,
          body,
          bodyStartLine: 1,
          lineOf: () => 1,
        };
    const html = current && current.body === body ? current.html : body.trim() ? render(current ?? clause, body) : '';
    return { ...clause, url: clauseUrl(document.partnership, document.id, data.id), html };
  });
  return buildDocumentTree(clauses, (c) => c.data);
}
