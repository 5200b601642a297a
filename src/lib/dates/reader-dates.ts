/**
 * Dates as readers see them, the GOV.UK way ("1 April 2026"), on the
 * Europe/London calendar: the one month list and the one set of rules for
 * every page, banner, feed and report that prints a date.
 *
 * Three kinds of value arrive:
 * - a calendar day (`2026-11-15`): duty dates and record dates have no time,
 *   so they are printed as written, with no time zone arithmetic;
 * - a date to the precision a source printed it (`2019-06-25`, `2021-12`,
 *   `2018`): we never invent a day or month the source did not give;
 * - an instant (a commit's `2026-03-31T23:30:00Z`): printed as its day in
 *   London, so late evening in summer time is already the next day. The
 *   conversion is the compliance calendar's, so a commit and a duty dated the
 *   same London day agree.
 */
import { Temporal } from 'temporal-polyfill';
import { LONDON, londonDate } from '../compliance/calendar.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2019-06-25` → "25 June 2019", `2021-12` → "December 2021", `2018` → "2018". */
export function formatPrintedDate(value: string): string {
  const [year, month, day] = value.split('-');
  if (!month) return year;
  const monthName = MONTHS[Number(month) - 1];
  if (!monthName) throw new Error(`Not a printed date: ${value}`);
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** `2026-11-15` → "15 November 2026"; anything but a `YYYY-MM-DD` day is refused. */
export function formatDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`Not a calendar day: ${value}`);
  return formatPrintedDate(value);
}

/** Commits are few and pages many: each instant is converted once (Temporal's zone arithmetic is slow). */
const daysOfInstants = new Map<string, string>();

/** `2026-03-31T23:30:00Z` → `2026-04-01`, the London day, for a `<time datetime>` attribute. */
export function londonDay(instant: string): string {
  let day = daysOfInstants.get(instant);
  if (day === undefined) {
    day = londonDate(instant).toString();
    daysOfInstants.set(instant, day);
  }
  return day;
}

/** `2026-03-31T23:30:00Z` → "1 April 2026", the London day of an instant. */
export function formatInstant(instant: string): string {
  return formatDay(londonDay(instant));
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** `2026-07-05T13:14:00Z` → "5 July 2026 at 14:14", the London day and time of an instant. */
export function formatInstantWithTime(instant: string): string {
  const zoned = Temporal.Instant.from(instant).toZonedDateTimeISO(LONDON);
  return `${formatDay(zoned.toPlainDate().toString())} at ${twoDigits(zoned.hour)}:${twoDigits(zoned.minute)}`;
}
