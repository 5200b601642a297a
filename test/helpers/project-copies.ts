/**
 * Copies in test/.tmp for tests that change more than a fixture:
 * - the project's real content/, for the editors' guide's worked examples;
 * - a whole project (the site's own src/, public/ and Astro config around a
 *   fixture's content/, node_modules linked), so a test can run
 *   `astro build` itself, without our build script and its check.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { copyFixture, projectRoot } from './copy-fixture.ts';

const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

type Copy = ReturnType<typeof copyFixture>;

/** A copy of the project's own content/ (the fixture helper's edit/read/write, on the real files). */
export function copyRealContent(): Copy {
  const copy = copyFixture('basic');
  rmSync(join(copy.root, 'content'), { recursive: true });
  cpSync(join(projectRoot, 'content'), join(copy.root, 'content'), { recursive: true });
  return copy;
}

/** The site's own code (src/, public/, Astro config) copied into `root`, beside whatever content/ it has. */
export function copyProjectCode(root: string): string {
  for (const file of PROJECT_FILES) cpSync(join(projectRoot, file), join(root, file), { recursive: true });
  return root;
}

export function copyAstroProject(fixture: string): Copy {
  const copy = copyFixture(fixture);
  copyProjectCode(copy.root);
  symlinkSync(join(projectRoot, 'node_modules'), join(copy.root, 'node_modules'), 'dir');
  return copy;
}

/** `astro build` in the copy, on the Node running the tests; output is stdout and stderr together. */
export function astroBuild(root: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [astroBin, 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
