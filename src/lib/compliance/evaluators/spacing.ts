/**
 * Spacing for `frequency` duties, beside the count per year: "monthly" is at
 * least one meeting in each calendar month, "bi-monthly" at least one in each
 * two-month block of the year (April–May, June–July, … from a 1 April year),
 * as "quarterly" is read by quarters. So twelve meetings held in April do
 * not pass "monthly". Blocks, not a maximum gap: a meeting held two days
 * after the two-month anniversary of the last still falls in its block, and
 * a block with none cannot be hidden by the blocks after it.
 */
import type { DutyOf } from '../../../schemas/duty.ts';
import type { Lapse } from '../acknowledgements.ts';
import { isAfter, yearContaining, type PlainDate } from '../calendar.ts';

type Duty = DutyOf<'frequency'>;

export interface SpacingOutcome {
  lapses: Lapse[];
  /** When the next meeting is needed by, and the words for it. */
  next: { due: PlainDate; words: string };
}

const monthName = (d: PlainDate) => d.toLocaleString('en-GB', { month: 'long', calendar: 'iso8601' });

/** "November 2026" for one month, "October to November 2026" for two. */
function blockLabel(start: PlainDate, end: PlainDate): string {
  const first = start.year === end.year ? monthName(start) : `${monthName(start)} ${start.year}`;
  return start.month === end.month && start.year === end.year
    ? `${monthName(end)} ${end.year}`
    : `${first} to ${monthName(end)} ${end.year}`;
}

/** `held`: London dates of the meetings held; `start`: the first day judged. */
export function spacingOutcome(duty: Duty, held: PlainDate[], start: PlainDate, asOf: PlainDate, what: string): SpacingOutcome {
  const { months, atLeast } = duty.spacing!;
  // Blocks run from the start of the year holding `start`, so they line up with the years and quarters.
  const first = yearContaining(start, duty.yearStarts).start;
  const blockAt = (i: number) => {
    const blockStart = first.add({ months: months * i });
    return { start: blockStart, end: first.add({ months: months * (i + 1) }).subtract({ days: 1 }) };
  };
  const count = (b: { start: PlainDate; end: PlainDate }) => held.filter((d) => !isAfter(b.start, d) && !isAfter(d, b.end)).length;
  const lapses: Lapse[] = [];
  let i = 0;
  for (; isAfter(asOf, blockAt(i).end); i++) {
    const block = blockAt(i);
    if (isAfter(start, block.end)) continue;
    const n = count(block);
    if (n < atLeast)
      lapses.push({ ...block, shortfall: `${n} of at least ${atLeast} ${what} held in ${blockLabel(block.start, block.end)}` });
  }
  const current = blockAt(i);
  const wanted = count(current) >= atLeast ? blockAt(i + 1) : current;
  return { lapses, next: { due: wanted.end, words: `the next needed in ${blockLabel(wanted.start, wanted.end)}, by ${wanted.end}` } };
}
