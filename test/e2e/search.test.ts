/**
 * Clause search (Pagefind) in real Chromium against the built site: the
 * no-results message, no search bytes before the reader asks, the
 * JavaScript-off fallback, keyboard use, the header search box, axe with
 * results showing, and the bytes a cold first search transfers (measured and
 * logged). Ranking: search-ranking.test.ts; filters: search-filters.test.ts;
 * what records hold: search-excerpts.test.ts; CSP: search-csp.test.ts.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { focused, tabTo } from '../helpers/keyboard.ts';
import { searchThroughForm } from '../helpers/search-page.ts';
import { useBuiltSite } from '../helpers/site-under-test.ts';

const site = useBuiltSite();

const search = (page: Page, query: string, filters: Record<string, string> = {}) => searchThroughForm(page, site, query, filters);

describe('search results', () => {
  it('only clause pages are results: no document, partnership or other pages', async () => {
    const page = await site.newPage();
    const { results } = await search(page, 'partnership');
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.href).toMatch(/^\/[^/]+\/[^/]+\/[^/]+\/$/);
    await page.context().close();
  });

  it('a nonsense word gives a clear no-results message, announced to screen readers', async () => {
    const page = await site.newPage();
    const { heading, results } = await search(page, 'zxqvbnmwplk');
    expect(results).toEqual([]);
    expect(heading).toBe('No clauses match “zxqvbnmwplk”');
    expect(await page.textContent('main')).toContain('Check the spelling');
    expect(await page.textContent('[role="status"]')).toBe('No clauses match “zxqvbnmwplk”');
    await page.context().close();
  });

  it('runs the search in the address (?q=) on arrival, as the header box sends it', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/search/?q=quorate'));
    await page.waitForSelector('.search-result');
    expect(await page.inputValue('#search-input')).toBe('quorate');
    expect(await page.getAttribute('.search-result h3 a', 'href')).toBe('/west-sussex/constitution/6-53/');
    await page.context().close();
  });
});

describe('search loads nothing until asked, and reports its cost', () => {
  it('requests no /pagefind/ bytes on load; a cold first search transfers a measured amount', async () => {
    const page = await site.newPage();
    // Context-level events also see the requests of Pagefind's web worker (wasm, index, fragments).
    const requested: string[] = [];
    const finished: Array<{ path: string; bytes: number; gzip: number }> = [];
    page.context().on('request', (r) => requested.push(r.url()));
    page.context().on('requestfinished', async (r) => {
      if (!r.url().includes('/pagefind/')) return;
      const sizes = await r.sizes();
      const body = await r
        .response()
        .then((res) => res?.body())
        .catch(() => undefined);
      finished.push({
        path: new URL(r.url()).pathname,
        bytes: sizes.responseHeadersSize + sizes.responseBodySize,
        gzip: body ? gzipSync(body).length : 0,
      });
    });

    await page.goto(site.url('/search/'), { waitUntil: 'networkidle' });
    await page.mouse.move(10, 10);
    await page.keyboard.press('Tab'); // the skip link, not the search box
    // A request made after the Tab: had focus started Pagefind, its request would come before this one.
    await page.evaluate(() => fetch(location.href).then(() => undefined));
    expect(
      requested.filter((u) => u.includes('/pagefind/')),
      'pagefind requests before focus or submit',
    ).toEqual([]);

    await search(page, 'quorate');
    await page.waitForLoadState('networkidle');
    await expect.poll(() => finished.some((f) => f.path.endsWith('.pf_fragment'))).toBe(true);
    const paths = finished.map((f) => f.path);
    for (const kind of ['/pagefind/pagefind.js', '.pagefind', '.pf_meta', '.pf_index', '.pf_fragment'])
      expect(
        paths.some((p) => p.endsWith(kind)),
        kind,
      ).toBe(true);
    const transferred = finished.reduce((sum, f) => sum + f.bytes, 0);
    const gzipped = finished.reduce((sum, f) => sum + f.gzip, 0);
    // A cold first search stays small: a fraction of the whole index (about 1 MB on disk).
    expect(transferred).toBeLessThan(300 * 1024);
    console.log(
      `search: a cold first search ("quorate") transferred ${transferred} bytes (${(transferred / 1024).toFixed(1)} KiB, uncompressed as the test server sends it; about ${(gzipped / 1024).toFixed(1)} KiB gzipped) in ${finished.length} requests from /pagefind/`,
    );
    await page.context().close();
  });

  it('focusing the box (before typing) starts loading Pagefind', async () => {
    const page = await site.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(site.url('/search/'), { waitUntil: 'networkidle' });
    expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    const loading = page.waitForRequest((r) => r.url().includes('/pagefind/pagefind.js'), { timeout: 10_000 });
    await page.focus('#search-input');
    await loading;
    await page.context().close();
  });

  it('reading pages load no search script and no /pagefind/ bytes', async () => {
    const page = await site.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    for (const path of ['/', '/west-sussex/constitution/', '/west-sussex/constitution/6-53/']) {
      await page.goto(site.url(path), { waitUntil: 'networkidle' });
      expect(await page.$$eval('script[src]', (s) => s.length), path).toBe(0);
    }
    expect(requested.filter((u) => u.includes('/pagefind/') || u.endsWith('/search.js'))).toEqual([]);
    await page.context().close();
  });
});

describe('search without JavaScript', () => {
  it('explains that search needs JavaScript and links to the contents pages', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(site.url('/search/'));
    const main = await page.innerText('main');
    expect(main).toContain('Search needs JavaScript');
    const links = await page.$$eval('main .govuk-inset-text a', (as) =>
      as.map((a) => ({ text: a.textContent!.trim(), href: a.getAttribute('href')! })),
    );
    expect(links.map((l) => l.href)).toEqual(
      expect.arrayContaining(['/west-sussex/', '/suffolk/', '/wandsworth/', '/west-sussex/constitution/']),
    );
    for (const { href } of links) {
      const response = await page.request.get(site.url(href));
      expect(response.status(), href).toBe(200);
    }
    await page.context().close();
  });
});

describe('search by keyboard and screen reader', () => {
  it('from the header box on a reading page, to results, to a clause, with Tab and Enter only', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/west-sussex/constitution/'));
    await tabTo(page, '#header-search');
    await page.keyboard.type('quorate');
    await Promise.all([page.waitForURL(/\/search\/\?q=quorate$/), page.keyboard.press('Enter')]);
    await page.waitForSelector('.search-result');

    await tabTo(page, '.search-result h3 a');
    expect(await focused(page)).toMatchObject({ tag: 'a', href: '/west-sussex/constitution/6-53/', background: 'rgb(255, 221, 0)' });
    await Promise.all([page.waitForURL(site.url('/west-sussex/constitution/6-53/')), page.keyboard.press('Enter')]);
    await page.context().close();
  });

  it('the search page form is usable with the keyboard: type, choose a filter, submit with Enter', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/search/'));
    await tabTo(page, '#search-input');
    await page.keyboard.type('annual report');
    await tabTo(page, '#search-partnership');
    const partnership = await page.$eval('#search-partnership option[value*="Wandsworth"]', (o) => (o as HTMLOptionElement).value);
    await page.selectOption('#search-partnership', partnership); // as arrow keys would on a focused select
    await tabTo(page, '.search-form button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.search-result');
    const hrefs = await page.$$eval('.search-result h3 a', (as) => as.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) expect(href).toMatch(/^\/wandsworth\//);
    expect(await page.textContent('[role="status"]')).toMatch(/clauses? match “annual report”/);
    await page.context().close();
  });

  it('passes axe with results showing and with no results', async () => {
    const page = await site.newPage();
    await search(page, 'annual report');
    expect(await axeViolations(page)).toEqual([]);
    await search(page, 'zxqvbnmwplk');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the header search box is a labelled GET form to /search/ on reading pages, absent from /search/ itself', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(site.url('/west-sussex/constitution/6-53/'));
    expect(
      await page.$eval('header form[role="search"]', (f) => ({ action: f.getAttribute('action'), method: f.getAttribute('method') })),
    ).toEqual({ action: '/search/', method: 'get' });
    expect(await page.$eval('label[for="header-search"]', (l) => l.textContent!.trim())).toBe('Search clauses');
    await page.goto(site.url('/search/'));
    expect(await page.$$('#header-search')).toEqual([]);
    await page.context().close();
  });
});
