/**
 * The rows of the Recent changes page, worked out here (pure, tested) so the
 * page only prints them: each commit's date, message and link, the clauses
 * it touched (linked where they still exist) and the other content files.
 */
import { formatInstant, londonDay } from '../dates/reader-dates.ts';
import type { ContentChange } from './content-history.ts';
import { commitUrl, type RepositorySettings } from './repository-links.ts';

export interface ClauseLink {
  /** "6.53 Quoracy, Constitution (WSSCP)" */
  label: string;
  /** The clause's page; undefined when the file has since been removed or renamed. */
  href?: string;
}

export interface ChangeView {
  /** Europe/London date for `<time datetime>`. */
  iso: string;
  /** "3 March 2026" */
  dateText: string;
  /** The commit message's first line. */
  subject: string;
  /** First 7 characters of the hash, as hosts show it. */
  shortHash: string;
  /** The commit on the repository host, when one is configured. */
  commitHref?: string;
  /** The clauses touched, at most `clauseLimit` of them. */
  clauses: ClauseLink[];
  /** How many more clauses it touched than are listed (an import touches hundreds). */
  moreClauses: number;
  /** Project-relative paths of the other content files it touched (records, document details). */
  otherFiles: string[];
}

export interface RecentChangesOptions {
  /** The clause now at this project-relative path, if any. */
  findClause(path: string): { label: string; href: string } | undefined;
  repository?: RepositorySettings;
  /** Most clauses listed per change. Default 10. */
  clauseLimit?: number;
}

export function recentChangesView(
  changes: ContentChange[],
  { findClause, repository, clauseLimit = 10 }: RecentChangesOptions,
): ChangeView[] {
  return changes.map(({ commit, files }) => {
    const clauses = files.filter((file) => file.kind === 'clause');
    return {
      iso: londonDay(commit.date),
      dateText: formatInstant(commit.date),
      subject: commit.subject,
      shortHash: commit.hash.slice(0, 7),
      commitHref: repository ? commitUrl(repository, commit.hash) : undefined,
      clauses: clauses.slice(0, clauseLimit).map((file) => findClause(file.path) ?? { label: `${file.path} (since removed or renamed)` }),
      moreClauses: Math.max(0, clauses.length - clauseLimit),
      otherFiles: files.filter((file) => file.kind !== 'clause').map((file) => file.path),
    };
  });
}
