/**
 * Working days in England and Wales (src/lib/dates/working-days.ts): weekends
 * and GOV.UK's bank holidays skipped, across Easter, Christmas and New Year,
 * the clock changes and 29 February, and a warning past the data's years.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { londonDate } from '../../src/lib/compliance/calendar.ts';
import { BANK_HOLIDAYS_FILE, englandAndWalesBankHolidays, fromGovUk } from '../../src/lib/dates/bank-holidays.ts';
import { addWorkingDays, beyondDataWarning, isWorkingDay } from '../../src/lib/dates/working-days.ts';

const day = (iso: string) => Temporal.PlainDate.from(iso);
const plus = (iso: string, n: number) => addWorkingDays(day(iso), n).date.toString();

describe('a working day', () => {
  it('is Monday to Friday, so Saturday and Sunday are not', () => {
    expect(['2026-06-05', '2026-06-06', '2026-06-07', '2026-06-08'].map((d) => isWorkingDay(day(d)))).toEqual([true, false, false, true]);
  });

  it('is not Good Friday or Easter Monday 2026 (3 and 6 April), but the days either side are', () => {
    expect(['2026-04-02', '2026-04-03', '2026-04-06', '2026-04-07'].map((d) => isWorkingDay(day(d)))).toEqual([true, false, false, true]);
  });

  it('is not the substitute Boxing Day of Monday 28 December 2026', () => {
    expect(isWorkingDay(day('2026-12-28'))).toBe(false);
    expect(isWorkingDay(day('2026-12-29'))).toBe(true);
  });

  it('is not a one-off bank holiday GOV.UK lists, such as the State Funeral of 19 September 2022', () => {
    expect(isWorkingDay(day('2022-09-19'))).toBe(false);
  });
});

describe('counting working days', () => {
  it('does not count the starting day, so one working day after a Monday is the Tuesday', () => {
    expect(plus('2026-06-08', 1)).toBe('2026-06-09');
  });

  it('makes five working days after a Friday the next Friday', () => {
    expect(plus('2026-06-05', 5)).toBe('2026-06-12');
  });

  it('skips Good Friday and Easter Monday 2026: five working days after Wednesday 1 April is Friday 10 April', () => {
    expect(plus('2026-04-01', 5)).toBe('2026-04-10');
  });

  it('makes one working day after the day before Good Friday the Tuesday after Easter Monday', () => {
    expect(plus('2026-04-02', 1)).toBe('2026-04-07');
    expect(plus('2026-04-03', 1)).toBe('2026-04-07');
    expect(plus('2026-04-07', 1)).toBe('2026-04-08');
  });

  it('skips Christmas, the substitute Boxing Day and New Year: five working days after 23 December 2026 is 4 January 2027', () => {
    expect(plus('2026-12-23', 5)).toBe('2027-01-04');
  });

  it('counts from Christmas Eve, Christmas Day and Boxing Day 2026 alike to Tuesday 29 December', () => {
    expect(['2026-12-24', '2026-12-25', '2026-12-26'].map((d) => plus(d, 1))).toEqual(['2026-12-29', '2026-12-29', '2026-12-29']);
  });

  it('counts backwards too: one working day before the Tuesday after Easter 2026 is the Thursday before Good Friday', () => {
    expect(plus('2026-04-07', -1)).toBe('2026-04-02');
    expect(plus('2026-06-17', -10)).toBe('2026-06-03');
  });

  it('is the starting day itself for zero days', () => {
    expect(plus('2026-06-06', 0)).toBe('2026-06-06');
  });

  it('is not moved by the clocks going forward (29 March 2026) or back (25 October 2026)', () => {
    expect(plus('2026-03-27', 1)).toBe('2026-03-30');
    expect(plus('2026-10-23', 1)).toBe('2026-10-26');
    // 23:30 UTC on Thursday 22 October is 00:30 BST on Friday 23 October in London.
    expect(addWorkingDays(londonDate('2026-10-22T23:30:00Z'), 1).date.toString()).toBe('2026-10-26');
    // In March, before the change, 23:30 UTC on Thursday 26 March is still Thursday in London.
    expect(addWorkingDays(londonDate('2026-03-26T23:30:00Z'), 1).date.toString()).toBe('2026-03-27');
  });

  it('passes 29 February in a leap year as an ordinary weekday', () => {
    expect(plus('2024-02-28', 1)).toBe('2024-02-29');
    expect(plus('2024-02-29', 1)).toBe('2024-03-01');
    expect(plus('2024-02-27', 5)).toBe('2024-03-05');
  });
});

describe('the years the bank-holiday data covers', () => {
  it('says a count that stays inside them is within the data, up to the last day of the last year', () => {
    expect(addWorkingDays(day('2027-12-29'), 2)).toMatchObject({ beyondData: false });
    expect(addWorkingDays(day('2027-12-29'), 2).date.toString()).toBe('2027-12-31');
  });

  it('says a count that runs into the year after the data ends is beyond it, since it cannot know that year’s holidays', () => {
    expect(addWorkingDays(day('2027-12-30'), 2)).toMatchObject({ beyondData: true });
    // Monday 3 January 2028 will be the substitute New Year's Day, which a list ending in 2027 does not hold.
    expect(addWorkingDays(day('2027-12-30'), 2).date.toString()).toBe('2028-01-03');
  });

  it('warns naming the data file and how to refresh it', () => {
    expect(beyondDataWarning('The duty "partners-informed"')).toEqual({
      file: BANK_HOLIDAYS_FILE,
      severity: 'warning',
      rule: 'bank-holidays',
      message:
        'The duty "partners-informed" counts working days outside 2019 to 2027, the years this list of bank holidays covers, so a bank holiday in another year is not skipped and that date may be a working day too early',
      hint: 'refresh the list from GOV.UK with `npm run bank-holidays` (scripts/refresh-bank-holidays.ts), and commit the new file',
    });
  });
});

describe('the bank-holiday data', () => {
  const events = englandAndWalesBankHolidays.events;

  it('names GOV.UK as its source and the day it was taken', () => {
    expect(englandAndWalesBankHolidays.source).toBe('https://www.gov.uk/bank-holidays.json');
    expect(englandAndWalesBankHolidays.taken).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('has only weekdays, since a bank holiday that falls at a weekend is moved to a substitute day', () => {
    expect(events.filter((e) => day(e.date).dayOfWeek > 5)).toEqual([]);
  });

  it('has a Good Friday and an Easter Monday three days later in every year it covers', () => {
    for (let year = englandAndWalesBankHolidays.firstYear; year <= englandAndWalesBankHolidays.lastYear; year++) {
      const goodFriday = events.find((e) => e.title === 'Good Friday' && e.date.startsWith(`${year}-`));
      const easterMonday = events.find((e) => e.title === 'Easter Monday' && e.date.startsWith(`${year}-`));
      expect(day(goodFriday!.date).add({ days: 3 }).toString(), String(year)).toBe(easterMonday!.date);
    }
  });

  it('is made from GOV.UK’s file by keeping England and Wales, oldest first, with the years covered', () => {
    const govUk = {
      'england-and-wales': {
        division: 'england-and-wales',
        events: [
          { title: 'Boxing Day', date: '2030-12-26', notes: '', bunting: true },
          { title: 'New Year’s Day', date: '2029-01-01', notes: '', bunting: true },
        ],
      },
      scotland: { division: 'scotland', events: [{ title: 'St Andrew’s Day', date: '2029-11-30', notes: '', bunting: true }] },
    };
    expect(fromGovUk(govUk, '2029-01-05')).toEqual({
      source: 'https://www.gov.uk/bank-holidays.json',
      division: 'england-and-wales',
      taken: '2029-01-05',
      firstYear: 2029,
      lastYear: 2030,
      events: [
        { date: '2029-01-01', title: 'New Year’s Day', notes: '' },
        { date: '2030-12-26', title: 'Boxing Day', notes: '' },
      ],
    });
  });

  it('refuses a file that is not GOV.UK’s shape', () => {
    expect(() => fromGovUk({ scotland: { division: 'scotland', events: [] } }, '2029-01-05')).toThrow();
  });
});
