/**
 * `/api/duties.json`: every duty's result as data, with the clock it was
 * judged by. Example records keep `example: true`, so a consumer can tell an
 * invented date from a fact.
 */
import { cadenceOf } from '../compliance/report/describe.ts';
import type { DutyResult } from '../compliance/types.ts';
import { clauseUrl } from '../references/urls.ts';
import { dutiesExportSchema, type DutiesExport, type DutyExport } from '../../schemas/export.ts';
import { registerAnchor, registerEntryUrl } from './register.ts';
import type { SiteCompliance } from './site-compliance.ts';

export function dutyExport(result: DutyResult): DutyExport {
  return {
    anchor: registerAnchor(result),
    partnership: result.partnership,
    document: result.document,
    clause: { id: result.clause.id, name: `${result.documentTitle} ${result.clause.name}`, url: clauseUrl(result.partnership, result.document, result.clause.id) },
    id: result.duty.id,
    kind: result.duty.kind,
    duty: result.duty.duty,
    owner: result.duty.owner,
    cadence: cadenceOf(result),
    subject: result.subject,
    status: result.status,
    due: result.due,
    last: result.last && { date: result.last.date, what: result.last.what, example: result.last.example },
    detail: result.detail,
    registerUrl: registerEntryUrl(result),
  };
}

export function dutiesExport(compliance: SiteCompliance): DutiesExport {
  return dutiesExportSchema.parse({
    asOf: compliance.clock.asOf.toString(),
    pinned: compliance.pinned,
    builtOn: compliance.builtOn.toString(),
    warningDays: compliance.warningDays,
    duties: compliance.results.map(dutyExport),
  });
}
