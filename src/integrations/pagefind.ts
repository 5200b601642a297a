/**
 * Builds the Pagefind search index after Astro writes dist/, through
 * Pagefind's Node API (no CLI, no download: the binary ships in an npm
 * package). Only pages marked `data-pagefind-body` are indexed — the clause
 * permalink pages — so a clause outranks the document page that contains it.
 *
 *   astro build → dist/**.html → dist/pagefind/ (index, fragments, pagefind.js)
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex, type PagefindServiceConfig } from 'pagefind';

/** Every Pagefind option the site sets, in one place. */
export const pagefindConfig: PagefindServiceConfig = {
  forceLanguage: 'en',
  // Chrome (header, breadcrumbs, "referenced by" lists) is also marked data-pagefind-ignore in the templates.
  excludeSelectors: ['nav', 'header', 'footer', '.govuk-skip-link', '.clause-permalink'],
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
        const { index, errors } = await createIndex(pagefindConfig);
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const outputPath = join(site, 'pagefind');
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await close();
        const { files, bytes } = folderStats(outputPath);
        const ms = Math.round(performance.now() - started);
        logger.info(`indexed ${added.page_count} pages in ${ms} ms: ${files} files, ${(bytes / 1024).toFixed(0)} KiB in dist/pagefind`);
      },
    },
  };
}
