/**
 * Searching a built site's Pagefind index without a browser: the site's own
 * /pagefind/pagefind.js, loaded in Node with the site's search options and
 * its files served over HTTP, as a reader's browser would fetch them.
 *
 *   const hits = await searchBuiltSite(join(root, 'dist'), 'Chief Superintendent');
 *   // ['/saltmarsh/constitution/2-1/', …], best first
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveStatic } from './static-server.ts';

/** The path of each result for each query, best first, up to `limit` a query. */
export async function searchBuiltSite(dist: string, queries: string[], limit = 5): Promise<Record<string, string[]>> {
  const server = await serveStatic(dist);
  try {
    const pagefind = await import(/* @vite-ignore */ pathToFileURL(join(dist, 'pagefind/pagefind.js')).href);
    const options = JSON.parse(readFileSync(join(dist, 'pagefind/search-options.json'), 'utf8'));
    await pagefind.options({ ...options, basePath: new URL('/pagefind/', server.url).href });
    const results: Record<string, string[]> = {};
    for (const query of queries) {
      const found = await pagefind.search(query);
      const data = await Promise.all(found.results.slice(0, limit).map((r: { data(): Promise<{ url: string }> }) => r.data()));
      results[query] = data.map((d) => new URL(d.url).pathname);
    }
    await pagefind.destroy?.();
    return results;
  } finally {
    await server.close();
  }
}
