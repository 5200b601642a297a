// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { siteIntegrations } from './src/integrations/index.ts';
import { readSiteSettings } from './src/lib/content/site-settings.ts';

const settings = readSiteSettings(new URL('.', import.meta.url).pathname);

export default defineConfig({
  site: settings.baseUrl,
  trailingSlash: 'always',
  // Pages are rendered 8 at a time: each waits on its folder and file being written, which another can use
  // (about a fifth off a 10,000-clause build; scripts/bench/README.md). Pages share no state, so output is the same.
  build: { format: 'directory', concurrency: 8 },
  devToolbar: { enabled: false },
  vite: {
    css: {
      preprocessorOptions: {
        // The site's address for the print stylesheet, which prints internal links as absolute URLs
        // (src/styles/_print.scss); prepended to src/styles/site.scss, the one stylesheet Vite compiles.
        scss: { additionalData: `$app-site-url: ${JSON.stringify(settings.baseUrl.replace(/\/+$/, ''))};\n` },
      },
    },
  },
  // No Markdown reaches Astro's own processor: there are no content collections and no .md/.mdx pages.
  // Clause text goes through the one clause pipeline (src/lib/references/clause-pipeline.ts) as HTML.
  integrations: [mdx({ optimize: false }), ...siteIntegrations(settings)],
});
