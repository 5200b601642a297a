/**
 * `npm run build`: the whole pipeline, stopping at the first step that fails.
 *
 *   1. check         content schemas, references, compliance (scripts/check.ts)
 *   2. astro build   pages into .dist-staging/
 *   3. search index  Pagefind over .dist-staging/ (scripts/search-index.ts)
 *   4. links         every internal link and #fragment in .dist-staging/ (scripts/check-links.ts)
 *   then publish     .dist-staging/ replaces dist/ (src/lib/build/publish.ts)
 *
 * All or nothing: a step that fails publishes nothing, and dist/ stays as it
 * was (or absent, on a first build); the message says which.
 *
 *   node scripts/build.ts [--as-of YYYY-MM-DD] [--root DIR] [check options]
 *
 * `--as-of` and `--root` reach every step (src/lib/build/pipeline.ts); other
 * arguments go to the check. Each step runs in its own process on the Node
 * that runs this script.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildPlan } from '../src/lib/build/pipeline.ts';
import { discardStaged, publishStaged } from '../src/lib/build/publish.ts';

const projectRoot = join(dirname(new URL(import.meta.url).pathname), '..');
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const plan = buildPlan({ argv: process.argv.slice(2), projectRoot, astroBin, env: process.env });

for (const step of plan.steps) {
  const started = performance.now();
  console.log(`\n▶ ${step.name}`);
  const result = spawnSync(process.execPath, step.args, { cwd: step.cwd, stdio: 'inherit', env: step.env });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    const kept = discardStaged(plan);
    console.error(
      `\n✖ Build stopped: the ${step.name} step failed after ${seconds}s (exit ${result.status ?? result.signal}). Nothing was published. ${kept}`,
    );
    process.exit(result.status || 1);
  }
  console.log(`✔ ${step.name} (${seconds}s)`);
}
publishStaged(plan);
console.log(`\n✔ Published: every step passed, so ${plan.dist} now holds the new build.`);
