/**
 * Checks on records/events.yaml that need the duties: an event counts only
 * through its `type`, and its answer only through the response name a
 * `within` duty uses, so a mistyped name would leave the event unjudged or
 * unanswered in silence. Also: ids unique (each names a register entry), and
 * no response dated before its event. Each finding points at the field.
 */
import type { DutyOf } from '../../schemas/duty.ts';
import type { Duty } from '../../schemas/duty.ts';
import { closeMatches } from '../content/integrity.ts';
import { contentError, type ContentError } from '../errors/content-error.ts';
import { compareDates, londonDate } from './calendar.ts';
import type { PartnershipRecords } from './types.ts';

const quoted = (names: Iterable<string>) => [...names].map((name) => `"${name}"`).join(', ');

function suggest(wanted: string, known: Set<string>, what: string): string {
  if (!known.size) return `no clause of this partnership declares a within duty yet; ${what}`;
  const close = closeMatches(wanted, known);
  return `${close.length ? `did you mean ${quoted(close)}? ` : ''}${what}: ${quoted(known)}`;
}

export function checkEvents(records: PartnershipRecords, duties: Duty[]): ContentError[] {
  const within = duties.filter((duty): duty is DutyOf<'within'> => duty.kind === 'within');
  const types = new Set(within.map((duty) => duty.event));
  const errors: ContentError[] = [];
  const ids = new Set<string>();
  for (const entry of records.events) {
    const { id, type, date, responses } = entry.data;
    const at = (field: string, path: Array<string>) => ({ file: entry.file, line: entry.lineOf(path), field });
    if (ids.has(id))
      errors.push(
        contentError({
          ...at('id', ['id']),
          rule: 'duplicate-id',
          message: `duplicate event id "${id}"`,
          hint: 'give each event its own id',
        }),
      );
    ids.add(id);
    if (!types.has(type)) {
      errors.push(
        contentError({
          ...at('type', ['type']),
          rule: 'unknown-subject',
          message: `no duty is started by events of type "${type}", so this record would be ignored`,
          hint: suggest(type, types, 'the type must be the "event" of a within duty; those in use are'),
        }),
      );
      continue;
    }
    const answers = new Set(within.filter((duty) => duty.event === type).map((duty) => duty.response));
    for (const [name, response] of Object.entries(responses)) {
      if (!answers.has(name)) {
        errors.push(
          contentError({
            ...at(`responses.${name}`, ['responses', name]),
            rule: 'unknown-subject',
            message: `no duty on "${type}" events is answered by "${name}", so this response would be ignored`,
            hint: suggest(name, answers, `the name must be the "response" of a within duty on ${type}; those are`),
          }),
        );
      } else if (compareDates(londonDate(response.date), londonDate(date)) < 0) {
        errors.push(
          contentError({
            ...at(`responses.${name}.date`, ['responses', name, 'date']),
            rule: 'schema',
            message: `expected a date on or after the event's date (${date}), found ${response.date}`,
            hint: 'a response cannot come before the event it answers; check the year and month of both dates',
          }),
        );
      }
    }
  }
  return errors;
}
