/**
 * The content the site is built from, or ContentErrors (the one formatter's
 * messages, shaped for Astro to print whole) with every problem:
 * schema and integrity errors from loadContent, and the MDX safety findings
 * (src/lib/mdx-safety), each file checked once. The site model
 * (src/lib/site-data.ts) comes through here, so `astro build` or `astro dev`
 * run directly refuses unsafe clause text with the same messages
 * `npm run check` prints, not only our build script.
 */
import { ContentErrors } from '../errors/content-error.ts';
import { checkMdxSafety } from '../mdx-safety/check-mdx-safety.ts';
import { loadContent, type LoadOptions } from './load-content.ts';
import type { ContentSet } from './model.ts';

export function loadUsableContent(options: LoadOptions & { imageHosts: readonly string[] }): ContentSet {
  const content = loadContent(options);
  const { root, contentDir, texts, imageHosts } = { ...options, texts: content.texts };
  const errors = [...content.errors, ...checkMdxSafety(root, { contentDir, texts, imageHosts })].filter((e) => e.severity === 'error');
  if (errors.length) throw new ContentErrors(errors);
  return content;
}
