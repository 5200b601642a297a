/**
 * public/ is closed (src/lib/build/public-files.ts): a file the project does
 * not declare there, such as a page planted at a clause's address, stops the
 * check and `astro build` itself, naming the file, and nothing is published.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { DECLARED_PUBLIC_FILES, undeclaredPublicFiles } from '../../src/lib/build/public-files.ts';
import { copyFixture, projectRoot } from '../helpers/copy-fixture.ts';
import { astroBuild, copyAstroProject } from '../helpers/project-copies.ts';

const PLANTED = 'public/demo/handbook/1-1/index.html';
const MESSAGE =
  `${PLANTED}  error  this file is not one the project declares for public/, so it would be published unchecked and replace the page at /demo/handbook/1-1/  [undeclared-public-file]\n` +
  '  hint: remove it; a file the site really needs is declared in src/lib/build/public-files.ts, a code change the code owners review';

function plant(root: string, file = PLANTED, text = '<h1>Not the real clause</h1>'): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

describe('public/', () => {
  it('holds only the files the project declares, besides its folder notes', () => {
    expect(undeclaredPublicFiles(join(projectRoot, 'public'))).toEqual([]);
    for (const file of DECLARED_PUBLIC_FILES) expect(existsSync(join(projectRoot, 'public', file)), file).toBe(true);
  });

  it('makes the check fail on a file planted at a page address, naming it and the page it would replace', () => {
    const f = copyFixture('basic');
    plant(f.root);
    plant(f.root, 'public/tracker.js', 'fetch("https://example.org/t")');
    const run = runCheck({ root: f.root });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(MESSAGE);
    expect(run.stdout).toContain(
      'public/tracker.js  error  this file is not one the project declares for public/, so it would be published unchecked  [undeclared-public-file]',
    );
  });

  it('stops astro build on its own, before anything is built', () => {
    const project = copyAstroProject('basic');
    plant(project.root);
    const build = astroBuild(project.root);
    expect(build.status).toBe(1);
    expect(build.output).toContain(MESSAGE);
    expect(existsSync(join(project.root, 'dist/demo/handbook/1-1/index.html'))).toBe(false);
  });
});
