/**
 * Every clause file the published branch has ever held, from git: the
 * addresses the site has published, whatever addresses.yaml says now. The
 * check holds addresses.yaml to it (src/lib/addresses/check-published.ts),
 * so a pull request cannot make an address vanish by deleting the clause and
 * its line in addresses.yaml together.
 *
 * The published branch is `origin/<branch>`, else `<branch>` (site.yaml's
 * repository.branch, default main), else HEAD: on a pull request's branch,
 * clauses drafted and dropped before merging were never published, so they
 * are not counted. A shallow clone cannot say, and the check says so.
 *
 *   content/west-sussex/constitution/clauses/6-78.mdx in main's history
 *   → published: west-sussex/constitution 6-78, last in commit 1a2b…
 */
import { historyAvailability } from './availability.ts';
import { runGit } from './git.ts';
import { LOG_FORMAT_ARGS, parseLog, type Commit } from './parse-git.ts';

export interface PublishedClause {
  partnership: string;
  document: string;
  id: string;
  /** The newest commit of the published branch that touched the clause file. */
  commit: Commit;
}

export type PublishedClauses =
  | { available: true /** The ref read: `origin/main`. */; ref: string; clauses: PublishedClause[] }
  | { available: false; reason: string };

const CLAUSE_FILE = /^content\/([^/]+)\/([^/]+)\/clauses\/([^/]+)\.mdx$/;

export function publishedRef(root: string, branch: string): string {
  for (const ref of [`origin/${branch}`, branch]) if (runGit(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).ok) return ref;
  return 'HEAD';
}

export function publishedClauses(root: string, branch = 'main'): PublishedClauses {
  const availability = historyAvailability(root);
  if (!availability.available) return { available: false, reason: availability.reason };
  const ref = publishedRef(root, branch);
  const log = runGit(root, ['log', ref, ...LOG_FORMAT_ARGS, '--relative', '--', 'content']);
  // A repository with no commits yet has published nothing.
  if (!log.ok)
    return /does not have any commits|unknown revision/.test(log.error)
      ? { available: true, ref, clauses: [] }
      : { available: false, reason: log.error };
  const newest = new Map<string, PublishedClause>();
  for (const commit of parseLog(log.stdout))
    for (const file of commit.files) {
      const match = CLAUSE_FILE.exec(file);
      if (!match || newest.has(file)) continue;
      const [, partnership = '', document = '', id = ''] = match;
      newest.set(file, { partnership, document, id, commit });
    }
  return { available: true, ref, clauses: [...newest.values()] };
}

/** A file of the published branch, by project-relative path: its text, or undefined where the branch has none. */
export interface PublishedFiles {
  /** The ref read: `origin/main`. */
  ref: string;
  read(path: string): string | undefined;
}

/** The published branch's files, or undefined where history cannot say (no git, a shallow clone). */
export function publishedFiles(root: string, branch = 'main'): PublishedFiles | undefined {
  if (!historyAvailability(root).available) return undefined;
  const ref = publishedRef(root, branch);
  return {
    ref,
    read: (path) => {
      const shown = runGit(root, ['show', `${ref}:./${path}`]);
      return shown.ok ? shown.stdout : undefined;
    },
  };
}

/**
 * The remote branches of a clone whose published branch is not among them, else undefined: the
 * published history then falls back to HEAD, the pull request itself, and holds nothing. A
 * repository without remotes (a new project, a test's scratch repository) has nothing to say.
 */
export function missingPublishedBranch(root: string, branch = 'main'): string[] | undefined {
  if (!historyAvailability(root).available || publishedRef(root, branch) !== 'HEAD') return undefined;
  const remotes = runGit(root, ['for-each-ref', '--format=%(refname:short)', 'refs/remotes']);
  const names = remotes.ok ? remotes.stdout.split('\n').filter((name) => name && !name.endsWith('/HEAD')) : [];
  return names.length ? names : undefined;
}
