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
 * (src/pages/[partnership]/[document]/[clause]/index.astro): number and
 * heading weigh 10, a clause without a heading of its own weighs half (its
 * text is in its parent's record too), chrome is data-pagefind-ignore.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex, type PagefindServiceConfig } from 'pagefind';

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
    // Clause pages vary from one line to whole sections: a gentler length penalty
    // (default 0.75) and less term saturation (default 1.4) let the weighted
    // number and heading decide, so "6.53" and "quorate" find 6.53 Quoracy first.
    ranking: { pageLength: 0.5, termSaturation: 2 },
  },
};

function folderStats(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) {
      files += 1;
      bytes += stat.size;
    }
  }
  return { files, bytes };
}

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'governance:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex(pagefindConfig.index);
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const outputPath = join(site, 'pagefind');
        rmSync(outputPath, { recursive: true, force: true }); // Pagefind never removes a previous run's files
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await close();
        writeFileSync(join(outputPath, 'search-options.json'), `${JSON.stringify(pagefindConfig.search)}\n`);
        const { files, bytes } = folderStats(outputPath);
        const ms = Math.round(performance.now() - started);
        // Pagefind reads every page but records only those with data-pagefind-body: the clause pages.
        const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
        const records = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
        logger.info(`read ${added.page_count} pages, indexed ${records} clause records in ${ms} ms: ${files} files, ${(bytes / 1024).toFixed(0)} KiB in dist/pagefind`);
      },
    },
  };
}
