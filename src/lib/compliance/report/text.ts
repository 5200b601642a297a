/**
 * The readable report: a header with the clock, then each partnership with
 * its duties grouped by status, worst first. Lapses and warnings print as
 * ContentErrors (file:line, what, hint); the rest as one line each.
 */
import { formatContentError } from '../../errors/content-error.ts';
import type { Clock } from '../clock.ts';
import { FAILING_STATUSES, STATUS_ORDER, type DutyResult } from '../types.ts';
import { clauseName, dutyLine, resultId, STATUS_LABEL, toContentError } from './describe.ts';
import { countByStatus, failed, isFailure } from './summary.ts';

const indent = (text: string, by: string) =>
  text
    .split('\n')
    .map((l) => by + l)
    .join('\n');

export interface TextReportInput {
  clock: Clock;
  warningDays: number;
  results: DutyResult[];
  /** Partnership id → display name. */
  names: Map<string, string>;
}

/** "lapsed, acknowledged: 3 of at least 4 … (acknowledged on 2025-07-15 by Partnership Board: …)" */
const acknowledgedLines = (result: DutyResult) =>
  result.acknowledged.map(
    ({ shortfall, acknowledgement: a }) =>
      `lapsed, acknowledged: ${shortfall} (acknowledged on ${a.date} by ${a.by}: ${a.reason})${a.example ? ' [example record]' : ''}`,
  );

function line(result: DutyResult): string {
  const example = result.last?.example ? ' [example record]' : '';
  const notes = [...acknowledgedLines(result), ...result.notes.map((n) => `note: ${n}`)].map((n) => `\n        ${n}`).join('');
  return `    ${resultId(result)} — ${clauseName(result)}: ${result.detail}${example}${notes}`;
}

/** The lines under a lapse: the duty, whether the evidence is an example, notes. */
function details(result: DutyResult): string[] {
  return [
    `      duty: ${dutyLine(result)}`,
    ...(result.duty.interpretation ? [`      read as: ${result.duty.interpretation}`] : []),
    ...(result.last?.example
      ? [`      the last record (${result.last.file}:${result.last.line}) is an EXAMPLE, not a fact about the real body`]
      : []),
    ...acknowledgedLines(result).map((n) => `      ${n}`),
    ...result.notes.map((n) => `      note: ${n}`),
  ];
}

export function formatTextReport({ clock, warningDays, results, names }: TextReportInput): string {
  const out: string[] = [];
  const counts = countByStatus(results);
  const failing = (status: DutyResult['status']) => results.filter((r) => r.status === status && isFailure(r)).length;
  const advisoryLapses = results.filter((r) => FAILING_STATUSES.includes(r.status) && !isFailure(r)).length;
  out.push(`Compliance check as of ${clock.asOf} (${clock.describe}); due-soon window ${warningDays} days`);
  out.push(STATUS_ORDER.map((s) => `${counts[s]} ${STATUS_LABEL[s].toLowerCase()}`).join(', '));
  const partnerships = [...new Set(results.map((r) => r.partnership))].sort();
  for (const partnership of partnerships) {
    out.push('', `${names.get(partnership) ?? partnership} (${partnership})`);
    const mine = results.filter((r) => r.partnership === partnership);
    for (const status of STATUS_ORDER) {
      const group = mine.filter((r) => r.status === status);
      if (!group.length) continue;
      out.push(`  ${STATUS_LABEL[status]} (${group.length})`);
      for (const result of group) {
        if (status === 'ok' || status === 'exempt') out.push(line(result));
        else out.push(indent(formatContentError(toContentError(result)), '    '), ...details(result));
      }
    }
  }
  out.push('');
  out.push(
    failed(results)
      ? `FAILED: ${failing('overdue')} overdue and ${failing('no-evidence')} without evidence. Record the evidence in the files named above, or correct the duty in its clause.`
      : `PASSED: nothing ${advisoryLapses ? 'required is ' : ''}overdue or without evidence${counts['due-soon'] ? `; ${counts['due-soon']} due soon` : ''}${advisoryLapses ? `; ${advisoryLapses} advisory ${advisoryLapses === 1 ? 'duty' : 'duties'} lapsed (warnings)` : ''}.`,
  );
  return out.join('\n');
}
