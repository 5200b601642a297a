/**
 * The reverse of the links the plugins make: for each clause (and each whole
 * document), the clauses that refer to it, across documents, for the
 * "Referenced by" list on clause pages. Built from the same pass as the
 * pages' links (analyse-references.ts), so the two always agree.
 *
 *   referencedBy(index, 'west-sussex', 'constitution', '6-52')
 *     → [{ clause: '6-57-iii', label: 'iii)', url: '/west-sussex/constitution/6-57-iii/', texts: ['section 6.52'], … }]
 */
import { clauseLabel } from '../content/clause-names.ts';
import { clauseKey, documentKey, type ClauseEntry, type ContentSet } from '../content/model.ts';
import { analyseReferences } from './analyse-references.ts';
import { readingPositions } from './reference-model.ts';
import { clauseUrl } from './urls.ts';

export interface ReferringClause {
  partnership: string;
  document: string;
  /** The referring clause's id. */
  clause: string;
  /** "6.57 Decision Making", as lists print a clause. */
  label: string;
  /** The referring document's short title ("Constitution"). */
  documentTitle: string;
  url: string;
  /** How the clause refers, as printed: ["section 6.52"]. */
  texts: string[];
}

export interface ReferenceIndex {
  /** `partnership/document/clause` → referring clauses, in reading order. */
  clauses: Map<string, ReferringClause[]>;
  /** `partnership/document` → clauses referring to the whole document. */
  documents: Map<string, ReferringClause[]>;
}

const keyOf = (clause: ClauseEntry) => clauseKey(clause.partnership, clause.document, clause.data.id);

export function buildReferenceIndex(content: ContentSet): ReferenceIndex {
  const { model, clauses } = analyseReferences(content);
  // Reading order, so "Referenced by" lists clauses as a reader meets them.
  const position = readingPositions(model);
  const index: ReferenceIndex = { clauses: new Map(), documents: new Map() };
  const add = (map: Map<string, ReferringClause[]>, key: string, from: ClauseEntry, text: string) => {
    const list = map.get(key) ?? [];
    let entry = list.find((r) => r.partnership === from.partnership && r.document === from.document && r.clause === from.data.id);
    if (!entry) {
      const document = model.documents.get(documentKey(from.partnership, from.document))!;
      entry = {
        partnership: from.partnership,
        document: from.document,
        clause: from.data.id,
        label: clauseLabel(from.data),
        documentTitle: document.entry.data.shortTitle,
        url: clauseUrl(from.partnership, from.document, from.data.id),
        texts: [],
      };
      list.push(entry);
    }
    if (!entry.texts.includes(text)) entry.texts.push(text);
    map.set(key, list);
  };
  for (const analysis of clauses) {
    for (const reference of analysis.references) {
      // A clause pointing at its own table is not "referenced by" itself.
      if (reference.clause === reference.from) continue;
      if (reference.clause) add(index.clauses, keyOf(reference.clause), reference.from, reference.text);
      else add(index.documents, reference.document.key, reference.from, reference.text);
    }
  }
  const byClause = new Map(content.clauses.map((c) => [keyOf(c), c]));
  const order = (r: ReferringClause) => position.get(byClause.get(clauseKey(r.partnership, r.document, r.clause))!) ?? 0;
  for (const list of [...index.clauses.values(), ...index.documents.values()]) {
    list.sort(
      (a, b) => documentKey(a.partnership, a.document).localeCompare(documentKey(b.partnership, b.document)) || order(a) - order(b),
    );
  }
  return index;
}

/** The clauses that refer to one clause; empty when none do. */
export function referencedBy(index: ReferenceIndex, partnership: string, document: string, clause: string): ReferringClause[] {
  return index.clauses.get(clauseKey(partnership, document, clause)) ?? [];
}

/** The clauses that refer to a whole document (by name, or as another document's appendix). */
export function documentReferencedBy(index: ReferenceIndex, partnership: string, document: string): ReferringClause[] {
  return index.documents.get(documentKey(partnership, document)) ?? [];
}
