/** The injectable clock: --as-of, then GOVERNANCE_AS_OF, then the site setting, then today in London. */
import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { ClockError, pinnedClockWarning, resolveClock } from '../../src/lib/compliance/clock.ts';
import { londonDate } from '../../src/lib/compliance/calendar.ts';

const now = Temporal.Instant.from('2026-03-31T23:30:00Z');

describe('the compliance clock', () => {
  it('takes --as-of first, then the environment variable, then the site setting', () => {
    expect(resolveClock({ cli: '2026-01-01', env: '2026-02-02', site: '2026-03-03', now }).asOf.toString()).toBe('2026-01-01');
    expect(resolveClock({ env: '2026-02-02', site: '2026-03-03', now }).source).toBe('env');
    expect(resolveClock({ site: '2026-03-03', now }).source).toBe('site');
  });

  it('ignores an empty environment variable', () => {
    expect(resolveClock({ env: '  ', site: '2026-03-03', now }).asOf.toString()).toBe('2026-03-03');
  });

  it('defaults to today in Europe/London, so 23:30 UTC on 31 March 2026 is already 1 April', () => {
    const clock = resolveClock({ now });
    expect(clock.source).toBe('today');
    expect(clock.asOf.toString()).toBe('2026-04-01');
    expect(now.toZonedDateTimeISO('UTC').toPlainDate().toString()).toBe('2026-03-31');
  });

  it('keeps 23:30 UTC in winter on the same London date, because London is on GMT', () => {
    expect(resolveClock({ now: Temporal.Instant.from('2026-01-31T23:30:00Z') }).asOf.toString()).toBe('2026-01-31');
  });

  it("converts a record's instant to its London calendar date", () => {
    expect(londonDate('2026-03-31T23:30:00Z').toString()).toBe('2026-04-01');
    expect(londonDate('2026-03-31T23:30:00+01:00').toString()).toBe('2026-03-31');
    expect(londonDate('2026-03-31').toString()).toBe('2026-03-31');
  });

  it('refuses a malformed or impossible --as-of date', () => {
    expect(() => resolveClock({ cli: '1/4/2026' })).toThrow(ClockError);
    expect(() => resolveClock({ cli: '2026-02-30' })).toThrow('not a real calendar date');
  });

  it('prints a boxed warning only when the site setting pins the clock', () => {
    const warning = pinnedClockWarning(resolveClock({ site: '2026-11-01' }));
    expect(warning).toContain('PINNED to 2026-11-01');
    expect(warning?.split('\n')[0]).toMatch(/^!+$/);
    expect(pinnedClockWarning(resolveClock({ cli: '2026-11-01' }))).toBeUndefined();
  });
});
