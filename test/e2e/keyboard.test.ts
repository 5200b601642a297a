/**
 * A keyboard user, with JavaScript turned off, can go from the home page to
 * a partnership, a document and a clause using only Tab and Enter, sees
 * where focus is, and can skip the header with the skip link.
 */
import { describe, expect, it } from 'vitest';
import { focused, pressEnterAndWait, tabTo } from '../helpers/keyboard.ts';
import { useBuiltSite } from '../helpers/site-under-test.ts';

const site = useBuiltSite();
/** GOV.UK's focus colour: a focused link turns yellow (WCAG 2.4.7 focus visible). */
const focusYellow = 'rgb(255, 221, 0)';

describe('keyboard navigation', () => {
  it('goes from home to partnership to document to clause with Tab and Enter only, JavaScript off', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(site.url('/'));

    const partnershipHref = await page.getAttribute('.app-partnership-list a', 'href');
    expect(partnershipHref).toBeTruthy();
    await tabTo(page, `main a[href="${partnershipHref}"]`);
    expect(await focused(page)).toMatchObject({ tag: 'a', href: partnershipHref, background: focusYellow });
    await pressEnterAndWait(page, site.url(partnershipHref!));

    const documentHref = await page.getAttribute('.app-document-summary h3 a', 'href');
    expect(documentHref).toMatch(new RegExp(`^${partnershipHref}[^/]+/$`));
    await tabTo(page, `main a[href="${documentHref}"]`);
    expect(await focused(page)).toMatchObject({ href: documentHref, background: focusYellow });
    await pressEnterAndWait(page, site.url(documentHref!));

    const clauseLink = '.app-document-text :is(.clause-permalink a, a.clause-number)';
    const clauseHref = await page.getAttribute(clauseLink, 'href');
    expect(clauseHref).toMatch(new RegExp(`^${documentHref}[^/]+/$`));
    await tabTo(page, clauseLink);
    expect(await focused(page)).toMatchObject({ href: clauseHref, background: focusYellow });
    await pressEnterAndWait(page, site.url(clauseHref!));

    expect(await page.textContent('h1')).toBeTruthy();
    expect(await page.title()).toContain((await page.textContent('h1'))!.trim());
  });

  it('moves focus to the main content when the skip link is used', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(site.url('/'));
    const partnershipHref = await page.getAttribute('.app-partnership-list a', 'href');
    await page.goto(site.url(partnershipHref!));

    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Skip to main content' });
    const box = await page.locator('.govuk-skip-link').boundingBox();
    expect(box?.height, 'the skip link is visible when focused').toBeGreaterThan(10);

    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'main', id: 'main-content' });

    // The next Tab lands inside main, not back in the header or breadcrumbs.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
  });
});
