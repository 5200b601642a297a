/**
 * Working days in England and Wales: Monday to Friday, less the bank
 * holidays in GOV.UK's list (bank-holidays.ts). Dates are London calendar
 * days (Temporal.PlainDate), so a change of clocks for summer time never
 * moves a day.
 *
 * The list covers whole years (firstYear to lastYear). A count that steps
 * outside them cannot know that year's bank holidays, so every result says
 * whether it did (`beyondData`), and `beyondDataWarning` words the warning
 * naming the data file to refresh.
 */
import type { Temporal } from 'temporal-polyfill';
import type { BankHolidaysFile } from '../../schemas/bank-holidays.ts';
import { contentError, type ContentError } from '../errors/content-error.ts';
import { BANK_HOLIDAYS_FILE, englandAndWalesBankHolidays } from './bank-holidays.ts';

type PlainDate = Temporal.PlainDate;

export interface WorkingDayCalendar {
  /** Bank holidays as YYYY-MM-DD. */
  holidays: ReadonlySet<string>;
  firstYear: number;
  lastYear: number;
  /** Project-relative path of the data, for warnings. */
  file: string;
}

export function workingDayCalendar(data: BankHolidaysFile, file = BANK_HOLIDAYS_FILE): WorkingDayCalendar {
  return { holidays: new Set(data.events.map((e) => e.date)), firstYear: data.firstYear, lastYear: data.lastYear, file };
}

export const englandAndWales = workingDayCalendar(englandAndWalesBankHolidays);

/** A date counted in working days, and whether the count went outside the years the data covers. */
export interface WorkingDayResult {
  date: PlainDate;
  beyondData: boolean;
}

const covered = (date: PlainDate, calendar: WorkingDayCalendar) => date.year >= calendar.firstYear && date.year <= calendar.lastYear;

/** Monday to Friday and not a bank holiday. Saturday is 6 and Sunday 7 in Temporal. */
export function isWorkingDay(date: PlainDate, calendar: WorkingDayCalendar = englandAndWales): boolean {
  return date.dayOfWeek <= 5 && !calendar.holidays.has(date.toString());
}

/**
 * The `n`th working day after `from` (n > 0) or before it (n < 0); `from`
 * itself is day 0 and never counts. "Within five working days" of a Friday
 * notification is the following Friday, or later across a bank holiday.
 */
export function addWorkingDays(from: PlainDate, n: number, calendar: WorkingDayCalendar = englandAndWales): WorkingDayResult {
  const step = n < 0 ? -1 : 1;
  let date = from;
  let left = Math.abs(n);
  let beyondData = false;
  while (left > 0) {
    date = date.add({ days: step });
    if (!covered(date, calendar)) beyondData = true;
    if (isWorkingDay(date, calendar)) left--;
  }
  return { date, beyondData };
}

/** A warning that a count of working days ran outside the years the bank-holiday data covers. */
export function beyondDataWarning(what: string, calendar: WorkingDayCalendar = englandAndWales): ContentError {
  return contentError({
    file: calendar.file,
    severity: 'warning',
    rule: 'bank-holidays',
    message: `${what} counts working days outside ${calendar.firstYear} to ${calendar.lastYear}, the years this list of bank holidays covers, so a bank holiday in another year is not skipped and that date may be a working day too early`,
    hint: 'refresh the list from GOV.UK with `npm run bank-holidays` (scripts/refresh-bank-holidays.ts), and commit the new file',
  });
}
