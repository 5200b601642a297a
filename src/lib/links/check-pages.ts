/**
 * linkinator over some pages of a built site: it serves the whole site (dist/)
 * on a local port, reads each given page and checks every link on it, every
 * internal one by fetching it and every `#fragment` against the ids on its
 * target page (linkinator's fragment checking). External links are not
 * fetched; their form is judged (external-form.ts).
 *
 * Pages are not crawled from one another: every page of the site is given to
 * one call or another (check-site.ts shares them out), so none is missed for
 * want of a link to it, and no page is read twice in one call.
 *
 *   await checkPages('/site/dist', ['index.html', 'west-sussex/index.html'])
 *     → { problems: [{ page: '/', link: '/guide/6-99/', problem: '404 Not Found', text: 'section 6.99' }], internal: […], external: 12 }
 */
import { posix } from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { externalFormProblem } from './external-form.ts';

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
  /** Every internal address fetched (pages and files; a fragment is checked on its page, not fetched). */
  internal: string[];
  /** How many external links had their form checked. */
  external: number;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function isLocal(href: string): boolean {
  try {
    return LOCAL_HOSTS.has(new URL(href).hostname);
  } catch {
    return false;
  }
}

/**
 * A local address as the site path a reader would see: `http://localhost:5123/a/index.html#x` → `/a/#x`;
 * linkinator names the pages it was given by their file path (`a/index.html` → `/a/`).
 */
function sitePath(href: string | undefined): string {
  if (!href) return '';
  if (!URL.canParse(href)) return posix.normalize(`/${href}`).replace(/index\.html$/, '');
  if (!isLocal(href)) return href;
  const url = new URL(href);
  return `${url.pathname.replace(/index\.html$/, '')}${url.hash}`;
}

function describe(result: LinkResult): string {
  const detail = result.failureDetails?.find((d): d is Error => d instanceof Error)?.message;
  const fragment = detail?.match(/Fragment identifier '(#[^']*)' not found/);
  if (fragment) return `fragment ${fragment[1]} not found on the page`;
  if (result.status) return `${result.status}${result.status === 404 ? ' Not Found' : ''}`;
  return detail ?? 'could not be read';
}

/**
 * linkinator also reports any <meta content> that parses as a URL, so a page
 * description "Background: new legislative …" arrives as a "background:" link.
 * Judge the form of what readers follow: anchors (they carry display text) and
 * http(s) addresses anywhere.
 */
const isLinkLike = (link: LinkResult) => link.displayText !== undefined || /^https?:/i.test(link.url);

/** @param pages paths of HTML files relative to `dist` */
export async function checkPages(dist: string, pages: string[]): Promise<PagesChecked> {
  const result = await new LinkChecker().check({
    path: pages,
    serverRoot: dist,
    recurse: false,
    checkFragments: true,
    concurrency: 50,
    timeout: 15_000,
    // Fetch only our own pages; everything else is judged on its form below.
    linksToSkip: async (href) => !isLocal(href),
  });
  const problems: LinkProblem[] = [];
  const internal: string[] = [];
  let external = 0;
  for (const link of result.links) {
    const text = link.displayText || undefined;
    if (link.state === LinkState.BROKEN) {
      problems.push({ page: sitePath(link.parent), link: sitePath(link.url), problem: describe(link), text });
    } else if (link.state !== LinkState.SKIPPED) {
      internal.push(sitePath(link.url));
    } else if (!isLocal(link.url)) {
      external++;
      const problem = isLinkLike(link) ? externalFormProblem(link.url) : undefined;
      if (problem) problems.push({ page: sitePath(link.parent), link: link.url, problem, text });
    }
  }
  return { problems, internal, external };
}
