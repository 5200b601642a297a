/**
 * Per-member duties: "each subgroup reports quarterly" is one duty with one
 * result per subgroup in subgroups.yaml, each judged on that subgroup's own
 * evidence (a review with its `subgroup`, a meeting listing it under
 * `subgroups`) and its own acknowledgements, so one subgroup's reports never
 * stand in for another's.
 */
import type { Duty } from '../../../schemas/duty.ts';
import type { EvaluationContext, Finding, PartnershipRecords } from '../types.ts';
import { noEvidence } from './shared.ts';

/** The records as one subgroup's duty sees them: its own evidence, its own acknowledgements. */
function recordsOf(records: PartnershipRecords, subgroup: string): PartnershipRecords {
  return {
    ...records,
    reviews: records.reviews.filter((r) => r.data.subgroup === subgroup),
    meetings: records.meetings.filter((m) => m.data.subgroups.includes(subgroup)),
    // Seen from inside one member's duty, its acknowledgements are the duty's own.
    acknowledgements: records.acknowledgements
      .filter((a) => a.data.subgroup === subgroup)
      .map((a) => ({ ...a, data: { ...a.data, subgroup: undefined } })),
  };
}

export function evaluatePerMember(
  duty: Duty,
  ctx: EvaluationContext,
  evaluate: (duty: Duty, ctx: EvaluationContext) => Finding[],
): Finding[] {
  const { subgroups, files } = ctx.records;
  if (!subgroups.length) {
    return [
      noEvidence(`no subgroups recorded in ${files.subgroups}`, {
        file: files.subgroups,
        hint: `list the partnership's subgroups in ${files.subgroups}`,
      }),
    ];
  }
  return subgroups.flatMap(({ data: { id, name, shortName } }) => {
    const subject = { id, name: shortName ? `${name} (${shortName})` : name };
    return evaluate(duty, { ...ctx, records: recordsOf(ctx.records, id) }).map((finding) => ({
      ...finding,
      subject,
      detail: `${subject.name}: ${finding.detail}`,
      // The hint to acknowledge a lapse names the subgroup whose lapse it is.
      edit: {
        ...finding.edit,
        hint: `${finding.edit.hint.replace(`{ duty: ${duty.id},`, `{ duty: ${duty.id}, subgroup: ${id},`)} (list ${id} under the record’s ${duty.kind === 'frequency' ? 'subgroups' : 'subgroup'})`,
      },
    }));
  });
}
