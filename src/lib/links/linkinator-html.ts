/**
 * linkinator's own HTML reading, the part of it the link gate uses
 * (check-pages.ts): `getLinks` (every link on a page, as its crawler finds
 * them: anchors with their text, images, scripts, stylesheets, srcset,
 * <base>, URL-like <meta content>, JSON-LD), `extractFragmentIds` (the ids
 * and named anchors a `#fragment` may point at) and `isValidFragment` (those,
 * and `#top`).
 *
 * They live in linkinator's build/src/links.js, which its package.json
 * `exports` does not list (only the LinkChecker entry point), so the module is
 * loaded by its file path next to that entry point. package.json pins
 * linkinator to the exact version this was written against, and
 * test/references/linkinator-html.test.ts fails plainly if an upgrade moves or
 * renames any of the three.
 *
 *   const links = await getLinks(Readable.from([html]), 'http://site.invalid/guide/index.html')
 *     → [{ link: '/guide/#quoracy', url: URL('http://site.invalid/guide/'), fragment: 'quoracy', displayText: 'quoracy' }, …]
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';

/** One link as linkinator's parser returns it (build/src/links.d.ts, `ParsedUrl`). */
export interface ParsedLink {
  /** The attribute's value as written. */
  link: string;
  /** The text of an <a>, whitespace collapsed; undefined for links that are not anchors. */
  displayText?: string;
  /** Set instead of `url` when the address cannot be parsed. */
  error?: Error;
  /** The address resolved against the page, without its fragment. */
  url?: URL;
  urlWithFragment?: string;
  /** The fragment, percent-decoded, without `#`. */
  fragment?: string;
}

interface LinkinatorHtml {
  getLinks(source: Readable, baseUrl: string, checkCss?: boolean): Promise<ParsedLink[]>;
  extractFragmentIds(source: Readable): Promise<Set<string>>;
  isValidFragment(fragment: string, validFragments: Set<string>): boolean;
}

/** linkinator's entry point (…/build/src/index.js); links.js sits beside it. */
export const linkinatorEntry = createRequire(import.meta.url).resolve('linkinator');

const html = (await import(pathToFileURL(join(dirname(linkinatorEntry), 'links.js')).href)) as LinkinatorHtml;

export const { getLinks, extractFragmentIds, isValidFragment } = html;
