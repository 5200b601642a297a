/**
 * When each amendment was recorded on the site, from git: the first commit
 * whose amendments.yaml holds its id, "not yet committed" for one only in
 * the working copy, and no date at all on a shallow clone.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { amendmentRecordings } from '../../src/lib/history/amendment-recordings.ts';
import { recordedView } from '../../src/lib/publishing/versions-view.ts';
import { removeAfterThisFile } from '../helpers/copy-fixture.ts';
import { git, makeRepo, TMP } from '../editor/git-repo.ts';

const FILE = 'content/demo/handbook/amendments.yaml';
const amendment = (id: string, effective: string) =>
  `  - id: ${id}\n    effective: ${effective}\n    summary: S.\n    authority: The Board\n    minute: Minute 1\n    changes: [{ clause: "1", was: Old. }]\n`;

function repoWithTwoAmendments() {
  const repo = makeRepo('recordings');
  repo.write(FILE, `amendments:\n${amendment('quorum', '2026-04-01')}`);
  const first = repo.commit('Record the quorum amendment', '2026-03-12T17:30:00+00:00');
  // Recorded after it took effect: the site learned of it in June.
  repo.write(FILE, `amendments:\n${amendment('quorum', '2026-04-01')}${amendment('chair', '2026-05-01')}`);
  const second = repo.commit('Record the chair amendment', '2026-06-02T09:00:00+01:00');
  return { repo, first, second };
}

describe('when each amendment was recorded, from git', () => {
  it('is the first commit whose amendments.yaml holds the amendment, whatever later commits did to it', () => {
    const { repo, first, second } = repoWithTwoAmendments();
    repo.write(FILE, `amendments:\n${amendment('quorum', '2026-04-02')}${amendment('chair', '2026-05-01')}`);
    repo.commit('Correct the quorum amendment date', '2026-07-01T09:00:00+01:00');
    const found = amendmentRecordings(repo.dir, FILE, ['quorum', 'chair']);
    expect([...found].map(([id, r]) => [id, r.status === 'committed' && r.commit.hash])).toEqual([
      ['quorum', first],
      ['chair', second],
    ]);
    expect(recordedView(found.get('chair'))).toEqual({
      text: 'Recorded on this site on',
      date: { iso: '2026-06-02', text: '2 June 2026' },
    });
  });

  it('says an amendment only in the working copy is not yet committed', () => {
    const { repo } = repoWithTwoAmendments();
    repo.write(
      FILE,
      `amendments:\n${amendment('quorum', '2026-04-01')}${amendment('chair', '2026-05-01')}${amendment('late', '2026-09-01')}`,
    );
    const found = amendmentRecordings(repo.dir, FILE, ['quorum', 'chair', 'late']);
    expect(found.get('late')).toEqual({ status: 'uncommitted' });
    expect(recordedView(found.get('late')).text).toBe('Recorded in this copy and not yet committed, so it has no date yet');
  });

  it('shows no date on a shallow clone, and says why', () => {
    const { repo } = repoWithTwoAmendments();
    const clone = join(repo.dir, '..', `${repo.dir.split('/').pop()}-shallow`);
    git(TMP, ['clone', '--quiet', '--depth', '1', `file://${repo.dir}`, removeAfterThisFile(clone)]);
    const found = amendmentRecordings(clone, FILE, ['quorum']);
    expect(recordedView(found.get('quorum'))).toEqual({
      text: 'When it was recorded is not shown: this copy of the site was built from part of its change history',
    });
  });
});
