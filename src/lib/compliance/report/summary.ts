/** Counting results by status, and whether the check fails. */
import { isAdvisory } from '../../../schemas/duty-strength.ts';
import { FAILING_STATUSES, STATUS_ORDER, type DutyResult, type DutyStatus } from '../types.ts';

export function countByStatus(results: DutyResult[]): Record<DutyStatus, number> {
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<DutyStatus, number>;
  for (const result of results) counts[result.status]++;
  return counts;
}

/** Whether a result fails the check: a lapse of a required duty. An advisory duty's lapse is a warning. */
export const isFailure = (result: DutyResult) => FAILING_STATUSES.includes(result.status) && !isAdvisory(result.duty);

export const failed = (results: DutyResult[]) => results.some(isFailure);
