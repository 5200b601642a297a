/**
 * The whole built site through linkinator's HTML reading (check-pages.ts),
 * its pages shared out in runs of neighbouring pages among worker threads,
 * one per core (up to four), because parsing 20,000 pages is work for every
 * core the machine has. A small site is checked in this thread.
 *
 *   await checkSite('/site/dist') → { pages: 349, problems: [], internal: 361, external: 2083 }
 */
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkPages, type LinkProblem, type PagesChecked } from './check-pages.ts';

export interface SiteChecked {
  pages: number;
  problems: LinkProblem[];
  /** Distinct internal addresses resolved (the summary line calls them "fetched", as it did when linkinator fetched them). */
  internal: number;
  external: number;
}

/** Below this many pages one thread is quicker than starting others. */
const PAGES_PER_WORKER = 500;

/**
 * A worker's young generation, in MB. Parsing makes much short-lived garbage and keeps little
 * (its live heap stays under 30 MB at 10,000 clauses); V8's default nursery for a machine this
 * size let each worker's resident memory grow to about 300 MB for no gain in speed.
 */
const YOUNG_GENERATION_MB = 8;

/** Every HTML file of the site, relative to `dist`, in path order (so a run of pages shares its targets). */
export function htmlPages(dist: string): string[] {
  return readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

function inWorker(dist: string, pages: string[]): Promise<PagesChecked> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./check-pages-worker.ts', import.meta.url), {
      workerData: { dist, pages },
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a link-check worker stopped with exit code ${code}`));
    });
  });
}

export async function checkSite(
  dist: string,
  { threads = Math.min(availableParallelism(), 4), pagesPerWorker = PAGES_PER_WORKER } = {},
): Promise<SiteChecked> {
  const pages = htmlPages(dist);
  const shards = Math.max(1, Math.min(threads, Math.floor(pages.length / pagesPerWorker)));
  const size = Math.ceil(pages.length / shards);
  const runs = Array.from({ length: shards }, (_, i) => pages.slice(i * size, (i + 1) * size));
  const results = shards === 1 ? [await checkPages(dist, pages)] : await Promise.all(runs.map((run) => inWorker(dist, run)));
  return {
    pages: pages.length,
    problems: results.flatMap((r) => r.problems),
    internal: new Set(results.flatMap((r) => r.internal)).size,
    external: results.reduce((sum, r) => sum + r.external, 0),
  };
}
