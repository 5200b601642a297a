/**
 * Recognises acronyms in a run of text and looks them up in a partnership's
 * glossary. An acronym is a word of two or more capitals, possibly with "&"
 * or one lower-case letter inside ("CCG", "L&D", "LfE"), optionally plural
 * or possessive ("CCGs", "LSCB's"). Words in a run of capitals that reads as
 * shouted text ("PROTOCOL OUTLINING PARTNERSHIP") and Roman numerals are not
 * acronyms.
 *
 *   "reported to the SG and the CCGs’ boards"  → SG (term SG), CCGs (term CCG)
 */
import type { GlossaryFile, GlossaryTerm } from '../../schemas/glossary.ts';

export interface AcronymToken {
  start: number;
  end: number;
  /** As printed, a plural ending included ("CCGs"), a possessive one not ("LSCB" of "LSCB's"). */
  text: string;
  /** Without the ending: "CCG". */
  stem: string;
}

export interface Glossary {
  partnership: string;
  /** Term → entry, for exact and plural lookups. */
  terms: Map<string, GlossaryTerm>;
  notAcronyms: Set<string>;
}

const TOKEN = /(?<![\w&])([A-Z][A-Za-z&]*[A-Z])((?:['’]s|s)?)(?![\w&])/g;
const ROMAN = /^[IVXLCDM]+$/;

export function buildGlossary(partnership: string, file: GlossaryFile | undefined): Glossary {
  return {
    partnership,
    terms: new Map((file?.terms ?? []).map((t) => [t.term, t])),
    notAcronyms: new Set(file?.notAcronyms ?? []),
  };
}

/** The glossary entry for a printed acronym ("CCGs" → CCG), if any. */
export function lookUp(glossary: Glossary, token: AcronymToken): GlossaryTerm | undefined {
  return glossary.terms.get(token.text) ?? glossary.terms.get(token.stem);
}

const lowerCount = (word: string) => (word.match(/[a-z]/g) ?? []).length;

/** Words of capitals around `start` in `text`, to tell an acronym from shouted text. */
function isShouted(text: string, token: AcronymToken, glossary: Glossary): boolean {
  if (lookUp(glossary, token)) return false;
  const words = [...text.matchAll(/\S+/g)];
  const at = words.findIndex((w) => w.index <= token.start && token.start < w.index + w[0].length);
  const isCaps = (word: string) => /[A-Z]/.test(word) && !/[a-z]/.test(word);
  const isLongPlainWord = (word: string) => {
    const letters = word.replace(/[^A-Za-z]/g, '');
    return letters.length >= 6 && !glossary.terms.has(letters);
  };
  let first = at;
  let last = at;
  while (first > 0 && (isCaps(words[first - 1]![0]) || words[first - 1]![0] === '&')) first--;
  while (last < words.length - 1 && (isCaps(words[last + 1]![0]) || words[last + 1]![0] === '&')) last++;
  const run = words.slice(first, last + 1).map((w) => w[0]);
  return run.length >= 2 && run.some(isLongPlainWord);
}

export function findAcronyms(text: string, glossary: Glossary): AcronymToken[] {
  const tokens: AcronymToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const stem = m[1]!;
    if (lowerCount(stem) > 1 || (ROMAN.test(stem) && !glossary.terms.has(stem))) continue;
    // A plural stays inside the mark-up ("CCGs"); a possessive ending does not ("LSCB" + "'s").
    const printed = m[2] === 's' ? m[0] : stem;
    const token = { start: m.index, end: m.index + printed.length, text: printed, stem };
    if (!isShouted(text, token, glossary)) tokens.push(token);
  }
  return tokens;
}
