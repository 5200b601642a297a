/**
 * How a value an editor wrote reads back in a message, and the fixes that
 * depend on what was written: `found "4"` with "write 4 without quotes",
 * `found "25/06/2019"` with "write it year-month-day: 2019-06-25".
 */
import { Temporal } from 'temporal-polyfill';

/** zod's names for types, in an editor's words. */
const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};

export const typeWords = (type: string) => TYPE_WORDS[type] ?? type;

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** The value as written: strings quoted, lists and groups described. */
export function quoteFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return value === '' ? 'an empty value ""' : `"${shorten(value)}"`;
  if (Array.isArray(value))
    return `a list of ${value.length} item${value.length === 1 ? '' : 's'} (${shorten(value.map((v) => JSON.stringify(v)).join(', '))})`;
  if (typeof value === 'object') return `a group of fields (${shorten(Object.keys(value).join(', '))})`;
  return String(value);
}

/** `"4" (text in quotes)`, `6.53 (a number)`: the found value and what YAML made of it. */
export function quoteFoundWithType(value: unknown): string {
  if (value === null || value === undefined || Array.isArray(value) || typeof value === 'object') return quoteFound(value);
  if (typeof value === 'string') return `${quoteFound(value)} (text${/^\s*[-\d.]+\s*$|^(true|false)$/.test(value) ? ' in quotes' : ''})`;
  return `${quoteFound(value)} (${typeof value === 'boolean' ? 'true or false' : 'a number'})`;
}

/** A specific fix for a value of the wrong type. */
export function wrongTypeHint(expected: string, found: unknown, key: string): string | undefined {
  if (found === null) return `"${key}:" has no value; write one after the colon, or delete the line if the field is optional`;
  if ((expected === 'number' || expected === 'int') && typeof found === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(found)) {
    return `write ${found.trim()} without quotes`;
  }
  if ((expected === 'number' || expected === 'int') && typeof found === 'string')
    return `write ${typeWords(expected)} without quotes, such as 10`;
  if (expected === 'int' && typeof found === 'number') return `write a whole number, such as ${Math.round(found)}`;
  if (expected === 'boolean' && typeof found === 'string')
    return /^(true|false)$/i.test(found) ? `write ${found.toLowerCase()} without quotes` : 'write true or false, without quotes';
  if (expected === 'string' && (typeof found === 'number' || typeof found === 'boolean')) {
    return `put the value in quotes so it is kept exactly as written: ${key}: "${found}"`;
  }
  if (expected === 'array' && typeof found === 'string')
    return `write a list in square brackets, such as ${key}: [${found}], or one item per line starting with "- "`;
  if (expected === 'array' && key === '') return 'this file is a list: start each entry with "- " and indent its fields by two spaces';
  if (expected === 'object') return `write the fields of ${key || 'this entry'} on the lines below it, each indented by two spaces`;
  return undefined;
}

const BRITISH_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const pad = (n: string) => n.padStart(2, '0');

/** A fix for a date that is not YYYY-MM-DD, or not a real day. Undefined when the value is not date-like. */
export function dateHint(found: unknown): string | undefined {
  if (typeof found === 'number') return `write the date as YYYY-MM-DD, such as 2026-05-12`;
  if (typeof found !== 'string') return undefined;
  if (/^\d{4}-\d{2}-\d{2}T/.test(found.trim())) {
    return `a time needs its offset from UTC: add Z for UTC or +01:00 in summer time (${found.trim()}Z), or write the date alone: ${found.trim().slice(0, 10)}`;
  }
  const british = BRITISH_DATE.exec(found.trim());
  if (british) return `write it year-month-day with hyphens: ${british[3]}-${pad(british[2]!)}-${pad(british[1]!)}`;
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(found.trim());
  if (!iso) return 'write the date as YYYY-MM-DD, such as 2026-05-12';
  const month = Number(iso[2]);
  if (month < 1 || month > 12) return `there is no month ${iso[2]}; write the date as YYYY-MM-DD, year first, then month, then day`;
  const days = Temporal.PlainYearMonth.from({ year: Number(iso[1]), month }).daysInMonth;
  return `${iso[1]}-${iso[2]} has ${days} days; check the day and the month`;
}

/** A fix for a day of the year that is not MM-DD. */
export function monthDayHint(found: unknown): string {
  const parts = typeof found === 'string' ? /^(\d{1,2})[/.-](\d{1,2})$/.exec(found.trim()) : null;
  if (!parts) return 'write the day of the year as MM-DD, such as 11-15 for 15 November';
  // Day first, as written in the UK, unless the first number cannot be a month.
  const [first, second] = [parts[1]!, parts[2]!];
  const [month, day] = Number(second) > 12 ? [first, second] : [second, first];
  return `write it month first, with a hyphen: ${pad(month)}-${pad(day)}`;
}

/** "6.53" → "6-53", "Appendix 1" → "appendix-1": the id an editor most likely meant. */
export function asSlug(found: unknown): string | undefined {
  if (typeof found !== 'string' && typeof found !== 'number') return undefined;
  const slug = String(found)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || undefined;
}
