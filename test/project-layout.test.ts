/**
 * The project's top level is exactly what the README describes: the site's
 * folders and four files, plus dotfiles and folders (.ci/, .github/ with the
 * editors' guide) and the lockfile. Build output and installed packages are
 * left out, as git leaves them out.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './helpers/copy-fixture.ts';

const IGNORED = new Set(['node_modules', 'dist']);

describe('the project layout', () => {
  it('has exactly the agreed top level, with the editors’ guide under .github/', () => {
    const names = readdirSync(projectRoot)
      .filter((name) => !name.startsWith('.') && !IGNORED.has(name))
      .sort();
    expect(names).toEqual([
      'README.md',
      'astro.config.mjs',
      'content',
      'package-lock.json',
      'package.json',
      'public',
      'scripts',
      'src',
      'test',
      'tsconfig.json',
    ]);
    expect(readdirSync(`${projectRoot}.github`)).toContain('CONTRIBUTING.md');
  });
});
