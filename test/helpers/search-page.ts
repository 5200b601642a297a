/**
 * Driving clause search in a browser test, two ways:
 *   - `searchThroughForm`: as a reader does, through /search/'s own form and
 *     public/search.js (its options, its ordering, its messages);
 *   - `pagefindResults`: Pagefind's own ranking, straight from
 *     /pagefind/pagefind.js with the site's search options, with scores and
 *     each record's full indexed text, and no re-ordering by search.js.
 *
 *   const { results } = await searchThroughForm(page, site, 'quorate', { topic: 'Quoracy' });
 *   const ranked = await pagefindResults(page, site, '6.53');  // [{ url, score, excerpt, content, meta }]
 */
import type { Page } from 'playwright-core';
import type { BuiltSite } from './site-under-test.ts';

/** A page in a fresh browser context, closed after `use` whether it passes or fails. */
export async function withPage(site: BuiltSite, use: (page: Page) => Promise<void>): Promise<void> {
  const page = await site.newPage();
  try {
    await use(page);
  } finally {
    await page.context().close();
  }
}

export interface ShownResult {
  title: string;
  href: string;
  where: string;
  excerpt: string;
}

/** Runs a search through the page's own form (filters chosen by label) and returns the heading and results shown. */
export async function searchThroughForm(
  page: Page,
  site: BuiltSite,
  query: string,
  filters: Record<string, string> = {},
): Promise<{ heading: string; results: ShownResult[] }> {
  if (!page.url().includes('/search/')) await page.goto(site.url('/search/'));
  await page.fill('#search-input', query);
  for (const [name, label] of Object.entries(filters)) await page.selectOption(`#search-${name}`, { label });
  await page.evaluate(() => document.getElementById('results-heading')?.remove());
  await page.press('#search-input', 'Enter');
  await page.waitForSelector('#results-heading');
  return page.evaluate(() => ({
    heading: document.getElementById('results-heading')!.textContent!.trim(),
    results: [...document.querySelectorAll('.search-result')].map((li) => ({
      title: li.querySelector('h3 a')!.textContent!.trim(),
      href: li.querySelector('h3 a')!.getAttribute('href')!,
      where: li.querySelector('.search-result__where')!.textContent!.trim(),
      excerpt: li.querySelector('.search-result__excerpt')!.textContent!.trim(),
    })),
  }));
}

export interface RankedRecord {
  url: string;
  score: number;
  /** Pagefind's excerpt with its <mark> tags and entities decoded to plain text. */
  excerpt: string;
  /** Everything Pagefind indexed for the record. */
  content: string;
  meta: Record<string, string>;
}

/**
 * In-page code for pagefindResults, as a string: vitest rewrites `import()` in
 * test modules, so a function passed to page.evaluate could not import Pagefind.
 */
const rankInPage = `async ({ query, filters, limit }) => {
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.options(await fetch('/pagefind/search-options.json').then((r) => r.json()));
  const found = await pagefind.search(query, { filters });
  const text = (html) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  return Promise.all(found.results.slice(0, limit).map(async (r) => {
    const data = await r.data();
    return { url: data.url, score: r.score, excerpt: text(data.excerpt), content: data.content, meta: data.meta };
  }));
}`;

/** Pagefind's own results for a query (null: filters only; filters by value), best first, up to `limit`. */
export async function pagefindResults(
  page: Page,
  site: BuiltSite,
  query: string | null,
  filters: Record<string, string> = {},
  limit = 20,
): Promise<RankedRecord[]> {
  if (!page.url().includes('/search/')) await page.goto(site.url('/search/'));
  return page.evaluate(`(${rankInPage})(${JSON.stringify({ query, filters, limit })})`) as Promise<RankedRecord[]>;
}
