/**
 * `/<partnership>/<document>.json`: the document and its clauses as data
 * (src/lib/publishing/document-export.ts; schema /api/schema/document.json).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { documentExport } from '../../lib/publishing/document-export.ts';
import { getSiteData } from '../../lib/site-data.ts';

export const getStaticPaths = (async () => {
  const { documents } = await getSiteData();
  return documents.map((d) => ({ params: { partnership: d.partnership, document: d.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { content, document } = await getSiteData();
  const doc = document(params.partnership!, params.document!);
  const ordered = doc.tree.ordered.map((node) => node.clause);
  return Response.json(documentExport(content, doc, doc.partnershipEntry, ordered));
};
