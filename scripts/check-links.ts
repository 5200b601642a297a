/**
 * The link gate, run after `astro build`: every internal link and every
 * `#fragment` of every page in dist/, found by linkinator's own HTML parsing
 * and resolved against the built files (no server), and the form of every
 * external link (src/lib/links/). This file only prints.
 *
 *   node scripts/check-links.ts [dist-folder]
 *
 * Exit 0 when everything resolves; 1 with a list of (page, link, problem)
 * otherwise, or when there is no built site to check.
 *
 *   ✖ 2 broken links in dist/
 *     /west-sussex/constitution/6-57/
 *       → /west-sussex/constitution/6-99/  404 Not Found  "section 6.99"  (written in content/…/6-57.mdx:9)
 *       → /west-sussex/constitution/#6-99  fragment #6-99 not found on the page
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { loadContent } from '../src/lib/content/load-content.ts';
import { checkSite } from '../src/lib/links/check-site.ts';
import { linkSource } from '../src/lib/links/link-sources.ts';

export { externalFormProblem } from '../src/lib/links/external-form.ts';

async function main(): Promise<number> {
  const dist = resolve(process.argv[2] ?? 'dist');
  const shown = relative(process.cwd(), dist) || '.';
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`✖ No built site in ${shown}/ (no index.html): run astro build first.`);
    return 1;
  }
  const { pages, problems, internal, external } = await checkSite(dist);
  if (!problems.length) {
    console.log(
      `✔ Links: every internal link and #fragment on ${pages} pages resolves (${internal} addresses fetched); ${external} external links are well formed.`,
    );
    return 0;
  }
  // The built site sits in its project (dist/ or the build's staging folder), beside content/.
  const content = loadContent({ root: dirname(dist) });
  const byPage = Map.groupBy(problems, (p) => p.page || '(start)');
  console.error(`✖ ${problems.length} broken link${problems.length === 1 ? '' : 's'} in ${shown}/`);
  for (const [page, list] of [...byPage].sort(([a], [b]) => a.localeCompare(b))) {
    console.error(`  ${page}`);
    for (const p of list) {
      const source = linkSource(content, p);
      const where = source ? `  (written in ${source.file}:${source.line})` : '';
      console.error(`    → ${p.link}  ${p.problem}${p.text ? `  "${p.text}"` : ''}${where}`);
    }
  }
  return 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
