/**
 * Each partnership's duties.ics is valid iCalendar (RFC 5545) as read by
 * ical.js, a maintained parser, and each event is an all-day due date that
 * links to its register entry and says when its date is an example.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { builtFile } from './built-files.ts';

// Suffolk's only document is historical, so its feed has no events (document-status-pages.test.ts).
const partnerships = ['west-sussex', 'wandsworth'];

function events(partnership: string) {
  const calendar = new ICAL.Component(ICAL.parse(builtFile(`/${partnership}/duties.ics`)));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => ({ component: v, event: new ICAL.Event(v) })) };
}

describe.each(partnerships)('the %s calendar feed', (partnership) => {
  it('parses as a VCALENDAR of version 2.0 with a product id', () => {
    const { calendar } = events(partnership);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
  });

  it('has one all-day event per duty with a unique id and a UTC timestamp', () => {
    const { events: list } = events(partnership);
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list.map((e) => e.event.uid)).size).toBe(list.length);
    for (const { event, component } of list) {
      expect(event.startDate.isDate, event.summary).toBe(true);
      expect(event.summary).toMatch(/^Due: |^Example: .+ due$/);
      expect((component.getFirstPropertyValue('dtstamp') as ICAL.Time).zone?.tzid).toBe('UTC');
    }
  });

  it('links every event to its entry on the partnership register', () => {
    const html = builtFile(`/${partnership}/register/`);
    for (const { component } of events(partnership).events) {
      const url = new URL(String(component.getFirstPropertyValue('url')));
      expect(url.pathname).toBe(`/${partnership}/register/`);
      expect(html, `register has the anchor ${url.hash}`).toContain(`id="${url.hash.slice(1)}"`);
    }
  });

  it('marks events resting on example records in the title, the description and the data', () => {
    for (const { event, component } of events(partnership).events) {
      const example = component.getFirstPropertyValue('x-governance-example') === 'TRUE';
      expect(event.summary.startsWith('Example: '), event.summary).toBe(example);
      expect(event.description.includes('Example record'), event.summary).toBe(example);
    }
  });

  it('names the calendar as holding example dates when any event rests on an example record', () => {
    const { calendar, events: list } = events(partnership);
    const examples = list.some(({ component }) => component.getFirstPropertyValue('x-governance-example') === 'TRUE');
    expect(String(calendar.getFirstPropertyValue('x-wr-calname')).endsWith(': duties falling due (example dates)')).toBe(examples);
  });
});

it('puts the West Sussex meeting-dates deadline on 15 November 2026', () => {
  const { events: list } = events('west-sussex');
  const found = list.find((e) => e.event.uid.startsWith('duty-ordinary-meeting-dates-set@'));
  expect(found?.event.startDate.toString()).toBe('2026-11-15');
  expect(found?.component.getFirstPropertyValue('x-governance-status')).toBe('due-soon');
});

it('says in each event where its last evidence is, and any lapse acknowledged', () => {
  const { events: list } = events('west-sussex');
  const description = (id: string) => list.find((e) => e.event.uid.startsWith(`${id}@`))!.event.description;
  expect(description('duty-constitution-review')).toContain(
    'Evidence (paper): https://example.org/west-sussex/steering-group/2026-06-09-minutes',
  );
  expect(description('duty-district-borough-representation-review')).toContain(
    'Evidence (paper): SG minutes 9 September 2025, item 5 (example)',
  );
  expect(description('duty-partnership-board-meetings')).toContain(
    'Lapsed, acknowledged: 0 of at least 1 meeting of the Partnership Board held in the quarter Q1 2025-26; the quarter ended 2025-06-30 (acknowledged on 15 July 2025 by Partnership Board; Example record)',
  );
  expect(description('duty-partnership-board-meetings')).not.toContain('Evidence (');
});
