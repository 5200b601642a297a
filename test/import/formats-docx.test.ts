/**
 * Word documents: the numbers Word generates from its automatic multi-level
 * numbering come through exactly as Word prints them, and the fixtures'
 * tables, footnotes and bullets come through in the text importer's
 * conventions. The .docx files are real ones, written by the `docx` package.
 */
import { readFileSync } from 'node:fs';
import { Document, type ILevelsOptions, LevelFormat, Packer, Paragraph } from 'docx';
import { describe, expect, test } from 'vitest';
import { readDocx } from '../../src/lib/import/formats/docx.ts';
import { makeDocx } from './formats-generators/make-docx.ts';

const fixture = (name: string) => readFileSync(new URL(`./formats-fixtures/${name}.txt`, import.meta.url), 'utf8');

/** A .docx of one list, a paragraph "x" at each of `levels` in turn; returns the numbers Word would print. */
async function printedNumbers(levels: ILevelsOptions[], at: number[]): Promise<string[]> {
  const doc = new Document({
    numbering: { config: [{ reference: 'list', levels }] },
    sections: [{ children: at.map((level) => new Paragraph({ text: 'x', numbering: { reference: 'list', level } })) }],
  });
  const { text } = readDocx(new Uint8Array(await Packer.toBuffer(doc)));
  return text
    .trim()
    .split('\n\n')
    .map((line) => line.replace(/ ?x$/, ''));
}

describe('Word automatic numbering', () => {
  const levels: ILevelsOptions[] = [
    { level: 0, format: LevelFormat.DECIMAL, text: 'Part %1' },
    { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2' },
    { level: 2, format: LevelFormat.LOWER_LETTER, text: '(%3)' },
    { level: 3, format: LevelFormat.LOWER_ROMAN, text: '(%4)' },
  ];

  test('prints each level as Word does, and restarts a level when a higher one advances', async () => {
    expect(await printedNumbers(levels, [0, 1, 2, 3, 3, 3, 3, 2, 1, 2, 0, 1, 2, 3])).toEqual([
      'Part 1',
      '1.1',
      '(a)',
      '(i)',
      '(ii)',
      '(iii)',
      '(iv)',
      '(b)',
      '1.2',
      '(a)',
      'Part 2',
      '2.1',
      '(a)',
      '(i)',
    ]);
  });

  test('prints upper-case letters and numerals, and counts from a level’s own start', async () => {
    const upper: ILevelsOptions[] = [
      { level: 0, format: LevelFormat.UPPER_LETTER, text: 'Schedule %1', start: 3 },
      { level: 1, format: LevelFormat.UPPER_ROMAN, text: '%1.%2' },
    ];
    expect(await printedNumbers(upper, [0, 1, 1, 1, 1, 0, 1])).toEqual(['Schedule C', 'C.I', 'C.II', 'C.III', 'C.IV', 'Schedule D', 'D.I']);
  });

  test('runs letters past z as Word does: aa, bb', async () => {
    const numbers = await printedNumbers([{ level: 0, format: LevelFormat.LOWER_LETTER, text: '%1)' }], Array(28).fill(0));
    expect(numbers.slice(24)).toEqual(['y)', 'z)', 'aa)', 'bb)']);
  });
});

describe('a Word document of a fixture', () => {
  test('reads back as the fixture’s text: generated numbers, table rows, footnote and all', async () => {
    const source = fixture('terms-of-reference');
    expect(readDocx(await makeDocx(source))).toEqual({ text: source, report: [] });
  });

  test('reads typed numbers as typed beside generated ones, and Word bullets as "- " items', async () => {
    const source = fixture('escalation-protocol');
    expect(readDocx(await makeDocx(source, ['clause']))).toEqual({ text: source, report: [] });
  });
});
