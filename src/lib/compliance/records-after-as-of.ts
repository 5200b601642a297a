/**
 * A record dated after the as-of date is not counted yet. On the real clock
 * that day comes by itself; under a pinned or injected clock it never does,
 * so an editor adding last week's review would see nothing change and never
 * learn why. Each such record is a warning naming its file and line, its
 * date and the as-of date, with how to move the clock:
 *
 *   content/west-sussex/records/reviews.yaml:12  warning  date 2026-11-20 is after the as-of date 2026-11-01 (pinned in content/site.yaml), so this record is not counted yet  [record-after-as-of]
 *
 * Meetings are left out: a meeting after the as-of date is a scheduled
 * meeting, which meetings.yaml is meant to list.
 */
import { contentError, type ContentError } from '../errors/content-error.ts';
import type { Clock } from './clock.ts';
import type { PartnershipRecords, RecordEntry } from './types.ts';

interface DatedField {
  entry: RecordEntry<unknown>;
  /** Path of the date inside the record, as editors write it: `['termsOfReference', 'agreed']`. */
  path: string[];
  date: string;
}

function datedFields(records: PartnershipRecords): DatedField[] {
  return [
    ...records.reviews.map((entry) => ({ entry, path: ['date'], date: entry.data.date })),
    ...records.publications.map((entry) => ({ entry, path: ['published'], date: entry.data.published })),
    ...records.acknowledgements.map((entry) => ({ entry, path: ['date'], date: entry.data.date })),
    ...records.subgroups.flatMap((entry) => [
      ...(entry.data.termsOfReference ? [{ entry, path: ['termsOfReference', 'agreed'], date: entry.data.termsOfReference.agreed }] : []),
      ...(entry.data.membership ? [{ entry, path: ['membership', 'reviewed'], date: entry.data.membership.reviewed }] : []),
    ]),
  ];
}

const WHERE: Record<Exclude<Clock['source'], 'today'>, string> = {
  site: 'pinned in content/site.yaml',
  cli: 'set by --as-of',
  env: 'set by GOVERNANCE_AS_OF',
};

function hint(clock: Clock, date: string): string {
  if (clock.source === 'site')
    return `compliance.asOf in content/site.yaml pins the clock for the shipped example records; move it to ${date} or later to count this record, or delete it so a real partnership's records are judged as of today`;
  if (clock.source === 'cli') return `run the check with --as-of ${date} or later, or without --as-of, to count this record`;
  return `set GOVERNANCE_AS_OF to ${date} or later, or unset it, to count this record`;
}

/** Warnings for records dated after a pinned or injected as-of date; none on the real clock. */
export function recordsAfterAsOf(records: Iterable<PartnershipRecords>, clock: Clock): ContentError[] {
  if (clock.source === 'today') return [];
  const where = WHERE[clock.source];
  const asOf = clock.asOf.toString();
  return [...records]
    .flatMap(datedFields)
    .filter(({ date }) => date > asOf)
    .map(({ entry, path, date }) =>
      contentError({
        file: entry.file,
        line: entry.lineOf(path),
        severity: 'warning',
        rule: 'record-after-as-of',
        message: `${path.join('.')} ${date} is after the as-of date ${asOf} (${where}), so this record is not counted yet`,
        hint: hint(clock, date),
      }),
    );
}
