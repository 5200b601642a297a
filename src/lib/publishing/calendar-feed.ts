/**
 * A partnership's duties as an iCalendar feed (RFC 5545, written by
 * ical-generator): one all-day event per duty result on the day it falls
 * due, linking to its register entry (and, in the description, to the
 * minutes or paper behind the last evidence), so a business manager can subscribe.
 * An event resting on example records (result.example) says "Example" in
 * its title and description, the calendar's name says "(example dates)"
 * when any event does, and the event carries `X-GOVERNANCE-EXAMPLE: TRUE`
 * so software can tell too.
 */
import ical from 'ical-generator';
import type { DutyResult } from '../compliance/types.ts';
import { formatDay } from '../dates/reader-dates.ts';
import { registerAnchor, registerEntryUrl, STATUS_STYLE } from './register.ts';
import type { SiteCompliance } from './site-compliance.ts';

export interface CalendarFeedInputs {
  partnership: { id: string; name: string };
  results: DutyResult[];
  compliance: SiteCompliance;
  baseUrl: string;
  /** DTSTAMP; default the start of the build's day (UTC), so the same commit built on the same day gives the same feed. */
  now?: Date;
}

/** A calendar day as a Date at UTC midnight; all-day events write it as a DATE (no time, no zone). */
const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

export function calendarFeed({
  partnership,
  results,
  compliance,
  baseUrl,
  now = utcDay(compliance.builtOn.toString()),
}: CalendarFeedInputs): string {
  const host = new URL(baseUrl).host;
  const shown = results.filter((result): result is DutyResult & { due: string } => result.status !== 'exempt' && !!result.due);
  // The name is what a calendar app shows beside every event, so it carries the warning too.
  const examples = shown.some((result) => result.example);
  const calendar = ical({
    name: `${partnership.name}: duties falling due${examples ? ' (example dates)' : ''}`,
    description:
      `Due dates of the duties in ${partnership.name}'s governance documents. ${examples ? 'Events titled "Example" rest on example records, not facts about the partnership.' : ''}`.trim(),
    prodId: { company: host, product: 'governance-duties', language: 'EN' },
    url: new URL(`/${partnership.id}/register/`, baseUrl).href,
    // No calendar time zone: with one, ical-generator writes DATE values in the
    // machine's zone and DTSTAMP without its Z. Duty days are plain dates.
  });
  for (const result of shown) {
    const url = new URL(registerEntryUrl(result), baseUrl).href;
    const example = result.example;
    const title = result.subject ? `${result.duty.duty.replace(/\.$/, '')} – ${result.subject.name}` : result.duty.duty.replace(/\.$/, '');
    const lines = [
      `${result.duty.duty}${result.subject ? ` (${result.subject.name})` : ''}`,
      `Owner: ${result.duty.owner}`,
      `Required by: ${result.documentTitle} ${result.clause.name}`,
      `Status when the site was built on ${formatDay(compliance.builtOn.toString())} (judged as of ${formatDay(compliance.clock.asOf.toString())}): ${STATUS_STYLE[result.status].label}`,
      result.last
        ? `Last evidence: ${formatDay(result.last.date)}, ${result.last.what}${result.last.example ? ' (Example record: an illustrative date, not a fact)' : ''}`
        : `No evidence recorded${example ? ' (in example records, so not a fact about the partnership either)' : ''}`,
      ...(result.last?.link ? [`Evidence (${result.last.link.label}): ${result.last.link.url ?? result.last.link.reference}`] : []),
      ...result.acknowledged.map(
        (a) =>
          `Lapsed, acknowledged: ${a.shortfall} (acknowledged on ${formatDay(a.acknowledgement.date)} by ${a.acknowledgement.by}${a.acknowledgement.example ? '; Example record' : ''})`,
      ),
      `Register entry: ${url}`,
    ];
    const event = calendar.createEvent({
      id: `${registerAnchor(result)}@${partnership.id}.${host}`,
      start: utcDay(result.due),
      allDay: true,
      stamp: now,
      summary: example ? `Example: ${title} due` : `Due: ${title}`,
      description: lines.join('\n'),
      url,
    });
    event.x([
      { key: 'X-GOVERNANCE-EXAMPLE', value: example ? 'TRUE' : 'FALSE' },
      { key: 'X-GOVERNANCE-STATUS', value: result.status },
    ]);
  }
  return calendar.toString();
}
