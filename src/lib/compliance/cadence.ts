/**
 * The interval rules: given the evidence so far, which past periods were
 * missed and when is the next evidence due? Shared by the review,
 * renewal-per-subgroup and publication evaluators. The rules differ on
 * purpose (see src/schemas/cadence.ts), but one principle holds for all:
 * a missed period stays a lapse, failing, until the responsible body
 * acknowledges it (records/acknowledgements.yaml). Later evidence never
 * hides it.
 *
 * - anniversary: due N years after the latest evidence (29 February + 1
 *   year = 28 February). A review that came after its due date leaves the
 *   days between as a lapse.
 * - rolling: every N-month period must hold evidence; each longer gap is a
 *   lapse, and the next is due on the last day of the N-month period that
 *   starts the day after the latest (28 Feb 2023 → 29 Feb 2024).
 * - financial-year: once in each 1 April–31 March year, so evidence in April
 *   2024 and March 2026 is compliant although 23 months apart. Evidence
 *   counts for the year it names (`for:`), else the year its date falls in;
 *   a year with none is a lapse until a record names it or it is acknowledged.
 * - in-force: a term agreed (a plan's period, a budget's three years) must
 *   cover every day; due the day the latest term ends.
 */
import type { IntervalCadence } from '../../schemas/cadence.ts';
import type { Lapse } from './acknowledgements.ts';
import { compareDates, financialYearOf, isAfter, shiftYear, type PlainDate } from './calendar.ts';
import type { AcknowledgedLapse } from './types.ts';

export interface CadenceOutcome {
  /** The day the next evidence is (or was) needed by. */
  due: PlainDate;
  /** Interpretation notes for the report. */
  notes: string[];
  /** Missed periods that were acknowledged: notes, not failures. */
  acknowledged: AcknowledgedLapse[];
  /** Missed periods nobody has acknowledged, oldest first: each fails the check. */
  open: Lapse[];
}

/** Looks up the acknowledgement of a past lapse, if any (see acknowledgements.ts). */
export type Acknowledge = (lapse: Lapse) => AcknowledgedLapse | undefined;

/** One piece of evidence: its London date, and the period the record names it is for, if any. */
export interface EvidencePoint {
  date: PlainDate;
  period?: { start: PlainDate; end: PlainDate };
}

export interface CadenceOptions {
  /** First day the duty is checked from: periods that ended before it are not judged. */
  since?: PlainDate;
  acknowledge?: Acknowledge;
}

/** Last day of the `months`-month period that starts the day after `last`. */
export function rollingDue(last: PlainDate, months: number): PlainDate {
  return last.add({ days: 1 }).add({ months }).subtract({ days: 1 });
}

/** Splits lapses into acknowledged and open, dropping those that ended before `since`. */
export function settle(lapses: Lapse[], { since, acknowledge = () => undefined }: CadenceOptions) {
  const acknowledged: AcknowledgedLapse[] = [];
  const open: Lapse[] = [];
  for (const lapse of [...lapses].sort((a, b) => compareDates(a.end, b.end))) {
    if (since && isAfter(since, lapse.end)) continue;
    const known = acknowledge(lapse);
    if (known) acknowledged.push(known);
    else open.push(lapse);
  }
  return { acknowledged, open };
}

/** Gaps between consecutive evidence longer than the rule allows, each a lapse. */
function gaps(dates: PlainDate[], dueAfter: (last: PlainDate) => PlainDate, words: (from: PlainDate, due: PlainDate) => string): Lapse[] {
  const lapses: Lapse[] = [];
  for (let i = 1; i < dates.length; i++) {
    const due = dueAfter(dates[i - 1]!);
    if (isAfter(dates[i]!, due)) {
      lapses.push({
        start: dates[i - 1]!.add({ days: 1 }),
        end: due,
        shortfall: `${words(dates[i - 1]!, due)}; the next was on ${dates[i]}`,
      });
    }
  }
  return lapses;
}

