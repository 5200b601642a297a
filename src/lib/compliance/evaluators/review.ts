/**
 * `review` duties: something is reviewed on a cadence (the constitution
 * "reviewed annually", district and borough representation "every two years
 * as a minimum"). Evidence: reviews.yaml entries with the duty's `subject`.
 * Under the financial-year rule a past year without a review can be
 * acknowledged (records/acknowledgements.yaml).
 */
import type { DutyOf } from '../../../schemas/duty.ts';
import { acknowledgeHint, acknowledgementOf, linkOf } from '../acknowledgements.ts';
import { intervalDue } from '../cadence.ts';
import { londonDate } from '../calendar.ts';
import type { EvaluationContext, Finding } from '../types.ts';
import { datedUpTo, findingByDue, noEvidence, toEvidence } from './shared.ts';

export function evaluateReview(duty: DutyOf<'review'>, ctx: EvaluationContext): Finding[] {
  const { records, asOf } = ctx;
  const file = records.files.reviews;
  const matching = records.reviews.filter((entry) => entry.data.subject === duty.subject);
  const dated = datedUpTo(matching, (review) => londonDate(review.date), asOf);
  if (!dated.length) {
    return [
      noEvidence(`no review with subject "${duty.subject}" recorded on or before ${asOf}`, {
        file,
        hint: `add an entry to ${file} with subject: ${duty.subject}, what, date, by and paper`,
      }),
    ];
  }
  const last = dated.at(-1)!;
  const since = duty.since ? londonDate(duty.since) : undefined;
  const outcome = intervalDue(
    duty.cadence,
    dated.map((d) => d.date),
    asOf,
    since,
    (lapse) => acknowledgementOf(ctx, duty.id, lapse),
  );
  const hint = `when the review is done, add a new entry to ${file} with subject: ${duty.subject} and its date`;
  return [
    findingByDue(ctx, {
      due: outcome.due,
      notes: outcome.notes,
      acknowledged: outcome.acknowledged,
      what: 'review',
      last: toEvidence(last, `${last.entry.data.what}, by ${last.entry.data.by}`, ['date'], linkOf('paper', last.entry.data.paper)),
      edit: {
        file,
        line: last.entry.line,
        hint: outcome.lapse ? `${hint}; ${acknowledgeHint(ctx, duty.id, outcome.lapse)}` : hint,
      },
    }),
  ];
}
