/**
 * `review` duties: something is reviewed on a cadence (the constitution
 * "reviewed annually", district and borough representation "every two years
 * as a minimum"). Evidence: reviews.yaml entries with the duty's `subject`.
 * A missed period (a late review, a financial year without one) stays a
 * lapse until acknowledged (records/acknowledgements.yaml); a review may
 * name the period it is for (`for:`), else it counts for its date's.
 */
import type { DutyOf } from '../../../schemas/duty.ts';
import { acknowledgementOf, linkOf } from '../acknowledgements.ts';
import { intervalDue } from '../cadence.ts';
import { londonDate, spanOf } from '../calendar.ts';
import type { EvaluationContext, Finding } from '../types.ts';
import { datedUpTo, findingFromOutcome, noEvidence, toEvidence } from './shared.ts';

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
  const outcome = intervalDue(
    duty.cadence,
    dated.map((d) => ({ date: d.date, period: d.entry.data.for && spanOf(d.entry.data.for) })),
    asOf,
    { since: duty.since ? londonDate(duty.since) : undefined, acknowledge: (lapse) => acknowledgementOf(ctx, duty.id, lapse) },
  );
  return [
    findingFromOutcome(ctx, outcome, {
      dutyId: duty.id,
      what: 'review',
      last: toEvidence(last, `${last.entry.data.what}, by ${last.entry.data.by}`, ['date'], linkOf('paper', last.entry.data.paper)),
      edit: {
        file,
        line: last.entry.line,
        hint: `when the review is done, add a new entry to ${file} with subject: ${duty.subject} and its date`,
      },
    }),
  ];
}
