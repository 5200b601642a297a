/**
 * Classifies one source line on its own, without context: a number line, a
 * bullet, a table row, a bare marker, or plain text. Context (appendices,
 * headings, placement) is the tree builder's job.
 *
 *   "6.53 Quoracy"        → { kind: 'sub', number: '6.53', rest: 'Quoracy' }
 *   "- ❖ Children are…"   → { kind: 'bullet', depth: 0, text: 'Children are…' }
 *   "•"                   → { kind: 'marker', marker: '•' }
 *   "BCU\tBasic Command…" → { kind: 'table' }
 */
import type { ImportProfile } from './profiles.ts';

export type LineKind =
  | 'blank'
  | 'top'
  | 'sub'
  | 'roman'
  | 'appendix'
  | 'bullet'
  | 'marker'
  | 'lettered'
  | 'ordered'
  | 'table'
  | 'html'
  | 'delimiter'
  | 'text';

export interface SourceLine {
  /** 1-based line number in the source file. */
  no: number;
  /** The line without its line ending or trailing spaces (tabs are kept: they separate cells). */
  raw: string;
  /** The line trimmed. */
  text: string;
  kind: LineKind;
  /** The number as printed, for top/sub/roman/appendix/ordered lines. */
  number?: string;
  /** What follows the number (heading or first words of the text). */
  rest?: string;
  /** Nesting of a bullet: 0 at the margin, 1 when indented. */
  depth?: number;
  /** A lone bullet glyph or "(a)" whose text is on the next line. */
  marker?: string;
}

const BULLET = /^(\s*)((?:[-·•❖](?:\s+|$))+)(.*)$/;
const LETTERED = /^\((?:[a-z]|[ivx]+|\d+)\)|^[a-z]\)\s/;
const APPENDIX = /^Appendix\s+(\d+|[A-Z])\b\s*[:–—-]?\s*(.*)$/;
const ROMAN = /^([ivx]+\))\s+(.*)$/;

export function classifyLine(no: number, raw: string, profile: ImportProfile): SourceLine {
  const line = raw.replace(/[ \r]+$/, '');
  const text = line.trim();
  const base = { no, raw: line, text };
  if (text === '') return { ...base, kind: 'blank' };
  if (/^-{2,}[\t |:-]*$/.test(text)) return { ...base, kind: 'delimiter' };
  if (/<(p|ul|ol|li|table|tr|td)\b/i.test(text)) return { ...base, kind: 'html' };
  if (line.includes('\t')) return { ...base, kind: 'table' };

  const appendix = profile.appendices ? APPENDIX.exec(text) : null;
  if (appendix) return { ...base, kind: 'appendix', number: `Appendix ${appendix[1]}`, rest: appendix[2]!.trim() };
  const top = profile.top.exec(text);
  if (top) return { ...base, kind: 'top', number: top[1]!, rest: top[2]!.trim() };
  const sub = profile.sub?.exec(text);
  if (sub) return { ...base, kind: 'sub', number: sub[1]!, rest: (sub[2] ?? '').trim() };
  const roman = profile.romanClauses ? ROMAN.exec(text) : null;
  if (roman) return { ...base, kind: 'roman', number: roman[1]!, rest: roman[2]!.trim() };

  const bullet = BULLET.exec(line);
  if (bullet) {
    const rest = bullet[3]!.trim();
    if (rest === '') return { ...base, kind: 'marker', marker: bullet[2]!.trim() };
    return { ...base, kind: 'bullet', depth: bullet[1]!.length > 0 ? 1 : 0, rest };
  }
  if (/^\((?:[a-z]|[ivx]+|\d+)\)$/.test(text)) return { ...base, kind: 'marker', marker: text };
  const ordered = /^(\d+\.)\s+(.*)$/.exec(text);
  if (ordered) return { ...base, kind: 'ordered', number: ordered[1]!, rest: ordered[2]! };
  if (LETTERED.test(text)) return { ...base, kind: 'lettered' };
  return { ...base, kind: 'text' };
}

/** Could this plain line be an unnumbered heading? ("Secure Settings", "How this happens?") */
export function looksLikeHeading(text: string): boolean {
  return (
    text.length >= 2 &&
    text.length <= 90 &&
    /^[A-Z]/.test(text) &&
    !/[.,;:]$/.test(text) &&
    !/[.!?;]\s/.test(text) &&
    text.split(/\s+/).length <= 12 &&
    !/^(Figure|Table)\s+\d/.test(text)
  );
}
