/**
 * What clauses are called out of their place (src/lib/content/clause-names.ts):
 * one real example of every shape of numbering the five documents use, and a
 * scan of the content that fails when a new shape appears without an example.
 */
import { describe, expect, it } from 'vitest';
import { clauseName, numberedAncestor, numberIsWithin, numberSegments, qualifiedNumber } from '../../src/lib/content/clause-names.ts';
import { contentNodes, type ContentNode as Node } from '../helpers/content-trees.ts';

const nodes = contentNodes();

/** "6.511" → "N.NNN", "11.0" → "NN.0", "iii)" → "i)": the shape of a number, not its value. */
const shapeOfNumber = (number?: string) =>
  number === undefined
    ? '—'
    : number.replace(/^[ivxlcdm]+\)$/, 'i)').replace(/\d+/g, (digits) => (/^0+$/.test(digits) ? '0' : 'N'.repeat(digits.length)));

/** "N.0 > N.N": the nearest numbered ancestor's shape, then the clause's own, then whether it has a heading. */
function shapeOf(node: Node): string {
  const where = node.parent ? shapeOfNumber(numberedAncestor(node)?.clause.data.number) : 'top';
  return `${where} > ${shapeOfNumber(node.clause.data.number)}${node.clause.data.heading ? ' + heading' : ''}`;
}

/** One clause of each shape, and the name it must have. */
const examples: Array<[shape: string, clause: string, name: string]> = [
  ['top > —', 'west-sussex/arrangements-2019#preamble', 'Preamble'],
  ['top > — + heading', 'wandsworth/arrangements-2021#foreword', 'Foreword'],
  ['top > N + heading', 'suffolk/partnership-protocol#1', '1 PURPOSE'],
  ['top > N. + heading', 'suffolk/partnership-protocol#8', '8. HEALTH & WELLBEING BOARD'],
  ['top > NN + heading', 'suffolk/partnership-protocol#10', '10 MUTUAL CHALLENGE'],
  ['top > NN. + heading', 'wandsworth/arrangements-2021#12', '12. Annual report'],
  ['top > N.0 + heading', 'west-sussex/constitution#7-0', '7.0 Decision-making'],
  ['top > NN.0 + heading', 'west-sussex/constitution#11-0', '11.0 WSSCP funding'],
  ['top > Appendix N + heading', 'west-sussex/constitution#appendix-1', 'Appendix 1 Financial Partnership Agreement'],
  ['N > N.N', 'suffolk/partnership-protocol#1-1', '1.1'],
  ['N > N.NN', 'suffolk/partnership-protocol#3-10', '3.10'],
  ['N > — + heading', 'suffolk/partnership-protocol#corporate-parenting-board', 'Corporate Parenting Board'],
  ['N. > N.N', 'suffolk/partnership-protocol#9-1', '9.1'],
  ['N. > N.NN', 'west-sussex/constitution#6-10', '6.10'],
  ['N. > N. N', 'west-sussex/constitution#6-1', '6. 1'],
  ['N. > N.N + heading', 'west-sussex/constitution#5-5', '5.5 Lay Members'],
  ['N. > — + heading', 'wandsworth/arrangements-2021#how-this-happens', 'How this happens?'],
  ['NN > NN.N', 'suffolk/partnership-protocol#10-1', '10.1'],
  ['NN. > NN.N', 'west-sussex/constitution#12-1', '12.1'],
  ['NN. > — + heading', 'wandsworth/arrangements-2021#funding', 'Funding'],
  ['N.0 > N.N', 'west-sussex/constitution#7-1', '7.1'],
  ['NN.0 > NN.N', 'west-sussex/constitution#11-7', '11.7'],
  ['N.N > N.NN', 'west-sussex/constitution#5-51', '5.51'],
  ['N.N > N.NN + heading', 'west-sussex/constitution#6-53', '6.53 Quoracy'],
  ['N.N > N.N.N + heading', 'west-sussex/constitution#6-8-2', '6.8.2 Safeguarding Children Health Safeguarding Forum'],
  ['N.NN > N.NNN', 'west-sussex/constitution#6-511', '6.511'],
  ['N.NN > i)', 'west-sussex/constitution#6-53-iii', '6.53 iii)'],
  [
    'Appendix N > N. + heading',
    'west-sussex/constitution#appendix-2-2',
    'Appendix 2 2. Shared Responsibilities of the four Boards and Partnerships',
  ],
  ['Appendix N > — + heading', 'west-sussex/constitution#financial-contributions', 'Financial contributions'],
];

describe('clause names', () => {
  it.each(examples)('names a clause shaped "%s" (%s) “%s”', (shape, key, name) => {
    const node = nodes.get(key);
    expect(node, `${key} is not in the content`).toBeDefined();
    expect(shapeOf(node!)).toBe(shape);
    expect(clauseName(node!)).toBe(name);
  });

  it('has an example for every shape of numbering in the five documents', () => {
    const covered = new Set(examples.map(([shape]) => shape));
    const missing = new Map<string, string>();
    for (const [key, node] of nodes) if (!covered.has(shapeOf(node))) missing.set(shapeOf(node), key);
    expect([...missing].map(([shape, key]) => `${shape} (e.g. ${key})`)).toEqual([]);
  });

  it('never prefixes a clause with a number it already sits inside ("11.0 11.7")', () => {
    const doubled = [...nodes].filter(([, node]) => {
      const own = node.clause.data.number;
      const ancestor = numberedAncestor(node)?.clause.data.number;
      return own && ancestor && qualifiedNumber(node) !== own && numberIsWithin(own, ancestor);
    });
    expect(doubled.map(([key, node]) => `${key}: ${clauseName(node)}`)).toEqual([]);
  });

  it('always qualifies a local number ("iii)") by its nearest numbered ancestor', () => {
    const locals = [...nodes.values()].filter((node) => /^[ivx]+\)$/.test(node.clause.data.number ?? ''));
    expect(locals.length).toBeGreaterThan(0);
    for (const node of locals) expect(clauseName(node)).toBe(`${qualifiedNumber(numberedAncestor(node)!)} ${node.clause.data.number}`);
  });
});

describe('clause numbers inside one another', () => {
  it.each([
    ['11.7', '11.0', true],
    ['7.1', '7.0', true],
    ['6. 1', '6.', true],
    ['6.10', '6', true],
    ['6.511', '6.51', true],
    ['6.8.2', '6.8', true],
    ['5.51', '5.5', true],
    ['110.1', '11', false],
    ['6.53', '6.653', false],
    ['7.1', '6.0', false],
    ['i)', '6.53', false],
    ['2.', 'Appendix 2', false],
    ['6.5', '6.5', false],
  ])('"%s" inside "%s" is %s', (number, ancestor, within) => {
    expect(numberIsWithin(number, ancestor)).toBe(within);
  });

  it('splits a printed number into segments, dropping print and a trailing ".0"', () => {
    expect(numberSegments('6. 1')).toEqual(['6', '1']);
    expect(numberSegments('11.0')).toEqual(['11']);
    expect(numberSegments('5.')).toEqual(['5']);
    expect(numberSegments('iii)')).toEqual(['iii']);
    expect(numberSegments('10')).toEqual(['10']);
  });
});
