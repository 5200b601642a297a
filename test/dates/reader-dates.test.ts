/**
 * Dates as readers see them (src/lib/dates/reader-dates.ts): calendar days as
 * written, dates to the precision the source printed, and instants on the
 * London calendar.
 */
import { describe, expect, it } from 'vitest';
import { formatDay, formatInstant, formatInstantWithTime, formatPrintedDate, londonDay } from '../../src/lib/dates/reader-dates.ts';

describe('a calendar day', () => {
  it('prints 2026-04-01 as "1 April 2026", without a leading zero on the day', () => {
    expect(formatDay('2026-04-01')).toBe('1 April 2026');
    expect(formatDay('2026-11-15')).toBe('15 November 2026');
  });

  it('is printed as written, never moved by a time zone, even at the clocks’ change', () => {
    expect(formatDay('2026-03-29')).toBe('29 March 2026');
    expect(formatDay('2026-10-25')).toBe('25 October 2026');
  });

  it('refuses anything that is not written as YYYY-MM-DD', () => {
    expect(() => formatDay('2026-4-1')).toThrow('Not a calendar day: 2026-4-1');
    expect(() => formatDay('2026-04')).toThrow('Not a calendar day: 2026-04');
  });
});

describe('a date as the source printed it', () => {
  it('keeps its precision: a day, a month or a year', () => {
    expect(formatPrintedDate('2019-06-25')).toBe('25 June 2019');
    expect(formatPrintedDate('2021-12')).toBe('December 2021');
    expect(formatPrintedDate('2018')).toBe('2018');
  });

  it('refuses a month that does not exist', () => {
    expect(() => formatPrintedDate('2021-13')).toThrow('Not a printed date: 2021-13');
  });
});

describe('an instant', () => {
  it('dates a change on the London calendar, so late evening in summer time is the next day', () => {
    expect(formatInstant('2026-03-31T23:30:00Z')).toBe('1 April 2026');
    expect(londonDay('2026-03-31T23:30:00Z')).toBe('2026-04-01');
    expect(formatInstant('2026-01-31T23:30:00Z')).toBe('31 January 2026');
  });

  it('keeps its own day when its offset already puts it there', () => {
    expect(londonDay('2026-03-31T23:30:00+01:00')).toBe('2026-03-31');
    expect(formatInstant('2026-03-03T10:15:00+00:00')).toBe('3 March 2026');
  });
});

describe('an instant with its time', () => {
  it('is printed in London time: summer time an hour ahead of UTC, winter time the same', () => {
    expect(formatInstantWithTime('2026-07-05T13:14:00Z')).toBe('5 July 2026 at 14:14');
    expect(formatInstantWithTime('2026-12-05T02:03:09.500Z')).toBe('5 December 2026 at 02:03');
    expect(formatInstantWithTime('2026-03-31T23:30:00Z')).toBe('1 April 2026 at 00:30');
  });
});
