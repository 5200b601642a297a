/**
 * From a due date to a status: overdue the day after the due date, due-soon
 * from `warningDays` before it up to and including the day itself.
 */
import { daysBetween, type PlainDate } from './calendar.ts';
import type { DutyStatus } from './types.ts';

export function statusFor(due: PlainDate, asOf: PlainDate, warningDays: number): Extract<DutyStatus, 'ok' | 'due-soon' | 'overdue'> {
  const daysLeft = daysBetween(asOf, due);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= warningDays ? 'due-soon' : 'ok';
}

/** "next due 2027-05-12", "due 2026-11-15 (in 14 days)", "was due by 2025-11-01 (387 days ago)". */
export function describeDue(status: DutyStatus, due: PlainDate, asOf: PlainDate): string {
  const days = daysBetween(asOf, due);
  const plural = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
  if (status === 'overdue') return `was due by ${due} (${plural(-days)} ago)`;
  if (status === 'due-soon') return `due by ${due} (${days === 0 ? 'today' : `in ${plural(days)}`})`;
  return `next due by ${due}`;
}
