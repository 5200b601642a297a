/**
 * England and Wales bank holidays, from the copy of GOV.UK's list kept in
 * bank-holidays-england-and-wales.json (schema src/schemas/bank-holidays.ts).
 * GOV.UK is the kept source: it publishes each year's holidays, including
 * one-offs no rule can compute, and no maintained npm package carries its
 * list. `npm run bank-holidays` refreshes the copy.
 */
import { bankHolidaysFileSchema, govUkBankHolidaysSchema, type BankHolidaysFile } from '../../schemas/bank-holidays.ts';
import data from './bank-holidays-england-and-wales.json' with { type: 'json' };

/** Project-relative path of the data file, for warnings and hints. */
export const BANK_HOLIDAYS_FILE = 'src/lib/dates/bank-holidays-england-and-wales.json';
export const BANK_HOLIDAYS_SOURCE = 'https://www.gov.uk/bank-holidays.json';

/** The data file's contents from GOV.UK's whole file, taken on `taken` (YYYY-MM-DD). */
export function fromGovUk(json: unknown, taken: string, via?: string): BankHolidaysFile {
  const events = govUkBankHolidaysSchema.parse(json)['england-and-wales'].events;
  const sorted = events.map(({ date, title, notes }) => ({ date, title, notes })).sort((a, b) => a.date.localeCompare(b.date));
  const years = sorted.map((e) => Number(e.date.slice(0, 4)));
  return bankHolidaysFileSchema.parse({
    source: BANK_HOLIDAYS_SOURCE,
    division: 'england-and-wales',
    taken,
    ...(via ? { via } : {}),
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
    events: sorted,
  });
}

export const englandAndWalesBankHolidays: BankHolidaysFile = bankHolidaysFileSchema.parse(data);
