/**
 * Results resting on example records say so everywhere a reader or a program
 * meets them: the calendar event's title, the calendar's name, and each
 * duties.json result's own `example` (item 11 of issue 14). Built from
 * results in memory, so each case states its records.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { AcknowledgedLapse, DutyResult, Evidence } from '../../src/lib/compliance/types.ts';
import { restsOnExample } from '../../src/lib/compliance/example-evidence.ts';
import { resolveClock } from '../../src/lib/compliance/clock.ts';
import { calendarFeed } from '../../src/lib/publishing/calendar-feed.ts';
import { dutyExport } from '../../src/lib/publishing/duties-export.ts';
import type { SiteCompliance } from '../../src/lib/publishing/site-compliance.ts';
import { dutyExportSchema } from '../../src/schemas/export.ts';
import { day, records } from '../compliance/helpers.ts';

const evidence = (example: boolean): Evidence => ({ date: '2026-06-09', what: 'Annual review', file: 'r.yaml', line: 3, example });
const lapse = (example: boolean): AcknowledgedLapse => ({
  period: { start: '2025-04-01', end: '2025-06-30' },
  shortfall: '0 of at least 1 meeting',
  acknowledgement: { date: '2025-07-15', by: 'Partnership Board', reason: 'Cancelled.', example, file: 'a.yaml', line: 2 },
});

function result(example: boolean, last?: Evidence): DutyResult {
  return {
    partnership: 'demo',
    document: 'constitution',
    documentTitle: 'Constitution',
    clause: { id: '12-1', name: 'clause 12.1', file: 'c.mdx', line: 7 },
    duty: {
      id: 'constitution-review',
      kind: 'review',
      duty: 'Review the constitution.',
      owner: 'Steering Group',
      subject: 'constitution',
      cadence: { rule: 'anniversary', years: 1 },
    } as DutyResult['duty'],
    status: 'ok',
    due: '2027-06-09',
    last,
    detail: 'reviewed',
    notes: [],
    acknowledged: [],
    example,
  };
}

const compliance = (results: DutyResult[]): SiteCompliance => ({
  clock: resolveClock({ site: '2026-11-01' }),
  pinned: true,
  builtOn: day('2026-11-01'),
  builtFrom: 'commit',
  warningDays: 30,
  results,
});

function feed(results: DutyResult[]) {
  const text = calendarFeed({
    partnership: { id: 'demo', name: 'Demo Partnership' },
    results,
    compliance: compliance(results),
    baseUrl: 'https://example.org',
  });
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    name: calendar.getFirstPropertyValue('x-wr-calname'),
    summaries: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary),
  };
}

describe('a result resting on example records', () => {
  it('rests on an example when its last evidence is one', () => {
    expect(restsOnExample({ last: evidence(true) }, records())).toBe(true);
    expect(restsOnExample({ last: evidence(false) }, records())).toBe(false);
  });

  it('rests on an example when an acknowledgement it relies on is one, though its evidence is real', () => {
    expect(restsOnExample({ last: evidence(false), acknowledged: [lapse(true)] }, records())).toBe(true);
  });

  it('with no evidence, rests on an example only when the partnership records hold examples', () => {
    expect(restsOnExample({}, records({ reviews: [{ example: true }] }))).toBe(true);
    expect(restsOnExample({}, records({ reviews: [{ example: false }] }))).toBe(false);
  });
});

describe('the calendar feed', () => {
  it('titles an event resting on an example record "Example: … due" and names the calendar as holding example dates', () => {
    expect(feed([result(true, evidence(true))])).toEqual({
      name: 'Demo Partnership: duties falling due (example dates)',
      summaries: ['Example: Review the constitution due'],
    });
  });

  it('titles an event resting on real evidence "Due: …" and leaves the calendar name plain', () => {
    expect(feed([result(false, evidence(false))])).toEqual({
      name: 'Demo Partnership: duties falling due',
      summaries: ['Due: Review the constitution'],
    });
  });
});

describe('a duties.json result', () => {
  it('carries example: true itself when it rests on an example, even with no last evidence', () => {
    const exported = dutyExport(result(true));
    expect(exported.example).toBe(true);
    expect(exported.last).toBeUndefined();
  });

  it('carries example: false when it rests on real evidence', () => {
    expect(dutyExport(result(false, evidence(false))).example).toBe(false);
  });

  it('is refused by the export schema without its example flag', () => {
    const { example: _, ...rest } = dutyExport(result(true));
    expect(dutyExportSchema.safeParse(rest).success).toBe(false);
  });
});
