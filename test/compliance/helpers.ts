/**
 * Builders for compliance unit tests: records, duties and clauses in
 * memory, each with fixed dates, so a test states exactly what it checks.
 */
import { Temporal } from 'temporal-polyfill';
import { acknowledgementSchema, type AcknowledgementInput } from '../../src/schemas/acknowledgement.ts';
import { dutySchema, type Duty, type DutyInput } from '../../src/schemas/duty.ts';
import { eventSchema, type EventRecordInput } from '../../src/schemas/event.ts';
import { meetingSchema, type Meeting } from '../../src/schemas/meeting.ts';
import { publicationSchema, type PublicationInput } from '../../src/schemas/publication.ts';
import { reviewSchema, type ReviewInput } from '../../src/schemas/review.ts';
import { subgroupSchema, type SubgroupInput } from '../../src/schemas/subgroup.ts';
import { emptyRecords } from '../../src/lib/compliance/evaluate.ts';
import { evaluateDuty } from '../../src/lib/compliance/evaluators/index.ts';
import type { EvaluationContext, Finding, PartnershipRecords, RecordEntry } from '../../src/lib/compliance/types.ts';

export const day = (iso: string) => Temporal.PlainDate.from(iso);

function entry<T>(data: T, file: string, index: number): RecordEntry<T> {
  return { data, file, line: index * 10 + 1, lineOf: (path) => index * 10 + 1 + path.length };
}

export interface RecordsInput {
  subgroups?: Array<Partial<SubgroupInput>>;
  reviews?: Array<Partial<ReviewInput>>;
  publications?: Array<Partial<PublicationInput>>;
  meetings?: Array<Partial<Meeting> | string>;
  /** Body ids (named from the id: "steering-group" → "Steering Group"), or ids with their names. */
  bodies?: Array<string | { id: string; name: string }>;
  acknowledgements?: Array<Partial<AcknowledgementInput> & Pick<AcknowledgementInput, 'period'>>;
  events?: Array<Partial<EventRecordInput>>;
}

/** Records for partnership "demo"; fields left out get harmless defaults. */
export function records(input: RecordsInput = {}): PartnershipRecords {
  const base = emptyRecords('demo');
  const f = base.files;
  return {
    ...base,
    subgroups: (input.subgroups ?? []).map((s, i) =>
      entry(subgroupSchema.parse({ id: `group-${i}`, name: `Group ${i}`, partnership: 'demo', ...s }), f.subgroups, i),
    ),
    reviews: (input.reviews ?? []).map((r, i) =>
      entry(reviewSchema.parse({ subject: 'constitution', what: 'Review', by: 'Steering Group', date: '2026-01-01', ...r }), f.reviews, i),
    ),
    publications: (input.publications ?? []).map((p, i) =>
      entry(
        publicationSchema.parse({
          type: 'annual-report',
          title: `Report ${i}`,
          period: { start: '2024-04-01', end: '2025-03-31' },
          published: '2025-09-30',
          ...p,
        }),
        f.publications,
        i,
      ),
    ),
    meetings: (input.meetings ?? []).map((m, i) =>
      entry(meetingSchema.parse({ body: 'steering-group', ...(typeof m === 'string' ? { date: m } : m) }), f.meetings, i),
    ),
    acknowledgements: (input.acknowledgements ?? []).map((a, i) =>
      entry(
        acknowledgementSchema.parse({ duty: 'test-duty', date: a.period.end, by: 'Steering Group', reason: 'Noted.', ...a }),
        f.acknowledgements,
        i,
      ),
    ),
    events: (input.events ?? []).map((e, i) =>
      entry(
        eventSchema.parse({ id: `event-${i}`, type: 'notification', what: `Notification ${i}`, date: '2026-01-01', ...e }),
        f.events,
        i,
      ),
    ),
    // Named as the records would name them: "steering-group" → "Steering Group".
    bodies: (input.bodies ?? ['steering-group']).map((b, i) =>
      entry(
        typeof b === 'string'
          ? { id: b, name: b.replace(/(^|-)(\w)/g, (_, dash: string, c: string) => `${dash ? ' ' : ''}${c.toUpperCase()}`) }
          : b,
        f.meetings,
        i,
      ),
    ),
  };
}

const DUTY_DEFAULTS = { id: 'test-duty', duty: 'Do the thing.', owner: 'Steering Group' };

/** Omit that keeps each member of a union, so `kind` still narrows the other fields. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export function duty(input: OmitEach<DutyInput, 'id' | 'duty' | 'owner'> & Partial<Pick<DutyInput, 'id' | 'duty' | 'owner'>>): Duty {
  return dutySchema.parse({ ...DUTY_DEFAULTS, ...input });
}

export function ctx(asOf: string, recs: PartnershipRecords, warningDays = 30): EvaluationContext {
  return { asOf: day(asOf), warningDays, records: recs };
}

/** Evaluate one duty at one date and return its single finding. */
export function check(d: Duty, recs: PartnershipRecords, asOf: string, warningDays = 30): Finding {
  const findings = evaluateDuty(d, ctx(asOf, recs, warningDays));
  if (findings.length !== 1) throw new Error(`expected one finding, got ${findings.length}`);
  return findings[0]!;
}

/** Status of one duty at each of several dates: `{ '2026-05-11': 'due-soon', … }`. */
export function statusesOn(d: Duty, recs: PartnershipRecords, dates: string[], warningDays = 30): Record<string, string> {
  return Object.fromEntries(dates.map((date) => [date, check(d, recs, date, warningDays).status]));
}
