/**
 * The small decisions the structure finder (outline.ts) makes, as pure
 * functions: whether the words after a number are a heading, which of two
 * readings an item marker has, and whether one number follows another.
 *
 *   splitHeading("Purpose: To ensure …")    → { heading: 'Purpose', text: 'To ensure …' }
 *   splitHeading("Membership")              → { heading: 'Membership' }
 *   splitHeading("The Board shall meet.")   → { text: 'The Board shall meet.' }
 *   follows("1.9", "1.10"), follows("(h)", "(i)"), follows("Part IV", "Part V"), follows("2A", "3") → true
 */
import { looksLikeHeading } from './classify-line.ts';
import { NUMBER_WORDS, ROMAN, type ItemStyle } from './scan-line.ts';

/** "Purpose: To ensure …": a label of a few words before a colon, then the text. */
const LABELLED = /^([A-Z][^:.;!?]{0,60}?):\s+(\S.*)$/;

export function splitHeading(rest: string, nextIsContinuation: boolean): { heading?: string; text?: string } {
  if (rest === '') return {};
  const labelled = LABELLED.exec(rest);
  if (labelled && labelled[1]!.split(/\s+/).length <= 6) return { heading: labelled[1]!, text: labelled[2]! };
  if (!nextIsContinuation && (looksLikeHeading(rest) || (/^[A-Z][A-Z0-9 ,'’&()/-]+$/.test(rest) && rest.length <= 90))) {
    return { heading: rest };
  }
  return { text: rest };
}

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

export function romanValue(text: string): number {
  const digits = [...text.toLowerCase()].map((c) => ROMAN_VALUES[c] ?? Number.NaN);
  return digits.reduce((sum, d, i) => sum + (d < (digits[i + 1] ?? 0) ? -d : d), 0);
}

/** A number part's place in its sequence: "7" → 7, "c" → 3, "Two" → 2, and with `roman`, "iv" → 4. */
export function ordinal(part: string, roman: boolean): number {
  if (/^\d+$/.test(part)) return Number(part);
  if (roman && ROMAN.test(part.toLowerCase())) return romanValue(part);
  if (NUMBER_WORDS.includes(part.toLowerCase())) return NUMBER_WORDS.indexOf(part.toLowerCase()) + 1;
  if (/^[a-z]$/i.test(part)) return part.toLowerCase().charCodeAt(0) - 96;
  return Number.NaN;
}

const core = (marker: string) => marker.replace(/^\(|[.)]$/g, '');
export const isRomanStyle = (style: ItemStyle) => style === '(i)' || style === 'i)' || style === 'i.' || style === 'I.';

/** Whether `next` is the number after `previous` at the same level ("1.9" → "1.10", "Part IV" → "Part V"). */
export function follows(previous: string, next: string, roman = false): boolean {
  const a = previous
    .split(/[.\s]+/)
    .map(core)
    .filter(Boolean);
  const b = next
    .split(/[.\s]+/)
    .map(core)
    .filter(Boolean);
  if (a.length !== b.length || a.slice(0, -1).some((part, i) => part.toLowerCase() !== b[i]!.toLowerCase())) return false;
  // An inserted clause: 2 → 2A → 2B → 3.
  const [x, y] = [/^(\d+)([A-Z]?)$/.exec(a.at(-1)!), /^(\d+)([A-Z]?)$/.exec(b.at(-1)!)];
  if (x && y && (x[2] || y[2])) {
    if (!y[2]) return Number(y[1]) === Number(x[1]) + 1;
    return y[1] === x[1] && y[2].charCodeAt(0) === (x[2] ? x[2].charCodeAt(0) + 1 : 65);
  }
  const romanHere =
    roman || (ROMAN.test(a.at(-1)!.toLowerCase()) && a.at(-1)!.length > 1) || (ROMAN.test(b.at(-1)!.toLowerCase()) && b.at(-1)!.length > 1);
  return ordinal(b.at(-1)!, romanHere) === ordinal(a.at(-1)!, romanHere) + 1;
}

export interface ItemLevel {
  style: ItemStyle;
  last: string;
}

/**
 * Which level an item is at: a style already open takes it back to that
 * level; a new style nests one deeper. "(i)" after "(h)" is a letter, after
 * "(a)" a roman numeral; "(c)" is a letter unless roman numerals are open.
 */
export function itemLevel(levels: ItemLevel[], marker: string, styles: ItemStyle[]): { at: number; style: ItemStyle } {
  for (let at = levels.length - 1; at >= 0; at--) {
    const level = levels[at]!;
    if (styles.includes(level.style) && follows(level.last, marker, isRomanStyle(level.style))) return { at, style: level.style };
  }
  const open = (style: ItemStyle) => levels.some((level) => level.style === style);
  const starts = styles.find((style) => !open(style) && ordinal(core(marker), isRomanStyle(style)) === 1);
  if (starts) return { at: levels.length, style: starts };
  for (let at = levels.length - 1; at >= 0; at--) {
    if (styles.includes(levels[at]!.style)) return { at, style: levels[at]!.style };
  }
  return { at: levels.length, style: styles.find((s) => !isRomanStyle(s)) ?? styles[0]! };
}
