/**
 * What a clause page costs in CSS: every stylesheet it links (read from dist/,
 * the files the browser would fetch) plus any <style> inlined in it, in bytes
 * as built (uncompressed), held to a budget, and logged with the gzipped size.
 *
 * The budget is the site's one stylesheet (src/styles/site.scss) with a little
 * headroom. It is GOV.UK Frontend's core, objects and components, each imported
 * whole, so it is about the size of the components the pages use; trimming
 * unused variants would mean copying govuk-frontend's rules rather than
 * importing them (src/styles/site.scss says which parts are imported).
 * Lower the budget when the stylesheet shrinks; never raise it to let a page grow.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { classifyBuiltPages } from '../helpers/page-kinds.ts';
import { distDir } from '../helpers/site-under-test.ts';

/** Bytes of CSS, uncompressed, that one clause page may load. */
const clausePageCssBudget = 65_000;

const pages = classifyBuiltPages();

/** The CSS a page loads: its linked stylesheets' files and its inline <style> blocks. */
function cssOf(file: string): { sheets: string[]; css: string } {
  const html = readFileSync(file, 'utf8');
  const sheets = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
    .map(([tag]) => /\bhref="([^"]+)"/.exec(tag)?.[1])
    .filter((href): href is string => href !== undefined);
  const linked = sheets.map((href) => {
    expect(href, `${file} links a stylesheet outside the site`).toMatch(/^\/(?!\/)/);
    return readFileSync(join(distDir, new URL(href, 'http://site.invalid').pathname), 'utf8');
  });
  const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, css]) => css);
  return { sheets, css: [...linked, ...inline].join('\n') };
}

describe('page weight', () => {
  it(`every clause page loads at most ${clausePageCssBudget.toLocaleString('en-GB')} bytes of CSS, uncompressed`, () => {
    expect(pages.clauses.length).toBeGreaterThan(0);
    const over: string[] = [];
    let largest = { path: '', bytes: 0, gzip: 0, sheets: [] as string[] };
    for (const page of pages.clauses) {
      const { sheets, css } = cssOf(page.file);
      expect(sheets.length, `${page.path} links no stylesheet`).toBeGreaterThan(0);
      const bytes = Buffer.byteLength(css);
      if (bytes > clausePageCssBudget) over.push(`${page.path}: ${bytes} bytes`);
      if (bytes > largest.bytes) largest = { path: page.path, bytes, gzip: gzipSync(css).length, sheets };
    }
    console.log(
      `page weight: the largest clause page CSS is ${largest.path}, ${largest.bytes} bytes (${largest.gzip} gzipped) in ${largest.sheets.join(', ')}; budget ${clausePageCssBudget}`,
    );
    expect(over.length === 0 ? [] : [`${over.length} clause pages over the budget, such as`, ...over.slice(0, 3)]).toEqual([]);
  });

  it('every versions page and version page loads no more CSS than a clause page may', () => {
    const pagesOfVersions = [...pages.versionLists, ...pages.versions];
    expect(pagesOfVersions.length).toBeGreaterThan(0);
    for (const page of pagesOfVersions) expect(Buffer.byteLength(cssOf(page.file).css), page.path).toBeLessThanOrEqual(clausePageCssBudget);
  });
});
