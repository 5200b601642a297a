/**
 * The site model: everything the pages need, built once per build from one
 * content load and shared by every page. Content is read and validated once
 * (schemas, integrity, MDX safety); every clause goes through the one clause
 * pipeline once (src/lib/references/clause-pipeline.ts), which gives both the
 * reference records and the clause's HTML; each document's clause tree is
 * built once. A problem stops the build with the same messages as
 * `npm run check`, so `astro build` on its own cannot publish unsafe or
 * broken content.
 *
 * Plain TypeScript: pages call `getSiteData()`; tests and scripts can call
 * `loadSiteData(root)` without Astro.
 */
import type { DocumentTree } from './content/document-tree.ts';
import { uniqueClauseName } from './content/clause-names.ts';
import { documentKey, type ClauseEntry, type ContentSet, type DocumentEntry, type PartnershipEntry } from './content/model.ts';
import { readSiteSettings } from './content/site-settings.ts';
import { loadUsableContent } from './content/usable-content.ts';
import { ContentErrors } from './errors/content-error.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { siteCompliance, type SiteCompliance } from './publishing/site-compliance.ts';
import { pageDescriptions, type PageDescriptions } from './publishing/descriptions.ts';
import {
  analyseReferences,
  buildReferenceIndex,
  checkReferences,
  unpublishedItems,
  type ReferenceIndex,
  type UnpublishedItem,
} from './references/index.ts';
import { clauseUrl, documentUrl } from './references/urls.ts';
import { checkAddresses } from './addresses/check-addresses.ts';
import { siteAddresses, type SiteAddresses } from './addresses/site-addresses.ts';
import { changesByClause } from './amendments/site-amendments.ts';
import type { ClauseChange } from './amendments/versions.ts';
import type { VersionEntry } from './amendments/document-history.ts';
import { siteVersions } from './amendments/site-versions.ts';
import { amendmentRecordings, type Recording } from './history/amendment-recordings.ts';
import { versionTree, type PendingChange } from './amendments/version-tree.ts';
import { inForceTree } from './amendments/in-force-tree.ts';
import { bodyRenderer } from './references/body-renderer.ts';

export interface SiteClause extends ClauseEntry {
  /** `/west-sussex/constitution/6-53/` */
  url: string;
  /** The clause text as HTML, rendered once (in the analysis pass) and shared by every page that shows it. */
  html: string;
  /** Changes by amendments not yet in force on the as-of date, printed below the words in force. */
  pending?: PendingChange[];
}

export interface SiteDocument extends DocumentEntry {
  url: string;
  partnershipEntry: PartnershipEntry;
  /** The document as in force on the as-of date (src/lib/amendments/in-force-tree.ts). */
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
  /** Each clause's amendments with its words before and after, keyed by clauseKey (amendments.yaml). */
  changes: Map<string, ClauseChange[]>;
  /** Published addresses that no clause answers now: redirects and revocations (addresses.yaml). */
  addresses: SiteAddresses[];
  /** Every duty's result at the build's as-of date (register, banners, feed, JSON). */
  compliance: SiteCompliance;
  documentsOf(partnership: string): SiteDocument[];
  document(partnership: string, document: string): SiteDocument;
  /** A document's versions, oldest first (amendments.yaml; src/lib/amendments/document-history.ts). */
  versionsOf(document: SiteDocument): VersionEntry[];
  /** When each of a document's amendments was recorded on the site, by id: the first commit holding it (git). */
  recordingsOf(document: SiteDocument): Map<string, Recording>;
  /** One version of a document as a clause tree to print, with the words and numbers it had then. */
  versionTree(document: SiteDocument, version: VersionEntry): DocumentTree<SiteClause>;
  /** Meta descriptions of clause and document pages from their own text, worked out once on first use. */
  descriptions(): PageDescriptions<SiteClause>;
}

