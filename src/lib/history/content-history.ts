/**
 * The history of content/ from git, read once per build: when each file (or
 * folder) last changed, and the latest commits with the content files they
 * touched. On a shallow clone, or without git, every answer is
 * "unavailable" with the reason, never a guessed date.
 */
import { historyAvailability } from './availability.ts';
import { classifyContentPath, type ContentFile } from './content-paths.ts';
import { runGit } from './git.ts';
import { LOG_FORMAT_ARGS, parseLog, parseStatus, type Commit } from './parse-git.ts';

export type LastChange =
  /** The file is as its latest commit left it. */
  | { status: 'committed'; commit: Commit }
  /** The working copy differs from the last commit (a local build with edits); `commit` is the one before. */
  | { status: 'uncommitted'; commit?: Commit }
  /** No commit touches this path. */
  | { status: 'not-in-history' }
  /** History cannot be trusted here: `reason` for whoever builds the site, `short` for readers. */
  | { status: 'unavailable'; reason: string; short: string };

export interface ContentChange {
  commit: Commit;
  /** The content files the commit touched, classified. */
  files: ContentFile[];
}

export interface ContentHistory {
  available: boolean;
  /** Why history is unavailable; undefined when it is available. */
  reason?: string;
  /** Last change of a project-relative file or folder: `content/p/d/clauses/6-53.mdx`, `content/p/d`. */
  lastChanged(path: string): LastChange;
  /** The latest commits that touched content, newest first. */
  recent(limit?: number): ContentChange[];
}

export interface HistoryOptions {
  /** Project root. */
  root: string;
  /** Content folder relative to root. Default `content`. */
  contentDir?: string;
}

const covers = (path: string) => (file: string) => file === path || file.startsWith(`${path.replace(/\/+$/, '')}/`);

export function unavailableHistory(reason: string, short = 'the change history could not be read'): ContentHistory {
  return { available: false, reason, lastChanged: () => ({ status: 'unavailable', reason, short }), recent: () => [] };
}

export function readContentHistory({ root, contentDir = 'content' }: HistoryOptions): ContentHistory {
  const availability = historyAvailability(root);
  if (!availability.available) return unavailableHistory(availability.reason, availability.short);

  // --relative: paths relative to the project root even when it is a subfolder of the repository.
  const log = runGit(root, ['log', ...LOG_FORMAT_ARGS, '--relative', '--', contentDir]);
  // A repository with no commits yet has nothing to say, which is not an error.
  if (!log.ok && !/does not have any commits/.test(log.error)) return unavailableHistory(`git could not read the history: ${log.error}`);
  const commits = log.ok ? parseLog(log.stdout) : [];

  const status = runGit(root, ['status', '--porcelain', '-z', '--untracked-files=all', '--', contentDir]);
  // Status paths are relative to the repository root; strip the project's own prefix.
  const changedLocally = status.ok
    ? parseStatus(status.stdout)
        .filter((p) => p.startsWith(availability.prefix))
        .map((p) => p.slice(availability.prefix.length))
    : [];

  // Latest commit per file, by position in the log (newest first), so each look-up is a map read.
  const latest = new Map<string, number>();
  commits.forEach((commit, index) => {
    for (const file of commit.files) if (!latest.has(file)) latest.set(file, index);
  });

  function latestCovering(path: string): Commit | undefined {
    const exact = latest.get(path);
    if (exact !== undefined) return commits[exact];
    // A folder: the newest commit touching anything inside it.
    let best: number | undefined;
    for (const [file, index] of latest) if (covers(path)(file) && (best === undefined || index < best)) best = index;
    return best === undefined ? undefined : commits[best];
  }

  const memo = new Map<string, LastChange>();
  function lastChanged(path: string): LastChange {
    const cached = memo.get(path);
    if (cached) return cached;
    const commit = latestCovering(path);
    const result: LastChange = changedLocally.some(covers(path))
      ? { status: 'uncommitted', commit }
      : commit
        ? { status: 'committed', commit }
        : { status: 'not-in-history' };
    memo.set(path, result);
    return result;
  }

  function recent(limit = 20): ContentChange[] {
    return commits
      .filter((commit) => commit.files.length)
      .slice(0, limit)
      .map((commit) => ({ commit, files: commit.files.map((file) => classifyContentPath(file, contentDir)) }));
  }

  return { available: true, lastChanged, recent };
}

const cache = new Map<string, ContentHistory>();

/** readContentHistory, once per root per process: every page of a build shares one git log. */
export function getContentHistory(root: string = process.cwd()): ContentHistory {
  let history = cache.get(root);
  if (!history) {
    history = readContentHistory({ root });
    // Said once per build, so whoever builds knows why no page shows a date.
    if (!history.available) console.warn(`[history] "Last changed" dates are not shown: ${history.reason}.`);
    cache.set(root, history);
  }
  return history;
}
