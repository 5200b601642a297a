/**
 * Published addresses held against git: a pull request that deletes a clause
 * and its line in addresses.yaml, or the whole file, or the whole document,
 * is caught, because the published branch once held the clause file. A clause
 * drafted and dropped on a branch was never published, and a copy without
 * history is held to addresses.yaml alone.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPublishedAddresses } from '../../src/lib/addresses/check-published.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { formatContentError } from '../../src/lib/errors/content-error.ts';
import { publishedClauses } from '../../src/lib/history/published-clauses.ts';
import { copyFixture } from '../helpers/copy-fixture.ts';
import { git } from '../editor/git-repo.ts';

const DOC = 'content/demo/handbook';
const ADDRESSES = `${DOC}/addresses.yaml`;

/** The basic fixture as a repository whose main branch published the handbook on 3 March 2026. */
function publishedHandbook() {
  const f = copyFixture('basic');
  f.write(ADDRESSES, 'addresses:\n  - "1"\n  - 1-1\n  - "2"\n');
  git(f.root, ['init', '--quiet', '--initial-branch=main']);
  const commit = (message: string, date: string) => {
    git(f.root, ['add', '--all']);
    git(f.root, ['commit', '--quiet', '--no-gpg-sign', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    return git(f.root, ['rev-parse', '--short=7', 'HEAD']).trim();
  };
  const published = commit('Publish the handbook', '2026-03-03T10:15:00+00:00');
  return { ...f, commit, published };
}

const problems = (root: string) => checkPublishedAddresses(loadContent({ root }), publishedClauses(root, 'main')).map(formatContentError);

describe('published addresses, held against the published history', () => {
  it('finds nothing wrong while every clause the branch ever held is listed', () => {
    const f = publishedHandbook();
    expect(problems(f.root)).toEqual([]);
  });

  it('names the address a pull request drops with its clause, the commit that last held it, and the fix', () => {
    const f = publishedHandbook();
    git(f.root, ['checkout', '--quiet', '-b', 'drop-clause']);
    rmSync(join(f.root, `${DOC}/clauses/1-1.mdx`));
    f.write(ADDRESSES, 'addresses:\n  - "1"\n  - "2"\n');
    f.commit('Drop 1.1', '2026-04-01T09:00:00+01:00');
    expect(problems(f.root)).toEqual([
      `${ADDRESSES}:1  error  addresses: the address /demo/handbook/1-1/ was published (main held clauses/1-1.mdx, last in commit ${f.published} of 3 March 2026), but this file does not list it, so it would vanish  [address]\n` +
        '  hint: list it again: "- 1-1" if the clause is back, "- { id: 1-1, movedTo: <the id that took its place> }", or "- { id: 1-1, revoked: YYYY-MM-DD, amendment: <amendment id> }"',
    ]);
  });

  it('says addresses.yaml is missing when a pull request deletes it', () => {
    const f = publishedHandbook();
    rmSync(join(f.root, ADDRESSES));
    expect(problems(f.root)).toEqual([
      `${ADDRESSES}  error  missing: main has published 3 clause addresses of this document, and this file is what keeps them answering  [address]\n` +
        '  hint: run npm run addresses to write it from the clause files, then list each published address whose clause is gone as moved or revoked',
    ]);
  });

  it('says a published document may not be deleted, only marked superseded or historical', () => {
    const f = publishedHandbook();
    rmSync(join(f.root, DOC), { recursive: true });
    expect(problems(f.root)).toEqual([
      `${DOC}  error  this document was published (main has held 3 of its clause files, last in commit ${f.published} of 3 March 2026), but its folder is gone, so /demo/handbook/ and its clause addresses would vanish  [address]\n` +
        '  hint: restore the folder and set status: superseded or historical in its document.yaml: a published document is kept, not deleted',
    ]);
  });

  it('does not count a clause drafted and dropped on a branch, which main never published', () => {
    const f = publishedHandbook();
    git(f.root, ['checkout', '--quiet', '-b', 'draft']);
    f.write(`${DOC}/clauses/3.mdx`, '---\nid: "3"\nnumber: "3."\nheading: Draft\norder: 40\n---\n\nDraft.\n');
    f.write(ADDRESSES, 'addresses:\n  - "1"\n  - 1-1\n  - "2"\n  - "3"\n');
    f.commit('Draft clause 3', '2026-04-01T09:00:00+01:00');
    rmSync(join(f.root, `${DOC}/clauses/3.mdx`));
    f.write(ADDRESSES, 'addresses:\n  - "1"\n  - 1-1\n  - "2"\n');
    f.commit('Drop the draft', '2026-04-02T09:00:00+01:00');
    expect(problems(f.root)).toEqual([]);
  });

  it('holds a copy whose history cannot say what was published to addresses.yaml alone', () => {
    const f = copyFixture('basic');
    rmSync(join(f.root, `${DOC}/clauses/1-1.mdx`));
    const content = loadContent({ root: f.root });
    expect(checkPublishedAddresses(content, { available: false, reason: 'a shallow clone' })).toEqual([]);
    // Untracked files inside another repository: nothing of theirs was ever published.
    expect(checkPublishedAddresses(content, publishedClauses(f.root, 'main'))).toEqual([]);
  });
});
