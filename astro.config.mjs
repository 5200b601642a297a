// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { remarkPlugins } from './src/plugins/markdown-plugins.ts';
import { integrations } from './src/integrations/index.ts';
import { readSiteSettings } from './src/lib/content/site-settings.ts';

const settings = readSiteSettings(new URL('.', import.meta.url).pathname);

export default defineConfig({
  site: settings.baseUrl,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    // remark/unified rather than Astro 7's default Sätteri: our reference,
    // legislation and acronym plugins are remark plugins (src/plugins/).
    // Same plugins as unified's PluggableList; Astro types them as its own RemarkPlugins.
    processor: unified({ remarkPlugins: /** @type {import('astro').RemarkPlugins} */ (remarkPlugins), gfm: true, smartypants: false }),
    syntaxHighlight: false,
  },
  vite: {
    css: {
      preprocessorOptions: {
        // The site's address for the print stylesheet, which prints internal links as absolute URLs
        // (src/styles/_print.scss); prepended to src/styles/site.scss, the one stylesheet Vite compiles.
        scss: { additionalData: `$app-site-url: ${JSON.stringify(settings.baseUrl.replace(/\/+$/, ''))};\n` },
      },
    },
  },
  integrations: [mdx({ optimize: false }), ...integrations],
});
