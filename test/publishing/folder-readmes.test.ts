/**
 * Folder READMEs are for developers: public/README.md stays in the repository
 * but is not published with the site.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readmesIn, removePublicReadmes } from '../../src/integrations/folder-readmes.ts';
import { projectRoot } from '../helpers/copy-fixture.ts';
import { distDir } from '../helpers/site-under-test.ts';

const publicDir = join(projectRoot, 'public');

describe('public/ folder notes', () => {
  it('are kept in public/ for developers', () => {
    expect(readmesIn(publicDir)).toContain('README.md');
  });

  it('are not in the built site, while the rest of public/ is', () => {
    for (const name of readmesIn(publicDir)) expect(existsSync(join(distDir, name)), name).toBe(false);
    expect(existsSync(join(distDir, 'robots.txt'))).toBe(true);
  });
});

describe('removing public READMEs after a build', () => {
  let scratch: string | undefined;
  afterEach(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('removes exactly the README.md files public/ holds, at any depth, and leaves other files and pages alone', () => {
    scratch = mkdtempSync(join(tmpdir(), 'folder-readmes-'));
    const [pub, out] = [join(scratch, 'public'), join(scratch, 'dist')];
    for (const dir of [join(pub, 'fonts'), join(out, 'fonts'), join(out, 'guide')]) mkdirSync(dir, { recursive: true });
    for (const file of ['README.md', 'fonts/README.md', 'robots.txt']) {
      writeFileSync(join(pub, file), 'x');
      writeFileSync(join(out, file), 'x');
    }
    writeFileSync(join(out, 'guide/README.md'), 'a page of the site, not from public/');
    expect(removePublicReadmes(pub, out)).toEqual(['README.md', 'fonts/README.md']);
    expect(['README.md', 'fonts/README.md', 'robots.txt', 'guide/README.md'].map((f) => existsSync(join(out, f)))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});
