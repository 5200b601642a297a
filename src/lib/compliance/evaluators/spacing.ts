/**
 * Spacing for `frequency` duties, beside the count per year: "monthly" is at
 * least one meeting in each calendar month, and "bi-monthly" or "every three
 * months" is no gap longer than two or three months between one meeting and
 * the next. Without it, twelve meetings held in April would pass "monthly".
 * Each ended month, and each gap, that broke the rule is a lapse; the current
 * month or gap gives a due date.
 */
import type { DutyOf } from '../../../schemas/duty.ts';
import type { Lapse } from '../acknowledgements.ts';
import { rollingDue } from '../cadence.ts';
import { compareDates, isAfter, type PlainDate } from '../calendar.ts';

type Spacing = NonNullable<DutyOf<'frequency'>['spacing']>;

export interface SpacingOutcome {
  lapses: Lapse[];
  /** When the next meeting is needed by, and the words for it. */
  next: { due: PlainDate; words: string };
}

const monthEnd = (d: PlainDate) => d.with({ day: d.daysInMonth });
const monthLabel = (d: PlainDate) => d.toLocaleString('en-GB', { month: 'long', year: 'numeric', calendar: 'iso8601' });

/** `held`: London dates of the meetings held, oldest first; `start`: the first day judged. */
export function spacingOutcome(spacing: Spacing, held: PlainDate[], start: PlainDate, asOf: PlainDate, what: string): SpacingOutcome {
  if ('perMonth' in spacing) {
    const need = spacing.perMonth;
    const lapses: Lapse[] = [];
    const count = (first: PlainDate) => held.filter((d) => d.year === first.year && d.month === first.month).length;
    for (let m = start.with({ day: 1 }); isAfter(asOf, monthEnd(m)); m = m.add({ months: 1 })) {
      const n = count(m);
      if (n < need) lapses.push({ start: m, end: monthEnd(m), shortfall: `${n} of at least ${need} ${what} held in ${monthLabel(m)}` });
    }
    const thisMonth = asOf.with({ day: 1 });
    const met = count(thisMonth) >= need;
    const month = met ? thisMonth.add({ months: 1 }) : thisMonth;
    return { lapses, next: { due: monthEnd(month), words: `the next needed in ${monthLabel(month)}, by ${monthEnd(month)}` } };
  }
  const months = spacing.maxGapMonths;
  // The day before the first day judged stands in for a meeting, so the first gap is judged too.
  const dates = [start.subtract({ days: 1 }), ...held.filter((d) => !isAfter(start, d))].sort(compareDates);
  const lapses: Lapse[] = [];
  for (let i = 1; i < dates.length; i++) {
    const due = rollingDue(dates[i - 1]!, months);
    if (isAfter(dates[i]!, due)) {
      const from = i === 1 ? `the start on ${start}` : String(dates[i - 1]);
      lapses.push({
        start: dates[i - 1]!.add({ days: 1 }),
        end: due,
        shortfall: `no ${what} within ${months} months of ${from} (by ${due}); the next was on ${dates[i]}`,
      });
    }
  }
  const due = rollingDue(dates.at(-1)!, months);
  return { lapses, next: { due, words: `the next needed within ${months} months of the last, by ${due}` } };
}
