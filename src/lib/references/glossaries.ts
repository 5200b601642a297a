/**
 * Each partnership's glossary, ready for the glossary page: terms sorted
 * alphabetically with their anchors, and the clauses that use each term.
 *
 *   loadGlossaries(content).get('west-sussex')!.terms[0]
 *     → { term: 'BAME', expansion: '…', anchor: 'bame', definedInSource: false, usedIn: [{ label: '8.1', url: … }] }
 */
import { clauseLabel } from '../content/clause-names.ts';
import { documentKey, type ContentSet } from '../content/model.ts';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import { analyseReferences } from './analyse-references.ts';
import { clauseUrl, glossaryAnchor } from './urls.ts';

export interface GlossaryPageTerm extends GlossaryTerm {
  anchor: string;
  /** Clauses whose page marks this term (its first use there). */
  usedIn: { label: string; documentTitle: string; url: string }[];
}

export interface PartnershipGlossary {
  partnership: string;
  /** Project-relative path of the glossary file. */
  file: string;
  terms: GlossaryPageTerm[];
}

export function loadGlossaries(content: ContentSet): Map<string, PartnershipGlossary> {
  const { model, clauses } = analyseReferences(content);
  const result = new Map<string, PartnershipGlossary>();
  for (const [partnership, file] of model.data.glossaries) {
    const terms = [...file.data.terms]
      .sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' }))
      .map(
        (term): GlossaryPageTerm => ({
          ...term,
          anchor: glossaryAnchor(term.term),
          usedIn: clauses
            .filter((c) => c.clause.partnership === partnership && c.acronyms.includes(term.term))
            .map(({ clause }) => ({
              label: clauseLabel(clause.data),
              documentTitle:
                model.documents.get(documentKey(clause.partnership, clause.document))?.entry.data.shortTitle ?? clause.document,
              url: clauseUrl(clause.partnership, clause.document, clause.data.id),
            })),
        }),
      );
    result.set(partnership, { partnership, file: file.file, terms });
  }
  return result;
}
