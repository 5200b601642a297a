/**
 * Fields every evidence record shares (records/*.yaml under a partnership):
 * the example flag, dates that may be written as an instant, and links.
 *
 * The documents do not hold these dates; editors record them. Shipped
 * example records carry `example: true` so nothing invented is ever shown
 * as a fact about a real body.
 */
import { z } from 'astro/zod';
import { Temporal } from 'temporal-polyfill';
import { calendarDate } from './common.ts';

/** `true` for illustrative data, not a fact about the real body; the site must label it so. */
export const exampleFlag = z.boolean().default(false);

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

function isDateOrInstant(value: string): boolean {
  try {
    if (INSTANT.test(value)) Temporal.Instant.from(value);
    else if (value.includes('T'))
      return false; // a time without an offset is ambiguous across BST
    else Temporal.PlainDate.from(value, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

/**
 * A calendar date (`2026-03-31`), or a moment with its UTC offset
 * (`2026-03-31T23:30:00Z`, `2026-03-31T23:30:00+01:00`) as exported from a
 * calendar. A moment is counted on its Europe/London date, so 23:30 UTC on
 * 31 March 2026 (00:30 BST on 1 April) falls in the year starting 1 April.
 */
export const dateOrInstant = z
  .string({ message: 'expected a date written as YYYY-MM-DD, or a time such as 2026-03-31T19:00:00Z' })
  .regex(/^\d{4}-\d{2}-\d{2}(?:T.*)?$/, { message: 'expected a date written as YYYY-MM-DD, or a time such as 2026-03-31T19:00:00Z' })
  .refine(isDateOrInstant, {
    message: 'expected a real calendar date (YYYY-MM-DD) or a time with its offset (2026-03-31T19:00:00Z or +01:00)',
  });

/** Where to read the evidence: an address (https://…) or a reference such as "SG minutes 10/06/2025, item 4". */
export const evidenceLink = z.string().min(1);

/** A span of days a record is about: first and last day, YYYY-MM-DD, the last on or after the first. */
export const datePeriod = z
  .strictObject({
    /** First day, YYYY-MM-DD: 2025-04-01. */
    start: calendarDate,
    /** Last day, YYYY-MM-DD: 2026-03-31. */
    end: calendarDate,
  })
  .refine((p) => p.start <= p.end, {
    message: 'expected period.end on or after period.start',
    path: ['end'],
    params: { hint: 'period.start is the first day the period covers and period.end the last; check the years' },
  });
