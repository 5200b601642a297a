/**
 * How printed numbers nest and what ids they get: the rules behind the
 * constitution's 6.5 → 6.51 → 6.511 and its 6.9 → 6.10 → 6.11.
 */
import { describe, expect, test } from 'vitest';
import { IdRegistry, isChildOf, isSuccessor, parseNumber, slugify } from '../../src/lib/import/numbering.ts';

const n = (printed: string) => parseNumber(printed)!;

describe('parseNumber', () => {
  test('reads a number both as dotted levels and as one digit per level', () => {
    expect(n('6.511')).toMatchObject({ seq: [6, 511], digits: [6, 5, 1, 1] });
    expect(n('6.8.2')).toMatchObject({ seq: [6, 8, 2], digits: [6, 8, 2] });
  });

  test('ignores the space in "6. 1" and the dot in "1."', () => {
    expect(n('6. 1')).toMatchObject({ printed: '6. 1', seq: [6, 1] });
    expect(n('1.')).toMatchObject({ seq: [1] });
  });

  test('treats "7.0" as the top-level number 7', () => {
    expect(n('7.0')).toMatchObject({ seq: [7], digits: [7] });
  });

  test('returns undefined for text that is not a number', () => {
    expect(parseNumber('iii)')).toBeUndefined();
    expect(parseNumber('Appendix 1')).toBeUndefined();
  });
});

describe('placement', () => {
  const both = ['seq', 'digits'] as const;

  test('6.10 follows 6.9, and 6.8.2 follows 6.81', () => {
    expect(isSuccessor(n('6.9'), n('6.10'), [...both])).toBe(true);
    expect(isSuccessor(n('6.81'), n('6.8.2'), [...both])).toBe(true);
  });

  test('6.51 sits under 6.5 and 6.511 under 6.51, but 6.21 is not the next after 6.2', () => {
    expect(isChildOf(n('6.5'), n('6.51'), [...both])).toBe(true);
    expect(isChildOf(n('6.51'), n('6.511'), [...both])).toBe(true);
    expect(isSuccessor(n('6.2'), n('6.21'), [...both])).toBe(false);
  });

  test('a skipped number is neither the next sibling nor a child', () => {
    expect(isSuccessor(n('6.632'), n('6.634'), [...both])).toBe(false);
    expect(isChildOf(n('6.632'), n('6.634'), [...both])).toBe(false);
  });

  test('with only dotted levels, 3.10 follows 3.9 and is not read as under 3.1', () => {
    expect(isSuccessor(n('3.9'), n('3.10'), ['seq'])).toBe(true);
    expect(isChildOf(n('3.1'), n('3.10'), ['seq'])).toBe(false);
  });
});

describe('ids', () => {
  test('slugify turns numbers and headings into URL-safe ids', () => {
    expect(slugify('6. 1')).toBe('6-1');
    expect(slugify('iii)')).toBe('iii');
    expect(slugify('Appendix 1')).toBe('appendix-1');
    expect(slugify("Practitioner's forum")).toBe('practitioners-forum');
    expect(slugify('Health & Wellbeing Board')).toBe('health-and-wellbeing-board');
  });

  test('slugify cuts a long heading at a word boundary', () => {
    const id = slugify('Proposals of how the independent scrutiny will operate and be reviewed');
    expect(id.length).toBeLessThanOrEqual(60);
    expect(id).toBe('proposals-of-how-the-independent-scrutiny-will-operate-and');
  });

  test('a repeated id gets "-2", then "-3"', () => {
    const ids = new IdRegistry();
    expect(ids.take('6-2')).toEqual({ id: '6-2', repeated: false });
    expect(ids.take('6-2')).toEqual({ id: '6-2-2', repeated: true });
    expect(ids.take('6-2')).toEqual({ id: '6-2-3', repeated: true });
  });

  test('a repeat whose "-2" belongs to a printed number is counted with a letter instead', () => {
    const ids = new IdRegistry();
    ids.reserve(['6-8', '6-8-2', '6-8-3']);
    ids.take('6-8');
    expect(ids.take('6-8')).toEqual({ id: '6-8-b', repeated: true });
    expect(ids.take('6-8-2')).toEqual({ id: '6-8-2', repeated: false });
  });
});
