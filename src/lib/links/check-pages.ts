/**
 * Some pages of a built site, checked with linkinator's own HTML reading
 * (linkinator-html.ts) over the files themselves: no web server, no HTTP.
 * Each page is read once and its links found by linkinator's `getLinks`, as
 * its crawler finds them. Every internal link must name a file of `dist/`,
 * found as linkinator's static server finds it; every `#fragment` must be an
 * id (or named anchor) of its target page, as linkinator's
 * `extractFragmentIds` reads them. External links are not fetched; their
 * form is judged (external-form.ts).
 *
 * The rules are linkinator's, as `LinkChecker.check({ path: pages,
 * serverRoot: dist, recurse: false, checkFragments: true })` applied them:
 *  - an address ending in `/` is its folder's index.html; a folder named
 *    without the `/` is redirected there (so it resolves if that exists);
 *    any other address is the file at that path, its parts percent-decoded;
 *    the query is ignored. Anything else is `404 Not Found`.
 *  - a fragment is checked only on a target that resolved and is HTML, and
 *    not on a page linkinator takes for a "soft 404" (noindex and nofollow);
 *    `#top` is always valid.
 *  - a link's text is the first non-empty text of the links on the page to
 *    the same address (to the same address and fragment, for a fragment).
 *  - each broken (page, address) and (page, address#fragment) is reported
 *    once.
 * Where LinkChecker's report read worse, this one differs: addresses are
 * shown as readers see them (`/guide/#x`, never `/guide/index.html#x`); a
 * malformed external link is reported on every page that has it (linkinator
 * reported a mailto: or javascript: link only the first time it met one); an
 * address that cannot be parsed is "not a valid address", and one on this
 * machine (localhost) is refused rather than fetched.
 *
 * Cost is linear: per page one read and two parses (its links; its own ids,
 * as every page links to its #main-content), a stat per distinct target, and
 * one parse per other page linked to with a fragment (few: glossaries, whole
 * documents), kept for the rest of the call.
 *
 * Pages are not crawled from one another: every page of the site is given to
 * one call or another (check-site.ts shares them out), so none is missed for
 * want of a link to it.
 *
 *   await checkPages('/site/dist', ['index.html', 'west-sussex/index.html'])
 *     → { problems: [{ page: '/', link: '/guide/6-99/', problem: '404 Not Found', text: 'section 6.99' }], internal: […], external: 12 }
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { externalFormProblem } from './external-form.ts';
import { extractFragmentIds, getLinks, isValidFragment, type ParsedLink } from './linkinator-html.ts';

export interface LinkProblem {
  /** The page the link is on, as a site path: `/west-sussex/constitution/6-57/`. */
  page: string;
  link: string;
  problem: string;
  /** The link's text, if it has some. */
  text?: string;
}

export interface PagesChecked {
  problems: LinkProblem[];
  /** Every internal address resolved, distinct (pages and files; a fragment is checked on its page, not resolved). */
  internal: string[];
  /** How many external links had their form checked (every occurrence; a <meta content> that merely parses as a URL is not one). */
  external: number;
}

/**
 * The origin pages are read at, so that links resolve as in a browser. `.invalid` is reserved
 * (RFC 6761): no real address is on it, so nothing in content can be taken for one of ours.
 */
const SITE = 'http://site.invalid';

/** Addresses of this machine: linkinator fetched these, as they looked like its own server's; a published page must not link to them. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An address of the site as a reader would see it: `/a/index.html?x` → `/a/?x`. */
const sitePath = (url: URL) => `${url.pathname.replace(/index\.html$/, '')}${url.search}`;

const isHtmlFile = (file: string) => /\.(?:html?|shtml|xhtml)$/i.test(file);

/**
 * linkinator judges the form of what readers follow: anchors (they carry display text) and
 * http(s) addresses anywhere; a <meta content> that merely parses as a URL ("Background: …") is not a link.
 */
const isLinkLike = (link: ParsedLink) => link.displayText !== undefined || /^https?:$/.test(link.url?.protocol ?? '');

/** First non-empty text wins; an empty one is kept only until a non-empty one comes. */
function preferText(texts: Map<string, string>, key: string, text: string | undefined) {
  if (text === undefined) return;
  const current = texts.get(key);
  if (current === undefined || (current === '' && text !== '')) texts.set(key, text);
}

/** The files of one built site, as linkinator's static server (server.js) finds them. */
class Site {
  readonly root: string;
  private files = new Map<string, string | undefined>();
  private ids = new Map<string, Promise<Set<string> | undefined>>();

