/**
 * `renewal-per-subgroup` duties: each subgroup's terms of reference (or
 * membership) agreed by a named body and renewed on a cadence (6.72, 6.73;
 * Wandsworth's sub-committees). One finding per subgroup in subgroups.yaml,
 * from that subgroup's own dates.
 */
import type { DutyOf } from '../../../schemas/duty.ts';
import type { Subgroup } from '../../../schemas/subgroup.ts';
import { acknowledgementOf, linkOf } from '../acknowledgements.ts';
import { intervalDue } from '../cadence.ts';
import { isAfter, londonDate } from '../calendar.ts';
import type { EvaluationContext, Finding, RecordEntry } from '../types.ts';
import { findingFromOutcome, noEvidence, sameBody, toEvidence } from './shared.ts';

function evidenceOf(subgroup: Subgroup, aspect: DutyOf<'renewal-per-subgroup'>['aspect']) {
  if (aspect === 'terms-of-reference') {
    const tor = subgroup.termsOfReference;
    return (
      tor && { date: tor.agreed, by: tor.agreedBy, paper: tor.paper, field: ['termsOfReference', 'agreed'], label: 'terms of reference' }
    );
  }
  const m = subgroup.membership;
  return m && { date: m.reviewed, by: m.signedOffBy, paper: m.paper, field: ['membership', 'reviewed'], label: 'membership' };
}

function evaluateOne(duty: DutyOf<'renewal-per-subgroup'>, entry: RecordEntry<Subgroup>, ctx: EvaluationContext): Finding {
  const subgroup = entry.data;
  const subject = { id: subgroup.id, name: subgroup.shortName ? `${subgroup.name} (${subgroup.shortName})` : subgroup.name };
  const label = duty.aspect === 'terms-of-reference' ? 'terms of reference' : 'membership';
  const field = duty.aspect === 'terms-of-reference' ? 'termsOfReference: { agreed, agreedBy }' : 'membership: { reviewed, signedOffBy }';
  const evidence = evidenceOf(subgroup, duty.aspect);
  const edit = { file: entry.file, line: entry.line, hint: `set ${field} for "${subgroup.id}" in ${entry.file}` };
  if (!evidence) return noEvidence(`${subject.name}: no date recorded for its ${label}`, edit, subject);
  const date = londonDate(evidence.date);
  if (duty.signedOffBy && !sameBody(evidence.by, duty.signedOffBy)) {
    return noEvidence(
      `${subject.name}: ${label} dated ${evidence.date} were signed off by "${evidence.by}", not the ${duty.signedOffBy}`,
      { ...edit, line: entry.lineOf(evidence.field) },
      subject,
    );
  }
  if (isAfter(date, ctx.asOf)) {
    return noEvidence(
      `${subject.name}: ${label} dated ${evidence.date}, after the as-of date ${ctx.asOf}`,
      { ...edit, line: entry.lineOf(evidence.field) },
      subject,
    );
  }
  const outcome = intervalDue(duty.cadence, [date], ctx.asOf, {
    since: duty.since ? londonDate(duty.since) : undefined,
    acknowledge: (lapse) => acknowledgementOf(ctx, duty.id, lapse, subgroup.id),
  });
  const hint = `after the ${label} of "${subgroup.id}" ${duty.aspect === 'membership' ? 'is' : 'are'} next reviewed, update ${evidence.field.join('.')} in ${entry.file}`;
  // subgroups.yaml keeps only the latest date, so periods before it cannot be proved either way.
  const notes = [`only the latest ${label} date is recorded, so periods before ${date} cannot be checked`];
  return findingFromOutcome(
    ctx,
    { ...outcome, notes: [...outcome.notes, ...notes] },
    {
      dutyId: duty.id,
      subject,
      what: `${subject.name}: ${label} review`,
      last: toEvidence({ entry, date }, `${label} agreed by ${evidence.by}`, evidence.field, linkOf('paper', evidence.paper)),
      edit: { file: entry.file, line: entry.lineOf(evidence.field), hint },
    },
  );
}

export function evaluateRenewalPerSubgroup(duty: DutyOf<'renewal-per-subgroup'>, ctx: EvaluationContext): Finding[] {
  const { subgroups, files } = ctx.records;
  if (!subgroups.length) {
    return [
      noEvidence(`no subgroups recorded in ${files.subgroups}`, {
        file: files.subgroups,
        hint: `list the partnership's subgroups in ${files.subgroups}`,
      }),
    ];
  }
  return subgroups.map((entry) => evaluateOne(duty, entry, ctx));
}
