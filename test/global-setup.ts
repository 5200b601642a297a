/**
 * Vitest global setup: builds the site into dist/ once before any test runs,
 * so the browser tests (test/e2e/) read the same pages a reader would get.
 * SKIP_BUILD=1 reuses the dist/ already there (fast reruns while writing tests);
 * with SITE_DIST=<dir> the tests read that built site instead.
 *
 * The build is the README's whole pipeline (scripts/build.ts: check, astro
 * build with the search index, link gate), run on the Node that runs vitest
 * (Node 24 from the `node` devDependency), so `npm test` proves `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

export default function setup(): void {
  if (process.env.SKIP_BUILD === '1') {
    const dist = process.env.SITE_DIST ?? join(root, 'dist');
    if (!existsSync(join(dist, 'index.html'))) throw new Error(`SKIP_BUILD=1 but ${dist} has no site: build it first (npm run build).`);
    return;
  }
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `The site did not build, so the browser tests cannot run (exit ${result.status ?? result.signal}).\n${result.stdout}\n${result.stderr}`,
    );
  }
  console.log(`global setup: built the site in ${((performance.now() - started) / 1000).toFixed(1)}s`);
}
