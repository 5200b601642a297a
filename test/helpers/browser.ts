/**
 * Starts Debian's Chromium through playwright-core (never a browser that
 * Playwright downloads) with the project's flags. Playwright gives each
 * launch its own temporary profile, so runs never share state.
 * CHROMIUM_PATH overrides where the browser is.
 */
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const flags = [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: flags });
}
