/**
 * `/<partnership>/<document>.json`: a document and its clauses in reading
 * order, each with number, id, heading, plain text, parent and the
 * references it makes (the same analysis the pages' links come from, so the
 * JSON and the HTML agree). Pure: takes the ContentSet, no Astro.
 */
import { buildDocumentTree } from '../content/document-tree.ts';
import type { ClauseEntry, ContentSet, DocumentEntry, PartnershipEntry } from '../content/model.ts';
import { clauseText } from '../markdown/clause-text.ts';
import { analyseReferences } from '../references/index.ts';
import { clauseUrl, documentUrl } from '../references/urls.ts';
import { documentExportSchema, type ClauseExport, type DocumentExport } from '../../schemas/export.ts';

type ReferenceList = ClauseExport['references'];

function referencesByClause(content: ContentSet): Map<ClauseEntry, ReferenceList> {
  const map = new Map<ClauseEntry, ReferenceList>();
  for (const analysis of analyseReferences(content).clauses) {
    map.set(
      analysis.clause,
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

export function documentExport(content: ContentSet, document: DocumentEntry, partnership: PartnershipEntry): DocumentExport {
  const references = referencesByClause(content);
  const own = content.clauses.filter((c) => c.partnership === document.partnership && c.document === document.id);
  const tree = buildDocumentTree(own, (c) => c.data);
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
    clauses: tree.ordered.map(({ clause }) => ({
      id: clause.data.id,
      number: clause.data.number,
      heading: clause.data.heading,
      parent: clause.data.parent,
      url: clauseUrl(clause.partnership, clause.document, clause.data.id),
      text: clauseText(clause.body),
      references: references.get(clause) ?? [],
    })),
  });
}
