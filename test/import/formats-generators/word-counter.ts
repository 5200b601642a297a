/**
 * Counts a fixture's Word lists as Word would, so that make-docx.ts uses
 * automatic numbering only where Word prints the fixture's own number: Word
 * numbers "3.1" straight after "2.2" as "2.3", and cannot skip from "2." to
 * "4.". Kept apart from the reader's numbering (docx-numbering.ts), so that
 * the tests do not check the reader against itself.
 *
 *   levels "%1." / "%1.%2": next('clause', 1, '1.1') → true; next('clause', 1, '3.1') → false (Word prints 1.2)
 */
import { type ILevelsOptions, LevelFormat } from 'docx';

const NUMERALS: Array<[number, string]> = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

function roman(n: number): string {
  const [value, digits] = NUMERALS.find(([v]) => v <= n) ?? [0, ''];
  return value ? digits + roman(n - value) : '';
}

const letter = (n: number) => String.fromCharCode(96 + ((n - 1) % 26) + 1).repeat(Math.floor((n - 1) / 26) + 1);

const FORMATS: Record<string, (n: number) => string> = {
  [LevelFormat.DECIMAL]: String,
  [LevelFormat.LOWER_LETTER]: letter,
  [LevelFormat.UPPER_LETTER]: (n) => letter(n).toUpperCase(),
  [LevelFormat.LOWER_ROMAN]: roman,
  [LevelFormat.UPPER_ROMAN]: (n) => roman(n).toUpperCase(),
};

export function wordCounter<Name extends string>(lists: Record<Name, ILevelsOptions[]>) {
  const counters = new Map<Name, number[]>();
  return {
    /** Whether Word would print `printed` for the next paragraph at `level` of `name`; counts it if so. */
    next(name: Name, level: number, printed: string): boolean {
      const levels = lists[name];
      const counts = [...(counters.get(name) ?? [])].slice(0, level + 1);
      counts[level] = (counts[level] ?? 0) + 1;
      const text = levels[level]!.text!.replace(/%(\d)/g, (_, n: string) => {
        const shown = levels[Number(n) - 1]!;
        return FORMATS[shown.format as string]!(counts[Number(n) - 1] ?? 1);
      });
      if (text !== printed) return false;
      counters.set(name, counts);
      return true;
    },
  };
}
