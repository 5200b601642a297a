/**
 * Finds citations of the Acts, regulations and guidance in content/legislation.yaml
 * in a run of text, tolerating the way the documents print them, and says
 * where each part should link:
 *
 *   "Section 16F of the Children Act 2004"  → "Section 16F" → …/ukpga/2004/31/section/16F, "Children Act 2004" → …/ukpga/2004/31/contents
 *   "The Children Act 2004, S16(I) ,"       → "Children Act 2004" → Act, "S16(I)" → …/section/16I
 *   "sections 10 and 11 of the Children Act" → "sections 10" → s10, "11" → s11, then the Act
 *   "the Freedom of Act 2000" (sic)         → "Freedom of Act 2000" → Freedom of Information Act 2000
 */
import type { LegislationEntry } from '../../schemas/legislation.ts';
import { withoutOverlaps } from './recognise-clause-references.ts';

export interface Citation {
  start: number;
  end: number;
  text: string;
  entry: LegislationEntry;
  /** Normalised provision ("16I") when this part cites one. */
  provision?: string;
  url: string;
  title: string;
  /** The provision is not listed in legislation.yaml, so the link is to the whole item. */
  unlistedProvision?: boolean;
}

const KEYWORD = String.raw`(?:[Ss]ections?|[Ss]\.?|[Rr]egulations?|[Rr]eg\.?|[Aa]rticles?)`;
const NUMBER = String.raw`\d+[A-Z]?(?:\s?\([A-Z]\)|\s[A-Z](?!\w))?`;
const LIST = String.raw`${KEYWORD}\s*${NUMBER}(?:\s*(?:,|and|&)\s*${NUMBER})*`;
const BEFORE = new RegExp(String.raw`(${LIST})\s+of\s+(?:the\s+)?$`);
const AFTER = new RegExp(String.raw`^(\s*(?:,\s*|\(\s*)?)(${KEYWORD}\s*${NUMBER})`);
const EACH_NUMBER = new RegExp(NUMBER, 'g');

const PROVISION_WORD = { act: 'section', regulations: 'regulation', 'eu-regulation': 'article', guidance: '' } as const;

export function provisionUrl(entry: LegislationEntry, provision: string): string {
  return `${entry.url.replace(/\/contents$/, '')}/${PROVISION_WORD[entry.kind]}/${provision}`;
}

export function provisionTitle(entry: LegislationEntry, provision: string): string {
  return `${entry.title}, ${PROVISION_WORD[entry.kind]} ${provision}`;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Children and Social Work Act 2017" also matches "…Act, 2017" and "…Act (2017)". */
function namePattern(name: string): string {
  const escaped = escapeRegExp(name.trim()).replace(/\s+/g, String.raw`\s+`);
  return escaped.replace(/\\s\+(\d{4})$/, String.raw`,?\s*(?:\($1\)|$1)`);
}

interface Matchers {
  /**
   * Each item's pattern, and the words (lower case) one of which any of its
   * names must contain (a name's year, else its longest word): most text
   * cites nothing, or one item, and a few `includes` say which patterns to try.
   */
  each: { entry: LegislationEntry; pattern: RegExp; keys: string[] }[];
}

const matchers = new WeakMap<LegislationEntry[], Matchers>();

function keyWord(name: string): string {
  const year = /\d{4}/.exec(name);
  if (year) return year[0];
  return name
    .toLowerCase()
    .split(/[^a-z]+/)
    .reduce((longest, word) => (word.length > longest.length ? word : longest), '');
}

function matchersFor(entries: LegislationEntry[]): Matchers {
  let found = matchers.get(entries);
  if (!found) {
    const names = (entry: LegislationEntry) => [entry.title, ...entry.names].map(namePattern).join('|');
    found = {
      each: entries.map((entry) => ({
        entry,
        pattern: new RegExp(`(?<![\\w])(?:${names(entry)})(?![\\w])`, 'gi'),
        keys: [...new Set([entry.title, ...entry.names].map(keyWord))],
      })),
    };
    matchers.set(entries, found);
  }
  return found;
}

function normaliseProvision(printed: string): string {
  return printed.replace(/[\s()]/g, '').toUpperCase();
}

function provisionParts(text: string, offset: number, entry: LegislationEntry): Citation[] {
  const parts: Citation[] = [];
  for (const m of text.matchAll(EACH_NUMBER)) {
    const provision = normaliseProvision(m[0]);
    const listed = entry.provisions.includes(provision);
    const start = parts.length === 0 ? 0 : m.index; // the first part carries the keyword: "Section 16F"
    parts.push({
      start: offset + start,
      end: offset + m.index + m[0].length,
      text: text.slice(start, m.index + m[0].length),
      entry,
      provision,
      url: listed ? provisionUrl(entry, provision) : entry.url,
      title: listed ? provisionTitle(entry, provision) : entry.title,
      unlistedProvision: !listed,
    });
  }
  return parts;
}

/** Every citation part in `text`, earliest first, without overlaps. */
export function findCitations(text: string, entries: LegislationEntry[]): Citation[] {
  const found: Citation[] = [];
  const lower = text.toLowerCase();
  for (const { entry, pattern, keys } of matchersFor(entries).each) {
    if (!keys.some((key) => lower.includes(key))) continue;
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      found.push({ start, end, text: m[0], entry, url: entry.url, title: entry.title });
      if (entry.kind === 'guidance') continue;
      const before = BEFORE.exec(text.slice(Math.max(0, start - 80), start));
      if (before) {
        const offset = start - before[0].length;
        found.push(...provisionParts(before[1]!, offset, entry));
      }
      const after = AFTER.exec(text.slice(end));
      if (after) found.push(...provisionParts(after[2]!, end + after[1]!.length, entry));
    }
  }
  return withoutOverlaps(found);
}

/** The provision a text before a link cites for it: "Regulation 18 of the " → "18". */
export function provisionBefore(text: string | undefined): string | undefined {
  const before = text ? BEFORE.exec(text) : null;
  const first = before ? before[1]!.match(EACH_NUMBER) : null;
  return first?.length === 1 ? normaliseProvision(first[0]!) : undefined;
}
