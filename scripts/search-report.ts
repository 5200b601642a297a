/**
 * Search report, run after `astro build`: serves dist/ on a local port, opens
 * /search/?q=… in Chromium for each practitioner query, so the queries run
 * through the built index and the search page's own options and ordering and prints the top results of
 * each, with the size of the index and the bytes a cold first search moved.
 *
 *   node scripts/search-report.ts [dist-folder] [query …]
 *
 *   quorate
 *     1. 6.53 Quoracy — Constitution – West Sussex …  /west-sussex/constitution/6-53/
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../test/helpers/browser.ts';
import { serveStatic } from '../test/helpers/static-server.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const queries = process.argv.length > 3 ? process.argv.slice(3) : [
  'quorate',
  '6.53',
  'annual report',
  'terms of reference',
  'escalation',
  'independent scrutiny',
  'information sharing',
  'child safeguarding practice review',
  'dispute resolution',
  'relevant agencies',
  'funding contributions',
  'lay members',
];

let files = 0;
let bytes = 0;
for (const name of readdirSync(join(dist, 'pagefind'), { recursive: true }) as string[]) {
  const stat = statSync(join(dist, 'pagefind', name));
  if (stat.isFile()) { files += 1; bytes += stat.size; }
}
console.log(`index: ${files} files, ${(bytes / 1024).toFixed(0)} KiB in ${join(dist, 'pagefind')}`);

const server = await serveStatic(dist);
const browser = await launchChromium();
try {
  const context = await browser.newContext();
  // Context-level events also see the requests of Pagefind's web worker.
  let transferred = 0;
  context.on('requestfinished', async (r) => {
    if (!r.url().includes('/pagefind/')) return;
    const sizes = await r.sizes();
    transferred += sizes.responseHeadersSize + sizes.responseBodySize;
  });
  const page = await context.newPage();
  for (const [i, query] of queries.entries()) {
    // Through the search page itself, as a reader would: its options, its ordering.
    await page.goto(new URL(`/search/?q=${encodeURIComponent(query)}`, server.url).href);
    await page.waitForSelector('#results-heading');
    if (i === 0) await page.waitForLoadState('networkidle');
    const top = await page.evaluate(() => ({
      heading: document.getElementById('results-heading')?.textContent ?? '',
      top: [...document.querySelectorAll('.search-result')].slice(0, 3).map((li) => ({
        title: li.querySelector('a')?.textContent ?? '',
        url: li.querySelector('a')?.getAttribute('href') ?? '',
        where: li.querySelector('.search-result__where')?.textContent ?? '',
      })),
    }));
    if (i === 0) console.log(`cold first search ("${query}"): ${(transferred / 1024).toFixed(1)} KiB transferred from /pagefind/`);
    console.log(`\n${query}  (${top.heading})`);
    top.top.forEach((r, n) => console.log(`  ${n + 1}. ${r.title} — ${r.where}  ${r.url}`));
  }
} finally {
  await browser.close();
  await server.close();
}
