/**
 * `/<partnership>/<document>.json`: a document and its clauses in reading
 * order, each with number, id, heading, plain text, parent and the
 * references it makes (the same analysis the pages' links come from, so the
 * JSON and the HTML agree). The clauses are the ones the pages print: the
 * words in force on the build's day, with any amendment not yet in force as
 * `pending` (src/lib/amendments/in-force-tree.ts). Pure: no Astro.
 */
import type { PendingChange } from '../amendments/version-tree.ts';
import type { ClauseEntry, ContentSet, DocumentEntry, PartnershipEntry } from '../content/model.ts';
import { clauseText } from '../markdown/clause-text.ts';
import { analyseReferences } from '../references/index.ts';
import { clauseUrl, documentUrl } from '../references/urls.ts';
import { documentExportSchema, type ClauseExport, type DocumentExport } from '../../schemas/export.ts';

type ReferenceList = ClauseExport['references'];

/** By clause file, so a clause printed with earlier words (a copy of its entry) finds its references. */
function referencesByClause(content: ContentSet): Map<string, ReferenceList> {
  const map = new Map<string, ReferenceList>();
  for (const analysis of analyseReferences(content).clauses) {
    map.set(
      analysis.clause.file,
      analysis.references.map((r) => {
        const { partnership, id: document } = r.document;
        return r.clause
          ? { text: r.text, partnership, document, clause: r.clause.data.id, url: clauseUrl(partnership, document, r.clause.data.id) }
          : { text: r.text, partnership, document, url: documentUrl(partnership, document) };
      }),
    );
  }
  return map;
}

/** A clause as the pages print it: in force on the build's day, with what is yet to change. */
export type ExportedClause = ClauseEntry & { pending?: PendingChange[] };

/** @param ordered the document's clauses in reading order, as printed (SiteDocument.tree) */
export function documentExport(
  content: ContentSet,
  document: DocumentEntry,
  partnership: PartnershipEntry,
  ordered: readonly ExportedClause[],
): DocumentExport {
  const references = referencesByClause(content);
  return documentExportSchema.parse({
    partnership: { id: partnership.id, name: partnership.data.name },
    document: {
      id: document.id,
      title: document.data.title,
      shortTitle: document.data.shortTitle,
      status: document.data.status,
      statusReason: document.data.statusReason,
      published: document.data.published,
      updated: document.data.updated,
      url: documentUrl(document.partnership, document.id),
    },
    clauses: ordered.map((clause) => ({
      id: clause.data.id,
      number: clause.data.number,
      heading: clause.data.heading,
      parent: clause.data.parent,
      url: clauseUrl(clause.partnership, clause.document, clause.data.id),
      text: clauseText(clause.body),
      references: references.get(clause.file) ?? [],
      ...(clause.pending?.length
        ? {
            pending: clause.pending.map((p) => ({
              amendment: p.amendment.id,
              effective: p.amendment.effective,
              kind: p.kind,
              text: p.body ? clauseText(p.body) : '',
              example: p.amendment.example,
            })),
          }
        : {}),
    })),
  });
}
