/**
 * How many links the reference plugins make per document, and what they chose
 * not to link, for the editors' report and the issue's closing note.
 *
 *   { 'west-sussex/constitution': { clauses: 3, documents: 2, explicit: 0, legislation: 14, acronyms: 120, unresolved: [...] } }
 */
import { documentKey, type ContentSet } from '../content/model.ts';
import { analyseReferences } from './analyse-references.ts';
import type { UnresolvedMention } from './clause-reference-rewriter.ts';

export interface ReferenceCounts {
  /** Links to clauses recognised in the text. */
  clauses: number;
  /** Links to whole documents (names, appendices held as documents). */
  documents: number;
  /** Explicit clause:/doc: links. */
  explicit: number;
  /** Links to legislation and guidance. */
  legislation: number;
  /** Glossary terms marked on the document page (each once, at its first use). */
  acronyms: number;
  /** Mentions left as text, with why. */
  unresolved: UnresolvedMention[];
}

export function referenceCounts(content: ContentSet): Map<string, ReferenceCounts> {
  const counts = new Map<string, ReferenceCounts>();
  const terms = new Map<string, Set<string>>();
  for (const analysis of analyseReferences(content).clauses) {
    const key = documentKey(analysis.clause.partnership, analysis.clause.document);
    const entry = counts.get(key) ?? { clauses: 0, documents: 0, explicit: 0, legislation: 0, acronyms: 0, unresolved: [] };
    for (const reference of analysis.references) {
      if (reference.explicit) entry.explicit++;
      else if (reference.clause) entry.clauses++;
      else entry.documents++;
    }
    entry.legislation += analysis.citations.length;
    const marked = terms.get(key) ?? new Set();
    for (const term of analysis.acronyms) marked.add(term);
    terms.set(key, marked);
    entry.acronyms = marked.size;
    entry.unresolved.push(...analysis.unresolved);
    counts.set(key, entry);
  }
  return counts;
}
