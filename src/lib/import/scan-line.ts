/**
 * Reads one line for the structure finder (outline.ts), which works without
 * a `--style`: what the line could be by its own shape. Whether a heading is
 * a heading, and where a number nests, needs context and is decided there.
 *
 *   "Part 2 – Membership"         → division Part 2, rest "Membership" (and "Part Two – …")
 *   "Appendix – Glossary"         → division Appendix, rest "Glossary"
 *   "2.1 The Board shall …"       → paragraph 2.1 (path 2, 1)
 *   "1(a) Where …" / "1.a Where"  → paragraph 1(a) / 1.a (path 1, a)
 *   "2A. Delegated partners"      → paragraph 2A. (path 2A), inserted after 2
 *   "4.—(1) The Board …"         → paragraph 4., rest "(1) The Board …"
 *   "(ii) the chair;"             → item "(ii)", style "(i)"
 *   "II. Line managers meet…"     → item "II.", style "I."
 *   "b. agree a plan;"            → item "b.", style "a."
 *   "▪ Health"                    → bullet
 *   "Section 11 of the Act …"     → text (a division's heading does not start in lower case)
 */

/** "1." is an item only when indented under a paragraph (outline.ts): a web page's nested <ol>. */
export type ItemStyle = '(a)' | '(i)' | '(A)' | '(1)' | 'a)' | 'i)' | 'a.' | 'i.' | 'A.' | 'I.' | '1)' | '1.';

export type Scanned =
  | { kind: 'blank' }
  | { kind: 'division'; label: string; number: string; rest: string }
  | { kind: 'paragraph'; number: string; path: string[]; rest: string }
  | { kind: 'item'; marker: string; styles: ItemStyle[]; rest: string }
  | { kind: 'bullet'; depth: number; rest: string }
  | { kind: 'marker' }
  | { kind: 'text' };

/** Division labels, in the order they nest: a Section opened inside a Part sits under it. */
export const DIVISION_RANK = ['part', 'chapter', 'section', 'article', 'clause'];
/** Back matter: always at the top level. */
export const BACK_MATTER = ['schedule', 'annex', 'appendix'];

/** Numbers spelled out, as in "Part Two – Meetings". */
export const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const DIVISION = new RegExp(
  `^(part|chapter|section|article|clause|schedule|annex|appendix)\\s+(\\d+[A-Z]?|[A-Z]|[IVXLC]+|${NUMBER_WORDS.join('|')})\\b\\.?(?:\\s*[:–—-]\\s*|\\s+|$)(.*)$`,
  'i',
);
/** Back matter with no number of its own: "Appendix – Glossary". */
const BACK_UNNUMBERED = /^(schedule|annex|appendix)\s*[:–—-]\s*([A-Z].*)$/i;
/** "2A." and "2A.1": a clause inserted after 2 by amendment, numbered with a capital after its digits. */
const PARAGRAPH = /^(\d{1,3}[A-Z]?(?:\.\d{1,3}[A-Z]?)*(?:\([a-z]{1,4}\)|\.[a-z]\b)?)(\.?)(?:\s+(.*))?$/;
const ITEM = /^(\(([a-z]{1,4}|[A-Z]|\d{1,2})\)|([a-z]{1,4}|\d{1,2})\)|([A-Z]|[IVXL]{2,6})\.|([a-z]|[ivxl]{2,6})\.)\s+(\S.*)$/;
/**
 * Bullet glyphs. \uE000-\uF8FF is Unicode's private use area, where text
 * taken from a PDF of a Word document often puts Symbol and Wingdings
 * bullets ("\uF0B7", "\uF0A7", "\uF0D8"), having no other code for them.
 */
const GLYPHS = '-–•·‣⁃∙❖▪■□◦○●►▸➢➤➔✓✔✗→*\uE000-\uF8FF';
const BULLET = new RegExp(`^(\\s*)[${GLYPHS}o]\\s+(\\S.*)$`);
const LONE_GLYPH = new RegExp(`^[${GLYPHS}]$`);
export const ROMAN = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

