/**
 * The interval rules: given the dates of the evidence so far, when is the
 * next one due? Shared by the review, renewal-per-subgroup and publication
 * evaluators. The rules differ on purpose (see src/schemas/cadence.ts):
 *
 * - anniversary: due on the same day N years after the latest evidence;
 *   29 February + 1 year = 28 February (the earlier day, so a year is never
 *   stretched). Only the latest evidence matters.
 * - rolling: every N-month period must hold evidence, so the next is due on
 *   the last day of the N-month period that starts the day after the latest
 *   (28 Feb 2023 → 29 Feb 2024, where the anniversary is 28 Feb 2024), and
 *   every earlier gap is checked and reported as a past lapse.
 * - financial-year: once in each 1 April–31 March year, so evidence in April
 *   2024 and March 2026 is compliant although 23 months apart. A past year
 *   without evidence can be acknowledged (records/acknowledgements.yaml):
 *   it is then a note, and the current year is the one due.
 */
import type { IntervalCadence } from '../../schemas/cadence.ts';
import type { Lapse } from './acknowledgements.ts';
import { compareDates, financialYearOf, inPeriod, isAfter, latest, shiftYear, type PlainDate } from './calendar.ts';
import type { AcknowledgedLapse } from './types.ts';

export interface CadenceOutcome {
  /** The day the next evidence is (or was) needed by. */
  due: PlainDate;
  /** Earlier lapses found in the history, for the report. */
  notes: string[];
  /** Past periods without evidence that were acknowledged. */
  acknowledged: AcknowledgedLapse[];
  /** The past period whose lapse makes this overdue, when there is one that could be acknowledged. */
  lapse?: Lapse;
}

/** Looks up the acknowledgement of a past lapse, if any (see acknowledgements.ts). */
export type Acknowledge = (lapse: Lapse) => AcknowledgedLapse | undefined;

/** Last day of the `months`-month period that starts the day after `last`. */
export function rollingDue(last: PlainDate, months: number): PlainDate {
  return last.add({ days: 1 }).add({ months }).subtract({ days: 1 });
}

function anniversary(dates: PlainDate[], years: number): CadenceOutcome {
  return { due: latest(dates)!.add({ years }), notes: [], acknowledged: [] };
}

function rolling(dates: PlainDate[], months: number, since?: PlainDate): CadenceOutcome {
  const sorted = [...dates].sort(compareDates);
  const notes: string[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const gapEnd = rollingDue(sorted[i - 1]!, months);
    if (isAfter(sorted[i]!, gapEnd) && !(since && isAfter(since, gapEnd))) {
      notes.push(
        `lapsed earlier: nothing in the ${months}-month period ${sorted[i - 1]!.add({ days: 1 })} to ${gapEnd}; the next was ${sorted[i]}`,
      );
    }
  }
  return { due: rollingDue(sorted.at(-1)!, months), notes, acknowledged: [] };
}

function financialYear(dates: PlainDate[], asOf: PlainDate, since?: PlainDate, acknowledge: Acknowledge = () => undefined): CadenceOutcome {
  const has = (year: { start: PlainDate; end: PlainDate }) => dates.some((d) => inPeriod(d, year));
  const current = financialYearOf(asOf);
  const previous = shiftYear(current, -1);
  const notes: string[] = [];
  const acknowledged: AcknowledgedLapse[] = [];
  const lapseIn = (year: ReturnType<typeof financialYearOf>): Lapse => ({
    start: year.start,
    end: year.end,
    shortfall: `nothing in financial year ${year.label}`,
  });
  // Earlier years without evidence, from the first evidence on, are past lapses.
  const first = [...dates].sort(compareDates)[0]!;
  for (let year = financialYearOf(first); compareDates(year.end, previous.start) < 0; year = shiftYear(year, 1)) {
    if (has(year) || (since && isAfter(since, year.end))) continue;
    const known = acknowledge(lapseIn(year));
    if (known) acknowledged.push(known);
    else notes.push(`lapsed earlier: nothing in financial year ${year.label}`);
  }
  if (has(current)) return { due: shiftYear(current, 1).end, notes, acknowledged };
  if (has(previous) || (since && isAfter(since, previous.end))) return { due: current.end, notes, acknowledged };
  const known = acknowledge(lapseIn(previous));
  if (known) return { due: current.end, notes, acknowledged: [...acknowledged, known] };
  return { due: previous.end, notes, acknowledged, lapse: lapseIn(previous) };
}

/** Due date by an interval rule; `dates` must be non-empty and on or before `asOf`. */
export function intervalDue(
  cadence: IntervalCadence,
  dates: PlainDate[],
  asOf: PlainDate,
  since?: PlainDate,
  acknowledge?: Acknowledge,
): CadenceOutcome {
  switch (cadence.rule) {
    case 'anniversary':
      return anniversary(dates, cadence.years);
    case 'rolling':
      return rolling(dates, cadence.months, since);
    case 'financial-year':
      return financialYear(dates, asOf, since, acknowledge);
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
