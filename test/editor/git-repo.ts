/**
 * Builds throwaway git repositories in test/.tmp for the history tests, with
 * fixed authors and dates so results do not depend on the clock or on the
 * machine's git configuration.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { scratchDir, scratchRoot } from '../helpers/copy-fixture.ts';

export const TMP = scratchRoot;

const isolated = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Business Manager',
  GIT_AUTHOR_EMAIL: 'manager@example.org',
  GIT_COMMITTER_NAME: 'Business Manager',
  GIT_COMMITTER_EMAIL: 'manager@example.org',
};

export function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...isolated, ...env } });
}

export interface TestRepo {
  /** The repository's folder. */
  dir: string;
  write(path: string, text: string): void;
  /** Stage everything and commit it at `date` (ISO 8601); returns the commit hash. */
  commit(message: string, date: string): string;
}

export function makeRepo(prefix = 'history'): TestRepo {
  const dir = scratchDir(prefix);
  git(dir, ['init', '--quiet', '--initial-branch=main']);
  return {
    dir,
    write(path, text) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    commit(message, date) {
      git(dir, ['add', '--all']);
      git(dir, ['commit', '--quiet', '--no-gpg-sign', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
      return git(dir, ['rev-parse', 'HEAD']).trim();
    },
  };
}

/** A small partnership repository: the handbook added in January, clause 2 changed on 3 March 2026. */
export function handbookRepo(): TestRepo & { first: string; second: string } {
  const repo = makeRepo();
  repo.write('README.md', 'Governance site\n');
  repo.write('content/site.yaml', 'name: Test\n');
  repo.write('content/demo/handbook/document.yaml', 'title: Handbook\n');
  repo.write('content/demo/handbook/clauses/1.mdx', '---\nid: "1"\norder: 10\n---\nMeetings.\n');
  repo.write('content/demo/handbook/clauses/2.mdx', '---\nid: "2"\norder: 20\n---\nReviewed annually.\n');
  const first = repo.commit('Add the handbook', '2026-01-10T09:00:00+00:00');
  repo.write('content/demo/handbook/clauses/2.mdx', '---\nid: "2"\norder: 20\n---\nReviewed every two years.\n');
  repo.write('content/demo/records/reviews.yaml', '[]\n');
  const second = repo.commit('Change the review cycle in clause 2', '2026-03-03T10:15:00+00:00');
  repo.write('README.md', 'Governance site, updated\n');
  repo.commit('Update the README', '2026-03-05T12:00:00+00:00');
  return { ...repo, first, second };
}
