/**
 * Counting in letters and roman numerals, as Word and browsers print list
 * numbers. They differ past z: Word repeats the letter (y, z, aa, bb), a
 * browser's <ol type="a"> counts on like a spreadsheet's columns (y, z, aa, ab).
 *
 *   roman(14) → "xiv"   wordLetters(28) → "bb"   browserLetters(28) → "ab"
 */

// biome-ignore format: the pairs read better side by side
const ROMAN: Array<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

export function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, letters] of ROMAN) for (; rest >= value; rest -= value) out += letters;
  return out;
}

export const wordLetters = (n: number) => String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);

export const browserLetters = (n: number): string =>
  (n > 26 ? browserLetters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(97 + ((n - 1) % 26));
