/**
 * Dates as GOV.UK writes them, "3 March 2026", on the Europe/London
 * calendar: a commit at 23:30 UTC on 31 March in summer time is 1 April here.
 */
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const PARTS = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/London' });

/** `2026-03-03T10:15:00+00:00` → "3 March 2026". */
export function formatLongDate(instant: string): string {
  return LONG_DATE.format(new Date(instant));
}

/** `2026-03-31T23:30:00Z` → `2026-04-01`, for a `<time datetime>` attribute. */
export function londonDate(instant: string): string {
  const parts = Object.fromEntries(PARTS.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
