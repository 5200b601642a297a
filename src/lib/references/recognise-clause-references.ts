/**
 * Finds what might be a reference to a clause, appendix, figure, table or
 * another document in one run of clause text. Recognition only: whether a
 * mention resolves (and to what) is decided in resolve-clause-reference.ts.
 *
 *   "in accordance with section 6.52 above"  → number "6.52" at "section 6.52"
 *   "routes identified in 8.1 and 8.2"       → number "8.1", number "8.2"
 *   "are at Appendices D and E."             → appendix "D" at "Appendices D", appendix "E" at "E"
 *   "Section 16F of the Children Act 2004"   → nothing (legislation, not a clause)
 *   "£1.5 million", "2019-20", "12.5%"       → nothing
 */
import { normaliseNumber } from '../content/numbering-anomalies.ts';
import type { DocumentName } from './reference-model.ts';

export type MentionKind = 'number' | 'appendix' | 'figure' | 'table' | 'document';

export interface Mention {
  start: number;
  end: number;
  /** The text as printed, which becomes the link text. */
  text: string;
  kind: MentionKind;
  /** Normalised number ("6.1"), label ("B", "1") or document key ("west-sussex/constitution"). */
  value: string;
}

const KEYWORD_NUMBER = /\b(?:sections?|paragraphs?|paras?\.|clauses?)\s+(\d{1,2}(?:\.\s?\d{1,3}){0,3})(?![\w%]|\.\d)/gi;
const BARE_NUMBER = /(?<![\w.£$€/-])\d{1,2}(?:\.\d{1,3}){1,3}(?![\w%/]|\.\d|-\d)/g;
const APPENDIX = /\b[Aa]ppendi(?:x|ces)\s+([A-Z]|\d{1,2})\b/g;
const MORE_APPENDICES = /^(\s*(?:,|and|&|or)\s*)([A-Z]|\d{1,2})\b/;
const FIGURE_OR_TABLE = /\b(Figure|Table)\s+(\d{1,2})\b/g;

/** Words before a bare number that make it something else's number (a page, another instrument's part). */
const FOREIGN_BEFORE =
  /\b(?:chapter|page|pp?\.?|figure|table|version|v|regulation|reg\.?|article|schedule|part|appendix|step|level|s\.?)\s*$/i;
/** What follows a number that makes it a quantity, or another document's provision ("6.2 of the Care Act"). */
const FOREIGN_AFTER =
  /^\s*(?:of\s+(?:the\s+)?[A-Z]|%|per\s?cent|million|bn\b|m\b|k\b|years?\b|yrs\b|months?\b|weeks?\b|days?\b|hours?\b|hrs\b|minutes?\b|am\b|pm\b|kg\b|km\b|miles?\b)/;

/** The text after a list of numbers ("8.1 and 8.2 of the …" → " of the …"), so the list is judged as a whole. */
const afterList = (after: string) => after.replace(/^(?:\s*(?:,|and|&|or)\s*\d+(?:\.\d+)*[A-Z]?)+/, '');

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const namePatterns = new WeakMap<DocumentName[], RegExp>();

function namePattern(names: DocumentName[]): RegExp | undefined {
  if (!names.length) return undefined;
  let pattern = namePatterns.get(names);
  if (!pattern) {
    const alternation = names.map((n) => escapeRegExp(n.name).replace(/\s+/g, '\\s+')).join('|');
    pattern = new RegExp(`(?<![\\w])(?:${alternation})(?![\\w])`, 'gi');
    namePatterns.set(names, pattern);
  }
  return pattern;
}

export interface RecogniseOptions {
  /** The text opens its block (paragraph, list item): a number there is the block's own numbering. */
  startsBlock?: boolean;
  /** Names of the partnership's documents (from the reference model). */
  names?: DocumentName[];
}

export function recogniseClauseReferences(text: string, { startsBlock = false, names = [] }: RecogniseOptions = {}): Mention[] {
  const found: Mention[] = [];
  const add = (start: number, end: number, kind: MentionKind, value: string) =>
    found.push({ start, end, text: text.slice(start, end), kind, value });
  const isNumbering = (start: number) => startsBlock && text.slice(0, start).trim() === '';

  // Numbers need a digit and appendices their word: most runs of text have neither, and skip those patterns.
  const digits = /\d/.test(text);
  for (const m of digits ? text.matchAll(KEYWORD_NUMBER) : []) {
    const end = m.index + m[0].length;
    // "sections 10 and 11 of the Children Act 2004": judge the list by what follows all of it.
    const after = text.slice(end);
    if (FOREIGN_AFTER.test(afterList(after))) continue;
    // "Section 11 Audits": an undotted number followed by a name is a title, not a clause.
    if (!m[1]!.includes('.') && /^\s+[A-Z][a-z]/.test(after)) continue;
    const value = normaliseNumber(m[1]!);
    if (value && !isNumbering(m.index)) add(m.index, end, 'number', value);
  }
  for (const m of digits ? text.matchAll(BARE_NUMBER) : []) {
    const end = m.index + m[0].length;
    if (FOREIGN_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (FOREIGN_AFTER.test(afterList(text.slice(end))) || isNumbering(m.index)) continue;
    add(m.index, end, 'number', normaliseNumber(m[0])!);
  }
  for (const m of /ppendi/i.test(text) ? text.matchAll(APPENDIX) : []) {
    add(m.index, m.index + m[0].length, 'appendix', m[1]!);
    let at = m.index + m[0].length;
    for (let more = MORE_APPENDICES.exec(text.slice(at)); more; more = MORE_APPENDICES.exec(text.slice(at))) {
      const start = at + more[1]!.length;
      add(start, start + more[2]!.length, 'appendix', more[2]!);
      at += more[0].length;
    }
  }
  for (const m of digits ? text.matchAll(FIGURE_OR_TABLE) : [])
    add(m.index, m.index + m[0].length, m[1]!.toLowerCase() as MentionKind, m[2]!);

  const pattern = namePattern(names);
  if (pattern) {
    for (const m of text.matchAll(pattern)) {
      const target = names.find((n) => n.name.toLowerCase().replace(/\s+/g, ' ') === m[0].toLowerCase().replace(/\s+/g, ' '));
      if (target) add(m.index, m.index + m[0].length, 'document', target.target.key);
    }
  }
  return withoutOverlaps(found);
}

/** Earliest first; where two overlap, the longer wins ("section 6.52" over "6.52"). */
export function withoutOverlaps<T extends { start: number; end: number }>(mentions: T[]): T[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const mention of sorted) if (!kept.length || mention.start >= kept.at(-1)!.end) kept.push(mention);
  return kept;
}
