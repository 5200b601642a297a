// Questions as practitioners type them ("who must be present for a quorate
// meeting?"): Pagefind matches every word, so a question finds only the few
// long sections that happen to hold all its words. When the whole query finds
// few clauses, search.js searches again on the words that carry meaning and
// ranks clauses by their summed scores, as an OR query would.
//
//   significantWords('Who must be present for a quorate meeting?') → ['present', 'quorate', 'meeting']
//   mergeByScore([[{ id: 'a', score: 2 }], [{ id: 'a', score: 1 }, { id: 'b', score: 2.5 }]])
//     → [{ id: 'a', score: 3, matched: 2 }, { id: 'b', score: 2.5, matched: 1 }]

/** Words that carry no meaning in a search for a clause. */
const STOP_WORDS = new Set(
  `a about all an and any are as at be been by can could do does for from has have
how i if in into is it its me must my need needs of on or our should so than that the their them there
these they this to us was we were what when where which who whom why will with would you your`.split(/\s+/),
);

/** The query's words, lower case, without punctuation, stop words or repeats. */
export function significantWords(query) {
  const words = query.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  return [...new Set(words.map((w) => w.replace(/[.'’-]+$/, '')).filter((w) => w && !STOP_WORDS.has(w)))];
}

/** Pagefind result lists, one per word, merged: a clause's score is the sum of its scores. */
export function mergeByScore(lists) {
  const merged = new Map();
  for (const list of lists) {
    for (const result of list) {
      const entry = merged.get(result.id) ?? { ...result, score: 0, matched: 0 };
      entry.score += result.score;
      entry.matched += 1;
      merged.set(result.id, entry);
    }
  }
  return [...merged.values()].sort((a, b) => b.score - a.score);
}
