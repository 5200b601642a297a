/** The machine-readable report: the clock, the counts and every result as data. */
import type { ContentError } from '../../errors/content-error.ts';
import type { Clock } from '../clock.ts';
import type { DutyResult } from '../types.ts';
import { countByStatus, failed } from './summary.ts';

export function formatJsonReport(input: { clock?: Clock; warningDays?: number; results: DutyResult[]; errors?: ContentError[] }): string {
  return JSON.stringify(
    {
      asOf: input.clock?.asOf.toString(),
      clock: input.clock && { source: input.clock.source, describe: input.clock.describe },
      warningDays: input.warningDays,
      passed: !failed(input.results) && !(input.errors ?? []).some((e) => e.severity === 'error'),
      counts: countByStatus(input.results),
      errors: input.errors ?? [],
      results: input.results,
    },
    null,
    2,
  );
}
