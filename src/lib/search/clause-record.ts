/**
 * How a clause page counts in its search record (Pagefind, one record per
 * clause page; src/integrations/pagefind.ts), so each record ranks on its
 * own content rather than on everything beneath it. The clause page template
 * puts these on elements as `data-pagefind-weight` (0–10; a nested weight
 * replaces its container's, and heading tags lose their automatic weights
 * inside a weighted block).
 *
 *   6.53 Quoracy     h1 "6.53 Quoracy" 10 · own text 1 · items i)–iv) 1 (the items are its text)
 *   6.5 (section)    h1 10 · own text 1 · sub-clauses 6.51, 6.52 … 0.1 each, their own records rank them
 *   6.53 iii) page   h1 5 · text 0.5 (an item: its text already counts in full in 6.53's record)
 *
 * The clause number is also given as a search key without punctuation
 * ("6.53" → "653", the form Pagefind reduces a query "6.53" to), which the
 * ranking options weigh heavily: 6.653 holds "653" only as a part of its
 * number, not as its key, so "6.53" finds 6.53 on Pagefind's own scores.
 * An item's key ("6.53 iii)" → "653iii") is a field of its own weighed
 * lightly, so "6.53" lists 6.53, then its items, then the rest.
 */
import { hasLocalNumber, numberedAncestor } from '../content/clause-names.ts';

interface ClauseNode {
  clause: { data: { number?: string; heading?: string } };
  parent?: ClauseNode;
}

export const searchWeights = {
  /** Number and heading (the page's h1). */
  title: '10',
  /** The clause's text, and the items that make up its text. */
  text: '1',
  /** An item's h1 and text on its own page: half, so the clause it belongs to ranks first. */
  itemTitle: '5',
  itemText: '0.5',
  /** A sub-clause's text in its parent's record: findable, but ranked on the sub-clause's own page. */
  subClause: '0.1',
} as const;

/** "iii)" under 6.53, with no heading: part of its parent's text rather than a clause of its own. */
export function isItem(node: ClauseNode): boolean {
  return !node.clause.data.heading && hasLocalNumber(node);
}

/** Weights for the page's h1 and for its text (everything inside data-pagefind-body). */
export function recordWeights(node: ClauseNode): { title: string; text: string } {
  return isItem(node)
    ? { title: searchWeights.itemTitle, text: searchWeights.itemText }
    : { title: searchWeights.title, text: searchWeights.text };
}

/** Weight of a child clause's text within its parent's page. */
export function childWeight(child: ClauseNode): string {
  return isItem(child) ? searchWeights.text : searchWeights.subClause;
}

/** "6.53" → "653", "6. 1" → "61", "Appendix 1" → "appendix1"; an item's is qualified: "6.53 iii)" → "653iii". */
function keyOf(node: ClauseNode): string {
  const own = (node.clause.data.number ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return isItem(node) ? `${keyOf(numberedAncestor(node)!)}${own}` : own;
}

/** Pagefind metadata fields that hold the clause's number as a search key (see pagefindConfig.search.ranking.metaWeights). */
export function searchKeys(node: ClauseNode): { numberKey?: string; itemKey?: string } {
  const key = node.clause.data.number ? keyOf(node) : '';
  if (!key) return {};
  return isItem(node) ? { itemKey: key } : { numberKey: key };
}
