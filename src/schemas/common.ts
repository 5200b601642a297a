/**
 * Field types shared by every content schema: ids, calendar dates, and the
 * date-as-printed the source documents use ("December 2021").
 *
 * Dates are kept as ISO strings in the data (what an editor types in YAML) and
 * checked here with Temporal, so "2023-02-30" fails with a message instead of
 * rolling over to 2 March the way `new Date()` would.
 */
import { z } from 'astro/zod';
import { Temporal } from 'temporal-polyfill';

/** Lower-case letters and digits in words joined by single hyphens; error wording recognises it (src/lib/content). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A lower-case, hyphenated id used in URLs: `6-53`, `appendix-1`, `west-sussex`. */
export const slugId = z.string().regex(SLUG_PATTERN, {
  message: 'expected a lower-case id of letters, digits and single hyphens, such as "6-53" or "appendix-1"',
});

function isCalendarDate(value: string): boolean {
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

/**
 * YAML parsers differ: ours keeps `2019-06-25` a string, Astro's frontmatter
 * parser turns it into a UTC-midnight Date. Accept both so one schema serves both.
 */
const fromYamlDate = (value: unknown) =>
  value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value;

/** A calendar date, `YYYY-MM-DD`, that exists (no 30 February). */
export const calendarDate = z.preprocess(
  fromYamlDate,
  z
    .string({ message: 'expected a date written as YYYY-MM-DD, in quotes or not' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date written as YYYY-MM-DD, such as 2024-03-31', abort: true })
    .refine(isCalendarDate, { message: 'expected a real calendar date; this day does not exist' }),
);

/**
 * A date to the precision the source prints it: a day (`2019-06-25`), a month
 * (`2021-12`, for "updated December 2021") or a year (`2018`).
 */
export const printedDate = z.preprocess(
  fromYamlDate,
  z
    .string({ message: 'expected a date written as YYYY-MM-DD, YYYY-MM or YYYY' })
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, {
      message: 'expected a date written as YYYY-MM-DD, YYYY-MM (month only) or YYYY (year only)',
      abort: true,
    })
    .refine(
      (value) => {
        const [year, month = '01', day = '01'] = value.split('-');
        return isCalendarDate(`${year}-${month}-${day}`);
      },
      { message: 'expected a real calendar date; this day or month does not exist' },
    ),
);

export type CalendarDate = z.infer<typeof calendarDate>;
export type PrintedDate = z.infer<typeof printedDate>;
