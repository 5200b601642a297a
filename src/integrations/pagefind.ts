/**
 * Builds the Pagefind search index after Astro writes dist/, through
 * Pagefind's Node API (no CLI, no download: the binary ships in an npm
 * package). Only pages marked `data-pagefind-body` are indexed — the clause
 * permalink pages — so a clause outranks the document page that contains it.
 *
 *   astro build → dist/**.html → dist/pagefind/ (index, fragments, pagefind.js,
 *                                 search-options.json for public/search.js)
 *
 * What is indexed, and how it is weighted, is set in the clause page template
 * (src/pages/[partnership]/[document]/[clause]/index.astro) from
 * src/lib/search/clause-record.ts: number and heading weigh most, a clause's
 * own text in full, its sub-clauses' text barely; chrome is data-pagefind-ignore.
 * `writeSearchIndex` is also what scripts/search-report.ts times, and what
 * `npm run build` runs as its own step after astro's (scripts/search-index.ts;
 * the hook below then stands aside), so Pagefind's memory and astro's are
 * never in use at once. A plain `astro build` indexes in the hook.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex, type PagefindServiceConfig } from 'pagefind';
import { SEARCH_INDEX_ENV } from '../lib/build/pipeline.ts';

/** Every Pagefind option the site sets, in one place: indexing here, searching in the browser. */
export const pagefindConfig = {
  index: {
    forceLanguage: 'en',
    // Chrome (header, breadcrumbs, "referenced by" lists) is also marked data-pagefind-ignore in the templates.
    excludeSelectors: ['nav', 'header', 'footer', '.govuk-skip-link', '.clause-permalink'],
  } satisfies PagefindServiceConfig,
  /** Passed to pagefind.options() by public/search.js (written to dist/pagefind/search-options.json). */
  search: {
    excerptLength: 30,
    ranking: {
      // Clause pages vary from one line to whole sections: a gentler length penalty
      // (default 0.75) and less term saturation (default 1.4) let the weighted
      // number, heading and own text decide.
      pageLength: 0.5,
      termSaturation: 2,
      // Metadata matches add to a record's score (src/lib/search/clause-record.ts). The
      // title ("6.53 Quoracy") counts as Pagefind's default has it; the clause number's
      // key ("653") double, so "6.53" finds 6.53 before 6.653, whose number merely
      // contains "653"; an item's key ("653iii") a little, so 6.53's items come next.
      // Document, partnership and the printed number are for showing and shared by
      // many records: no boost.
      metaWeights: { title: 5, numberKey: 10, itemKey: 2, number: 0, document: 0, documentTitle: 0, partnership: 0 },
    },
  },
};

export interface SearchIndexStats {
  /** HTML pages Pagefind read, and the clause records it kept (pages with data-pagefind-body). */
  pagesRead: number;
  records: number;
  /** Wall time to index and write, in milliseconds. */
  ms: number;
  /** What was written to the output folder. */
  files: number;
  bytes: number;
}

/** Files and bytes under `dir`; with `include`, only the files whose relative path it accepts. */
export function folderStats(dir: string, include: (path: string) => boolean = () => true): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    if (!include(name)) continue;
    const stat = statSync(join(dir, name));
    if (stat.isFile()) {
      files += 1;
      bytes += stat.size;
    }
  }
  return { files, bytes };
}

/** Indexes the built site in `site` into `outputPath` (replacing what is there) and says what it wrote. */
export async function writeSearchIndex(site: string, outputPath = join(site, 'pagefind')): Promise<SearchIndexStats> {
  const started = performance.now();
  let pagesRead: number;
  try {
    const { index, errors } = await createIndex(pagefindConfig.index);
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    pagesRead = added.page_count;
    rmSync(outputPath, { recursive: true, force: true }); // Pagefind never removes a previous run's files
    // Made here, not left to Pagefind: its service panics on an unusable folder and never answers.
    try {
      mkdirSync(outputPath, { recursive: true });
    } catch (error) {
      throw new Error(`Pagefind could not write its index to ${outputPath}: ${(error as Error).message}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    // Stops Pagefind's service process, also when indexing failed, so the build can exit.
    await close();
  }
  writeFileSync(join(outputPath, 'search-options.json'), `${JSON.stringify(pagefindConfig.search)}\n`);
  const ms = Math.round(performance.now() - started);
  // Pagefind reads every page but records only those with data-pagefind-body: the clause pages.
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const records = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  return { pagesRead, records, ms, ...folderStats(outputPath) };
}

/** "read 349 pages, indexed 328 clause records in 201 ms: 350 files, 950 KiB in dist/pagefind" */
export function describeIndex(stats: SearchIndexStats): string {
  return `read ${stats.pagesRead} pages, indexed ${stats.records} clause records in ${stats.ms} ms: ${stats.files} files, ${(stats.bytes / 1024).toFixed(0)} KiB in dist/pagefind`;
}

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'governance:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[SEARCH_INDEX_ENV] === 'separate') {
          logger.info("search index: left to the build pipeline's next step (scripts/search-index.ts)");
          return;
        }
        const stats = await writeSearchIndex(fileURLToPath(dir));
        logger.info(describeIndex(stats));
      },
    },
  };
}
