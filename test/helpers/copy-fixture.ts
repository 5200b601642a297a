/**
 * Scratch folders for tests, under test/.tmp (git-ignored): copyFixture copies
 * a fixture project (test/fixtures/<name>) so a test can break one file
 * without touching the fixture or other tests; scratchDir makes an empty one.
 *
 * Each folder is removed once the test file that made it has finished (one
 * afterAll per test file, registered when this module loads), so tests in a
 * file may share a copy made at collection time or in beforeAll and inspect
 * it in later tests. KEEP_TEST_TMP=1 keeps them, to look at after a failure.
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export const projectRoot = new URL('../..', import.meta.url).pathname;
export const scratchRoot = join(projectRoot, 'test/.tmp');

const made: string[] = [];

/** Removes every scratch folder made (or handed to removeAfterThisFile) so far; returns them. */
export function removeScratchDirs(): string[] {
  const removed = made.splice(0);
  for (const dir of removed) rmSync(dir, { recursive: true, force: true });
  return removed;
}

// Only inside a vitest run: scripts that borrow projectRoot (node test/…) have no test file to clean up after.
if (process.env.VITEST) {
  afterAll(() => {
    if (process.env.KEEP_TEST_TMP !== '1') removeScratchDirs();
  });
}

/** Removes `path` too when the test file finishes, e.g. a clone made beside a scratch folder. */
export function removeAfterThisFile(path: string): string {
  made.push(path);
  return path;
}

/** A new empty folder `test/.tmp/<prefix>-XXXXXX`, removed after this test file. */
export function scratchDir(prefix: string): string {
  mkdirSync(scratchRoot, { recursive: true });
  return removeAfterThisFile(mkdtempSync(join(scratchRoot, `${prefix}-`)));
}

export function copyFixture(name: string): {
  root: string;
  read(path: string): string;
  write(path: string, text: string): void;
  edit(path: string, from: string | RegExp, to: string): void;
} {
  const root = scratchDir(name);
  cpSync(join(projectRoot, 'test/fixtures', name), root, { recursive: true });
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  const write = (path: string, text: string) => writeFileSync(join(root, path), text);
  return {
    root,
    read,
    write,
    edit(path, from, to) {
      const before = read(path);
      const after = before.replace(from, to);
      if (after === before) throw new Error(`fixture edit did not change ${path}`);
      write(path, after);
    },
  };
}
