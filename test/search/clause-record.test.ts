/**
 * How each clause page counts in its search record (src/lib/search/clause-record.ts),
 * on the real content: items count as their clause's text, sub-clauses barely,
 * and each clause number gets the search key Pagefind's query form matches.
 */
import { describe, expect, it } from 'vitest';
import { childWeight, isItem, recordWeights, searchKeys, searchWeights } from '../../src/lib/search/clause-record.ts';
import { contentNodes } from '../helpers/content-trees.ts';

const nodes = contentNodes();
const node = (key: string) => {
  const found = nodes.get(`west-sussex/constitution#${key}`);
  if (!found) throw new Error(`${key} is not in the constitution`);
  return found;
};

describe('search records', () => {
  it('treat an unheaded, locally numbered clause ("6.53 iii)") as an item of its parent', () => {
    expect(isItem(node('6-53-iii'))).toBe(true);
    expect(isItem(node('6-53'))).toBe(false); // headed
    expect(isItem(node('6-653'))).toBe(false); // a full number of its own
    expect(isItem(node('11-7'))).toBe(false); // "11.7" sits inside "11.0"
  });

  it('weigh a clause page by its own number, heading and text; an item page by half', () => {
    expect(recordWeights(node('6-53'))).toEqual({ title: searchWeights.title, text: searchWeights.text });
    expect(recordWeights(node('6-653'))).toEqual({ title: searchWeights.title, text: searchWeights.text });
    expect(recordWeights(node('6-53-iii'))).toEqual({ title: searchWeights.itemTitle, text: searchWeights.itemText });
    expect(Number(searchWeights.itemTitle)).toBeLessThan(Number(searchWeights.title));
    expect(Number(searchWeights.itemText)).toBeLessThan(Number(searchWeights.text));
  });

  it("count a clause's items as its text and its sub-clauses barely", () => {
    expect(node('6-53').children.map(childWeight)).toEqual(['1', '1', '1', '1']);
    const section = node('6-5-2');
    expect(section.children.length).toBeGreaterThan(3);
    for (const child of section.children) expect(childWeight(child), child.clause.data.id).toBe(searchWeights.subClause);
    expect(Number(searchWeights.subClause)).toBeLessThan(Number(searchWeights.text));
  });

  it('give each clause number the key a query for it reduces to, items a qualified key', () => {
    expect(searchKeys(node('6-53'))).toEqual({ numberKey: '653' });
    expect(searchKeys(node('6-653'))).toEqual({ numberKey: '6653' });
    expect(searchKeys(node('6-1'))).toEqual({ numberKey: '61' }); // printed "6. 1"
    expect(searchKeys(node('appendix-1'))).toEqual({ numberKey: 'appendix1' });
    expect(searchKeys(node('6-53-iii'))).toEqual({ itemKey: '653iii' });
    expect(searchKeys(node('preamble'))).toEqual({});
  });

  it('give every numbered clause in the five documents exactly one non-empty key', () => {
    for (const [key, n] of nodes) {
      const keys = Object.values(searchKeys(n));
      expect(keys.length, key).toBe(n.clause.data.number ? 1 : 0);
      for (const value of keys) expect(value, key).toMatch(/^[\p{Ll}\p{N}]+$/u);
    }
  });
});
