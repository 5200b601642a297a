/**
 * The build pipeline's search-index step: Pagefind through its Node API over
 * the built site (src/integrations/pagefind.ts), after astro build has
 * exited, so the two never hold memory at once.
 *
 *   node scripts/search-index.ts [dist-folder]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeIndex, writeSearchIndex } from '../src/integrations/pagefind.ts';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`✖ No built site in ${dist} (no index.html): run astro build first.`);
  process.exitCode = 1;
} else {
  console.log(`✔ Search index: ${describeIndex(await writeSearchIndex(dist))}`);
}
