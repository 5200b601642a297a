/**
 * Reading the built site's publishing outputs (register, feed, JSON) without
 * a browser: the global setup has built dist/ (or SKIP_BUILD=1 reuses it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from '../helpers/site-under-test.ts';

export function builtFile(path: string): string {
  const file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file)) throw new Error(`${path} is not in the built site (${file})`);
  return readFileSync(file, 'utf8');
}

export const builtJson = (path: string): unknown => JSON.parse(builtFile(path));

/** Plain text of some HTML, one space between words, for "the reader sees" checks. */
export const textOf = (html: string): string =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** The HTML of the element with this id, up to the end of its row (enough for one register entry). */
export function rowWithId(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) throw new Error(`no element with id ${id}`);
  return html.slice(start, html.indexOf('</tr>', start));
}
