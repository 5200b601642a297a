/**
 * Copies a fixture project (test/fixtures/<name>) into test/.tmp so a test can
 * break one file without touching the fixture or other tests.
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const projectRoot = new URL('../..', import.meta.url).pathname;

export function copyFixture(name: string): { root: string; read(path: string): string; write(path: string, text: string): void; edit(path: string, from: string | RegExp, to: string): void } {
  const tmpBase = join(projectRoot, 'test/.tmp');
  mkdirSync(tmpBase, { recursive: true });
  const root = mkdtempSync(join(tmpBase, `${name}-`));
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
