/**
 * Calendar arithmetic for the compliance check, all on Europe/London
 * calendar dates (Temporal.PlainDate from temporal-polyfill).
 *
 * Why PlainDate: duties fall due on a day, not at an instant, and `Date`
 * would silently roll 30 February over to 2 March and shift dates across
 * midnight in BST. Anything that arrives as an instant (a calendar export's
 * `2026-03-31T23:30:00Z`, or "now") is converted to its London date first.
 */
import { Temporal } from 'temporal-polyfill';
import type { EvidencePeriod } from '../../schemas/evidence-period.ts';

export type PlainDate = Temporal.PlainDate;
export const LONDON = 'Europe/London';

/** The Europe/London calendar date of a `YYYY-MM-DD` date or an instant with an offset. */
export function londonDate(value: string): PlainDate {
  if (value.includes('T')) return Temporal.Instant.from(value).toZonedDateTimeISO(LONDON).toPlainDate();
  return Temporal.PlainDate.from(value, { overflow: 'reject' });
}

/** Today in London, or the London date of `now`. */
export function londonToday(now: Temporal.Instant = Temporal.Now.instant()): PlainDate {
  return now.toZonedDateTimeISO(LONDON).toPlainDate();
}

export const compareDates = (a: PlainDate, b: PlainDate): number => Temporal.PlainDate.compare(a, b);
export const isAfter = (a: PlainDate, b: PlainDate) => compareDates(a, b) > 0;
export const isOnOrBefore = (a: PlainDate, b: PlainDate) => compareDates(a, b) <= 0;
export const latest = (dates: PlainDate[]): PlainDate | undefined =>
  dates.reduce<PlainDate | undefined>((max, d) => (!max || isAfter(d, max) ? d : max), undefined);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return from.until(to, { largestUnit: 'days' }).days;
}

/**
 * The day in `year` for an `MM-DD`. Temporal's default overflow "constrain"
 * is what makes an anniversary of 29 February fall on 28 February.
 */
export function dayInYear(year: number, monthDay: string): PlainDate {
  const [month, day] = monthDay.split('-').map(Number);
  return Temporal.PlainDate.from({ year, month: month!, day: day! });
}

export interface YearPeriod {
  start: PlainDate;
  end: PlainDate;
  /** "2025-26" for a year starting 1 April, "2026" for a calendar year. */
  label: string;
}

/** The year that starts on `startsOn` (`MM-DD`) and contains `date`. */
export function yearContaining(date: PlainDate, startsOn = '04-01'): YearPeriod {
  let start = dayInYear(date.year, startsOn);
  if (isAfter(start, date)) start = dayInYear(date.year - 1, startsOn);
  const end = start.add({ years: 1 }).subtract({ days: 1 });
  const label = start.year === end.year ? String(start.year) : `${start.year}-${String(end.year % 100).padStart(2, '0')}`;
  return { start, end, label };
}

/** The year after (n = 1) or before (n = -1) a year period. */
export function shiftYear(period: YearPeriod, n: number, startsOn = '04-01'): YearPeriod {
  return yearContaining(period.start.add({ years: n }), startsOn);
}

/** The UK financial year, 1 April to 31 March, containing `date`. */
export const financialYearOf = (date: PlainDate): YearPeriod => yearContaining(date, '04-01');

export const inPeriod = (date: PlainDate, period: { start: PlainDate; end: PlainDate }) =>
  compareDates(date, period.start) >= 0 && compareDates(date, period.end) <= 0;

/**
 * The four quarters of a year period, three calendar months each from its
 * start: for a business year from 1 April, April–June, July–September,
 * October–December and January–March. Labelled "Q1 2025-26".
 */
export function quartersOf(year: YearPeriod): YearPeriod[] {
  // Each from the year's start, so a start on the 31st cannot leave a day between quarters.
  const startOf = (i: number) => year.start.add({ months: 3 * i });
  return [0, 1, 2, 3].map((i) => ({
    start: startOf(i),
    end: i === 3 ? year.end : startOf(i + 1).subtract({ days: 1 }),
    label: `Q${i + 1} ${year.label}`,
  }));
}

/**
 * The days a record's `for:` names (src/schemas/evidence-period.ts):
 * `{ financialYear: 2026-27 }` → 2026-04-01 to 2027-03-31, `{ quarter: 2026-27 Q2 }`
 * → 2026-07-01 to 2026-09-30, `{ year: 2026 }` → the calendar year.
 */
export function spanOf(period: EvidencePeriod): YearPeriod {
  if ('financialYear' in period) return financialYearOf(dayInYear(Number(period.financialYear.slice(0, 4)), '04-01'));
  if ('quarter' in period) {
    const year = financialYearOf(dayInYear(Number(period.quarter.slice(0, 4)), '04-01'));
    return quartersOf(year)[Number(period.quarter.slice(-1)) - 1]!;
  }
  if ('year' in period) return yearContaining(dayInYear(period.year, '01-01'), '01-01');
  return { start: londonDate(period.start), end: londonDate(period.end), label: `${period.start} to ${period.end}` };
}
