/**
 * Scratch folders do not pile up in test/.tmp: each test file's copies are
 * removed when it finishes, and not before, so later tests can inspect them.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, removeAfterThisFile, removeScratchDirs, scratchDir, scratchRoot } from './copy-fixture.ts';

// Made while the file is collected, the way a describe block shares one copy between its tests.
const shared = copyFixture('basic');

describe('scratch folders', () => {
  it('are made under test/.tmp, one per call', () => {
    const [a, b] = [scratchDir('probe'), scratchDir('probe')];
    expect(a.startsWith(`${scratchRoot}/probe-`) && b.startsWith(`${scratchRoot}/probe-`)).toBe(true);
    expect(a).not.toBe(b);
  });

  it('are still there for a later test in the same file', () => {
    shared.write('note.txt', 'written by one test');
    expect(shared.read('note.txt')).toBe('written by one test');
  });

  it('are all removed by the clean-up that runs after the file, including paths handed over to it', () => {
    const copy = copyFixture('basic');
    const beside = removeAfterThisFile(`${copy.root}-clone`);
    writeFileSync(beside, 'a file made beside the copy');
    const removed = removeScratchDirs();
    expect(removed).toEqual(expect.arrayContaining([shared.root, copy.root, beside]));
    expect([shared.root, copy.root, beside, join(copy.root, 'content')].filter(existsSync)).toEqual([]);
    expect(removeScratchDirs()).toEqual([]);
  });
});
