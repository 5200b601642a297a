/**
 * Everything the pages need, loaded once per build and shared by every page:
 * the validated content (src/lib/content), Astro's renderable clause entries,
 * and each document's clause tree. Pages call `getSiteData()`; nothing calls
 * `getCollection` per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadUsableContent } from './content/usable-content.ts';
import { buildDocumentTree, type DocumentTree } from './content/document-tree.ts';
import { documentKey, type ClauseEntry, type ContentSet, type DocumentEntry, type PartnershipEntry } from './content/model.ts';
import { readSiteSettings } from './content/site-settings.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { join } from 'node:path';
import { createClauseRenderer } from './markdown/render-clause.ts';
import { remarkPlugins } from '../plugins/markdown-plugins.ts';
import { clauseUrl, documentUrl } from './references/urls.ts';
import { siteCompliance, type SiteCompliance } from './publishing/site-compliance.ts';
import { buildReferenceIndex, unpublishedItems, type ReferenceIndex, type UnpublishedItem } from './references/index.ts';
import { pageDescriptions, type PageDescriptions } from './publishing/descriptions.ts';
import { uniqueClauseName } from '../components/clause-names.ts';

export interface SiteClause extends ClauseEntry {
  entry: CollectionEntry<'clauses'>;
  /** `/west-sussex/constitution/6-53/` */
  url: string;
  /** The clause text as HTML, rendered once on first use and shared by every page that shows it. */
  html(): string;
}

export interface SiteDocument extends DocumentEntry {
  url: string;
  partnershipEntry: PartnershipEntry;
  tree: DocumentTree<SiteClause>;
}

export interface SiteData {
  settings: SiteSettings;
  content: ContentSet;
  /** Who refers to what, across documents: "Referenced by" lists. */
  references: ReferenceIndex;
  /** Appendices, figures and tables the documents name but the site does not hold. */
  unpublished: UnpublishedItem[];
  partnerships: PartnershipEntry[];
  documents: SiteDocument[];
  /** Every duty's result at the build's as-of date (register, banners, feed, JSON). */
  compliance: SiteCompliance;
  documentsOf(partnership: string): SiteDocument[];
  document(partnership: string, document: string): SiteDocument;
  /** Meta descriptions of clause and document pages from their own text, worked out once on first use. */
  descriptions(): PageDescriptions<SiteClause>;
}

export { clauseUrl, documentUrl, glossaryUrl } from './references/urls.ts';
export const partnershipUrl = (p: string) => `/${p}/`;

let cached: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const root = process.cwd();
  const settings = readSiteSettings(root);
  const content = loadUsableContent({ root });

  const renderClause = createClauseRenderer(remarkPlugins);
  const entries = new Map((await getCollection('clauses')).map((entry) => [entry.id, entry]));
  const clausesByDocument = new Map<string, SiteClause[]>();
  for (const clause of content.clauses) {
    const key = documentKey(clause.partnership, clause.document);
    const entry = entries.get(`${key}/${clause.data.id}`);
    if (!entry) throw new Error(`Astro did not load ${clause.file}; is it inside content/<partnership>/<document>/clauses/?`);
    const list = clausesByDocument.get(key) ?? [];
    let html: string | undefined;
    list.push({
      ...clause,
      entry,
      url: clauseUrl(clause.partnership, clause.document, clause.data.id),
      html: () => (html ??= renderClause(clause.body, join(root, clause.file))),
    });
    clausesByDocument.set(key, list);
  }

  const partnershipById = new Map(content.partnerships.map((p) => [p.id, p]));
  const documents: SiteDocument[] = content.documents.map((doc) => ({
    ...doc,
    url: documentUrl(doc.partnership, doc.id),
    partnershipEntry: partnershipById.get(doc.partnership)!,
    tree: buildDocumentTree(clausesByDocument.get(documentKey(doc.partnership, doc.id)) ?? [], (c) => c.data),
  }));
  const byKey = new Map(documents.map((d) => [documentKey(d.partnership, d.id), d]));
  let descriptions: PageDescriptions<SiteClause> | undefined;

  return {
    settings,
    compliance: siteCompliance({ content, settings }),
    content,
    references: buildReferenceIndex(content),
    unpublished: unpublishedItems(content),
    partnerships: content.partnerships,
    documents,
    documentsOf: (p) => documents.filter((d) => d.partnership === p),
    descriptions: () =>
      (descriptions ??= pageDescriptions(documents.map((d) => ({ document: d, partnership: d.partnershipEntry, ordered: d.tree.ordered })), uniqueClauseName)),
    document: (p, d) => {
      const found = byKey.get(documentKey(p, d));
      if (!found) throw new Error(`No document ${p}/${d}`);
      return found;
    },
  };
}
