/**
 * `one-off` duties: something done once, by a date ("reviewed during the
 * first year of the partnership's operation", West Sussex arrangements 2019
 * §3). Evidence: reviews.yaml entries with the duty's `subject`. Done, it is
 * ok for good and never falls due again; done after the date, it is ok with
 * a note that it was late (nothing more can be done); not done, it is judged
 * by the date like any other: due soon, then overdue until it is done.
 */
import type { DutyOf } from '../../../schemas/duty.ts';
import { linkOf } from '../acknowledgements.ts';
import { isAfter, londonDate } from '../calendar.ts';
import type { EvaluationContext, Finding } from '../types.ts';
import { datedUpTo, findingByDue, toEvidence } from './shared.ts';

export function evaluateOneOff(duty: DutyOf<'one-off'>, ctx: EvaluationContext): Finding[] {
  const { records, asOf } = ctx;
  const file = records.files.reviews;
  const by = londonDate(duty.by);
  const hint = `when it is done, add an entry to ${file} with subject: ${duty.subject}, what, date, by and paper`;
  const done = datedUpTo(
    records.reviews.filter((r) => r.data.subject === duty.subject),
    (r) => londonDate(r.date),
    asOf,
  )[0];
  if (!done) return [findingByDue(ctx, { due: by, what: 'once, not done yet;', edit: { file, hint } })];
  const last = toEvidence(done, `${done.entry.data.what}, by ${done.entry.data.by}`, ['date'], linkOf('paper', done.entry.data.paper));
  const late = isAfter(done.date, by);
  return [
    {
      status: 'ok',
      last,
      detail: `done on ${done.date}${late ? `, after the date it was due by (${by})` : ` (due by ${by})`}; a one-off, so it does not fall due again`,
      notes: late ? [`done late: due by ${by}, done on ${done.date}`] : [],
      edit: { file, line: done.entry.line, hint: `the record of when it was done is in ${file}` },
    },
  ];
}
