/**
 * Per-member duties (`each`, src/schemas/member-set.ts): one result per
 * subgroup in subgroups.yaml, or per member the clause lists, each judged on
 * that member's own evidence (a review's `subgroup` or `member`, a meeting's
 * `subgroups` or `members`) and its own acknowledgements, so one member's
 * evidence never stands in for another's.
 */
import type { Duty } from '../../../schemas/duty.ts';
import type { MemberSet } from '../../../schemas/member-set.ts';
import type { EvaluationContext, Finding, PartnershipRecords } from '../types.ts';
import { noEvidence } from './shared.ts';

interface Member {
  id: string;
  name: string;
  /** The record field naming it: `subgroup`/`subgroups` for subgroups, `member`/`members` for listed members. */
  field: 'subgroup' | 'member';
}

function membersOf(set: MemberSet, records: PartnershipRecords): Member[] {
  if (set !== 'subgroup') return set.members.map((m) => ({ ...m, field: 'member' }));
  return records.subgroups.map(({ data: { id, name, shortName } }) => ({
    id,
    name: shortName ? `${name} (${shortName})` : name,
    field: 'subgroup',
  }));
}

/** The records as one member's duty sees them: its own evidence, its own acknowledgements. */
function recordsOf(records: PartnershipRecords, { id, field }: Member): PartnershipRecords {
  return {
    ...records,
    reviews: records.reviews.filter((r) => r.data[field] === id),
    meetings: records.meetings.filter((m) => (field === 'subgroup' ? m.data.subgroups : m.data.members).includes(id)),
    // Seen from inside one member's duty, its acknowledgements are the duty's own.
    acknowledgements: records.acknowledgements
      .filter((a) => a.data[field] === id)
      .map((a) => ({ ...a, data: { ...a.data, subgroup: undefined, member: undefined } })),
  };
}

export function evaluatePerMember(
  duty: Duty,
  ctx: EvaluationContext,
  evaluate: (duty: Duty, ctx: EvaluationContext) => Finding[],
): Finding[] {
  const set = 'each' in duty ? duty.each : undefined;
  if (!set) return evaluate(duty, ctx);
  const members = membersOf(set, ctx.records);
  const { files } = ctx.records;
  if (!members.length) {
    return [
      noEvidence(`no subgroups recorded in ${files.subgroups}`, {
        file: files.subgroups,
        hint: `list the partnership's subgroups in ${files.subgroups}`,
      }),
    ];
  }
  return members.flatMap((member) => {
    const subject = { id: member.id, name: member.name };
    const plural = duty.kind === 'frequency' ? `${member.field}s` : member.field;
    return evaluate(duty, { ...ctx, records: recordsOf(ctx.records, member) }).map((finding) => ({
      ...finding,
      subject,
      detail: `${subject.name}: ${finding.detail}`,
      // The hint to acknowledge a lapse names the member whose lapse it is.
      edit: {
        ...finding.edit,
        hint: `${finding.edit.hint.replace(`{ duty: ${duty.id},`, `{ duty: ${duty.id}, ${member.field}: ${member.id},`)} (list ${member.id} under the record’s ${plural})`,
      },
    }));
  });
}
