/**
 * Clause search under a strict Content-Security-Policy, as a host might send
 * it: scripts only from the site itself, plus the WebAssembly compilation
 * Pagefind needs. The search page must need no inline script, no eval and
 * no outside origin, so a search works and the browser reports no violation.
 */
import { describe, expect, it } from 'vitest';
import { searchThroughForm } from '../helpers/search-page.ts';
import { useBuiltSite } from '../helpers/site-under-test.ts';

const policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const site = useBuiltSite({ headers: { 'content-security-policy': policy } });

describe('search under a Content-Security-Policy', () => {
  it(`finds 6.53 for "quorate" with "${policy}", and the browser reports no violation`, async () => {
    const page = await site.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      // A failed load is reported below with its address; anything else logged as an error or warning counts.
      if ((message.type() === 'error' || message.type() === 'warning') && !message.text().startsWith('Failed to load resource'))
        problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.context().on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
    });
    page.context().on('requestfailed', (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('worker', (worker) => worker.on('console', (message) => problems.push(`worker console: ${message.text()}`)));
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
      );
    });

    const response = await page.goto(site.url('/search/'));
    expect(response?.headers()['content-security-policy']).toBe(policy);
    const { results } = await searchThroughForm(page, site, 'quorate');
    expect(results[0]?.href).toBe('/west-sussex/constitution/6-53/');

    // The web worker ran the search (no fallback to the main thread, which Pagefind would warn about).
    expect(page.workers().some((worker) => worker.url().endsWith('/pagefind/pagefind-worker.js'))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the policy is really enforced: an inline script on the page would be blocked and reported', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/search/'));
    const reported = page.evaluate(
      () =>
        new Promise<string>((resolve) =>
          document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true }),
        ),
    );
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
    });
    expect(await reported).toMatch(/^script-src/);
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
    await page.context().close();
  });
});
