/**
 * Every page declares a strict Content-Security-Policy in a <meta> tag, so it
 * holds on hosts that cannot send headers (src/lib/publishing/content-security-policy.ts).
 * One page of every template is opened in Chromium with no policy header, and
 * the browser must report no violation: nothing inline, nothing from outside.
 * Search, the one page that runs script, is searched under its own policy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFile, pagePolicy } from '../../src/lib/publishing/content-security-policy.ts';
import { classifyBuiltPages } from '../helpers/page-kinds.ts';
import { searchThroughForm } from '../helpers/search-page.ts';
import { distDir, useBuiltSite } from '../helpers/site-under-test.ts';

const site = useBuiltSite();
const pages = classifyBuiltPages();
const sample = [
  '/',
  pages.partnerships[0]!.path,
  pages.documents[0]!.path,
  pages.clauses[0]!.path,
  pages.moved[0]!.path,
  pages.versionLists[0]!.path,
  pages.versions[0]!.path,
  '/west-sussex/glossary/',
  '/west-sussex/register/',
  '/register/',
  '/compare/',
  '/changes/',
  '/accessibility/',
  '/404.html',
];

async function openWatched(path: string) {
  const page = await site.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
    );
  });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // A redirect page is read as served but for its refresh, so the page itself is watched, not where it leads.
  if (pages.moved.some((p) => p.path === path))
    await page.route(site.url(path), async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
    });
  await page.goto(site.url(path));
  return { page, errors, violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations) };
}

describe('the Content-Security-Policy', () => {
  it('is declared in every built page, the search page alone allowing WebAssembly', () => {
    for (const { file, path } of pages.all) {
      const html = readFileSync(file, 'utf8');
      const expected = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(path)}">`;
      expect(html.replaceAll('&#39;', "'"), path).toContain(expected);
    }
    expect(pagePolicy('/search/')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(pagePolicy('/west-sussex/')).toContain("script-src 'self';");
    expect(pagePolicy('/west-sussex/')).not.toMatch(/unsafe-inline/);
  });

  it('is written to _headers too, for hosts that read one, with frame-ancestors', () => {
    expect(readFileSync(join(distDir, '_headers'), 'utf8')).toBe(headersFile());
    expect(headersFile()).toContain("/*\n  Content-Security-Policy: default-src 'self'; script-src 'self';");
    expect(headersFile()).toContain("frame-ancestors 'none'");
  });

  for (const path of sample) {
    it(`holds on ${path} with no violation reported`, async () => {
      const { page, errors, violations } = await openWatched(path);
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('lets a search run on /search/ under the page’s own policy, with no violation', async () => {
    const { page, errors, violations } = await openWatched('/search/');
    const { results } = await searchThroughForm(page, site, 'quorate');
    expect(results[0]?.href).toBe('/west-sussex/constitution/6-53/');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
