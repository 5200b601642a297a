/**
 * Search report, run after `npm run build`: how big and how fast the clause
 * search is, and what it finds for ten realistic practitioner queries.
 *
 *   npm run search:report [-- dist-folder [query …]]
 *
 *   - indexing time: re-indexes the built site through Pagefind's Node API
 *     (src/integrations/pagefind.ts, as the build does) into a scratch folder;
 *   - index size and file count of dist/pagefind, with and without the UI
 *     bundles Pagefind writes but this site does not load;
 *   - for each query, in a fresh browser (cold: nothing cached), the bytes
 *     fetched from /pagefind/ and the top three results as the search page
 *     shows them (its options, its ordering).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { folderStats, writeSearchIndex } from '../src/integrations/pagefind.ts';
import { launchChromium } from '../test/helpers/browser.ts';
import { serveStatic } from '../test/helpers/static-server.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const queries =
  process.argv.length > 3
    ? process.argv.slice(3)
    : [
        'who must be present for a quorate meeting',
        'annual report',
        'terms of reference',
        'independent scrutiny',
        'child death',
        'financial contributions',
        'escalation',
        '6.53',
        'information sharing',
        'safeguarding adults board',
      ];

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const short = (text: string, max = 44) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
/** Pagefind's ready-made search UIs; the site uses its own (public/search.js) and never loads these. */
const unusedUi = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

// Indexing, timed on a scratch copy of the index so dist/ stays as the build left it.
const scratch = mkdtempSync(join(tmpdir(), 'pagefind-report-'));
const indexed = await writeSearchIndex(dist, scratch).finally(() => rmSync(scratch, { recursive: true, force: true }));

const whole = folderStats(join(dist, 'pagefind'));
const used = folderStats(join(dist, 'pagefind'), (name) => !unusedUi.test(name));

const server = await serveStatic(dist);
const browser = await launchChromium();
const rows: string[][] = [];
try {
  for (const query of queries) {
    const context = await browser.newContext();
    // Context-level events also see the requests of Pagefind's web worker.
    let transferred = 0;
    const pending: Promise<void>[] = [];
    context.on('requestfinished', (r) => {
      if (r.url().includes('/pagefind/'))
        pending.push(
          r.sizes().then((s) => {
            transferred += s.responseHeadersSize + s.responseBodySize;
          }),
        );
    });
    const page = await context.newPage();
    await page.goto(new URL(`/search/?q=${encodeURIComponent(query)}`, server.url).href);
    await page.waitForSelector('#results-heading');
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const shown = await page.evaluate(() => ({
      heading: document.getElementById('results-heading')?.textContent ?? '',
      top: [...document.querySelectorAll('.search-result h3 a')].slice(0, 3).map((a) => ({
        title: a.textContent ?? '',
        document: a.getAttribute('href')?.split('/').slice(1, 3).join('/') ?? '',
      })),
    }));
    const count = /^(\d+)/.exec(shown.heading)?.[1] ?? '0';
    const cell = (i: number) => (shown.top[i] ? `${short(shown.top[i].title)} (${shown.top[i].document})` : '—');
    rows.push([query, count, kib(transferred), cell(0), cell(1), cell(2)]);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(
  `Indexing: ${indexed.ms} ms for ${indexed.records} clause records (${indexed.pagesRead} pages read), through the Pagefind Node API`,
);
console.log(
  `Index:    ${whole.files} files, ${kib(whole.bytes)} in ${join(dist, 'pagefind')}; without Pagefind's unused UI bundles, ${used.files} files, ${kib(used.bytes)}`,
);
console.log(
  `Cold search: bytes fetched from /pagefind/ by a fresh browser for each query (uncompressed, as the local server sends them)\n`,
);
console.log(table(['query', 'matches', 'cold search', '1st', '2nd', '3rd'], rows));
