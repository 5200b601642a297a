/**
 * Printing a document page gives the document: no header, footer, skip link,
 * breadcrumbs, contents or permalinks; every clause number still printed;
 * links in clause text followed by their address (acronyms by their expansion).
 */
import { describe, expect, it } from 'vitest';
import { classifyBuiltPages } from '../helpers/page-kinds.ts';
import { useBuiltSite } from '../helpers/site-under-test.ts';

const site = useBuiltSite();
const documents = classifyBuiltPages().documents.map((p) => p.path);

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
      els.map((el) => ({ text: el.textContent!.trim(), visible: el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' })));
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.filter((n) => !n.visible)).toEqual([]);
    const printedText = await page.innerText('main');
    for (const { text } of numbers) expect(printedText).toContain(text.replace(/^Link to clause\s*/, '').split(/\s+/).pop());
  });

  it('shows the address after each link in clause text, and the expansion after each acronym', async () => {
    const page = await site.newPage();
    await page.emulateMedia({ media: 'print' });
    let checked = 0;
    for (const href of documents) {
      await page.goto(site.url(href));
      const links = await page.$$eval('.clause-body a[href]:not([href^="#"], .acronym)', (as) =>
        as.map((a) => ({ href: a.getAttribute('href')!, after: getComputedStyle(a, '::after').content })));
      for (const link of links) expect(link.after).toBe(`" (${link.href})"`);
      const acronyms = await page.$$eval('.clause-body a.acronym', (as) =>
        as.map((a) => ({ after: getComputedStyle(a, '::after').content, expansion: a.querySelector('abbr')?.title, abbrAfter: getComputedStyle(a.querySelector('abbr')!, '::after').content })));
      for (const acronym of acronyms) expect(acronym).toMatchObject({ after: 'none', abbrAfter: `" (${acronym.expansion})"` });
      checked += links.length;
    }
    expect(checked, 'at least one document has a link in its clause text').toBeGreaterThan(0);
  });
});
