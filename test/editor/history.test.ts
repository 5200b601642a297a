/**
 * History from git, against throwaway repositories in test/.tmp: the last
 * change of each file and folder, the recent content commits with the
 * clauses they touched, and a stated reason (never a date) when the copy is
 * a shallow clone or has no git history.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readContentHistory } from '../../src/lib/history/content-history.ts';
import { removeAfterThisFile, scratchDir } from '../helpers/copy-fixture.ts';
import { newestChange } from '../../src/lib/history/newest-change.ts';
import { git, handbookRepo, makeRepo, TMP } from './git-repo.ts';

afterEach(() => vi.unstubAllEnvs());

describe('history of content files from git', () => {
  it('gives each file the date, author, hash and message of the last commit that changed it', () => {
    const repo = handbookRepo();
    const history = readContentHistory({ root: repo.dir });
    expect(history.available).toBe(true);
    expect(history.lastChanged('content/demo/handbook/clauses/1.mdx')).toEqual({
      status: 'committed',
      commit: {
        hash: repo.first,
        date: '2026-01-10T09:00:00+00:00',
        author: 'Business Manager',
        subject: 'Add the handbook',
        files: expect.any(Array),
      },
    });
    expect(history.lastChanged('content/demo/handbook/clauses/2.mdx')).toMatchObject({
      status: 'committed',
      commit: { hash: repo.second, date: '2026-03-03T10:15:00+00:00' },
    });
  });

  it('gives a folder the date of the newest change to anything inside it', () => {
    const repo = handbookRepo();
    const history = readContentHistory({ root: repo.dir });
    expect(history.lastChanged('content/demo/handbook')).toMatchObject({ status: 'committed', commit: { hash: repo.second } });
    expect(history.lastChanged('content/demo/handbook/document.yaml')).toMatchObject({ commit: { hash: repo.first } });
  });

  it('dates a clause by its newest sub-clause when a sub-clause changed after it', () => {
    const repo = handbookRepo();
    const history = readContentHistory({ root: repo.dir });
    const clauseAndSubClause = ['content/demo/handbook/clauses/1.mdx', 'content/demo/handbook/clauses/2.mdx'].map((file) =>
      history.lastChanged(file),
    );
    expect(newestChange(clauseAndSubClause)).toMatchObject({
      status: 'committed',
      commit: { hash: repo.second, date: '2026-03-03T10:15:00+00:00' },
    });
  });

  it('says a file no commit touches is not in the history', () => {
    const repo = handbookRepo();
    expect(readContentHistory({ root: repo.dir }).lastChanged('content/demo/handbook/clauses/9.mdx')).toEqual({ status: 'not-in-history' });
  });

  it('gives no date for a file edited but not yet committed', () => {
    const repo = handbookRepo();
    repo.write('content/demo/handbook/clauses/1.mdx', '---\nid: "1"\norder: 10\n---\nMeetings, edited.\n');
    repo.write('content/demo/handbook/clauses/3.mdx', '---\nid: "3"\norder: 30\n---\nNew.\n');
    const history = readContentHistory({ root: repo.dir });
    expect(history.lastChanged('content/demo/handbook/clauses/1.mdx')).toMatchObject({
      status: 'uncommitted',
      commit: { hash: repo.first },
    });
    expect(history.lastChanged('content/demo/handbook/clauses/3.mdx')).toEqual({ status: 'uncommitted', commit: undefined });
    expect(history.lastChanged('content/demo/handbook/clauses/2.mdx').status).toBe('committed');
  });

  it('lists recent content commits newest first with the files they touched, leaving out commits outside content/', () => {
    const repo = handbookRepo();
    const recent = readContentHistory({ root: repo.dir }).recent();
    expect(recent.map((change) => [change.commit.subject, change.files.map((f) => `${f.kind} ${f.path}`)])).toEqual([
      ['Change the review cycle in clause 2', ['clause content/demo/handbook/clauses/2.mdx', 'record content/demo/records/reviews.yaml']],
      [
        'Add the handbook',
        [
          'clause content/demo/handbook/clauses/1.mdx',
          'clause content/demo/handbook/clauses/2.mdx',
          'document content/demo/handbook/document.yaml',
          'site content/site.yaml',
        ],
      ],
    ]);
    expect(recent[0]!.files[0]).toEqual({
      path: 'content/demo/handbook/clauses/2.mdx',
      kind: 'clause',
      partnership: 'demo',
      document: 'handbook',
      name: '2',
    });
  });

  it('lists at most the number of recent changes asked for', () => {
    const repo = handbookRepo();
    expect(
      readContentHistory({ root: repo.dir })
        .recent(1)
        .map((c) => c.commit.hash),
    ).toEqual([repo.second]);
  });

  it('reads paths relative to the project when the project is a subfolder of the repository', () => {
    const repo = makeRepo();
    repo.write('site/content/demo/handbook/clauses/1.mdx', 'Text.\n');
    repo.commit('Add clause 1', '2026-02-01T08:00:00+00:00');
    const history = readContentHistory({ root: join(repo.dir, 'site') });
    expect(history.lastChanged('content/demo/handbook/clauses/1.mdx').status).toBe('committed');
    expect(history.recent()[0]!.files.map((f) => f.path)).toEqual(['content/demo/handbook/clauses/1.mdx']);
  });

  it('refuses to date anything on a shallow clone and says why', () => {
    const repo = handbookRepo();
    const clone = join(repo.dir, '..', `${repo.dir.split('/').pop()}-shallow`);
    git(TMP, ['clone', '--quiet', '--depth', '1', `file://${repo.dir}`, removeAfterThisFile(clone)]);
    const history = readContentHistory({ root: clone });
    expect(history.available).toBe(false);
    expect(history.reason).toMatchInlineSnapshot(
      `"this copy of the repository is a shallow clone, which holds only the latest commits, so dates could be wrong. Build from a full clone (in GitHub Actions: actions/checkout with fetch-depth: 0)"`,
    );
    expect(history.lastChanged('content/demo/handbook/clauses/1.mdx')).toEqual({
      status: 'unavailable',
      reason: history.reason,
      short: 'this copy of the site was built from part of its change history',
    });
    expect(history.recent()).toEqual([]);
  });

  it('says history is unavailable for a copy of the files without git', () => {
    const dir = scratchDir('no-git');
    writeFileSync(join(dir, 'x.mdx'), 'Text.\n');
    // Stop git from finding this project's own repository above test/.tmp.
    vi.stubEnv('GIT_CEILING_DIRECTORIES', TMP);
    const history = readContentHistory({ root: dir });
    expect(history).toMatchObject({ available: false, reason: 'the site was built from a copy of the files without their git history' });
  });

  it('treats a repository with no commits yet as having no changes, not as an error', () => {
    const repo = makeRepo();
    repo.write('content/demo/handbook/clauses/1.mdx', 'Text.\n');
    const history = readContentHistory({ root: repo.dir });
    expect(history.available).toBe(true);
    expect(history.recent()).toEqual([]);
    expect(history.lastChanged('content/demo/handbook/clauses/1.mdx')).toEqual({ status: 'uncommitted', commit: undefined });
  });
});
