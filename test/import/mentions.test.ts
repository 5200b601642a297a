/**
 * Cadence words that only mention something (src/lib/import/mentions.ts):
 * the duty finder proposes nothing for them, and still proposes a duty for
 * the same words where the sentence asks for something to be done. Every
 * sentence here is invented.
 */
import { describe, expect, test } from 'vitest';
import { findDuties } from '../../src/lib/import/find-duties.ts';
import { onlyMentions } from '../../src/lib/import/mentions.ts';

const cadences = (text: string) => findDuties([{ id: '7', heading: 'Oversight', text }]).map((p) => `${p.kind}: ${p.cadence}`);

describe('cadence words that only mention a document', () => {
  test('propose nothing where the document is only the means or the source of what is done', () => {
    expect(cadences('The panel judges its impact via quarterly and annual performance data.')).toEqual([]);
    expect(cadences("The Chair will look at progress through the Council's annual report to the Cabinet.")).toEqual([]);
    expect(cadences('Priorities are set using monthly figures from each agency.')).toEqual([]);
    expect(cadences('Learning is shared based on the yearly returns of the schools.')).toEqual([]);
  });

  test('still propose a duty where the document is made, received, published or added to', () => {
    expect(cadences('The Executive will publish an annual report.')).toEqual(['publication: every year']);
    expect(cadences('The Board will receive quarterly reports from the subgroups.')).toEqual(['review: at least once in each quarter']);
    expect(cadences("The audit findings will be included in the partnership's annual report.")).toEqual(['publication: every year']);
    expect(cadences('The Chair will report through the Executive annually.')).toEqual(['review: every year']);
  });

  test('leave a cadence that is not a document’s name alone, whatever preposition comes before it', () => {
    expect(cadences('Practice improves through an annual conference for designated leads.')).toEqual(['review: every year']);
    expect(cadences('Members are chosen from the partners every two years.')).toEqual(['review: every 2 years']);
  });
});

describe('a line of a table of contents', () => {
  test('proposes nothing: a title and its page number are a heading, not a sentence', () => {
    expect(cadences('Annual review of the arrangements\t12')).toEqual([]);
    expect(onlyMentions('Quarterly meetings\t4', 'Quarterly', 0)).toBe(true);
  });

  test('is told from a table row whose last cell says how often', () => {
    expect(cadences('Safeguarding awareness\tAll staff\tEvery 3 years')).toEqual(['review: every 3 years']);
    expect(onlyMentions('Case audits\tquarterly', 'quarterly', 12)).toBe(false);
  });
});
