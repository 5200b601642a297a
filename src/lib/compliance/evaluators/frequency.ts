/**
 * `frequency` duties: at least N meetings of a body in each year (Steering
 * Group and Partnership Board at least 4 a year, business year from 1 April,
 * 6.52; Wandsworth Executive 6 a year; a financial statement to the Steering
 * Group twice a year, 11.7). Evidence: meetings.yaml, each meeting counted
 * on its Europe/London date; one after the as-of date counts as scheduled.
 *
 * With `perQuarter` ("quarterly", "every three months") each quarter of the
 * year must also hold its meeting, so four meetings in April do not pass.
 *
 * Every period that has ended since the first meeting recorded (each year;
 * with perQuarter, each quarter) must have had its meetings; a shortfall
 * cannot be made up, so it stays overdue until acknowledged
 * (records/acknowledgements.yaml), however many good years follow. The current year and quarter are judged
 * against their last day.
 */
import type { DutyOf } from '../../../schemas/duty.ts';
import { acknowledgementOf, acknowledgeHint, linkOf, type Lapse } from '../acknowledgements.ts';
import { settle } from '../cadence.ts';
import {
  compareDates,
  daysBetween,
  inPeriod,
  isAfter,
  londonDate,
  quartersOf,
  shiftYear,
  yearContaining,
  type PlainDate,
  type YearPeriod,
} from '../calendar.ts';
import { statusFor } from '../status.ts';
import type { EvaluationContext, Finding } from '../types.ts';
import { bodyName, toEvidence } from './shared.ts';
import { spacingOutcome } from './spacing.ts';

type Duty = DutyOf<'frequency'>;

interface Period extends YearPeriod {
  unit: 'year' | 'quarter';
  need: number;
}

const inDays = (days: number) => (days === 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`);

export function evaluateFrequency(duty: Duty, ctx: EvaluationContext): Finding[] {
  const { records, asOf, warningDays } = ctx;
  const file = records.files.meetings;
  const name = bodyName(records, duty.body);
  const meetings = records.meetings
    .filter((m) => m.data.body === duty.body && (duty.item === undefined || m.data.papers.includes(duty.item)))
    .filter((m) => duty.counts === 'all' || !m.data.extraordinary)
    .map((entry) => ({ entry, date: londonDate(entry.data.date) }))
    .sort((a, b) => compareDates(a.date, b.date));
  const what = (count: number) => `${count === 1 ? 'meeting' : 'meetings'} of ${name}${duty.item ? ` taking ${duty.item}` : ''}`;
  const addHint = `add each meeting to ${file} as { body: ${duty.body}, date: YYYY-MM-DD${duty.item ? `, papers: [${duty.item}]` : ''} }`;
  if (!meetings.length) {
    return [{ status: 'no-evidence', detail: `no ${what(2)} recorded`, notes: [], edit: { file, hint: addHint } }];
  }
  const held = meetings.filter((m) => !isAfter(m.date, asOf));
  const countIn = (period: { start: PlainDate; end: PlainDate }, list = held) => list.filter((m) => inPeriod(m.date, period)).length;
  const current = yearContaining(asOf, duty.yearStarts);
  const lastHeld = held.at(-1);
  const last = lastHeld && toEvidence(lastHeld, `meeting of ${name}`, ['date'], linkOf('minutes', lastHeld.entry.data.minutes));
  const since = duty.since ? londonDate(duty.since) : undefined;
  const edit = { file, line: lastHeld?.entry.line, hint: addHint };

  // Ended periods that fell short; a period that began before `since` is not judged.
  // Every year from the first meeting recorded (a shortfall never expires), and every ended quarter of them and of this year.
  const quarter = (q: YearPeriod): Period => ({ ...q, unit: 'quarter', need: duty.perQuarter ?? 0 });
  const years: YearPeriod[] = [];
  for (
    let y = yearContaining(since ?? meetings[0]!.date, duty.yearStarts);
    isAfter(current.start, y.start);
    y = shiftYear(y, 1, duty.yearStarts)
  )
    years.push(y);
  const ended: Period[] = [
    ...years.map((y): Period => ({ ...y, unit: 'year', need: duty.atLeast })),
    ...(duty.perQuarter
      ? [...years, current]
          .flatMap(quartersOf)
          .filter((q) => isAfter(asOf, q.end))
          .map(quarter)
      : []),
  ].sort((a, b) => compareDates(a.end, b.end));
  const spaced = duty.spacing
    ? spacingOutcome(
        duty,
        held.map((m) => m.date),
        since ?? meetings[0]!.date,
        asOf,
        what(2),
      )
    : undefined;
  const lapses: Lapse[] = ended
    .filter((p) => !(since && isAfter(since, p.start)) && countIn(p) < p.need)
    .map((p) => ({
      start: p.start,
      end: p.end,
      shortfall: `${countIn(p)} of at least ${p.need} ${what(p.need)} held in the ${p.unit} ${p.label}; the ${p.unit} ended ${p.end}`,
    }))
    .concat(spaced?.lapses ?? []);
  const { open, acknowledged } = settle(lapses, { acknowledge: (lapse) => acknowledgementOf(ctx, duty.id, lapse) });
  if (open.length) {
    const [first, ...rest] = open;
    return [
      {
        status: 'overdue',
        due: first!.end,
        last,
        acknowledged,
        detail: first!.shortfall,
        notes: rest.map((l) => `also short: ${l.shortfall}`),
        edit: { ...edit, hint: `${addHint}; ${acknowledgeHint(ctx, duty.id, first!)}` },
      },
    ];
  }

  // This year's count by its last day and, with perQuarter, this quarter's by its last day.
  const scheduled = meetings.filter((m) => isAfter(m.date, asOf));
  const heldNow = countIn(current);
  const tally = `${heldNow} held${countIn(current, scheduled) ? ` and ${countIn(current, scheduled)} scheduled` : ''} of at least ${duty.atLeast} in the year ${current.label}`;
  const parts = [heldNow >= duty.atLeast ? `${tally}: met` : `${tally}; ${duty.atLeast - heldNow} more needed by ${current.end}`];
  const dues: PlainDate[] = heldNow >= duty.atLeast ? [] : [current.end];
  const thisQuarter = duty.perQuarter ? quartersOf(current).find((q) => inPeriod(asOf, q)) : undefined;
  if (thisQuarter && duty.perQuarter) {
    const inQuarter = countIn(thisQuarter);
    if (inQuarter < duty.perQuarter) {
      parts.push(`${duty.perQuarter - inQuarter} more needed in the quarter ${thisQuarter.label} by ${thisQuarter.end}`);
      dues.push(thisQuarter.end);
    } else {
      const next = quartersOf(yearContaining(thisQuarter.end.add({ days: 1 }), duty.yearStarts)).find((q) =>
        inPeriod(thisQuarter.end.add({ days: 1 }), q),
      )!;
      parts.push(`the quarter ${thisQuarter.label}: met; the next is due in the quarter ${next.label}, by ${next.end}`);
      dues.push(next.end);
    }
  }
  if (spaced) {
    parts.push(spaced.next.words);
    dues.push(spaced.next.due);
  }
  if (!dues.length) return [{ status: 'ok', due: current.end, last, edit, acknowledged, notes: [], detail: parts.join('; ') }];
  const due = dues.sort(compareDates)[0]!;
  const status = statusFor(due, asOf, warningDays);
  const when = status === 'due-soon' ? ` (${inDays(daysBetween(asOf, due))})` : '';
  return [{ status, due, last, edit, acknowledged, notes: [], detail: `${parts.join('; ')}${when}` }];
}
