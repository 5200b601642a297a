/**
 * What pages, scripts and checks use from the reference code. Everything here
 * is pure (no Astro imports) and takes the ContentSet from loadContent().
 *
 *   buildReferenceIndex(content) + referencedBy(…)   "Referenced by" on clause pages
 *   unpublishedItems(content)                        "Referenced but not published" on document pages and in the report
 *   checkReferences(content)                         npm run check: data files, dangling explicit references, unknown acronyms
 *   loadGlossaries(content)                          the glossary page
 *   appendixFullDocument(content, p, d, clause)      "Read the full …" on an appendix that extracts another document
 *   referenceCounts(content)                         links per document, for the report
 *   buildReferenceReport(content)                    the references section of npm run check
 *   keepFirstAcronymMarks(html)                      one acronym mark per page, over a page's clauses
 */
export { buildReferenceIndex, documentReferencedBy, referencedBy, type ReferenceIndex, type ReferringClause } from './reference-index.ts';
export { kindsListed, unpublishedItems, type UnpublishedItem } from './unpublished-items.ts';
export { checkExplicitReferences, checkReferenceData, checkReferences } from './check-references.ts';
export { unknownAcronyms } from './analyse-references.ts';
export { appendixFullDocument, type FullDocument } from './appendix-documents.ts';
export { loadGlossaries, type PartnershipGlossary } from './glossaries.ts';
export { referenceCounts, type ReferenceCounts } from './reference-counts.ts';
export { buildReferenceReport, type ReferenceReport } from './reference-report.ts';
export { keepFirstAcronymMarks } from './first-use-acronyms.ts';
export { analyseReferences } from './analyse-references.ts';
export { clauseUrl, documentUrl, glossaryAnchor, glossaryUrl } from './urls.ts';
