/**
 * What the "Last changed" line, the "Edit this clause" link and the Recent
 * changes page say, from history and site settings, without building a page.
 */
import { describe, expect, it } from 'vitest';
import { siteSchema } from '../../src/schemas/site.ts';
import type { Commit } from '../../src/lib/history/parse-git.ts';
import { lastChangedView } from '../../src/lib/history/last-changed-view.ts';
import { newestChange } from '../../src/lib/history/newest-change.ts';
import { recentChangesView } from '../../src/lib/history/recent-changes-view.ts';
import { commitUrl, editUrl, historyUrl } from '../../src/lib/history/repository-links.ts';
import { classifyContentPath } from '../../src/lib/history/content-paths.ts';
import { SHALLOW_CLONE_REASON } from '../../src/lib/history/availability.ts';

const commit: Commit = {
  hash: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
  date: '2026-03-03T10:15:00+00:00',
  author: 'Business Manager',
  subject: 'Change the quorum',
  files: [],
};

function settings(repository: Record<string, unknown>) {
  return siteSchema.parse({ name: 'Test', baseUrl: 'https://example.test', repository }).repository!;
}

describe('the Last changed line', () => {
  it('reads "Last changed 3 March 2026" for a committed file', () => {
    expect(lastChangedView({ status: 'committed', commit })).toEqual({
      text: 'Last changed',
      date: { iso: '2026-03-03', text: '3 March 2026' },
    });
  });

  it('shows no date on a shallow clone and tells the reader why in a few words', () => {
    expect(
      lastChangedView({
        status: 'unavailable',
        reason: SHALLOW_CLONE_REASON,
        short: 'this copy of the site was built from part of its change history',
      }),
    ).toEqual({
      text: 'Date of last change not shown: this copy of the site was built from part of its change history',
    });
  });

  it('shows no date for uncommitted edits or a file git has never seen', () => {
    expect(lastChangedView({ status: 'uncommitted', commit }).date).toBeUndefined();
    expect(lastChangedView({ status: 'not-in-history' }).text).toBe('Not yet in the repository’s history, so it has no date yet');
  });
});

describe('the Last changed line of a clause with sub-clauses', () => {
  const later: Commit = { ...commit, hash: 'b'.repeat(40), date: '2026-05-12T16:00:00+01:00', subject: 'Change sub-clause iii' };

  it('takes the newest change across the clause and its sub-clauses, whichever file it is in', () => {
    expect(
      newestChange([
        { status: 'committed', commit },
        { status: 'committed', commit: later },
      ]),
    ).toEqual({ status: 'committed', commit: later });
    expect(
      newestChange([
        { status: 'committed', commit: later },
        { status: 'committed', commit },
      ]),
    ).toEqual({ status: 'committed', commit: later });
  });

  it('compares moments, not the text of dates written with different offsets', () => {
    const earlyBst: Commit = { ...commit, hash: 'c'.repeat(40), date: '2026-05-12T16:30:00+01:00' };
    const laterUtc: Commit = { ...commit, hash: 'd'.repeat(40), date: '2026-05-12T15:45:00+00:00' };
    expect(
      newestChange([
        { status: 'committed', commit: laterUtc },
        { status: 'committed', commit: earlyBst },
      ]),
    ).toMatchObject({ commit: { hash: 'd'.repeat(40) } });
  });

  it('shows no date when any of the files has uncommitted edits or history is unavailable', () => {
    expect(newestChange([{ status: 'committed', commit }, { status: 'uncommitted' }]).status).toBe('uncommitted');
    expect(
      newestChange([{ status: 'uncommitted' }, { status: 'unavailable', reason: 'shallow', short: 'part of its history' }]).status,
    ).toBe('unavailable');
    expect(newestChange([{ status: 'not-in-history' }, { status: 'committed', commit }])).toEqual({ status: 'committed', commit });
  });

  it('says that the date includes the sub-clauses', () => {
    expect(lastChangedView({ status: 'committed', commit: later }, { withSubClauses: true })).toEqual({
      text: 'Last changed (this clause or one of its sub-clauses)',
      date: { iso: '2026-05-12', text: '12 May 2026' },
    });
    expect(lastChangedView({ status: 'uncommitted' }, { withSubClauses: true }).text).toBe(
      'Changed in this copy (this clause or one of its sub-clauses) and not yet committed, so it has no date yet',
    );
  });
});

