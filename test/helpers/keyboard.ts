/**
 * Keyboard-only navigation for browser tests: press Tab until the focused
 * element matches a selector, the way a keyboard user moves through a page.
 * Fails, naming the selector, if it is never reached.
 */
import type { Page } from 'playwright-core';

export async function tabTo(page: Page, selector: string, maxPresses = 1000): Promise<number> {
  for (let presses = 1; presses <= maxPresses; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  throw new Error(`Tab never reached ${selector} in ${maxPresses} presses on ${page.url()}`);
}

/** Press Enter on the focused element and wait for the page it leads to. */
export async function pressEnterAndWait(page: Page, url: string): Promise<void> {
  await Promise.all([page.waitForURL(url), page.keyboard.press('Enter')]);
}

/** The focused element's description, for assertions: tag, id, href, text. */
export function focused(page: Page): Promise<{ tag: string; id: string; href: string | null; text: string; background: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      href: el.getAttribute('href'),
      text: el.innerText.trim(),
      background: getComputedStyle(el).backgroundColor,
    };
  });
}
