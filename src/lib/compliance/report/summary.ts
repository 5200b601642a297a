/** Counting results by status, and whether the check fails. */
import { FAILING_STATUSES, STATUS_ORDER, type DutyResult, type DutyStatus } from '../types.ts';

export function countByStatus(results: DutyResult[]): Record<DutyStatus, number> {
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<DutyStatus, number>;
  for (const result of results) counts[result.status]++;
  return counts;
}

export const failed = (results: DutyResult[]) => results.some((r) => FAILING_STATUSES.includes(r.status));
