/**
 * records/events.yaml checked against the duties (src/lib/compliance/check-events.ts):
 * an event or a response no duty counts is an error at its line, not an
 * event left unjudged in silence; so is an answer dated before its event.
 */
import { describe, expect, it } from 'vitest';
import { checkEvents } from '../../src/lib/compliance/check-events.ts';
import { duty, records } from './helpers.ts';

const duties = [duty({ kind: 'within', event: 'notification', limit: { workingDays: 5 }, response: 'partners-informed' })];
const messages = (events: NonNullable<Parameters<typeof records>[0]>['events']) =>
  checkEvents(records({ events }), duties).map((e) => `${e.field}: ${e.message} | ${e.hint}`);

describe('event records', () => {
  it('pass when their type and response are those of a within duty', () => {
    expect(messages([{ type: 'notification', date: '2026-04-01', responses: { 'partners-informed': { date: '2026-04-02' } } }])).toEqual(
      [],
    );
  });

  it('name the type a mistyped event most likely meant', () => {
    expect(messages([{ type: 'notifcation' }])).toEqual([
      'type: no duty is started by events of type "notifcation", so this record would be ignored | did you mean "notification"? the type must be the "event" of a within duty; those in use are: "notification"',
    ]);
  });

  it('refuse a response no duty on that event counts', () => {
    expect(messages([{ responses: { 'partners-inform': { date: '2026-01-02' } } }])).toEqual([
      'responses.partners-inform: no duty on "notification" events is answered by "partners-inform", so this response would be ignored | did you mean "partners-informed"? the name must be the "response" of a within duty on notification; those are: "partners-informed"',
    ]);
  });

  it('refuse an answer dated before its event, by its London date', () => {
    expect(messages([{ date: '2026-04-01', responses: { 'partners-informed': { date: '2026-03-31T23:30:00Z' } } }])).toEqual([]);
    expect(messages([{ date: '2026-04-01', responses: { 'partners-informed': { date: '2026-03-31' } } }])).toEqual([
      "responses.partners-informed.date: expected a date on or after the event's date (2026-04-01), found 2026-03-31 | a response cannot come before the event it answers; check the year and month of both dates",
    ]);
  });

  it('refuse two events with one id', () => {
    expect(messages([{ id: 'same' }, { id: 'same' }])).toEqual(['id: duplicate event id "same" | give each event its own id']);
  });
});
