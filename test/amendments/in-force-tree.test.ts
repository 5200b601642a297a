/**
 * The document as readers read it on the as-of date (src/lib/amendments/in-force-tree.ts),
 * on the amended fixture: before an amendment's day its clauses keep the words in force,
 * with the amendment waiting below them; on the day the clause files' words take over.
 * Every clause keeps its id either way, so its address and "#" links do not move.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadSiteData } from '../../src/lib/site-data.ts';
import { copyFixture } from '../helpers/copy-fixture.ts';

const root = copyFixture('amended').root;
/** Each clause of the handbook as of `asOf`: id, number, words in force (HTML), and each pending change. */
function handbookAsOf(asOf: string, at = root) {
  process.env.GOVERNANCE_AS_OF = asOf;
  return loadSiteData(at).documents[0]!.tree.ordered.map(({ clause }) => [
    clause.data.id,
    clause.data.number,
    clause.html,
    (clause.pending ?? []).map((p) => [p.amendment.effective, p.amendment.id, p.kind, p.html]),
  ]);
}
const saved = process.env.GOVERNANCE_AS_OF;
afterEach(() => {
  process.env.GOVERNANCE_AS_OF = saved;
  if (saved === undefined) delete process.env.GOVERNANCE_AS_OF;
});

describe('the document in force on the as-of date', () => {
  it('keeps the words in force before an amendment’s day, with the amendment’s words, revocation and added clause pending', () => {
    expect(handbookAsOf('2026-03-01')).toEqual([
      ['1', '1.', '', []],
      ['1-1', '1.1', '<p>Three agencies make a quorum.</p>', [['2026-06-01', 'quorum-and-expenses', 'revoked', '']]],
      [
        '2',
        '2.',
        '<p>This handbook is reviewed every two years.</p>',
        [['2026-06-01', 'board-reviews', 'words', '<p>This handbook is reviewed every two years by the Board.</p>']],
      ],
      ['3', '3.', '', [['2026-06-01', 'quorum-and-expenses', 'added', '<p>Members are paid expenses.</p>']]],
    ]);
  });

  it('lists an amendment of each later day in turn, oldest first, before the first of them', () => {
    const two = handbookAsOf('2025-12-15').find(([id]) => id === '2')!;
    expect(two[2]).toBe('<p>This handbook is reviewed annually.</p>');
    expect((two[3] as string[][]).map(([day, id]) => `${day} ${id}`)).toEqual(['2026-01-01 two-yearly-review', '2026-06-01 board-reviews']);
  });

  it('is the clause files’ words, with nothing pending, from the day of the last amendment', () => {
    expect(handbookAsOf('2026-06-01')).toEqual([
      ['1', '1.', '', []],
      ['2', '2.', '<p>This handbook is reviewed every two years by the Board.</p>', []],
      ['3', '3.', '<p>Members are paid expenses.</p>', []],
    ]);
  });

  it('says only the words a clause will have at the end of a day two amendments change it, never the words between', () => {
    const f = copyFixture('amended');
    // Both on 1 June: they apply in order of id, so the renamed two-yearly review first, then the Board's.
    f.edit(
      'content/demo/handbook/amendments.yaml',
      'id: two-yearly-review\n    effective: 2026-01-01',
      'id: a-two-yearly-review\n    effective: 2026-06-01',
    );
    const two = handbookAsOf('2026-03-01', f.root).find(([id]) => id === '2')!;
    expect(two[2]).toBe('<p>This handbook is reviewed annually.</p>');
    expect(two[3]).toEqual([['2026-06-01', 'board-reviews', 'words', '<p>This handbook is reviewed every two years by the Board.</p>']]);
  });
});
