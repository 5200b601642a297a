/**
 * `/api/duties.json`: every duty's result as data, with the clock it was
 * judged by: its cadence in words and as data (`schedule`), the last
 * evidence with its link, and any acknowledged lapses. Each result says
 * `example: true` when it rests on example records, and so do its `last` and
 * acknowledgements, so a consumer can tell an invented date from a fact.
 */
import { cadenceOf } from '../compliance/report/describe.ts';
import type { Duty } from '../../schemas/duty.ts';
import type { DutyResult } from '../compliance/types.ts';
import { clauseUrl } from '../references/urls.ts';
import { dutiesExportSchema, type DutiesExport, type DutyExport } from '../../schemas/export.ts';
import { registerAnchor, registerEntryUrl } from './register.ts';
import type { SiteCompliance } from './site-compliance.ts';

/** The duty's cadence as data: `{ rule: 'anniversary', every: 1, unit: 'year' }`. */
export function scheduleOf(duty: Duty): DutyExport['schedule'] {
  switch (duty.kind) {
    case 'frequency':
      return {
        rule: 'frequency',
        every: 1,
        unit: 'year',
        yearStarts: duty.yearStarts,
        atLeast: duty.atLeast,
        ...(duty.perQuarter ? { perQuarter: duty.perQuarter } : {}),
      };
    case 'annual-deadline':
      return { rule: 'annual-deadline', every: 1, unit: 'year', by: duty.by, ...(duty.opens ? { opens: duty.opens } : {}) };
    case 'within': {
      const [unit, every] = Object.entries(duty.limit)[0] as [string, number];
      const units = { days: 'day', weeks: 'week', months: 'month', workingDays: 'working-day' } as const;
      return { rule: 'within', every, unit: units[unit as keyof typeof units], event: duty.event, response: duty.response };
    }
    case 'one-off':
      return { rule: 'one-off', byDay: duty.by };
    case 'per-meeting':
      return { rule: 'per-meeting', check: duty.rule.check, meetings: duty.meetings };
  }
  const cadence = duty.cadence;
  switch (cadence.rule) {
    case 'anniversary':
      return { rule: 'anniversary', every: cadence.years, unit: 'year' };
    case 'rolling':
      return { rule: 'rolling', every: cadence.months, unit: 'month' };
    case 'in-force':
      return { rule: 'in-force' };
    default:
      return { rule: cadence.rule, every: 1, unit: 'year', yearStarts: '04-01' };
  }
}

export function dutyExport(result: DutyResult): DutyExport {
  return {
    anchor: registerAnchor(result),
    partnership: result.partnership,
    document: result.document,
    clause: {
      id: result.clause.id,
      name: `${result.documentTitle} ${result.clause.name}`,
      url: clauseUrl(result.partnership, result.document, result.clause.id),
    },
    id: result.duty.id,
    kind: result.duty.kind,
    duty: result.duty.duty,
    owner: result.duty.owner,
    theme: result.duty.theme,
    cadence: cadenceOf(result),
    schedule: scheduleOf(result.duty),
    subject: result.subject,
    status: result.status,
    due: result.due,
    last: result.last && { date: result.last.date, what: result.last.what, example: result.last.example, link: result.last.link },
    detail: result.detail,
    example: result.example,
    acknowledged: result.acknowledged.map(({ period, shortfall, acknowledgement: a }) => ({
      period,
      shortfall,
      acknowledged: { date: a.date, by: a.by, reason: a.reason, link: a.link, example: a.example },
    })),
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
