/**
 * `annual-deadline` duties: something done by a fixed day each year
 * (meeting dates set by 15 November for the next business year, 6.52;
 * contributions by 30 April, 11.4). Evidence: reviews.yaml entries with the
 * duty's `subject`.
 *
 * Each year's window runs from `opens` (default: the day after last year's
 * deadline) to the deadline. Evidence after the deadline but before the next
 * window opens still settles that year, noted as late. A missed deadline that
 * was acknowledged (records/acknowledgements.yaml) is a note, not a failure.
 */
import type { DutyOf } from '../../../schemas/duty.ts';
import { acknowledgeHint, linkOf, sortLapses } from '../acknowledgements.ts';
import { compareDates, dayInYear, inPeriod, isAfter, londonDate, type PlainDate } from '../calendar.ts';
import type { EvaluationContext, Finding } from '../types.ts';
import { datedUpTo, findingByDue, noEvidence, toEvidence } from './shared.ts';

type Duty = DutyOf<'annual-deadline'>;

function windowFor(duty: Duty, year: number): { opens: PlainDate; deadline: PlainDate } {
  const deadline = dayInYear(year, duty.by);
  if (!duty.opens) return { opens: dayInYear(year - 1, duty.by).add({ days: 1 }), deadline };
  const opens = dayInYear(year, duty.opens);
  return { opens: isAfter(opens, deadline) ? dayInYear(year - 1, duty.opens) : opens, deadline };
}

export function evaluateAnnualDeadline(duty: Duty, ctx: EvaluationContext): Finding[] {
  const { records, asOf } = ctx;
  const file = records.files.reviews;
  const hint = `add an entry to ${file} with subject: ${duty.subject}, what, date, by and paper`;
  const dated = datedUpTo(
    records.reviews.filter((r) => r.data.subject === duty.subject),
    (r) => londonDate(r.date),
    asOf,
  );
  if (!dated.length) return [noEvidence(`no record with subject "${duty.subject}" on or before ${asOf}`, { file, hint })];

  /** Evidence settling the year's deadline: in its window, or late but before the next window opens. */
  const settling = (year: number) => {
    const { opens } = windowFor(duty, year);
    const nextOpens = windowFor(duty, year + 1).opens;
    return dated.find((d) => inPeriod(d.date, { start: opens, end: nextOpens.subtract({ days: 1 }) }));
  };
  const since = duty.since ? londonDate(duty.since) : undefined;
  const thisYear = asOf.year;
  // The most recent deadline that has passed must have been met.
  const closedYear = isAfter(asOf, windowFor(duty, thisYear).deadline) ? thisYear : thisYear - 1;
  const closed = windowFor(duty, closedYear);
  const last = dated.at(-1)!;
  const lastEvidence = toEvidence(
    last,
    `${last.entry.data.what}, by ${last.entry.data.by}`,
    ['date'],
    linkOf('paper', last.entry.data.paper),
  );
  const edit = { file, line: last.entry.line, hint };
  const closedEvidence = settling(closedYear);
  const missed =
    !closedEvidence && !(since && isAfter(since, closed.deadline))
      ? [{ start: closed.opens, end: closed.deadline, shortfall: `not done by the ${closedYear} deadline, ${closed.deadline}` }]
      : [];
  const { open, acknowledged } = sortLapses(ctx, duty.id, missed);
  if (open.length) {
    return [
      findingByDue(ctx, {
        due: closed.deadline,
        what: `not done for the ${closedYear} deadline;`,
        last: lastEvidence,
        edit: { ...edit, hint: `${hint}; ${acknowledgeHint(ctx, duty.id, open[0]!)}` },
      }),
    ];
  }
  const notes =
    closedEvidence && isAfter(closedEvidence.date, closed.deadline)
      ? [`${closedYear}: done late, on ${closedEvidence.date} (deadline ${closed.deadline})`]
      : [];
  const next = windowFor(duty, closedYear + 1);
  const early = settling(closedYear + 1);
  if (early && compareDates(early.date, next.deadline) <= 0) {
    return [
      {
        status: 'ok',
        due: next.deadline,
        last: lastEvidence,
        edit,
        notes,
        acknowledged,
        detail: `done on ${early.date} for the deadline of ${next.deadline}`,
      },
    ];
  }
  return [findingByDue(ctx, { due: next.deadline, last: lastEvidence, edit, notes, acknowledged })];
}
