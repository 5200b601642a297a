/**
 * Words held against the published branch (src/lib/amendments/check-published-words.ts):
 * only a clause's first `was:` can be proven against source.txt, so the words of every
 * later version, and the words in force of a clause already amended, are held to what
 * the published branch holds. A pull request may add amendments; it may not rewrite
 * source.txt, a published amendment's day or changes, or an amended clause's words
 * without a new amendment whose `was:` is what was published.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPublishedWords } from '../../src/lib/amendments/check-published-words.ts';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { formatContentError } from '../../src/lib/errors/content-error.ts';
import { publishedFiles } from '../../src/lib/history/published-clauses.ts';
import { runRenumber } from '../../src/lib/renumber/run-renumber.ts';
import { copyFixture } from '../helpers/copy-fixture.ts';
import { git } from '../editor/git-repo.ts';

const DOC = 'content/demo/handbook';
const A = `${DOC}/amendments.yaml`;
const NEXT = `  - id: board-and-chair
    effective: 2026-09-01
    summary: The Board and its Chair review the handbook.
    authority: Demo Board, 10 August 2026
    minute: Minute 12
    changes:
      - clause: "2"
        was: This handbook is reviewed every two years by the Board.
`;

/** The amended fixture as a repository whose main branch has published it; the pull request on branch `pr`. */
function published() {
  const f = copyFixture('amended');
  git(f.root, ['init', '--quiet', '--initial-branch=main']);
  git(f.root, ['add', '--all']);
  git(f.root, ['commit', '--quiet', '--no-gpg-sign', '-m', 'Publish'], {
    GIT_AUTHOR_DATE: '2026-03-03T10:00:00Z',
    GIT_COMMITTER_DATE: '2026-03-03T10:00:00Z',
  });
  git(f.root, ['checkout', '--quiet', '-b', 'pr']);
  return f;
}
const problems = (root: string) => checkPublishedWords(loadContent({ root }), publishedFiles(root, 'main')).map(formatContentError);

