/**
 * Meta descriptions (search results, link previews) in the documents' own
 * words: a clause page gets the first sentence of its own text; a document
 * page the first full sentence of its top-level section on its purpose (a
 * heading with "purpose" in it), else its first full sentence. Plain text,
 * whitespace collapsed, cut at a word to at most 160 characters with "…".
 *
 *   6.53 i)  "To be quorate, any ordinary Steering Group meeting must be attended by … partners. …"
 *            → "To be quorate, any ordinary Steering Group meeting must be attended by … partners."
 *   6.53 Quoracy (heading only, no text) → "6.53 Quoracy – Constitution, West Sussex Safeguarding Children Partnership."
 *
 * Where two pages would share a description (the constitution's Appendix 2
 * reprints the Collaborative Working Agreement), each is prefixed with its
 * clause and document: "4. Working Together … (Constitution): This …".
 */
import type { TreeNode } from '../content/document-tree.ts';
import type { ClauseEntry, DocumentEntry, PartnershipEntry } from '../content/model.ts';
import { clauseText } from '../markdown/clause-text.ts';

export const DESCRIPTION_LENGTH = 160;

/** Text cut at a word so that, with "…", it is at most `max` characters. */
export function truncate(text: string, max = DESCRIPTION_LENGTH): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/**
 * The sentences of a clause's plain text (src/lib/markdown/clause-text.ts),
 * block by block, table rows left out. A sentence ends at . ! or ? before a capital, so "e.g. the"
 * and "6.53" do not end one; a block with no such ending is one sentence.
 */
export function sentences(text: string): string[] {
  return (
    text
      .split('\n')
      // A table row ("Subject\tPage") is not a sentence: a page that opens with a table is named instead.
      .filter((line) => !line.includes('\t'))
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .flatMap((block) => block.split(/(?<=[.!?])\s+(?=["“‘'(]?[A-Z])/))
  );
}

/** The first sentence of a clause's text; "" when it has none. */
export function firstSentence(text: string): string {
  return sentences(text)[0] ?? '';
}

/** A sentence that can stand for a whole document: it ends as a sentence (or leads into a list with ":") and has a few words (not a title line). */
const isFullSentence = (sentence: string) => /[.!?:]["”’')]?$/.test(sentence) && sentence.split(' ').length >= 6;

export interface DescribedDocument<C extends ClauseEntry> {
  document: DocumentEntry;
  partnership: PartnershipEntry;
  ordered: TreeNode<C>[];
}

export interface PageDescriptions<C> {
  clause(clause: C): string;
  document(document: DocumentEntry): string;
}

interface Candidate {
  key: unknown;
  plain: string;
  qualified: string;
}

/**
 * Descriptions for every clause and document page of the site at once, so
 * that duplicates can be told apart. `nameOf` names a clause as its page
 * title does ("6.53 Quoracy", "6.77 (second)").
 */
export function pageDescriptions<C extends ClauseEntry>(
  documents: DescribedDocument<C>[],
  nameOf: (node: TreeNode<C>, ordered: TreeNode<C>[]) => string,
): PageDescriptions<C> {
  const candidates: Candidate[] = [];
  for (const { document, partnership, ordered } of documents) {
    const shortTitle = document.data.shortTitle;
    const texts = new Map(ordered.map((node) => [node, clauseText(node.clause.body)]));
    for (const node of ordered) {
      const name = nameOf(node, ordered).replace(/[\s:;,]+$/, '');
      const sentence = firstSentence(texts.get(node)!);
      candidates.push(
        sentence
          ? { key: node.clause, plain: truncate(sentence), qualified: truncate(`${name} (${shortTitle}): ${sentence}`) }
          : {
              key: node.clause,
              plain: truncate(`${name} – ${shortTitle}, ${partnership.data.name}.`),
              qualified: truncate(`${name} – ${document.data.title}, ${partnership.data.name}.`),
            },
      );
    }
    // A top-level section on its purpose ("1 PURPOSE") states it best; else the document's opening sentence.
    const full = (node: TreeNode<C>) => sentences(texts.get(node)!).find(isFullSentence);
    const purpose = ordered
      .filter((node) => /purpose/i.test(node.clause.data.heading ?? '') && node.depth === 0)
      .flatMap((section) => [section, ...ordered.filter((node) => node.parent === section)])
      .map(full)
      .find(Boolean);
    const sentence = purpose ?? ordered.map(full).find(Boolean) ?? `${document.data.title}, ${partnership.data.name}.`;
    candidates.push({
      key: document,
      plain: truncate(sentence),
      qualified: truncate(`${shortTitle}, ${partnership.data.shortName}: ${sentence}`),
    });
  }
  const uses = new Map<string, number>();
  for (const { plain } of candidates) uses.set(plain, (uses.get(plain) ?? 0) + 1);
  const chosen = new Map(candidates.map((c) => [c.key, uses.get(c.plain)! > 1 ? c.qualified : c.plain]));
  const lookup = (key: unknown) => {
    const found = chosen.get(key);
    if (found === undefined) throw new Error('no description for a page the site does not hold');
    return found;
  };
  return { clause: lookup, document: lookup };
}
