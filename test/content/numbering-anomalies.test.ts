import { describe, expect, it } from 'vitest';
import type { ClauseInput } from '../../src/schemas/clause.ts';
import { numberingAnomalies, normaliseNumber } from '../../src/lib/content/numbering-anomalies.ts';
import type { ClauseEntry } from '../../src/lib/content/model.ts';

function clauses(list: Array<Omit<ClauseInput, 'order'>>): ClauseEntry[] {
  return list.map((data, i) => ({
    partnership: 'p',
    document: 'd',
    file: `c/${data.id}.mdx`,
    body: '',
    bodyStartLine: 1,
    lineOf: () => 3,
    data: { topics: [], duties: [], order: i * 10, ...data } as ClauseEntry['data'],
  }));
}

const messages = (list: ClauseEntry[]) => numberingAnomalies(list).map((f) => `${f.file}: ${f.message}`);

describe('numbering anomalies', () => {
  it('reads printed numbers the way the source means them', () => {
    expect(normaliseNumber('6. 1')).toBe('6.1');
    expect(normaliseNumber('7.0')).toBe('7');
    expect(normaliseNumber('3.')).toBe('3');
    expect(normaliseNumber('iii)')).toBeUndefined();
  });

  it('reports a number skipped in a run of siblings', () => {
    expect(
      messages(
        clauses([
          { id: '11', number: '11.0' },
          { id: '11-4', number: '11.4', parent: '11' },
          { id: '11-5', number: '11.5', parent: '11' },
          { id: '11-7', number: '11.7', parent: '11' },
        ]),
      ),
    ).toEqual(['c/11-7.mdx: 11.6 is missing between 11.5 and 11.7']);
  });

  it('reports gaps in undotted sub-numbering such as 6.632 to 6.634', () => {
    expect(
      messages(
        clauses([
          { id: '6-63', number: '6.63' },
          { id: '6-632', number: '6.632', parent: '6-63' },
          { id: '6-634', number: '6.634', parent: '6-63' },
        ]),
      ),
    ).toEqual(['c/6-634.mdx: 6.633 is missing between 6.632 and 6.634']);
  });

  it('reports a number printed twice and a number printed with a space', () => {
    expect(
      messages(
        clauses([
          { id: '6-77', number: '6.77' },
          { id: '6-77-2', number: '6.77' },
          { id: '6-2', number: '6. 2' },
          { id: 'appendix-2', number: 'Appendix 2' },
          { id: 'appendix-2-6-77', number: '6.77', parent: 'appendix-2' },
        ]),
      ),
    ).toEqual([
      'c/6-77-2.mdx: the number 6.77 is printed twice; c/6-77.mdx has it too (id "6-77", this one "6-77-2")',
      'c/6-2.mdx: the number "6. 2" is printed with a space',
    ]);
  });

  it('reports a sub-number printed in a different style from its siblings', () => {
    expect(
      messages(
        clauses([
          { id: '6-8', number: '6.8' },
          { id: '6-81', number: '6.81', parent: '6-8' },
          { id: '6-8-2', number: '6.8.2', parent: '6-8' },
          { id: '6-83', number: '6.83', parent: '6-8' },
        ]),
      ),
    ).toEqual(['c/6-8-2.mdx: under 6.8 the source mixes two numbering styles: "6.81", "6.83" and "6.8.2"']);
  });

  it('is silent on regular numbering and on roman or unnumbered clauses', () => {
    expect(
      messages(
        clauses([
          { id: '1', number: '1.' },
          { id: '1-1', number: '1.1', parent: '1' },
          { id: '1-1-i', number: 'i)', parent: '1-1' },
          { id: 'foreword', heading: 'Foreword' },
          { id: '2', number: '2.' },
        ]),
      ),
    ).toEqual([]);
  });
});