describe('words held against the published branch', () => {
  it('accepts a new amendment whose was: is the clause’s published words, and changes nothing else', () => {
    const f = published();
    f.edit(`${DOC}/clauses/2.mdx`, 'by the Board.', 'by the Board and its Chair.');
    f.write(A, f.read(A) + NEXT);
    expect(problems(f.root)).toEqual([]);
    expect(runCheck({ root: f.root, env: {} }).errors.filter((e) => e.severity === 'error')).toEqual([]);
  });

  it('refuses words changed in a clause already amended, with no new amendment, at the clause’s line', () => {
    const f = published();
    f.edit(`${DOC}/clauses/2.mdx`, 'by the Board.', 'by the Board and nobody else.');
    expect(problems(f.root)).toEqual([
      `${DOC}/clauses/2.mdx:7  error  the words of clause "2" are not those main publishes ("This handbook is reviewed every two years by the Board."), and no new amendment records the change: "This handbook is reviewed every two years by the Board and nobody else."  [amendment]\n` +
        `  hint: if the document was amended, add the decision to ${A} with was: the words main publishes; otherwise restore them`,
    ]);
  });

  it('quotes long words from a little before where they differ, so the difference shows', () => {
    const f = published();
    f.edit(
      `${DOC}/clauses/2.mdx`,
      'by the Board.',
      'by the Board. Its Chair may also review it whenever the law or the statutory guidance that applies to it changes.',
    );
    expect(problems(f.root)).toEqual([
      `${DOC}/clauses/2.mdx:7  error  the words of clause "2" are not those main publishes ("…is reviewed every two years by the Board."), and no new amendment records the change: "…is reviewed every two years by the Board. Its Chair may also review it whenever the law or the statutory guidance tha…"  [amendment]\n` +
        `  hint: if the document was amended, add the decision to ${A} with was: the words main publishes; otherwise restore them`,
    ]);
  });

  it('refuses a new amendment whose was: is not what main publishes, at its was: line', () => {
    const f = published();
    f.edit(`${DOC}/clauses/2.mdx`, 'by the Board.', 'by the Board and its Chair.');
    f.write(
      A,
      f.read(A) + NEXT.replace('was: This handbook is reviewed every two years by the Board.', 'was: This handbook is reviewed by nobody.'),
    );
    expect(problems(f.root)).toEqual([
      `${A}:35  error  amendments[3].changes[0].was: expected the words clause "2" had before this amendment, as main publishes them: "This handbook is reviewed every two years by the Board.", found "This handbook is reviewed by nobody."  [amendment]\n` +
        "  hint: copy into was: the clause's words from main (its file before your edit), exactly",
    ]);
  });

  it('refuses a published amendment’s words before rewritten, or its day moved, or the amendment deleted', () => {
    const f = published();
    f.edit(A, 'was: This handbook is reviewed every two years.\n', 'was: This handbook is reviewed every two years by nobody.\n');
    f.edit(A, 'effective: 2026-01-01', 'effective: 2025-12-01');
    expect(problems(f.root)).toEqual([
      `${A}:18  error  amendments[1].changes[0].was: amendment "board-reviews" was published with was: "This handbook is reviewed every two years."; found "This handbook is reviewed every two years by nobody."  [amendment]\n` +
        `  hint: a published amendment keeps the day and changes main publishes; restore them, and record a later decision as a new amendment`,
      `${A}:20  error  amendments[2].effective: amendment "two-yearly-review" was published taking effect on 2026-01-01; found 2025-12-01  [amendment]\n` +
        `  hint: a published amendment keeps the day and changes main publishes; restore them, and record a later decision as a new amendment`,
    ]);
    const g = published();
    g.edit(A, / {2}- id: board-reviews[\s\S]*?(?= {2}- id: two-yearly-review)/, '');
    expect(problems(g.root)).toEqual([
      `${A}:1  error  amendments: amendment "board-reviews" (taking effect on 2026-06-01) was published, but this file no longer has it  [amendment]\n` +
        '  hint: restore it as main has it: a published amendment stays on record; a decision that undoes it is a new amendment',
    ]);
  });

  it('refuses source.txt edited, at the first line that differs from the published copy', () => {
    const f = published();
    f.edit(`${DOC}/source.txt`, '1. Meetings\n', '1. Meetings\nMeetings are held in public.\n');
    f.write(`${DOC}/clauses/1.mdx`, `${f.read(`${DOC}/clauses/1.mdx`)}Meetings are held in public.\n`);
    const error =
      `${DOC}/source.txt:2  error  source.txt is the document as first published and is never edited; main has this line as "1.1 Quoracy", found "Meetings are held in public."  [fidelity]\n` +
      `  hint: restore it (git checkout main -- ${DOC}/source.txt); record a change of words as an amendment in ${A}`;
    expect(problems(f.root)).toEqual([error]);
    // The whole check: nothing else notices, since the added words are now "as first published".
    expect(
      runCheck({ root: f.root, env: {} })
        .errors.filter((e) => e.severity === 'error')
        .map(formatContentError),
    ).toEqual([error]);
  });

  it('takes a source.txt whose line endings git converted (core.autocrlf) as unchanged', () => {
    const f = published();
    f.write(`${DOC}/source.txt`, f.read(`${DOC}/source.txt`).replaceAll('\n', '\r\n'));
    expect(problems(f.root)).toEqual([]);
  });

  it('holds nothing where history cannot say, or the document was never published', () => {
    const f = copyFixture('amended');
    f.edit(`${DOC}/clauses/2.mdx`, 'by the Board.', 'by the Board and nobody else.');
    expect(checkPublishedWords(loadContent({ root: f.root }), undefined)).toEqual([]);
    // Untracked files inside another repository: nothing of theirs was ever published.
    expect(problems(f.root)).toEqual([]);
    const g = published();
    rmSync(join(g.root, '.git'), { recursive: true });
    expect(problems(g.root)).toEqual([]);
  });

  it('accepts npm run renumber -- --new-ids on a published document, which renames the clause in its published amendments', () => {
    const f = published();
    const { edits } = runRenumber({
      root: f.root,
      document: 'demo/handbook',
      from: '2',
      to: '5.',
      newIds: true,
      decision: { effective: '2026-09-01', authority: 'Demo Board, 10 August 2026', minute: 'Minute 12' },
    });
    for (const edit of edits) {
      writeFileSync(join(f.root, edit.path), edit.after);
      if (edit.to) renameSync(join(f.root, edit.path), join(f.root, edit.to));
    }
    expect(f.read(A)).toContain('clause: "5"');
    expect(problems(f.root)).toEqual([]);
    // Its words are still held, under the id it had when published.
    f.edit(`${DOC}/clauses/5.mdx`, 'by the Board.', 'by nobody.');
    expect(problems(f.root)).toEqual([
      `${DOC}/clauses/5.mdx:7  error  the words of clause "5" are not those main publishes ("This handbook is reviewed every two years by the Board."), and no new amendment records the change: "This handbook is reviewed every two years by nobody."  [amendment]\n` +
        `  hint: if the document was amended, add the decision to ${A} with was: the words main publishes; otherwise restore them`,
    ]);
  });

  it('refuses a repository.branch this clone does not have, which would hold everything to the pull request itself', () => {
    const f = published();
    // A clone: its remote's branches are there.
    git(f.root, ['update-ref', 'refs/remotes/origin/main', 'HEAD']);
    f.write(
      'content/site.yaml',
      `${f.read('content/site.yaml')}repository:\n  url: https://github.com/example/governance\n  branch: nowhere\n`,
    );
    f.edit(`${DOC}/clauses/2.mdx`, 'by the Board.', 'by nobody.');
    git(f.root, ['add', '--all']);
    git(f.root, ['commit', '--quiet', '--no-gpg-sign', '-m', 'Point the check at nothing']);
    expect(
      runCheck({ root: f.root, env: {} })
        .errors.filter((e) => e.severity === 'error')
        .map(formatContentError),
    ).toEqual([
      'content/site.yaml:9  error  repository.branch: expected the branch the site is published from, found "nowhere", which this clone does not have (it has origin/main); without it, published addresses and words would be held to this commit itself  [address]\n' +
        '  hint: set repository.branch to the branch the site is published from, e.g. main',
    ]);
  });
});
