/**
 * Import profiles: the few ways the source documents number and head their
 * clauses. The importer is driven by one of these, so each document keeps its
 * own conventions without special cases in the code.
 *
 *   profileFor('constitution')   → the `numbered-dotted` profile
 *   "6.53 Quoracy" under numbered-dotted → clause 6.53, heading "Quoracy"
 */

/** How a number like "6.10" is split into levels (see numbering.ts). */
export type Reading = 'seq' | 'digits';

export interface ImportProfile {
  name: string;
  /** A top-level section: captures the number as printed and the heading. */
  top: RegExp;
  /** A sub-clause ("6.53 …", "- 3.1 …"): captures the number and the rest of the line. */
  sub?: RegExp;
  /** Readings tried when placing a sub-clause; `digits` lets 6.511 sit under 6.51. */
  readings: Reading[];
  /** Whether the rest of a sub-clause line may be a heading ("6.53 Quoracy"). */
  subClauseHeadings: boolean;
  /** Whether "i) …" lines under a numbered clause are clauses of their own. */
  romanClauses: boolean;
  /** Where unnumbered heading lines are recognised. */
  headings: 'appendix-only' | 'standalone';
  /** Headings that are always top-level clauses (front and back matter). */
  topLevelHeadings: RegExp;
  /** `line`: every source line is a paragraph; `blank-line`: blank lines separate paragraphs. */
  paragraphs: 'line' | 'blank-line';
  /** Whether "Appendix 1 – …" lines start top-level appendix clauses. */
  appendices: boolean;
}

const FRONT_AND_BACK = /^(foreword|contents|mission statement|glossary|appendices:?)$/i;

const numberedDotted: ImportProfile = {
  name: 'numbered-dotted',
  // "1. Title", "2.  Introduction", "7.0 Decision-making"; never "6. 1".
  top: /^(\d+\.(?:0)?)\s+([^\d\s].*)$/,
  sub: /^(\d+\.\s?\d+(?:\.\d+)*)(?:\s+(.*))?$/,
  readings: ['seq', 'digits'],
  subClauseHeadings: true,
  romanClauses: true,
  headings: 'appendix-only',
  topLevelHeadings: FRONT_AND_BACK,
  paragraphs: 'line',
  appendices: true,
};

const numberedHeaded: ImportProfile = {
  name: 'numbered-headed',
  top: /^(\d+\.)\s+([^\d\s].*)$/,
  readings: ['seq'],
  subClauseHeadings: false,
  romanClauses: false,
  headings: 'standalone',
  topLevelHeadings: FRONT_AND_BACK,
  paragraphs: 'blank-line',
  appendices: true,
};

const bulletNumbered: ImportProfile = {
  name: 'bullet-numbered',
  // "1 PURPOSE", "8. HEALTH & WELLBEING BOARD": upper-case headings.
  top: /^(\d+\.?)\s+([A-Z][A-Z0-9 '’&,()/-]*[A-Z)])\s*$/,
  sub: /^(?:-\s+)?(\d+\.\d+)(?:\s+(.*))?$/,
  readings: ['seq'],
  subClauseHeadings: false,
  romanClauses: false,
  headings: 'standalone',
  topLevelHeadings: FRONT_AND_BACK,
  paragraphs: 'blank-line',
  appendices: false,
};

const headedSections: ImportProfile = { ...numberedHeaded, name: 'headed-sections', appendices: false };

const PROFILES: Record<string, ImportProfile> = {
  'numbered-dotted': numberedDotted,
  'numbered-headed': numberedHeaded,
  'bullet-numbered': bulletNumbered,
  'headed-sections': headedSections,
  // Friendly aliases named after the documents they were written for.
  constitution: numberedDotted,
  arrangements: numberedHeaded,
  protocol: bulletNumbered,
  headed: headedSections,
};

export const profileNames = Object.keys(PROFILES);

export function profileFor(style: string): ImportProfile {
  const profile = PROFILES[style];
  if (!profile) throw new Error(`unknown import style "${style}"; expected one of: ${profileNames.join(', ')}`);
  return profile;
}
