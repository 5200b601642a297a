/**
 * Acknowledged lapses (records/acknowledgements.yaml, schema
 * src/schemas/acknowledgement.ts): an evaluator that finds a past period
 * short asks here whether the responsible body has acknowledged it. An
 * acknowledged lapse becomes a note ("lapsed, acknowledged") instead of a
 * failure, so one short year stops blocking every build; any other lapse
 * stays a failure, and its hint says how to acknowledge it.
 */
import { compareDates, isOnOrBefore, londonDate, type PlainDate } from './calendar.ts';
import type { AcknowledgedLapse, EvaluationContext, EvidenceLink } from './types.ts';

/** A past period that fell short. */
export interface Lapse {
  start: PlainDate;
  end: PlainDate;
  /** "3 of at least 4 meetings of the Steering Group held in the year 2025-26". */
  shortfall: string;
}

const ADDRESS = /^https?:\/\//i;

/** A record's link field as Evidence shows it: an address to follow, or a reference to read. */
export function linkOf(label: string, value: string | undefined): EvidenceLink | undefined {
  if (!value) return undefined;
  return ADDRESS.test(value) ? { label, url: value } : { label, reference: value };
}

/** The acknowledgement covering `lapse` of duty `dutyId` (for one subgroup, if given), made on or before the as-of date. */
export function acknowledgementOf(ctx: EvaluationContext, dutyId: string, lapse: Lapse, subgroup?: string): AcknowledgedLapse | undefined {
  const entry = ctx.records.acknowledgements.find(
    ({ data }) =>
      data.duty === dutyId &&
      data.subgroup === subgroup &&
      compareDates(londonDate(data.period.start), lapse.start) <= 0 &&
      compareDates(lapse.end, londonDate(data.period.end)) <= 0 &&
      isOnOrBefore(londonDate(data.date), ctx.asOf),
  );
  if (!entry) return undefined;
  const { date, by, reason, link, example } = entry.data;
  return {
    period: { start: lapse.start.toString(), end: lapse.end.toString() },
    shortfall: lapse.shortfall,
    acknowledgement: { date, by, reason, link: linkOf('minutes', link), example, file: entry.file, line: entry.line },
  };
}

/** How to acknowledge a lapse that cannot be put right, for the hint under a failure. */
export function acknowledgeHint(ctx: EvaluationContext, dutyId: string, lapse: Lapse, subgroup?: string): string {
  const who = subgroup ? `, subgroup: ${subgroup}` : '';
  return `if the ${lapse.start} to ${lapse.end} shortfall cannot be put right, record that it was noted in ${ctx.records.files.acknowledgements}: { duty: ${dutyId}${who}, period: { start: ${lapse.start}, end: ${lapse.end} }, date, by, reason }`;
}
