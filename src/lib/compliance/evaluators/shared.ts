/**
 * Small helpers every evaluator uses: picking the latest record, turning a
 * record into Evidence, and wording a finding from a due date.
 */
import { acknowledgeHint } from '../acknowledgements.ts';
import type { CadenceOutcome } from '../cadence.ts';
import { describeDue, statusFor } from '../status.ts';
import { compareDates, type PlainDate } from '../calendar.ts';
import type {
  AcknowledgedLapse,
  EditTarget,
  EvaluationContext,
  Evidence,
  EvidenceLink,
  Finding,
  PartnershipRecords,
  RecordEntry,
} from '../types.ts';

export interface Dated<T> {
  entry: RecordEntry<T>;
  date: PlainDate;
}

/** Records with their London dates, oldest first, keeping only those on or before `asOf`. */
export function datedUpTo<T>(entries: RecordEntry<T>[], dateOf: (data: T) => PlainDate, asOf: PlainDate): Dated<T>[] {
  return entries
    .map((entry) => ({ entry, date: dateOf(entry.data) }))
    .filter((d) => compareDates(d.date, asOf) <= 0)
    .sort((a, b) => compareDates(a.date, b.date));
}

export function toEvidence<T extends { example: boolean }>(
  dated: Dated<T>,
  what: string,
  field: ReadonlyArray<string | number>,
  link?: EvidenceLink,
): Evidence {
  return {
    date: dated.date.toString(),
    what,
    file: dated.entry.file,
    line: dated.entry.lineOf(field),
    example: dated.entry.data.example,
    ...(link ? { link } : {}),
  };
}

/** A body's name as the records give it ("the Steering Group"), from meetings.yaml's bodies or subgroups.yaml; else its id. */
export function bodyName(records: PartnershipRecords, id: string): string {
  const name = records.bodies.find((b) => b.data.id === id)?.data.name ?? records.subgroups.find((s) => s.data.id === id)?.data.name;
  if (!name) return id;
  return /^the\s/i.test(name) ? name : `the ${name}`;
}

/** "the Steering Group" and "Steering Group" name the same body: case, spaces at the ends and a leading "the" aside. */
export const sameBody = (a: string, b: string) => {
  const plain = (name: string) =>
    name
      .trim()
      .replace(/^the\s+/i, '')
      .toLowerCase();
  return plain(a) === plain(b);
};

/** A finding judged only by its due date: ok, due-soon or overdue. */
export function findingByDue(
  ctx: EvaluationContext,
  fields: {
    due: PlainDate;
    last?: Evidence;
    what?: string;
    notes?: string[];
    acknowledged?: AcknowledgedLapse[];
    edit: EditTarget;
    subject?: Finding['subject'];
  },
): Finding {
  const status = statusFor(fields.due, ctx.asOf, ctx.warningDays);
  const since = fields.last ? `; last on ${fields.last.date}` : '';
  return {
    subject: fields.subject,
    status,
    due: fields.due,
    last: fields.last,
    detail: `${fields.what ? `${fields.what} ` : ''}${describeDue(status, fields.due, ctx.asOf)}${since}`,
    notes: fields.notes ?? [],
    acknowledged: fields.acknowledged ?? [],
    edit: fields.edit,
  };
}

/**
 * A finding from a cadence outcome: the oldest missed period that nobody has
 * acknowledged makes it overdue, whatever came later; otherwise it is judged
 * by the next due date.
 */
export function findingFromOutcome(
  ctx: EvaluationContext,
  outcome: CadenceOutcome,
  fields: { dutyId: string; what?: string; last?: Evidence; edit: EditTarget; subject?: Finding['subject'] },
): Finding {
  const { acknowledged, notes, open } = outcome;
  if (!open.length) return findingByDue(ctx, { ...fields, due: outcome.due, notes, acknowledged });
  const [first, ...rest] = open;
  return {
    subject: fields.subject,
    status: 'overdue',
    due: first!.end,
    last: fields.last,
    detail: `lapsed: ${first!.shortfall}`,
    notes: [...rest.map((lapse) => `also lapsed: ${lapse.shortfall}`), ...notes],
    acknowledged,
    edit: { ...fields.edit, hint: `${fields.edit.hint}; ${acknowledgeHint(ctx, fields.dutyId, first!, fields.subject?.id)}` },
  };
}

export function noEvidence(detail: string, edit: EditTarget, subject?: Finding['subject']): Finding {
  return { subject, status: 'no-evidence', detail, notes: [], edit };
}