/** The number path of a printed paragraph number: "2.1" → 2, 1; "1(a)" and "1.a" → 1, a. */
export function numberPath(number: string): string[] {
  return number
    .replace(/\(([a-z]+)\)/, '.$1')
    .split('.')
    .filter(Boolean);
}

function itemStyles(inner: string, closeOnly: boolean): ItemStyle[] {
  if (/^\d+$/.test(inner)) return [closeOnly ? '1)' : '(1)'];
  if (/^[A-Z]$/.test(inner)) return ['(A)'];
  const styles: ItemStyle[] = [];
  if (ROMAN.test(inner)) styles.push(closeOnly ? 'i)' : '(i)');
  if (/^[a-z]$/.test(inner)) styles.push(closeOnly ? 'a)' : '(a)');
  return styles;
}

/** "B." is a letter, "II." a roman numeral, "I." (or "V.") either: which, the items around it decide. */
function capitalStyles(inner: string): ItemStyle[] {
  const roman = ROMAN.test(inner.toLowerCase());
  if (inner.length > 1) return roman ? ['I.'] : [];
  return roman ? ['A.', 'I.'] : ['A.'];
}

/** "a." and "ii." as Word's lowerLetter and lowerRoman levels print them ("%2.", "%3."); "i." either. */
function lowerDotStyles(inner: string): ItemStyle[] {
  const styles: ItemStyle[] = [];
  if (ROMAN.test(inner)) styles.push('i.');
  if (inner.length === 1) styles.push('a.');
  return styles;
}

/** Word puts a tab after a paragraph's number ("1.\tPurpose"); it is a space, not a table cell. */
export function untabNumber(raw: string): string {
  return raw.replace(/^(\s*\S{1,12}?[.)])\t+(?=\S)/, '$1 ').replace(/[\s\r]+$/, '');
}

export function scanLine(raw: string): Scanned {
  const line = untabNumber(raw);
  // A statute's "4.—(1) The Board …": paragraph 4, whose first item is (1).
  const text = line.trim().replace(/^(\d{1,3}\.)\s*[—–-]\s*(?=\(\d{1,2}\)\s)/, '$1 ');
  if (text === '') return { kind: 'blank' };

  const division = DIVISION.exec(text);
  if (division && !/^[a-z(]/.test(division[3]!)) {
    const label = division[1]!;
    return { kind: 'division', label, number: `${label} ${division[2]}`, rest: division[3]!.trim() };
  }
  const back = BACK_UNNUMBERED.exec(text);
  if (back) return { kind: 'division', label: back[1]!, number: back[1]!, rest: back[2]!.trim() };
  const paragraph = PARAGRAPH.exec(text);
  // "2 Membership" is a paragraph; "28 days after …" and a bare "3" are not, nor "1A High Street" (no dot).
  const inserted = /[A-Z]/.test(paragraph?.[1] ?? '');
  if (paragraph && (paragraph[2] || /\.|\(/.test(paragraph[1]!) || (!inserted && /^[A-Z]/.test(paragraph[3] ?? '')))) {
    return { kind: 'paragraph', number: paragraph[1]! + paragraph[2]!, path: numberPath(paragraph[1]!), rest: (paragraph[3] ?? '').trim() };
  }
  const item = ITEM.exec(text);
  if (item) {
    const styles = item[2]
      ? itemStyles(item[2], false)
      : item[3]
        ? itemStyles(item[3], true)
        : item[4]
          ? capitalStyles(item[4])
          : lowerDotStyles(item[5]!);
    if (styles.length) return { kind: 'item', marker: item[1]!, styles, rest: item[6]! };
  }
  const bullet = BULLET.exec(line);
  if (bullet) return { kind: 'bullet', depth: Math.min(2, Math.floor(bullet[1]!.replace(/\t/g, '    ').length / 2)), rest: bullet[2]! };
  if (LONE_GLYPH.test(text)) return { kind: 'marker' };
  return { kind: 'text' };
}