describe('links to the repository host', () => {
  const github = settings({ url: 'https://github.com/example-partnership/governance/' });
  const path = 'content/west-sussex/constitution/clauses/6-53.mdx';

  it('defaults to GitHub addresses on the main branch', () => {
    expect(editUrl(github, path)).toBe(
      'https://github.com/example-partnership/governance/edit/main/content/west-sussex/constitution/clauses/6-53.mdx',
    );
    expect(historyUrl(github, path)).toBe(
      'https://github.com/example-partnership/governance/commits/main/content/west-sussex/constitution/clauses/6-53.mdx',
    );
    expect(commitUrl(github, commit.hash)).toBe(`https://github.com/example-partnership/governance/commit/${commit.hash}`);
  });

  it('follows the templates in site settings for another host and branch', () => {
    const gitlab = settings({
      url: 'https://gitlab.example.org/lscp/site',
      branch: 'live',
      editUrl: '{url}/-/edit/{branch}/{path}',
      historyUrl: '{url}/-/commits/{branch}/{path}',
    });
    expect(editUrl(gitlab, 'content/a b/x.mdx')).toBe('https://gitlab.example.org/lscp/site/-/edit/live/content/a%20b/x.mdx');
    expect(historyUrl(gitlab, 'content/a')).toBe('https://gitlab.example.org/lscp/site/-/commits/live/content/a');
  });

  it('puts the project’s folder in front of paths when the project is a subfolder of its repository', () => {
    const nested = settings({ url: 'https://github.com/example-partnership/websites', directory: 'sites/governance/' });
    expect(editUrl(nested, path)).toBe(
      'https://github.com/example-partnership/websites/edit/main/sites/governance/content/west-sussex/constitution/clauses/6-53.mdx',
    );
    expect(historyUrl(nested, 'content')).toBe('https://github.com/example-partnership/websites/commits/main/sites/governance/content');
    expect(commitUrl(nested, commit.hash)).toBe(`https://github.com/example-partnership/websites/commit/${commit.hash}`);
  });

  it('refuses a folder that climbs out of the repository or starts with a slash', () => {
    for (const directory of ['../elsewhere', '/site', 'site/../..']) {
      const result = siteSchema.safeParse({
        name: 'Test',
        baseUrl: 'https://example.test',
        repository: { url: 'https://example.org/r', directory },
      });
      expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['repository.directory']);
    }
  });

  it('rejects a template with an unknown placeholder', () => {
    const result = siteSchema.safeParse({
      name: 'Test',
      baseUrl: 'https://example.test',
      repository: { url: 'https://example.org/r', editUrl: '{url}/edit/{file}' },
    });
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'repository.editUrl: expected an address template using only {url}, {branch}, {path}',
    ]);
  });
});

describe('the Recent changes rows', () => {
  it('links the clauses a change touched, names removed ones and lists other content files', () => {
    const files = ['content/demo/handbook/clauses/2.mdx', 'content/demo/handbook/clauses/old.mdx', 'content/demo/records/reviews.yaml'].map(
      (p) => classifyContentPath(p),
    );
    const rows = recentChangesView([{ commit, files }], {
      findClause: (path) => (path.endsWith('/2.mdx') ? { label: '2. Review, Handbook (DEMO)', href: '/demo/handbook/2/' } : undefined),
      repository: settings({ url: 'https://github.com/example-partnership/governance' }),
    });
    expect(rows).toEqual([
      {
        iso: '2026-03-03',
        dateText: '3 March 2026',
        subject: 'Change the quorum',
        shortHash: 'a1b2c3d',
        commitHref: `https://github.com/example-partnership/governance/commit/${commit.hash}`,
        clauses: [
          { label: '2. Review, Handbook (DEMO)', href: '/demo/handbook/2/' },
          { label: 'content/demo/handbook/clauses/old.mdx (since removed or renamed)' },
        ],
        moreClauses: 0,
        otherFiles: ['content/demo/records/reviews.yaml'],
      },
    ]);
  });

  it('lists at most ten clauses of a large change and counts the rest', () => {
    const files = Array.from({ length: 214 }, (_, i) => classifyContentPath(`content/demo/handbook/clauses/${i}.mdx`));
    const [row] = recentChangesView([{ commit, files }], { findClause: (path) => ({ label: path, href: '/x/' }) });
    expect([row!.clauses.length, row!.moreClauses]).toEqual([10, 204]);
  });

  it('gives no commit link when no repository is configured', () => {
    expect(recentChangesView([{ commit, files: [] }], { findClause: () => undefined })[0]!.commitHref).toBeUndefined();
  });
});