function financialYear(points: EvidencePoint[], asOf: PlainDate, options: CadenceOptions): CadenceOutcome {
  // The year a piece of evidence counts for: the one its record names, else the one its date is in.
  const yearOf = (p: EvidencePoint) => financialYearOf(p.period?.start ?? p.date);
  const has = (year: { start: PlainDate }) => points.some((p) => compareDates(yearOf(p).start, year.start) === 0);
  const current = financialYearOf(asOf);
  // History starts at the duty's since, else at the first evidence: nothing earlier can be known.
  const from = options.since ? financialYearOf(options.since) : points.map(yearOf).sort((a, b) => compareDates(a.start, b.start))[0]!;
  const missed: Lapse[] = [];
  for (let year = from; isAfter(current.start, year.start); year = shiftYear(year, 1)) {
    if (!has(year)) missed.push({ start: year.start, end: year.end, shortfall: `nothing in financial year ${year.label}` });
  }
  const { acknowledged, open } = settle(missed, options);
  const due = has(current) ? shiftYear(current, 1).end : current.end;
  const notes = points.some((p) => !p.period)
    ? ['evidence that names no period (for:) is counted for the financial year its date falls in']
    : [];
  return { due, notes, acknowledged, open };
}

/** Terms in force: due when the one covering `asOf` ends; a gap between terms, or no term named at all, is a lapse. */
function inForce(points: EvidencePoint[], asOf: PlainDate, options: CadenceOptions): CadenceOutcome {
  const terms = points.flatMap((p) => (p.period ? [p.period] : [])).sort((a, b) => compareDates(a.start, b.start));
  if (!terms.length) {
    const latest = points
      .map((p) => p.date)
      .sort(compareDates)
      .at(-1)!;
    const shortfall = 'no record names the term it agrees (for: { start, end }), so whether one is in force cannot be told';
    return { due: latest, notes: [], acknowledged: [], open: [{ start: latest, end: latest, shortfall }] };
  }
  const missed: Lapse[] = [];
  let coveredTo = terms[0]!.end;
  for (const term of terms.slice(1)) {
    const gapStart = coveredTo.add({ days: 1 });
    if (isAfter(term.start, gapStart)) {
      // A term agreed for later does not cover the days before it: stop, so today's gap (if any) shows.
      if (isAfter(term.start, asOf)) break;
      const gapEnd = term.start.subtract({ days: 1 });
      missed.push({ start: gapStart, end: gapEnd, shortfall: `no term in force from ${gapStart} to ${gapEnd}` });
    }
    if (isAfter(term.end, coveredTo)) coveredTo = term.end;
  }
  return { due: coveredTo, notes: [], ...settle(missed, options) };
}

/** Due date, and missed periods, by an interval rule; `evidence` must be non-empty and dated on or before `asOf`. */
export function intervalDue(
  cadence: IntervalCadence,
  evidence: Array<PlainDate | EvidencePoint>,
  asOf: PlainDate,
  options: CadenceOptions = {},
): CadenceOutcome {
  const points = evidence.map((e) => ('date' in e ? e : { date: e }));
  const dates = points.map((p) => p.date).sort(compareDates);
  // A duty checked from `since` needed its first evidence within one period of it: the day before stands in as a start.
  const since = options.since;
  const withStart = since && isAfter(dates[0]!, since) ? [since.subtract({ days: 1 }), ...dates] : dates;
  const startWords = (from: PlainDate) =>
    since && withStart !== dates && from === withStart[0] ? `the duty's start on ${since}` : String(from);
  const latestDate = dates.at(-1)!;
  switch (cadence.rule) {
    case 'anniversary': {
      const years = cadence.years;
      const late = gaps(
        withStart,
        (d) => d.add({ years }),
        (from, due) => `no review within ${years === 1 ? 'a year' : `${years} years`} of ${startWords(from)}: due by ${due}`,
      );
      return { due: latestDate.add({ years }), notes: [], ...settle(late, options) };
    }
    case 'rolling': {
      const { months } = cadence;
      const missed = gaps(
        withStart,
        (d) => rollingDue(d, months),
        (from, due) => `nothing in the ${months}-month period ${from.add({ days: 1 })} to ${due}`,
      );
      return { due: rollingDue(latestDate, months), notes: [], ...settle(missed, options) };
    }
    case 'financial-year':
      return financialYear(points, asOf, options);
    case 'in-force':
      return inForce(points, asOf, options);
  }
}

/** The cadence in words, for reports: "annually (anniversary)". */
export function describeCadence(cadence: { rule: string; years?: number; months?: number }): string {
  switch (cadence.rule) {
    case 'anniversary':
      return cadence.years === 1 ? 'annually (calendar anniversary)' : `every ${cadence.years} years (calendar anniversary)`;
    case 'rolling':
      return `at least once in every ${cadence.months}-month period`;
    case 'financial-year':
      return 'at least once each financial year (1 April to 31 March)';
    case 'preceding-financial-year':
      return 'each financial year, covering the preceding financial year';
    case 'in-force':
      return 'a plan in force at all times';
    default:
      return cadence.rule;
  }
}
