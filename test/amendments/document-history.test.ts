/**
 * A document's versions as readers see them (src/lib/amendments/document-history.ts),
 * on the amended fixture: a words change in force, and two amendments taking
 * effect after the as-of date, one that revokes 1.1 and adds 3, one that changes 2's words.
 */
import { describe, expect, it } from 'vitest';
import { documentHistory, FIRST_VERSION, versionIndexOn } from '../../src/lib/amendments/document-history.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { documentHistoryFiles } from '../../src/lib/content/document-files.ts';
import { changeLabel, versionPeriod } from '../../src/lib/publishing/versions-view.ts';
import { copyFixture } from '../helpers/copy-fixture.ts';

const content = loadContent({ root: copyFixture('amended').root });
const document = content.documents[0]!;
const amendments = documentHistoryFiles(content.root, document).amendments!.data.amendments;
const history = (asOf: string) => documentHistory('demo', 'handbook', content.clauses, amendments, asOf);
const at = (day: string) => history('2026-03-01')[versionIndexOn(history('2026-03-01'), day)]!;

describe('the version in force on a day', () => {
  it('is the document as first published before the first amendment takes effect', () => {
    expect(at('2025-12-31').slug).toBe(FIRST_VERSION);
    expect(at('2025-12-31').version.bodies.get('2')).toBe('This handbook is reviewed annually.');
  });

  it('is the amended version on the very day the amendment takes effect', () => {
    expect(at('2026-01-01').slug).toBe('2026-01-01');
    expect(at('2026-01-01').version.bodies.get('2')).toBe('This handbook is reviewed every two years.');
    expect(at('2026-06-01').version.bodies.get('2')).toBe('This handbook is reviewed every two years by the Board.\n');
  });

  it('is the earlier amendment’s version between two amendments', () => {
    expect(at('2026-05-31').slug).toBe('2026-01-01');
  });

  it('is the latest version after the last amendment', () => {
    expect(at('2030-01-01').slug).toBe('2026-06-01');
  });
});

describe('each version', () => {
  it('has the clauses it had then: a clause added later absent, a revoked one present in its place', () => {
    const [first, , last] = history('2026-03-01');
    expect(first!.clauses.map((c) => [c.id, c.number, c.heading, c.parent])).toEqual([
      ['1', '1.', 'Meetings', undefined],
      ['2', '2.', 'Review', undefined],
      ['1-1', '1.1', 'Quoracy', '1'],
    ]);
    expect(first!.version.bodies.get('1-1')).toBe('Three agencies make a quorum.');
    expect([...last!.version.bodies.keys()]).toEqual(['1', '2', '3']);
  });

  it('is current, replaced or not yet in force as of the as-of date', () => {
    expect(history('2026-03-01').map((v) => [v.slug, v.state, v.until])).toEqual([
      [FIRST_VERSION, 'superseded', '2026-01-01'],
      ['2026-01-01', 'current', '2026-06-01'],
      ['2026-06-01', 'future', undefined],
    ]);
    expect(history('2025-06-01').map((v) => v.state)).toEqual(['current', 'future', 'future']);
    expect(history('2026-06-01').map((v) => v.state)).toEqual(['superseded', 'superseded', 'current']);
  });

  it('names each clause an amendment changed, how, and where it is', () => {
    const last = history('2026-03-01')[2]!;
    expect(last.amendments.map((a) => [a.record.id, a.changes.map((c) => [c.name, changeLabel(c), c.url])])).toEqual([
      ['board-reviews', [['2. Review', 'words changed', '/demo/handbook/2/']]],
      [
        'quorum-and-expenses',
        [
          ['1.1 Quoracy', 'revoked', '/demo/handbook/1-1/'],
          ['3. Expenses', 'added', '/demo/handbook/3/'],
        ],
      ],
    ]);
  });

  it('says when it was in force, the first version with the document’s published date', () => {
    const [first, second, last] = history('2026-03-01');
    expect(versionPeriod(first!, '2019-06-25')).toBe(
      'The document as first published (published 25 June 2019), in force to 31 December 2025.',
    );
    expect(versionPeriod(first!)).toBe('The document as first published (publication date not recorded), in force to 31 December 2025.');
    expect(versionPeriod(second!)).toBe('In force from 1 January 2026 to 31 May 2026.');
    expect(versionPeriod(last!)).toBe('Takes effect on 1 June 2026.');
  });
});
