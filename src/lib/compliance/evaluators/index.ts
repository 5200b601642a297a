/**
 * One evaluator per duty kind. Adding a kind means a schema in
 * src/schemas/duty.ts, a file here, and a line in this table.
 */
import type { Duty, DutyKind, DutyOf } from '../../../schemas/duty.ts';
import type { EvaluationContext, Finding } from '../types.ts';
import { evaluateAnnualDeadline } from './annual-deadline.ts';
import { evaluateFrequency } from './frequency.ts';
import { evaluateOneOff } from './one-off.ts';
import { evaluatePerMeeting } from './per-meeting.ts';
import { evaluatePerMember } from './per-member.ts';
import { evaluatePublication } from './publication.ts';
import { evaluateRenewalPerSubgroup } from './renewal-per-subgroup.ts';
import { evaluateReview } from './review.ts';
import { evaluateWithin } from './within.ts';

type Evaluators = { [K in DutyKind]: (duty: DutyOf<K>, ctx: EvaluationContext) => Finding[] };

export const evaluators: Evaluators = {
  review: evaluateReview,
  'renewal-per-subgroup': evaluateRenewalPerSubgroup,
  publication: evaluatePublication,
  frequency: evaluateFrequency,
  'annual-deadline': evaluateAnnualDeadline,
  within: evaluateWithin,
  'one-off': evaluateOneOff,
  'per-meeting': evaluatePerMeeting,
};

const evaluateOne = (duty: Duty, ctx: EvaluationContext): Finding[] =>
  (evaluators[duty.kind] as (duty: Duty, ctx: EvaluationContext) => Finding[])(duty, ctx);

/** A duty with `each` has one result per member of its set (per-member.ts); any other, its kind's results. */
export function evaluateDuty(duty: Duty, ctx: EvaluationContext): Finding[] {
  return 'each' in duty && duty.each ? evaluatePerMember(duty, ctx, evaluateOne) : evaluateOne(duty, ctx);
}
