/**
 * The compliance results the pages publish (register, banners, feed, JSON):
 * the same evaluation `npm run check` runs, done once per build. The clock
 * comes from GOVERNANCE_AS_OF, then `compliance.asOf` in content/site.yaml,
 * then today; `builtOn` is the London date of the build, which pages print
 * because a static page outlives the day it was built.
 */
import type { ContentSet } from '../content/model.ts';
import type { SiteSettings } from '../../schemas/site.ts';
import { londonToday, type PlainDate } from '../compliance/calendar.ts';
import { resolveClock, type Clock } from '../compliance/clock.ts';
import { evaluateDuties } from '../compliance/evaluate.ts';
import { loadRecords } from '../compliance/load-records.ts';
import type { DutyResult } from '../compliance/types.ts';

export interface SiteCompliance {
  clock: Clock;
  /** True when content/site.yaml pins the clock (the shipped example). */
  pinned: boolean;
  /** London date the site was built. */
  builtOn: PlainDate;
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
  return { clock, pinned: clock.source === 'site', builtOn: londonToday(), warningDays, results };
}
