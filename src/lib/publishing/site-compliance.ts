/**
 * The compliance results the pages publish (register, banners, feed, JSON):
 * the same evaluation `npm run check` runs, done once per build. The clock
 * comes from GOVERNANCE_AS_OF, then `compliance.asOf` in content/site.yaml,
 * then today; `builtOn` is the day pages print as the build's, because a
 * static page outlives the day it was built.
 *
 * The same commit and the same as-of date give byte-identical output, so
 * `builtOn` is never the wall clock unless the clock is: an injected as-of
 * date (--as-of, GOVERNANCE_AS_OF) stands for the build's day, and under the
 * pinned example clock it is the day of the commit being built.
 */
import type { ContentSet } from '../content/model.ts';
import type { SiteSettings } from '../../schemas/site.ts';
import { londonDate, londonToday, type PlainDate } from '../compliance/calendar.ts';
import { runGit } from '../history/git.ts';
import { resolveClock, type Clock } from '../compliance/clock.ts';
import { evaluateDuties } from '../compliance/evaluate.ts';
import { loadRecords } from '../compliance/load-records.ts';
import type { DutyResult } from '../compliance/types.ts';

export interface SiteCompliance {
  clock: Clock;
  /** True when content/site.yaml pins the clock (the shipped example). */
  pinned: boolean;
  /** The build's day: today on the real clock, the as-of date when injected, the commit's day when pinned. */
  builtOn: PlainDate;
  /** Where `builtOn` came from, for the pages' wording. */
  builtFrom: 'today' | 'as-of' | 'commit';
  warningDays: number;
  results: DutyResult[];
}

export interface SiteComplianceInputs {
  content: ContentSet;
  settings: SiteSettings;
  env?: Record<string, string | undefined>;
}

export function siteCompliance({ content, settings, env = process.env }: SiteComplianceInputs): SiteCompliance {
  const clock = resolveClock({ env: env.GOVERNANCE_AS_OF, site: settings.compliance.asOf });
  const warningDays = settings.compliance.warningDays;
  const records = loadRecords({ root: content.root, partnerships: content.partnerships.map((p) => p.id) });
  // The build's check (npm run check) has already failed on bad records; here they only go missing.
  const results = evaluateDuties({ content, records: records.byPartnership, asOf: clock.asOf, warningDays });
  return { clock, pinned: clock.source === 'site', ...buildDay(clock, content.root), warningDays, results };
}

function buildDay(clock: Clock, root: string): Pick<SiteCompliance, 'builtOn' | 'builtFrom'> {
  if (clock.source === 'cli' || clock.source === 'env') return { builtOn: clock.asOf, builtFrom: 'as-of' };
  if (clock.source === 'site') {
    const commit = runGit(root, ['log', '-1', '--format=%cI']);
    if (commit.ok && commit.stdout.trim()) return { builtOn: londonDate(commit.stdout.trim()), builtFrom: 'commit' };
  }
  return { builtOn: londonToday(), builtFrom: 'today' };
}
