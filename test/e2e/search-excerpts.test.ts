/**
 * What a search record holds: clause text only. The clause pages show chrome
 * and helper text around the clause (breadcrumbs, "Link to this clause",
 * "Referenced by", "Last changed", "Edit this clause"); none of it may reach
 * Pagefind's indexed text or the excerpts a reader sees. Queries include the
 * chrome's own words, so a leak would be found.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pagefindResults, searchThroughForm, withPage as withSitePage, type RankedRecord } from '../helpers/search-page.ts';
import { useBuiltSite } from '../helpers/site-under-test.ts';

const site = useBuiltSite();
const withPage = (use: (page: Page) => Promise<void>) => withSitePage(site, use);

const queries = [
  'link',
  'clause',
  'referenced',
  'changed',
  'edit',
  'history',
  'sits',
  'part',
  'skip',
  'quorate',
  'annual report',
  'partnership',
];
const chrome = [
  'Link to this clause',
  'Link to clause',
  'Referenced by',
  'Last changed',
  'history of this file',
  'Edit this clause',
  'Where this clause sits',
  'Skip to main content',
];

/** The breadcrumb trail a clause page shows, as one line of text ("West Sussex … Constitution 6. Governance …"). */
async function breadcrumbTrail(page: Page, url: string): Promise<{ trail: string; pageText: string }> {
  await page.goto(site.url(url));
  return page.evaluate(() => ({
    trail: [...document.querySelectorAll('nav[aria-label="Breadcrumb"] li')].map((li) => li.textContent!.trim()).join(' '),
    pageText: document.body.innerText,
  }));
}

describe('search records and excerpts', () => {
  it('hold no chrome or helper text, though the pages show it', () =>
    withPage(async (page) => {
      const records = new Map<string, RankedRecord>();
      const excerpts: Array<{ query: string; url: string; excerpt: string }> = [];
      for (const query of queries) {
        for (const r of await pagefindResults(page, site, query)) {
          records.set(r.url, r);
          excerpts.push({ query, url: r.url, excerpt: r.excerpt });
        }
      }
      expect(records.size).toBeGreaterThan(40);
      for (const { query, url, excerpt } of excerpts) {
        for (const text of chrome) expect(excerpt, `${query}: ${url}`).not.toContain(text);
      }
      const shown = new Set<string>();
      for (const [url, record] of records) {
        for (const text of chrome) expect(record.content, url).not.toContain(text);
        const { trail, pageText } = await breadcrumbTrail(page, url);
        expect(trail.split(' ').length, url).toBeGreaterThan(2);
        expect(record.content, url).not.toContain(trail);
        for (const text of chrome) if (pageText.includes(text)) shown.add(text);
      }
      // The strings are real: the pages show them (screen-reader text aside), just not to search.
      expect([...shown].sort()).toEqual(
        expect.arrayContaining(['Edit this clause', 'Last changed', 'Link to this clause', 'Referenced by', 'Where this clause sits']),
      );
    }));

  it('the search page shows those excerpts as text, with matched words marked', () =>
    withPage(async (page) => {
      const { results } = await searchThroughForm(page, site, 'quorate');
      expect(results.length).toBeGreaterThan(0);
      for (const r of results) for (const text of chrome) expect(r.excerpt, r.href).not.toContain(text);
      expect(
        await page.$$eval('.search-result__excerpt mark', (ms) => ms.map((m) => m.textContent!.toLowerCase().replace(/\W+$/, ''))),
      ).toContain('quorate');
    }));
});
