/**
 * GitHub Actions workflow annotations: an error on the record (or clause)
 * file for each lapse, a warning for each duty due soon, and a warning on
 * content/site.yaml whenever it pins the clock, because then the daily
 * scheduled build (which runs without --as-of) judges every day as that
 * date and cannot catch a lapse.
 */
import { contentError, formatGithubAnnotation } from '../../errors/content-error.ts';
import type { Clock } from '../clock.ts';
import type { DutyResult } from '../types.ts';
import { toContentError } from './describe.ts';
import { countByStatus } from './summary.ts';

export interface GithubReportInput {
  clock: Clock;
  results: DutyResult[];
  /** `compliance.asOf` from content/site.yaml, when set (even if --as-of overrides it for this run). */
  sitePin?: string;
}

export function formatGithubReport({ clock, results, sitePin }: GithubReportInput): string {
  const out: string[] = [];
  if (sitePin) {
    out.push(
      formatGithubAnnotation(
        contentError({
          file: 'content/site.yaml',
          severity: 'warning',
          rule: 'compliance',
          field: 'compliance.asOf',
          message: `the compliance clock is pinned to ${sitePin}; duties are not judged as of today, so the daily scheduled build cannot catch a lapse after ${sitePin}`,
          hint: 'delete compliance.asOf from content/site.yaml for a real partnership, so the daily build judges each day as itself',
        }),
      ),
    );
  }
  for (const result of results) {
    if (result.status === 'ok' || result.status === 'exempt') continue;
    out.push(formatGithubAnnotation(toContentError(result, { full: true })));
  }
  const c = countByStatus(results);
  out.push(
    `Compliance as of ${clock.asOf}: ${c.overdue} overdue, ${c['no-evidence']} no evidence, ${c['due-soon']} due soon, ${c.ok} ok, ${c.exempt} exempt`,
  );
  return out.join('\n');
}
