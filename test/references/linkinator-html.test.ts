/**
 * The link gate reads pages with linkinator's own parser (src/lib/links/linkinator-html.ts), loaded
 * by its file path because linkinator's package does not export it: this says plainly if an
 * upgrade moved or renamed it, and that the version is pinned.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { extractFragmentIds, getLinks, isValidFragment, linkinatorEntry } from '../../src/lib/links/linkinator-html.ts';

describe('linkinator’s HTML reading', () => {
  it('comes from the linkinator version package.json pins exactly', () => {
    const pinned = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).devDependencies.linkinator;
    const installed = JSON.parse(readFileSync(join(linkinatorEntry, '../../../package.json'), 'utf8')).version;
    expect([pinned, installed]).toEqual(['8.1.0', '8.1.0']);
    expect([getLinks, extractFragmentIds, isValidFragment].map((f) => typeof f)).toEqual(['function', 'function', 'function']);
  });

  it('finds links as linkinator’s crawler does: resolved against the page, with their text and fragment, and any <meta content> that parses as a URL', async () => {
    const html =
      '<html><head><meta content="Background: not a link"><meta property="og:url" content="https://example.org/a"></head>' +
      '<body><a href="../guide/#quoracy">the  <b>quorum</b></a><img src="/a.png" srcset="/b.png 1x, /c.png 2x"></body></html>';
    const links = await getLinks(Readable.from([Buffer.from(html)]), 'http://site.invalid/docs/index.html');
    expect(links.map((l) => [l.url?.href, l.fragment, l.displayText])).toEqual([
      ['background: not a link', undefined, undefined],
      ['https://example.org/a', undefined, undefined],
      ['http://site.invalid/guide/', 'quoracy', 'the quorum'],
      ['http://site.invalid/a.png', undefined, undefined],
      ['http://site.invalid/b.png', undefined, undefined],
      ['http://site.invalid/c.png', undefined, undefined],
    ]);
  });

  it('offers as fragments ids and named anchors, and always #top', async () => {
    const ids = await extractFragmentIds(Readable.from([Buffer.from('<main id="main-content"><a name="old"></a></main>')]));
    expect([...ids].sort()).toEqual(['main-content', 'old']);
    expect(['main-content', 'old', 'top', 'TOP', 'gone'].map((f) => isValidFragment(f, ids))).toEqual([true, true, true, true, false]);
  });
});
