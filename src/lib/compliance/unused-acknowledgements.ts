/**
 * An acknowledgement (records/acknowledgements.yaml) that covers no lapse the
 * check found is a warning: its period had enough, its duty id or subgroup
 * names another duty's, or it is dated after the day the check judges. It
 * changes nothing, and would hide nothing later by surprise if it stayed.
 *
 *   content/west-sussex/records/acknowledgements.yaml:5  warning  duty: this acknowledgement covers no lapse …
 */
import { contentError, type ContentError } from '../errors/content-error.ts';
import type { DutyResult, PartnershipRecords } from './types.ts';

/** `afterAsOfReported`: records-after-as-of.ts already warns of acknowledgements dated after `asOf` (a pinned or injected clock). */
export function unusedAcknowledgements(
  records: Map<string, PartnershipRecords>,
  results: DutyResult[],
  asOf: string,
  afterAsOfReported = false,
): ContentError[] {
  const used = new Set(results.flatMap((r) => r.acknowledged.map((a) => `${a.acknowledgement.file}:${a.acknowledgement.line}`)));
  return [...records.values()].flatMap((partnership) =>
    partnership.acknowledgements
      .filter((entry) => !used.has(`${entry.file}:${entry.line}`) && !(afterAsOfReported && entry.data.date > asOf))
      .map((entry) =>
        contentError({
          file: entry.file,
          line: entry.line,
          field: 'duty',
          severity: 'warning',
          rule: 'unused-acknowledgement',
          message: `this acknowledgement covers no lapse of "${entry.data.duty}"${entry.data.subgroup ? ` for ${entry.data.subgroup}` : ''} that the check finds as of ${asOf}`,
          hint: 'check the period against the shortfall the check reported (and that the acknowledgement is not dated after it is judged); delete the entry if the period in fact had enough',
        }),
      ),
  );
}
