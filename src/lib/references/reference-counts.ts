/**
 * How many links the reference plugins make per document, and what they chose
 * not to link, for the editors' report and the issue's closing note.
 *
 *   { 'west-sussex/constitution': { clauses: 3, documents: 2, explicit: 0, legislation: 14, acronyms: 120, unresolved: [...] } }
 */
import type { ContentSet } from '../content/model.ts';
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
  /** Acronyms marked (first use per clause page). */
  acronyms: number;
  /** Mentions left as text, with why. */
  unresolved: UnresolvedMention[];
}

export function referenceCounts(content: ContentSet): Map<string, ReferenceCounts> {
  const counts = new Map<string, ReferenceCounts>();
  for (const analysis of analyseReferences(content).clauses) {
    const key = `${analysis.clause.partnership}/${analysis.clause.document}`;
    const entry = counts.get(key) ?? { clauses: 0, documents: 0, explicit: 0, legislation: 0, acronyms: 0, unresolved: [] };
    for (const reference of analysis.references) {
      if (reference.explicit) entry.explicit++;
      else if (reference.clause) entry.clauses++;
      else entry.documents++;
    }
    entry.legislation += analysis.citations.length;
    entry.acronyms += analysis.acronyms.length;
    entry.unresolved.push(...analysis.unresolved);
    counts.set(key, entry);
  }
  return counts;
}
