/**
 * Printing a document page gives the document: no header, footer, skip link,
 * breadcrumbs, contents or permalinks; every clause number still printed;
 * links in clause text followed by their address, absolute for links within
 * the site (acronyms by their expansion).
 */
import { describe, expect, it } from 'vitest';
import { readSiteSettings } from '../../src/lib/content/site-settings.ts';
import { projectRoot } from '../helpers/copy-fixture.ts';
import { classifyBuiltPages } from '../helpers/page-kinds.ts';
import { useBuiltSite } from '../helpers/site-under-test.ts';

const site = useBuiltSite();
const documents = classifyBuiltPages().documents.map((p) => p.path);
/** Where the site is published (content/site.yaml): internal links print as addresses there. */
const { baseUrl } = readSiteSettings(projectRoot);

async function firstDocumentPage() {
  const page = await site.newPage();
  await page.goto(site.url(documents[0]));
  return page;
}

describe('printing a document page', () => {
  it('hides the header, footer, navigation and permalinks', async () => {
    const page = await firstDocumentPage();
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('header, footer, nav, .govuk-skip-link, .govuk-phase-banner, .clause-permalink:not(.clause-number)')]
        .filter((el) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0)
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(shown).toEqual([]);
  });

  it('keeps every clause number, as printed', async () => {
    const page = await firstDocumentPage();
    await page.emulateMedia({ media: 'print' });
    const numbers = await page.$$eval('.app-document-text .clause-number', (els) =>
      els.map((el) => ({
        text: el.textContent!.trim(),
        visible: el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
      })),
    );
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.filter((n) => !n.visible)).toEqual([]);
    const printedText = await page.innerText('main');
    for (const { text } of numbers)
      expect(printedText).toContain(
        text
          .replace(/^Link to clause\s*/, '')
          .split(/\s+/)
          .pop(),
      );
  });

  it('shows the address after each link in clause text and the currency banner, internal ones as absolute URLs on the site, and the expansion after each acronym', async () => {
    const page = await site.newPage();
    await page.emulateMedia({ media: 'print' });
    let checked = 0;
    let internal = 0;
    for (const href of documents) {
      await page.goto(site.url(href));
      const links = await page.$$eval(':is(.clause-body, .app-currency-banner__list) a[href]:not([href^="#"], .acronym)', (as) =>
        as.map((a) => ({ href: a.getAttribute('href')!, after: getComputedStyle(a, '::after').content })),
      );
      for (const link of links) expect(link.after).toBe(`" (${link.href.startsWith('/') ? new URL(link.href, baseUrl).href : link.href})"`);
      internal += links.filter((link) => link.href.startsWith('/')).length;
      const acronyms = await page.$$eval('.clause-body a.acronym', (as) =>
        as.map((a) => ({
          after: getComputedStyle(a, '::after').content,
          expansion: a.querySelector('abbr')?.title,
          abbrAfter: getComputedStyle(a.querySelector('abbr')!, '::after').content,
        })),
      );
      for (const acronym of acronyms) expect(acronym).toMatchObject({ after: 'none', abbrAfter: `" (${acronym.expansion})"` });
      checked += links.length;
    }
    expect(checked, 'at least one document has a link in its clause text').toBeGreaterThan(0);
    expect(internal, 'some of them link within the site').toBeGreaterThan(0);
  });
});

describe('the printed address', () => {
  it("is the page's own absolute URL on every page but the 404 page", async () => {
    const page = await site.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const path of ['/', documents[0]!]) {
      await page.goto(site.url(path));
      expect(await page.innerText('main')).toContain(`Printed from ${new URL(path, baseUrl).href}`);
    }
    await page.context().close();
  });

  it('is left off the page-not-found page, which cannot know the address that was asked for', async () => {
    const page = await site.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(site.url('/no-such-page/'));
    expect(await page.innerText('main')).toContain('Page not found');
    expect(await page.innerText('main')).not.toContain('Printed from');
    await page.context().close();
  });
});
