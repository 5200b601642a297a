/**
 * Counting a time limit (src/schemas/time-limit.ts) from a London date. The
 * day of the event is day 0: "within 28 days" of 1 March ends on 29 March,
 * "within five working days" of a Friday ends on the next Friday (later
 * across a bank holiday), "within 3 months" of 30 November ends on the last
 * day of February (Temporal's "constrain", the earlier day, so a limit is
 * never stretched). A response on the last day is in time; the day after
 * is late.
 */
import type { TimeLimit } from '../../schemas/time-limit.ts';
import { addWorkingDays, type WorkingDayResult } from '../dates/working-days.ts';
import type { PlainDate } from './calendar.ts';

/** `n` units of the limit after (1) or before (-1) `from`, and whether working days were counted past the bank-holiday data. */
function shift(from: PlainDate, limit: TimeLimit, sign: 1 | -1): WorkingDayResult {
  if ('workingDays' in limit) return addWorkingDays(from, sign * limit.workingDays);
  const duration = 'days' in limit ? { days: limit.days } : 'weeks' in limit ? { weeks: limit.weeks } : { months: limit.months };
  return { date: sign === 1 ? from.add(duration) : from.subtract(duration), beyondData: false };
}

/** The last day of a limit that starts on `from`: the event's day plus the limit. */
export const lastDayWithin = (from: PlainDate, limit: TimeLimit): WorkingDayResult => shift(from, limit, 1);

/** The last day something may happen and still be the limit before `day`: papers "at least 5 days before" a meeting. */
export const lastDayBefore = (day: PlainDate, limit: TimeLimit): WorkingDayResult => shift(day, limit, -1);

/** "5 working days", "28 days", "3 months", "1 week". */
export function describeLimit(limit: TimeLimit): string {
  const [unit, n] = Object.entries(limit)[0] as [string, number];
  const word = unit === 'workingDays' ? 'working day' : unit.slice(0, -1);
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
