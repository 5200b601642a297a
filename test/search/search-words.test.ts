import { describe, expect, it } from 'vitest';
import { mergeByScore, significantWords } from '../../public/search-words.js';

describe('the words of a question that carry meaning', () => {
  it('drop the question words, punctuation and repeats', () => {
    expect(significantWords('Who must be present for a quorate meeting?')).toEqual(['present', 'quorate', 'meeting']);
  });

  it('keep clause numbers and hyphenated words whole', () => {
    expect(significantWords('What does 6.53 say about sub-group meetings, meetings?')).toEqual(['6.53', 'say', 'sub-group', 'meetings']);
  });

  it('are none for a query of stop words only', () => {
    expect(significantWords('who is the')).toEqual([]);
  });
});

describe('merging one result list per word', () => {
  it('sums each clause’s scores, counts the words it matched and ranks by the sum', () => {
    const merged = mergeByScore([
      [
        { id: 'a', score: 2 },
        { id: 'c', score: 0.5 },
      ],
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 2.5 },
      ],
    ]);
    expect(merged.map((r: { id: string; score: number; matched: number }) => [r.id, r.score, r.matched])).toEqual([
      ['a', 3, 2],
      ['b', 2.5, 1],
      ['c', 0.5, 1],
    ]);
  });
});
