/**
 * Starts Chromium through playwright-core (never a browser that Playwright
 * downloads) with the project's flags. Which Chromium: see find-chromium.ts
 * (CHROMIUM_PATH, else a system Chromium or Chrome, else @sparticuz/chromium
 * from npm). Playwright gives each launch its own temporary profile, so runs
 * never share state.
 */
import { chromium, type Browser } from 'playwright-core';
import { findChromium } from './find-chromium.ts';

/**
 * The tests run on a closed network: nothing may reach out (updates, sync,
 * QUIC, first-run pages). --no-sandbox because CI runs as root, where
 * Chromium's sandbox refuses to start.
 */
const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export async function launchChromium(): Promise<Browser> {
  const found = await findChromium();
  const args = [...new Set([...found.args, ...flags])];
  return chromium.launch({ executablePath: found.executablePath, headless: true, args });
}
