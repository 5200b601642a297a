/**
 * Whether a result rests on example records, so every output (register,
 * calendar, duties.json) can say so. True when its last evidence or any
 * acknowledgement it relies on is an example; with no evidence at all, true
 * when the partnership's records hold example records, because "nothing
 * recorded" in an illustrative set is no fact about the real partnership
 * either. Records without any example are facts, and so is their absence.
 */
import type { Finding, PartnershipRecords } from './types.ts';

export function holdsExamples(records: PartnershipRecords): boolean {
  return [records.subgroups, records.reviews, records.publications, records.meetings, records.acknowledgements].some((list) =>
    list.some((entry) => entry.data.example),
  );
}

export function restsOnExample(finding: Pick<Finding, 'last' | 'acknowledged'>, records: PartnershipRecords): boolean {
  if ((finding.acknowledged ?? []).some((a) => a.acknowledgement.example)) return true;
  return finding.last ? finding.last.example : holdsExamples(records);
}
