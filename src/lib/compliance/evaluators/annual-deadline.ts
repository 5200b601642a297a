/**
 * `annual-deadline` duties: something done by a fixed day each year
 * (meeting dates set by 15 November for the next business year, 6.52;
 * contributions by 30 April, 11.4). Evidence: reviews.yaml entries with the
 * duty's `subject`.
 *
 * Each year's window runs from `opens` (default: the day after last year's
 * deadline) to the deadline. A record counts for the deadline it names
 * (`for: { year: 2026 }`, or the financial year it is for, mapped by the
 * duty's own `for`), else for the window its date falls in, and the result
 * says so. Evidence after the deadline but before the next window opens
 * still settles that year, noted as late. Every deadline that passed since
 * the first one evidenced must have been met: a missed one stays a lapse
 * until acknowledged (records/acknowledgements.yaml).
 */
import type { DutyOf } from '../../../schemas/duty.ts';
import type { EvidencePeriod } from '../../../schemas/evidence-period.ts';
import { acknowledgementOf, linkOf, type Lapse } from '../acknowledgements.ts';
import { settle } from '../cadence.ts';
import { compareDates, dayInYear, financialYearOf, inPeriod, isAfter, londonDate, shiftYear, spanOf, type PlainDate } from '../calendar.ts';
import type { EvaluationContext, Finding } from '../types.ts';
import { datedUpTo, findingByDue, findingFromOutcome, noEvidence, toEvidence } from './shared.ts';

type Duty = DutyOf<'annual-deadline'>;

function windowFor(duty: Duty, year: number): { opens: PlainDate; deadline: PlainDate } {
  const deadline = dayInYear(year, duty.by);
  if (!duty.opens) return { opens: dayInYear(year - 1, duty.by).add({ days: 1 }), deadline };
  const opens = dayInYear(year, duty.opens);
  return { opens: isAfter(opens, deadline) ? dayInYear(year - 1, duty.opens) : opens, deadline };
}

/** The deadline year a record names with `for:`, or undefined when it names none. */
function namedYear(duty: Duty, period: EvidencePeriod | undefined): number | undefined {
  if (!period) return undefined;
  if ('year' in period) return period.year;
  // A financial year (or a span inside one) is served by the deadline the duty says: in that year, or in the year before.
  const served = financialYearOf(spanOf(period).start);
  const wanted = duty.for === 'next-financial-year' ? shiftYear(served, -1) : served;
  const year = [wanted.start.year, wanted.end.year].find((y) => inPeriod(dayInYear(y, duty.by), wanted));
  return year;
}

/**
 * The deadline year a record counts for: the one it names, else the year whose
 * window (opens → the day before next year's opens) holds its date, so late
 * evidence settles its own year.
 */
export function deadlineYearOf(duty: Duty, date: PlainDate, period: EvidencePeriod | undefined): number {
  return namedYear(duty, period) ?? [date.year + 1, date.year, date.year - 1].find((y) => !isAfter(windowFor(duty, y).opens, date))!;
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

  /** The year whose window (opens → the day before next year's opens) holds a date: late evidence settles its year. */
  const yearOf = (d: (typeof dated)[number]) => deadlineYearOf(duty, d.date, d.entry.data.for);
  const settling = (year: number) => dated.find((d) => yearOf(d) === year);
  const thisYear = asOf.year;
  // Every deadline that has passed, from the first the evidence is for, must have been met.
  const closedYear = isAfter(asOf, windowFor(duty, thisYear).deadline) ? thisYear : thisYear - 1;
  // From the first deadline on or after the duty's since, else from the first the evidence is for.
  const since = duty.since ? londonDate(duty.since) : undefined;
  const firstYear = since
    ? [since.year, since.year + 1].find((y) => !isAfter(since, windowFor(duty, y).deadline))!
    : Math.min(...dated.map(yearOf));
  const missed: Lapse[] = [];
  const notes: string[] = [];
  for (let year = firstYear; year <= closedYear; year++) {
    const { opens, deadline } = windowFor(duty, year);
    const done = settling(year);
    if (!done) missed.push({ start: opens, end: deadline, shortfall: `not done by the ${year} deadline, ${deadline}` });
    else if (isAfter(done.date, deadline)) notes.push(`${year}: done late, on ${done.date} (deadline ${deadline})`);
  }
  const last = dated.at(-1)!;
  if (!last.entry.data.for)
    notes.push(`the latest record names no period (for:), so it is counted for the ${yearOf(last)} deadline from its date`);
  const lastEvidence = toEvidence(
    last,
    `${last.entry.data.what}, by ${last.entry.data.by}`,
    ['date'],
    linkOf('paper', last.entry.data.paper),
  );
  const edit = { file, line: last.entry.line, hint };
  const { open, acknowledged } = settle(missed, {
    since,
    acknowledge: (l) => acknowledgementOf(ctx, duty.id, l),
  });
  const next = windowFor(duty, closedYear + 1);
  if (open.length)
    return [findingFromOutcome(ctx, { due: next.deadline, notes, acknowledged, open }, { dutyId: duty.id, last: lastEvidence, edit })];
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
