/**
 * The link gate, run after `astro build`: linkinator serves dist/ on a local
 * port, crawls every page (each HTML file is a starting point, so no page is
 * missed for want of a link to it), and checks every internal link and every
 * `#fragment` against the ids on the target page. External links are not
 * fetched (there is no network in CI); their form is checked instead: an
 * http(s) address with a host, a mailto: with an address, or a tel: number.
 *
 *   node scripts/check-links.ts [dist-folder]
 *
 * Exit 0 when everything resolves; 1 with a list of (page, link, problem)
 * otherwise, or when there is no built site to check.
 *
 *   ✖ 2 broken links in dist/
 *     /west-sussex/constitution/6-57/
 *       → /west-sussex/constitution/6-99/  404 Not Found  "section 6.99"
 *       → /west-sussex/constitution/#6-99  fragment #6-99 not found on the page
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';

const dist = resolve(process.argv[2] ?? 'dist');
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const isLocal = (href: string) => LOCAL_HOSTS.has(new URL(href).hostname);

/** Why an external address is malformed, or undefined when its form is fine. */
export function externalFormProblem(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return 'not a valid address';
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname) ? undefined : `"${url.hostname}" is not a host name`;
  }
  if (url.protocol === 'mailto:') return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(decodeURIComponent(url.pathname)) ? undefined : 'not an email address';
  if (url.protocol === 'tel:') return /^\+?[\d\s()-]{6,}$/.test(decodeURIComponent(url.pathname)) ? undefined : 'not a telephone number';
  return `the ${url.protocol} scheme is not allowed in content`;
}

interface Problem {
  page: string;
  link: string;
  problem: string;
  text?: string;
}

function describe(result: LinkResult): string {
  const detail = result.failureDetails?.find((d): d is Error => d instanceof Error)?.message;
  const fragment = detail?.match(/Fragment identifier '(#[^']*)' not found/);
  if (fragment) return `fragment ${fragment[1]} not found on the page`;
  if (result.status) return `${result.status}${result.status === 404 ? ' Not Found' : ''}`;
  return detail ?? 'could not be read';
}

async function main(): Promise<number> {
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`✖ No built site in ${relative(process.cwd(), dist) || '.'}/ (no index.html): run astro build first.`);
    return 1;
  }
  const pages = htmlFiles(dist);
  // linkinator reports local pages by their path on disk; show them as site paths.
  const display = (href: string | undefined) => (href?.startsWith(dist) ? href.slice(dist.length).replace(/index\.html$/, '') || '/' : href ?? '');
  const checker = new LinkChecker();
  const result = await checker.check({
    path: pages,
    recurse: true,
    checkFragments: true,
    concurrency: 50,
    timeout: 15_000,
    // Fetch only our own pages; everything else is judged on its form below.
    linksToSkip: async (href) => !isLocalSafe(href),
  });

  const problems: Problem[] = [];
  for (const link of result.links) {
    if (link.state === LinkState.BROKEN) {
      problems.push({ page: display(link.parent), link: display(link.url), problem: describe(link), text: link.displayText });
    } else if (link.state === LinkState.SKIPPED && !isLocalSafe(link.url) && isLinkLike(link)) {
      const problem = externalFormProblem(link.url);
      if (problem) problems.push({ page: display(link.parent), link: link.url, problem, text: link.displayText });
    }
  }

  const checked = result.links.filter((l) => l.state !== LinkState.SKIPPED).length;
  const external = result.links.length - checked;
  if (!problems.length) {
    console.log(`✔ Links: ${checked} internal links and fragments resolve across ${pages.length} pages; ${external} external links are well formed.`);
    return 0;
  }
  const byPage = Map.groupBy(problems, (p) => p.page || '(start)');
  console.error(`✖ ${problems.length} broken link${problems.length === 1 ? '' : 's'} in ${relative(process.cwd(), dist) || '.'}/`);
  for (const [page, list] of [...byPage].sort(([a], [b]) => a.localeCompare(b))) {
    console.error(`  ${page}`);
    for (const p of list) console.error(`    → ${p.link}  ${p.problem}${p.text ? `  "${p.text}"` : ''}`);
  }
  return 1;
}

/**
 * linkinator also reports any <meta content> that parses as a URL, so a page
 * description "Background: new legislative …" arrives as a "background:" link.
 * Judge the form of what readers follow: anchors (they carry display text) and
 * http(s) addresses anywhere.
 */
function isLinkLike(link: LinkResult): boolean {
  return link.displayText !== undefined || /^https?:/i.test(link.url);
}

function isLocalSafe(href: string): boolean {
  try {
    return isLocal(href);
  } catch {
    return false;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
