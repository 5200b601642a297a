/**
 * schema.org `Legislation` JSON-LD for document and clause pages, so search
 * engines and tools read a clause as part of a document, and a document's
 * legal force from its status. A clause is a `Legislation` that `isPartOf`
 * its document; the document `isPartOf` the site.
 *
 *   legislationIdentifier   "west-sussex/constitution" or "west-sussex/constitution/6-52"
 *   legislationDate         the document's latest printed date (updated, else published);
 *                           left out when document.yaml has neither, as for the
 *                           constitution and the Suffolk protocol, whose sources print
 *                           no date: a date is never invented
 *   legislationLegalForce   InForce, or NotInForce (superseded, historical, draft)
 */
import type { DocumentEntry, PartnershipEntry } from '../content/model.ts';
import type { Clause } from '../../schemas/clause.ts';
import { clauseUrl, documentUrl } from '../references/urls.ts';

export type JsonLd = Record<string, unknown>;

const legalForce = (document: DocumentEntry) => `https://schema.org/${document.data.status === 'in-force' ? 'InForce' : 'NotInForce'}`;

export function documentJsonLd(document: DocumentEntry, partnership: PartnershipEntry, baseUrl: string): JsonLd {
  const date = document.data.updated ?? document.data.published;
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': new URL(documentUrl(document.partnership, document.id), baseUrl).href,
    url: new URL(documentUrl(document.partnership, document.id), baseUrl).href,
    name: document.data.title,
    alternateName: document.data.shortTitle,
    legislationIdentifier: `${document.partnership}/${document.id}`,
    ...(date ? { legislationDate: date } : {}),
    legislationLegalForce: legalForce(document),
    legislationJurisdiction: 'GB-ENG',
    legislationPassedBy: { '@type': 'Organization', name: partnership.data.name },
    isPartOf: { '@type': 'WebSite', url: new URL('/', baseUrl).href },
  };
}

export function clauseJsonLd(
  clause: { data: Clause },
  name: string,
  document: DocumentEntry,
  partnership: PartnershipEntry,
  baseUrl: string,
): JsonLd {
  const parent = documentJsonLd(document, partnership, baseUrl);
  const url = new URL(clauseUrl(document.partnership, document.id, clause.data.id), baseUrl).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': url,
    url,
    name,
    legislationIdentifier: `${document.partnership}/${document.id}/${clause.data.id}`,
    ...(parent.legislationDate ? { legislationDate: parent.legislationDate } : {}),
    legislationLegalForce: parent.legislationLegalForce,
    legislationJurisdiction: 'GB-ENG',
    isPartOf: { '@type': 'Legislation', '@id': parent['@id'], name: parent.name, legislationIdentifier: parent.legislationIdentifier },
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so text can never close the script. */
export const jsonLdText = (data: JsonLd): string => JSON.stringify(data).replace(/</g, '\\u003c');
