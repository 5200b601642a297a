/**
 * Can this copy of the project tell when its files changed? Only a full
 * clone can: a shallow clone (CI's default) cuts history off, so the oldest
 * commit it has would claim every older file was changed that day. Rather
 * than show a possibly wrong date, history is then unavailable, with a reason.
 */
import { runGit } from './git.ts';

export type HistoryAvailability =
  | { available: true /** The project root's path inside the repository, `''` or `site/`. */; prefix: string }
  | {
      available: false /** For whoever builds the site: what is wrong and how to fix it. */;
      reason: string /** For readers, beside a missing date. */;
      short: string;
    };

const NO_HISTORY = {
  reason: 'the site was built from a copy of the files without their git history',
  short: 'this copy of the site was built without its change history',
};

export const SHALLOW_CLONE_REASON =
  'this copy of the repository is a shallow clone, which holds only the latest commits, so dates could be wrong. ' +
  'Build from a full clone (in GitHub Actions: actions/checkout with fetch-depth: 0)';

export function historyAvailability(root: string): HistoryAvailability {
  const result = runGit(root, ['rev-parse', '--is-inside-work-tree', '--is-shallow-repository', '--show-prefix']);
  if (!result.ok) {
    if (/ENOENT/.test(result.error))
      return { available: false, reason: 'git is not installed where the site was built', short: NO_HISTORY.short };
    if (/not a git repository/i.test(result.error)) return { available: false, ...NO_HISTORY };
    // e.g. "detected dubious ownership": git is there but will not read this repository.
    return {
      available: false,
      reason: `git could not read the repository: ${result.error}`,
      short: 'the change history could not be read',
    };
  }
  const [inside, shallow, prefix = ''] = result.stdout.split('\n');
  if (inside !== 'true') return { available: false, ...NO_HISTORY };
  if (shallow === 'true')
    return { available: false, reason: SHALLOW_CLONE_REASON, short: 'this copy of the site was built from part of its change history' };
  return { available: true, prefix };
}