  constructor(dist: string) {
    this.root = resolve(dist);
  }

  /** The file an address of the site names, or undefined for a 404. */
  file(url: URL): string | undefined {
    const key = url.pathname;
    if (!this.files.has(key)) this.files.set(key, this.find(key));
    return this.files.get(key);
  }

  private find(pathname: string): string | undefined {
    let parts: string[];
    try {
      parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
    } catch {
      return undefined;
    }
    if (pathname.endsWith('/')) parts.push('index.html');
    const path = join(this.root, ...parts);
    if (path !== this.root && !path.startsWith(this.root + sep)) return undefined;
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return undefined;
    // A folder named without its slash: the server redirects to the slash, which is its index.html.
    if (stat.isDirectory()) return pathname.endsWith('/') ? undefined : this.find(`${pathname}/`);
    return path;
  }

  /** The fragments another page offers, read once (the pages linked to with a fragment are few: glossaries, whole documents). */
  fragments(file: string): Promise<Set<string> | undefined> {
    let ids = this.ids.get(file);
    // Copied: the ids parsed are slices of the page's text, and would keep every such page whole.
    if (!ids) {
      ids = fragmentsOf(readFileSync(file)).then((found) => found && structuredClone(found));
      this.ids.set(file, ids);
    }
    return ids;
  }
}

/**
 * The fragments a page offers, or undefined when linkinator would not check them: a page with
 * noindex and nofollow is taken for a "soft 404".
 */
async function fragmentsOf(html: Buffer): Promise<Set<string> | undefined> {
  if (html.includes('content="noindex') && html.includes('nofollow')) return undefined;
  return extractFragmentIds(Readable.from([html]));
}

/** @param pages paths of HTML files relative to `dist` */
export async function checkPages(dist: string, pages: string[]): Promise<PagesChecked> {
  const site = new Site(dist);
  const problems: LinkProblem[] = [];
  const internal = new Set<string>();
  let external = 0;

  for (const page of pages) {
    const pageUrl = new URL(`${SITE}/${page.split('/').map(encodeURIComponent).join('/')}`);
    const pageFile = join(site.root, page);
    const pagePath = sitePath(pageUrl);
    const html = readFileSync(pageFile);
    internal.add(pagePath);
    let ownFragments: Promise<Set<string> | undefined> | undefined;
    const links = await getLinks(Readable.from([html]), pageUrl.href);

    // The text each address (and each address#fragment) is reported with.
    const texts = new Map<string, string>();
    for (const link of links) {
      if (!link.url) continue;
      preferText(texts, link.url.origin === SITE ? link.url.href : `external ${link.urlWithFragment}`, link.displayText);
      if (link.fragment && link.url.origin === SITE) preferText(texts, `${link.url.href}#${link.fragment}`, link.displayText);
    }

    const reported = new Set<string>();
    const once = (key: string) => !reported.has(key) && Boolean(reported.add(key));
    const report = (link: string, problem: string, text: string | undefined) =>
      problems.push({ page: pagePath, link, problem, ...(text ? { text } : {}) });

    for (const link of links) {
      const { url } = link;
      if (!url) {
        if (once(`invalid ${link.link}`)) report(link.link, 'not a valid address', link.displayText);
      } else if (url.origin !== SITE) {
        const address = link.urlWithFragment ?? url.href;
        const judged = isLinkLike(link);
        if (judged) external++;
        const problem = LOOPBACK.has(url.hostname)
          ? 'an address on this machine, not on the site'
          : judged
            ? externalFormProblem(address)
            : undefined;
        if (problem && once(`external ${address}`)) report(address, problem, texts.get(`external ${address}`));
      } else {
        const file = site.file(url);
        if (!file) {
          if (once(`missing ${url.href}`)) report(sitePath(url), '404 Not Found', texts.get(url.href));
          continue;
        }
        internal.add(sitePath(url));
        if (!link.fragment || !isHtmlFile(file) || !once(`fragment ${url.href}#${link.fragment}`)) continue;
        // A page's own ids are read from the copy in hand and not kept: held, they would hold every page's text.
        if (file === pageFile) ownFragments ??= fragmentsOf(html);
        const ids = await (file === pageFile ? ownFragments : site.fragments(file));
        if (ids && !isValidFragment(link.fragment, ids)) {
          report(
            `${sitePath(url)}#${link.fragment}`,
            `fragment #${link.fragment} not found on the page`,
            texts.get(`${url.href}#${link.fragment}`),
          );
        }
      }
    }
  }
  return { problems, internal: [...internal], external };
}
