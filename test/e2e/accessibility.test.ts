/**
 * axe-core (WCAG 2.0, 2.1, 2.2 A and AA rules) finds no violations on any
 * page template, nor on any document page in full; and every built page
 * reflows at 320 CSS pixels.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { classifyBuiltPages } from '../helpers/page-kinds.ts';
import { useBuiltSite } from '../helpers/site-under-test.ts';

const site = useBuiltSite();
const pages = classifyBuiltPages();

async function violationsOn(path: string) {
  const page = await site.newPage();
  await page.goto(site.url(path));
  try {
    return await axeViolations(page);
  } finally {
    await page.context().close();
  }
}

/** Clause pages of each shape, found in the document pages' HTML (the first document that has one). */
async function clauseSamples(): Promise<Record<string, string>> {
  const samples: Record<string, string> = {};
  const page = await site.newPage();
  for (const { path } of pages.documents) {
    await page.goto(site.url(path));
    const found = await page.evaluate(() => {
      const hrefOf = (selector: string) => document.querySelector(selector)?.getAttribute('href') ?? undefined;
      const permalinks = [...document.querySelectorAll('.app-document-text :is(.clause-permalink a, a.clause-number)')].map(
        (a) => a.getAttribute('href') ?? undefined,
      );
      return {
        'first clause': permalinks[0],
        'last clause': permalinks.at(-1),
        'headed clause with sub-clauses': hrefOf('.clause--headed:has(> .clause-children) > .clause-permalink a'),
        'numbered clause': hrefOf('a.clause-number'),
        'numbered clause with sub-clauses': hrefOf('.clause--numbered:has(> .clause-content > .clause-children) > a.clause-number'),
        'clause with neither number nor heading': hrefOf('.clause--plain > .clause-permalink a'),
        'clause with a table': hrefOf(
          ':is(.clause--headed, .clause--plain):has(> .clause-body table) > .clause-permalink a, .clause--numbered:has(> .clause-content > .clause-body table) > a.clause-number',
        ),
        'clause with a list': hrefOf(
          ':is(.clause--headed, .clause--plain):has(> .clause-body ul) > .clause-permalink a, .clause--numbered:has(> .clause-content > .clause-body ul) > a.clause-number',
        ),
      };
    });
    for (const [shape, href] of Object.entries(found)) if (href && !samples[shape]) samples[shape] = href;
  }
  await page.context().close();
  return samples;
}

/**
 * Pages of templates this file does not name (a glossary, say): one page per
 * URL pattern, with the partnership folder as the wildcard.
 */
const named = new Set([
  '/',
  '/accessibility/',
  '/404.html',
  '/search/',
  '/register/',
  '/compare/',
  ...[pages.documents, pages.clauses, pages.partnerships, pages.moved, pages.versionLists, pages.versions].flat().map((p) => p.path),
]);

/** A redirect page as served but for its refresh, so axe reads the page itself rather than where it leads. */
async function violationsOnRedirect(path: string) {
  const page = await site.newPage();
  await page.route(site.url(path), async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
  });
  await page.goto(site.url(path));
  try {
    return await axeViolations(page);
  } finally {
    await page.context().close();
  }
}
const otherTemplates = [
  ...new Map(pages.all.filter((p) => !named.has(p.path)).map((p) => [p.path.replace(/^\/[^/]+\//, '/*/'), p.path])).values(),
];

describe('axe-core finds no WCAG A or AA violations', () => {
  it.each([
    ['the home page', '/'],
    ['a partnership page', pages.partnerships[0]?.path],
    ['the accessibility statement', '/accessibility/'],
    ['the page-not-found page', '/no-such-page/'],
    ['the search page', '/search/'],
    ['a partnership review register', '/west-sussex/register/'],
    ['the site-wide review register', '/register/'],
    ['the compare page', '/compare/'],
    ['a clause page with a due-soon currency banner', '/west-sussex/constitution/6-52-i/'],
    ['a clause page with an amendment, its words before and after', '/west-sussex/constitution/6-76/'],
    ['a document’s versions page, listing its amendments', '/west-sussex/constitution/versions/'],
    ['a replaced version of a document, in full', '/west-sussex/constitution/versions/2026-04-01/'],
    ['the current version of a document, in full', '/west-sussex/constitution/versions/2026-07-01/'],
  ])('on %s', async (_name, path) => {
    expect(path, 'the page exists').toBeTruthy();
    expect(await violationsOn(path!)).toEqual([]);
  });

  it('on the redirect page of a moved address', async () => {
    expect(pages.moved.length, 'a moved address is published').toBeGreaterThan(0);
    expect(await violationsOnRedirect(pages.moved[0]!.path)).toEqual([]);
  });

  it('on clause pages of every shape', async () => {
    const samples = await clauseSamples();
    expect(Object.keys(samples).length).toBeGreaterThan(0);
    for (const [shape, path] of Object.entries(samples)) expect(await violationsOn(path), `${shape}: ${path}`).toEqual([]);
  });

  it.each(otherTemplates)('on %s (a page of another template)', async (path) => {
    expect(await violationsOn(path)).toEqual([]);
  });

  it('finds document pages to check', () => {
    expect(pages.documents.length).toBeGreaterThan(0);
  });

  it('finds a versions page and a page for every version of each document', () => {
    expect(pages.versionLists.length).toBe(pages.documents.length);
    expect(pages.versions.length).toBeGreaterThan(pages.documents.length);
  });

  it.each(pages.documents.map((p) => p.path))('on the document page %s, in full', async (path) => {
    expect(await violationsOn(path)).toEqual([]);
  });
});

describe('every page reflows on a 320 CSS pixel wide screen (WCAG 1.4.10), with no sideways scrolling', () => {
  // One page at 320 × 640, reused for every built page: a navigation each, no new browser or context.
  let phone: Page;
  beforeAll(async () => {
    phone = await site.newPage({ viewport: { width: 320, height: 640 } });
  });
  afterAll(async () => {
    await phone.context().close();
  });

  it('finds every built page to check', () => {
    expect(pages.all.length).toBeGreaterThan(pages.documents.length + pages.clauses.length);
  });

  // A redirect page moves straight on to its clause, which is checked here as a page of its own.
  it.each(pages.all.filter((p) => !pages.moved.includes(p)).map((p) => p.path))('%s', async (path) => {
    await phone.goto(site.url(path));
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
