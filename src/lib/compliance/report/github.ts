/**
 * GitHub Actions workflow annotations: an error on the record (or clause)
 * file for each lapse, a warning for each duty due soon, and a warning on
 * content/site.yaml when the clock is pinned there.
 */
import { contentError, formatGithubAnnotation } from '../../errors/content-error.ts';
import type { Clock } from '../clock.ts';
import type { DutyResult } from '../types.ts';
import { toContentError } from './describe.ts';
import { countByStatus } from './summary.ts';

export function formatGithubReport({ clock, results }: { clock: Clock; results: DutyResult[] }): string {
  const out: string[] = [];
  if (clock.source === 'site') {
    out.push(formatGithubAnnotation(contentError({
      file: 'content/site.yaml', severity: 'warning', rule: 'compliance', field: 'compliance.asOf',
      message: `the compliance clock is pinned to ${clock.asOf}; duties are not judged as of today`,
      hint: 'remove compliance.asOf for a real partnership',
    })));
  }
  for (const result of results) {
    if (result.status === 'ok' || result.status === 'exempt') continue;
    out.push(formatGithubAnnotation(toContentError(result, { full: true })));
  }
  const c = countByStatus(results);
  out.push(`Compliance as of ${clock.asOf}: ${c.overdue} overdue, ${c['no-evidence']} no evidence, ${c['due-soon']} due soon, ${c.ok} ok, ${c.exempt} exempt`);
  return out.join('\n');
}
