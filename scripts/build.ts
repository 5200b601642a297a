/**
 * `npm run build`: the whole pipeline, stopping at the first step that fails.
 *
 *   1. check        content schemas, references, compliance (scripts/check.ts)
 *   2. astro build  pages into dist/, then the search index (src/integrations/)
 *   3. links        every internal link and #fragment in dist/ (scripts/check-links.ts)
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

const projectRoot = join(dirname(new URL(import.meta.url).pathname), '..');
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const plan = buildPlan({ argv: process.argv.slice(2), projectRoot, astroBin, env: process.env });

for (const step of plan.steps) {
  const started = performance.now();
  console.log(`\n▶ ${step.name}`);
  const result = spawnSync(process.execPath, step.args, { cwd: step.cwd, stdio: 'inherit', env: step.env });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(
      `\n✖ Build stopped: the ${step.name} step failed after ${seconds}s (exit ${result.status ?? result.signal}). Nothing was published.`,
    );
    process.exit(result.status || 1);
  }
  console.log(`✔ ${step.name} (${seconds}s)`);
}
