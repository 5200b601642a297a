/**
 * `within` duties: something done within a time limit of each event of a
 * kind (the local authority informs the partners of a notification "within
 * five working days", Wandsworth §5; a dispute meeting convened "within 28
 * days", West Sussex constitution 6.42). Evidence: records/events.yaml, the
 * events of the duty's `event` type with the response the duty names.
 *
 * Each event is its own finding: answered in time, ok; answered late, a
 * lapse that fails until acknowledged (records/acknowledgements.yaml, the
 * period from the event to the last day); not yet answered, judged by the
 * last day (due soon, then overdue). An event after the as-of date has not
 * happened yet. No event at all is reported as such: nothing to answer,
 * which the check cannot tell from events that were never recorded.
 */
import type { DutyOf } from '../../../schemas/duty.ts';
import { beyondDataWarning } from '../../dates/working-days.ts';
import { acknowledgementOf, acknowledgeHint, linkOf } from '../acknowledgements.ts';
import { settle } from '../cadence.ts';
import { daysBetween, isAfter, londonDate } from '../calendar.ts';
import { statusFor } from '../status.ts';
import { describeLimit, lastDayWithin } from '../time-limit.ts';
import type { EvaluationContext, Finding } from '../types.ts';
import { datedUpTo } from './shared.ts';

type Duty = DutyOf<'within'>;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function evaluateWithin(duty: Duty, ctx: EvaluationContext): Finding[] {
  const { records, asOf, warningDays } = ctx;
  const file = records.files.events;
  const limit = describeLimit(duty.limit);
  const hint = `record each ${duty.event} in ${file} as { id, type: ${duty.event}, what, date }, and when it is answered add responses: { ${duty.response}: { date, by, link } }`;
  const events = datedUpTo(
    records.events.filter((e) => e.data.type === duty.event),
    (event) => londonDate(event.date),
    asOf,
  );
  if (!events.length) {
    return [
      {
        status: 'ok',
        detail: `no ${duty.event} recorded on or before ${asOf}, so nothing to answer; the check cannot tell this from one that happened but was not recorded`,
        notes: [],
        edit: { file, hint },
      },
    ];
  }
  return events.map(({ entry, date }) => {
    const { date: due, beyondData } = lastDayWithin(date, duty.limit);
    const subject = { id: entry.data.id, name: `${entry.data.what}, ${date}` };
    const response = entry.data.responses[duty.response];
    const answered = response && londonDate(response.date);
    const warnings = beyondData ? [beyondDataWarning(`The duty "${duty.id}", for ${entry.data.id} (${file}:${entry.line}),`)] : [];
    const notes = beyondData ? ['working days counted past the bank-holiday data; the last day may in fact be later'] : [];
    const edit = { file, line: entry.line, hint };
    const window = `${limit} of ${date}, by ${due}`;
    if (!answered || isAfter(answered, asOf)) {
      const status = statusFor(due, asOf, warningDays);
      const when = status === 'overdue' ? `${plural(daysBetween(due, asOf), 'day')} past the limit` : `due within ${window}`;
      return {
        subject,
        status,
        due,
        detail: `${duty.response} not recorded yet; ${status === 'overdue' ? `it was due within ${window}, ${when}` : when}`,
        notes,
        edit,
        warnings,
      };
    }
    const last = {
      date: answered.toString(),
      what: `${response.what ?? duty.response}${response.by ? `, by ${response.by}` : ''}`,
      file,
      line: entry.lineOf(['responses', duty.response, 'date']),
      example: entry.data.example,
      ...(response.link ? { link: linkOf('evidence', response.link)! } : {}),
    };
    if (!isAfter(answered, due)) {
      return { subject, status: 'ok', last, detail: `done on ${answered}, within ${window}`, notes, edit, warnings };
    }
    const lapse = {
      start: date,
      end: due,
      shortfall: `${duty.response} on ${answered}, ${plural(daysBetween(due, answered), 'day')} after the limit of ${window}`,
    };
    const { open, acknowledged } = settle([lapse], { acknowledge: (known) => acknowledgementOf(ctx, duty.id, known) });
    if (!open.length)
      return { subject, status: 'ok', last, detail: `done late, on ${answered}; lapse acknowledged`, notes, acknowledged, edit, warnings };
    return {
      subject,
      status: 'overdue',
      due,
      last,
      detail: `done late: ${lapse.shortfall}`,
      notes,
      edit: { ...edit, hint: `a late answer cannot be put right; ${acknowledgeHint(ctx, duty.id, lapse)}` },
      warnings,
    };
  });
}
