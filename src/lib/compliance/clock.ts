/**
 * The check's "today", injectable so results are reproducible. First of:
 * `--as-of YYYY-MM-DD` on the command line, the GOVERNANCE_AS_OF
 * environment variable (for builds), `compliance.asOf` in content/site.yaml
 * (to pin the shipped example), else today's date in Europe/London.
 */
import { Temporal } from 'temporal-polyfill';
import { londonToday, type PlainDate } from './calendar.ts';

export const AS_OF_ENV = 'GOVERNANCE_AS_OF';

export type ClockSource = 'cli' | 'env' | 'site' | 'today';

export interface Clock {
  asOf: PlainDate;
  source: ClockSource;
  /** Where the date came from, for the report header. */
  describe: string;
}

export interface ClockInputs {
  cli?: string;
  env?: string;
  site?: string;
  /** The current instant; tests pass a fixed one. */
  now?: Temporal.Instant;
}

export class ClockError extends Error {}

function parseDate(value: string, where: string): PlainDate {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new ClockError(`${where}: expected a date written as YYYY-MM-DD, found "${value}"`);
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' });
  } catch {
    throw new ClockError(`${where}: "${value}" is not a real calendar date`);
  }
}

export function resolveClock({ cli, env, site, now }: ClockInputs): Clock {
  if (cli) return { asOf: parseDate(cli, '--as-of'), source: 'cli', describe: 'set by --as-of' };
  if (env?.trim())
    return { asOf: parseDate(env.trim(), AS_OF_ENV), source: 'env', describe: `set by the ${AS_OF_ENV} environment variable` };
  if (site)
    return {
      asOf: parseDate(site, 'content/site.yaml compliance.asOf'),
      source: 'site',
      describe: 'PINNED by compliance.asOf in content/site.yaml',
    };
  return { asOf: londonToday(now), source: 'today', describe: 'today in Europe/London' };
}

/** The loud warning printed whenever the site setting pins the clock. */
export function pinnedClockWarning(clock: Clock): string | undefined {
  if (clock.source !== 'site') return undefined;
  const lines = [
    `WARNING: the compliance clock is PINNED to ${clock.asOf}`,
    'by compliance.asOf in content/site.yaml.',
    'Duties are judged as of that date, not today. This is for the',
    'shipped example records only: a real partnership must remove',
    'compliance.asOf, or every lapse after that date goes unreported.',
  ];
  const width = Math.max(...lines.map((l) => l.length));
  const bar = '!'.repeat(width + 6);
  return [bar, ...lines.map((l) => `!! ${l.padEnd(width)} !!`), bar].join('\n');
}
