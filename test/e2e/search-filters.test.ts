/**
 * Clause search filters in real Chromium against the built site: partnership,
 * document and clause topic (front matter `topics`), each through the search
 * page's own form, and a topic chosen with no words listing its clauses.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { topicLabel } from '../../src/lib/search/topic-label.ts';
import { contentNodes } from '../helpers/content-trees.ts';
import { searchThroughForm, withPage as withSitePage } from '../helpers/search-page.ts';
import { useBuiltSite } from '../helpers/site-under-test.ts';

const site = useBuiltSite();
const withPage = (use: (page: Page) => Promise<void>) => withSitePage(site, use);

/** The permalink of every clause the content gives this topic. */
function clausesWithTopic(topic: string): string[] {
  return [...contentNodes().values()]
    .filter((node) => node.clause.data.topics.includes(topic))
    .map(({ clause }) => `/${clause.partnership}/${clause.document}/${clause.data.id}/`)
    .sort();
}

describe('search filters', () => {
  it('"annual report" finds clauses in at least three documents', () =>
    withPage(async (page) => {
      const { results } = await searchThroughForm(page, site, 'annual report');
      const documents = new Set(results.map((r) => r.href.split('/').slice(1, 3).join('/')));
      expect(documents.size, [...documents].join(', ')).toBeGreaterThanOrEqual(3);
    }));

  it('filtering to Suffolk leaves only Suffolk results, and the filter is kept in the address', () =>
    withPage(async (page) => {
      const all = await searchThroughForm(page, site, 'annual report');
      expect(all.results.some((r) => !r.href.startsWith('/suffolk/'))).toBe(true);
      const partnership = await page.$eval('#search-partnership option[value*="Suffolk"]', (o) => o.textContent!);
      const { results } = await searchThroughForm(page, site, 'annual report', { partnership });
      expect(results.length).toBeGreaterThan(0);
      for (const r of results) {
        expect(r.href).toMatch(/^\/suffolk\//);
        expect(r.where).toContain('Suffolk');
      }
      expect(new URL(page.url()).searchParams.get('partnership')).toBe(partnership);
    }));

  it('filtering to one document leaves only that document', () =>
    withPage(async (page) => {
      await page.goto(site.url('/search/'));
      const document = await page.$eval('#search-document option[value*="Constitution"]', (o) => o.textContent!);
      const { results } = await searchThroughForm(page, site, 'annual report', { document });
      expect(results.length).toBeGreaterThan(0);
      for (const r of results) expect(r.href).toMatch(/^\/west-sussex\/constitution\//);
    }));
});

describe('the topic filter', () => {
  it('offers every topic the clauses carry, by name', () =>
    withPage(async (page) => {
      const topics = [...new Set([...contentNodes().values()].flatMap((node) => node.clause.data.topics))].sort();
      expect(topics.length).toBeGreaterThanOrEqual(5);
      await page.goto(site.url('/search/'));
      const options = await page.$$eval('#search-topic option', (os) =>
        os.map((o) => ({ value: o.getAttribute('value'), label: o.textContent!.trim() })),
      );
      expect(options).toEqual([{ value: '', label: 'All topics' }, ...topics.map((t) => ({ value: t, label: topicLabel(t) }))]);
    }));

  it('filtering "report" to the annual-report topic leaves only clauses on that topic', () =>
    withPage(async (page) => {
      const tagged = clausesWithTopic('annual-report');
      const all = await searchThroughForm(page, site, 'report');
      expect(
        all.results.some((r) => !tagged.includes(r.href)),
        'unfiltered, other clauses match too',
      ).toBe(true);
      const { results } = await searchThroughForm(page, site, 'report', { topic: 'Annual report' });
      expect(results.length).toBeGreaterThan(2);
      for (const r of results) expect(tagged, r.href).toContain(r.href);
      expect(new URL(page.url()).searchParams.get('topic')).toBe('annual-report');
    }));

  it('choosing a topic with no words lists every clause on it', () =>
    withPage(async (page) => {
      const tagged = clausesWithTopic('quoracy');
      const { heading, results } = await searchThroughForm(page, site, '', { topic: 'Quoracy' });
      expect(heading).toBe(`${tagged.length} clauses match the chosen filters`);
      expect(results.map((r) => r.href).sort()).toEqual(tagged);
    }));

  it('a topic chosen in the address (?topic=) is selected and searched on arrival', () =>
    withPage(async (page) => {
      await page.goto(site.url('/search/?q=meeting&topic=quoracy'));
      await page.waitForSelector('.search-result');
      expect(await page.inputValue('#search-topic')).toBe('quoracy');
      const hrefs = await page.$$eval('.search-result h3 a', (as) => as.map((a) => a.getAttribute('href')!));
      for (const href of hrefs) expect(clausesWithTopic('quoracy')).toContain(href);
    }));
});
