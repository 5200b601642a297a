/**
 * The bank holidays working days skip: a copy of the England-and-Wales part
 * of GOV.UK's published list (https://www.gov.uk/bank-holidays.json), kept
 * in `src/lib/dates/bank-holidays-england-and-wales.json` and refreshed by
 * `npm run bank-holidays` (scripts/refresh-bank-holidays.ts). Never typed by
 * hand: GOV.UK is the source, including one-off holidays (a state funeral, a
 * coronation) that no rule could compute.
 *
 * ```json
 * { "source": "https://www.gov.uk/bank-holidays.json", "division": "england-and-wales",
 *   "taken": "2025-07-06", "firstYear": 2019, "lastYear": 2027,
 *   "events": [{ "date": "2019-01-01", "title": "New Year’s Day", "notes": "" }] }
 * ```
 */
import { z } from 'astro/zod';
import { calendarDate } from './common.ts';

/** One event of GOV.UK's list, as GOV.UK writes it (the fields this project reads). */
export const govUkBankHolidaySchema = z.object({
  /** The day, YYYY-MM-DD. */
  date: calendarDate,
  /** "Good Friday", "Bank Holiday for the State Funeral of Queen Elizabeth II". */
  title: z.string().min(1),
  /** "Substitute day" when the holiday moved off a weekend; otherwise empty. */
  notes: z.string().default(''),
});

/** GOV.UK's whole file: one list of events per division. */
export const govUkBankHolidaysSchema = z.object({
  /** England and Wales; GOV.UK also lists Scotland and Northern Ireland, which this project does not use. */
  'england-and-wales': z.object({
    /** Always "england-and-wales". */
    division: z.literal('england-and-wales'),
    /** Every bank holiday GOV.UK lists for England and Wales, oldest first. */
    events: z.array(govUkBankHolidaySchema).min(1),
  }),
});

export const bankHolidaysFileSchema = z
  .strictObject({
    /** Where the list was taken from: https://www.gov.uk/bank-holidays.json. */
    source: z.url(),
    /** The division of GOV.UK's list copied here. */
    division: z.literal('england-and-wales'),
    /** The day the list was taken from the source, YYYY-MM-DD. */
    taken: calendarDate,
    /** How it was taken, when not fetched from `source` directly. */
    via: z.string().min(1).optional(),
    /** First calendar year the list covers in full. */
    firstYear: z.number().int(),
    /** Last calendar year the list covers in full; working days counted past its end may miss a holiday. */
    lastYear: z.number().int(),
    /** The bank holidays, oldest first. */
    events: z.array(govUkBankHolidaySchema.strict()).min(1),
  })
  .refine((file) => file.events.every((e) => Number(e.date.slice(0, 4)) >= file.firstYear && Number(e.date.slice(0, 4)) <= file.lastYear), {
    message: 'expected every event inside firstYear to lastYear',
  });

export type GovUkBankHolidays = z.infer<typeof govUkBankHolidaysSchema>;
export type BankHolidaysFile = z.infer<typeof bankHolidaysFileSchema>;