export { amendmentsFeedUrl, clauseUrl, documentUrl, glossaryUrl, versionsUrl } from './references/urls.ts';
export const partnershipUrl = (p: string) => `/${p}/`;

/** Loads, checks and analyses the project at `root`; throws ContentErrors with every problem. */
export function loadSiteData(root: string): SiteData {
  const settings = readSiteSettings(root);
  const content = loadUsableContent({ root, imageHosts: settings.imageHosts });
  const analysis = analyseReferences(content, { html: true, imageHosts: settings.imageHosts });
  // Dangling explicit references and invalid reference data stop the build, as they stop the check.
  const problems = [...checkReferences(content), ...checkAddresses(content)].filter((e) => e.severity === 'error');
  if (problems.length) throw new ContentErrors(problems);

  const htmlOf = new Map(analysis.clauses.map((c) => [c.clause, c.html ?? '']));
  const clausesByDocument = new Map<string, SiteClause[]>();
  for (const clause of content.clauses) {
    const key = documentKey(clause.partnership, clause.document);
    const list = clausesByDocument.get(key) ?? [];
    list.push({ ...clause, url: clauseUrl(clause.partnership, clause.document, clause.data.id), html: htmlOf.get(clause)! });
    clausesByDocument.set(key, list);
  }

  const compliance = siteCompliance({ content, settings });
  const versions = siteVersions(content, compliance.clock.asOf.toString());
  // Read from git only for the pages that show it, once per document.
  const recordings = new Map<string, Map<string, Recording>>();
  let render: ReturnType<typeof bodyRenderer> | undefined;
  const renderer = () => (render ??= bodyRenderer(content, settings.imageHosts));
  const partnershipById = new Map(content.partnerships.map((p) => [p.id, p]));
  const documents: SiteDocument[] = content.documents.map((doc) => {
    const key = documentKey(doc.partnership, doc.id);
    return {
      ...doc,
      url: documentUrl(doc.partnership, doc.id),
      partnershipEntry: partnershipById.get(doc.partnership)!,
      // Renders earlier words only for a document with an amendment not yet in force.
      tree: inForceTree(doc, clausesByDocument.get(key) ?? [], versions.get(key) ?? [], (c, body) => renderer()(c, body)),
    };
  });
  const byKey = new Map(documents.map((d) => [documentKey(d.partnership, d.id), d]));
  let descriptions: PageDescriptions<SiteClause> | undefined;

  return {
    settings,
    compliance,
    addresses: siteAddresses(content),
    changes: changesByClause(content),
    content,
    references: buildReferenceIndex(content),
    unpublished: unpublishedItems(content),
    partnerships: content.partnerships,
    documents,
    documentsOf: (p) => documents.filter((d) => d.partnership === p),
    descriptions: () =>
      (descriptions ??= pageDescriptions(
        documents.map((d) => ({ document: d, partnership: d.partnershipEntry, ordered: d.tree.ordered })),
        uniqueClauseName,
      )),
    versionsOf: (d) => versions.get(documentKey(d.partnership, d.id)) ?? [],
    recordingsOf: (d) => {
      const key = documentKey(d.partnership, d.id);
      let found = recordings.get(key);
      if (!found) {
        const ids = (versions.get(key) ?? []).flatMap((v) => v.amendments.map((a) => a.record.id));
        found = amendmentRecordings(content.root, `${d.dir}/amendments.yaml`, ids);
        recordings.set(key, found);
      }
      return found;
    },
    versionTree: (d, version) => versionTree(d, clausesByDocument.get(documentKey(d.partnership, d.id)) ?? [], version, renderer()),
    document: (p, d) => {
      const found = byKey.get(documentKey(p, d));
      if (!found) throw new Error(`No document ${p}/${d}`);
      return found;
    },
  };
}

let site: SiteData | undefined;

/** The site model of the project being built (the working directory), loaded on the first page's call. */
export async function getSiteData(): Promise<SiteData> {
  site ??= loadSiteData(process.cwd());
  return site;
}
