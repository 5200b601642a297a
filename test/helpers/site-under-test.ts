/**
 * The built site for browser tests: starts dist/ on a local port and one
 * Chromium before a test file's tests, and stops both after them. Also
 * lists the built HTML files for tests that read pages without a browser.
 *
 *   const site = useBuiltSite();
 *   it('…', async () => { const page = await site.newPage(); await page.goto(site.url('/')); });
 *
 * SITE_DIST points the tests at another built site (default: <project>/dist).
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { projectRoot } from './copy-fixture.ts';
import { serveStatic, type StaticServer, type StaticServerOptions } from './static-server.ts';

export const distDir = process.env.SITE_DIST ?? join(projectRoot, 'dist');

export interface BuiltSite {
  url(path: string): string;
  /** A page in a fresh browser context (no shared history, cookies or focus). */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/** `serverOptions` are the static server's (headers on every response, such as a Content-Security-Policy). */
export function useBuiltSite(serverOptions: StaticServerOptions = {}): BuiltSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(distDir, serverOptions);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    url: (path) => new URL(path, server!.url).href,
    async newPage(options) {
      const context = await browser!.newContext({ viewport: { width: 1024, height: 800 }, ...options });
      return context.newPage();
    },
  };
}

/** A built page: its file and the URL path it is served at ("/west-sussex/"; "/404.html"). */
export interface BuiltPage {
  file: string;
  path: string;
}

/** Every HTML page in the built site, search index fragments excluded. */
export function builtPages(dir = distDir): BuiltPage[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.html') && !name.startsWith(`pagefind${sep}`))
    .sort()
    .map((name) => {
      const path = `/${relative(dir, join(dir, name)).split(sep).join('/')}`;
      return { file: join(dir, name), path: path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path };
    });
}
