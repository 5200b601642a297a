/**
 * `frequency` duties: at least N meetings of a body in each year (Steering
 * Group and Partnership Board at least 4 a year, business year from 1 April,
 * 6.52; Wandsworth Executive 6 a year; a financial statement to the Steering
 * Group twice a year, 11.7). Evidence: meetings.yaml, each meeting counted
 * on its Europe/London date; one after the as-of date counts as scheduled.
 *
 * The last completed year must have had N; a shortfall there is overdue
 * (it cannot be made up). The current year is judged against its end date.
 */
import type { DutyOf } from '../../../schemas/duty.ts';
import { compareDates, daysBetween, inPeriod, isAfter, londonDate, shiftYear, yearContaining, type YearPeriod } from '../calendar.ts';
import { statusFor } from '../status.ts';
import type { EvaluationContext, Finding } from '../types.ts';
import { toEvidence } from './shared.ts';

type Duty = DutyOf<'frequency'>;

export function evaluateFrequency(duty: Duty, ctx: EvaluationContext): Finding[] {
  const { records, asOf, warningDays } = ctx;
  const file = records.files.meetings;
  const meetings = records.meetings
    .filter((m) => m.data.body === duty.body && (duty.item === undefined || m.data.papers.includes(duty.item)))
    .map((entry) => ({ entry, date: londonDate(entry.data.date) }))
    .sort((a, b) => compareDates(a.date, b.date));
  const what = `meetings of ${duty.body}${duty.item ? ` taking ${duty.item}` : ''}`;
  const addHint = `add each meeting to ${file} as { body: ${duty.body}, date: YYYY-MM-DD${duty.item ? `, papers: [${duty.item}]` : ''} }`;
  if (!meetings.length) {
    return [{ status: 'no-evidence', detail: `no ${what} recorded`, notes: [], edit: { file, hint: addHint } }];
  }
  const held = meetings.filter((m) => !isAfter(m.date, asOf));
  const countIn = (year: YearPeriod, list = held) => list.filter((m) => inPeriod(m.date, year)).length;
  const current = yearContaining(asOf, duty.yearStarts);
  const previous = shiftYear(current, -1, duty.yearStarts);
  const lastHeld = held.at(-1);
  const last = lastHeld && toEvidence(lastHeld, `meeting of ${duty.body}`, ['date']);
  const edit = { file, line: lastHeld?.entry.line, hint: addHint };
  const since = duty.since ? londonDate(duty.since) : undefined;

  const previousCount = countIn(previous);
  if (previousCount < duty.atLeast && !(since && isAfter(since, previous.start))) {
    return [{
      status: 'overdue', due: previous.end, last, edit, notes: [],
      detail: `${previousCount} of at least ${duty.atLeast} ${what} held in the year ${previous.label}; the year ended ${previous.end}`,
    }];
  }
  const heldNow = countIn(current);
  const scheduled = countIn(current, meetings.filter((m) => isAfter(m.date, asOf)));
  const tally = `${heldNow} held${scheduled ? ` and ${scheduled} scheduled` : ''} of at least ${duty.atLeast} in the year ${current.label}`;
  if (heldNow >= duty.atLeast) {
    return [{ status: 'ok', due: current.end, last, edit, notes: [], detail: `${tally}: met` }];
  }
  const status = statusFor(current.end, asOf, warningDays);
  const days = daysBetween(asOf, current.end);
  const when = status === 'due-soon' ? ` (${days === 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`})` : '';
  return [{ status, due: current.end, last, edit, notes: [], detail: `${tally}; ${duty.atLeast - heldNow} more needed by ${current.end}${when}` }];
}
