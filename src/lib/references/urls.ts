/**
 * The site's addresses for the things references point at, in one place so the
 * plugins, the reverse index and the glossary page agree with the pages:
 *
 *   documentUrl('west-sussex', 'constitution')          → /west-sussex/constitution/
 *   clauseUrl('west-sussex', 'constitution', '6-52')    → /west-sussex/constitution/6-52/
 *   glossaryUrl('west-sussex', 'CCG')                   → /west-sussex/glossary/#ccg
 *
 * Pure: no Astro imports, so src/lib/site-data.ts could import these too.
 */

export const documentUrl = (partnership: string, document: string): string => `/${partnership}/${document}/`;

export const clauseUrl = (partnership: string, document: string, clause: string): string => `/${partnership}/${document}/${clause}/`;

/** The id a glossary term's entry has on the glossary page: "CCG" → "ccg", "L&D" → "l-d". */
export function glossaryAnchor(term: string): string {
  return term
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The glossary page, or one term's entry on it. */
export function glossaryUrl(partnership: string, term?: string): string {
  const page = `/${partnership}/glossary/`;
  return term === undefined ? page : `${page}#${glossaryAnchor(term)}`;
}

/** A document's versions page, or one version's page: `/west-sussex/constitution/versions/2026-07-01/` (src/lib/amendments/document-history.ts). */
export const versionsUrl = (partnership: string, document: string, version?: string): string =>
  `${documentUrl(partnership, document)}versions/${version === undefined ? '' : `${version}/`}`;

/** A partnership's Atom feed of amendments: `/west-sussex/amendments.xml`. */
export const amendmentsFeedUrl = (partnership: string): string => `/${partnership}/amendments.xml`;
