/**
 * Cadence words that only mention something, and set no duty (find-duties.ts):
 *
 * - a document named by its cadence that is only where something comes from
 *   or goes through: "evaluates progress via quarterly and annual data",
 *   "considers progress through the annual report". The cadence is the
 *   document's, and the sentence asks nothing to be done on it. A document
 *   that is received, published, included in or informed is not skipped:
 *   those are what duties are made of ("the Board will receive annual reports");
 * - a line of a table of contents, a title and its page number
 *   ("Annual report<tab>16"): a heading, not a sentence.
 *
 *   onlyMentions('The group evaluates progress via quarterly data.', 'quarterly', 31) → true
 *   onlyMentions('The Board will receive quarterly data.', 'quarterly', 25)          → false
 */
const ADJECTIVE = /^(?:annual|bi-?annual|quarterly|monthly|yearly|half-yearly|six-monthly)$/i;
/** The noun the adjective goes with, up to three words on: "annual safeguarding reports", "quarterly and annual performance data". */
const DOCUMENT =
  /^\s+(?:[\w'’-]+\s+){0,3}?(?:reports?|plans?|statements?|returns?|accounts|summar(?:y|ies)|data|updates?|newsletters?|bulletins?|figures)\b/i;
/** A preposition of means or source, then up to three words (a determiner, an owner's name), ending where the adjective starts. */
const BY_MEANS_OF = /\b(?:via|through|using|from|based\s+on|drawing\s+on|informed\s+by)\s+(?:[\w'’&-]+\s+){0,3}?$/i;
/** A title, a tab and a page number: a line of a table of contents. */
const CONTENTS_LINE = /^[^\t]+\t\s*\d{1,4}\s*$/;

/** Whether the cadence `words` found at `index` in `sentence` only mention a document or a heading, and set no duty. */
export function onlyMentions(sentence: string, words: string, index: number): boolean {
  if (CONTENTS_LINE.test(sentence.trim())) return true;
  return ADJECTIVE.test(words) && DOCUMENT.test(sentence.slice(index + words.length)) && BY_MEANS_OF.test(sentence.slice(0, index));
}
