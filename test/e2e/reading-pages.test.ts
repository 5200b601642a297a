/**
 * Every built page carries what a reader's browser, a search engine and a
 * link preview need, and the reading pages work without JavaScript because
 * they have none.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { elementsWhere, parsePage } from '../helpers/hast.ts';
import { classifyBuiltPages } from '../helpers/page-kinds.ts';

const pages = classifyBuiltPages();
const html = (file: string) => readFileSync(file, 'utf8');
const attr = (source: string, pattern: RegExp) => pattern.exec(source)?.[1];
/** The page's meta description, entities decoded. */
const description = (file: string) =>
  String(elementsWhere(parsePage(file), (e) => e.tagName === 'meta' && e.properties.name === 'description')[0]?.properties.content);
/** Search is the one page allowed a script (its Pagefind client). */
const readingPages = pages.all.filter((p) => p.path !== '/search/');

describe('every page', () => {
  it('is in British English', () => {
    const wrong = pages.all.filter((p) => !/<html[^>]* lang="en-GB"/.test(html(p.file)));
    expect(wrong.map((p) => p.path)).toEqual([]);
  });

  it('has a title no other page has', () => {
    const titles = new Map<string, string[]>();
    for (const p of pages.all) {
      const title = attr(html(p.file), /<title>([^<]+)<\/title>/);
      expect(title, p.path).toBeTruthy();
      titles.set(title!, [...(titles.get(title!) ?? []), p.path]);
    }
    expect([...titles].filter(([, paths]) => paths.length > 1)).toEqual([]);
  });

  it('has a description, a canonical URL (except the 404 page and the noindex pages: versions in full, redirects of moved addresses) and Open Graph tags', () => {
    for (const p of pages.all) {
      const source = html(p.file);
      expect(attr(source, /<meta name="description" content="([^"]+)"/), p.path).toBeTruthy();
      for (const property of ['og:title', 'og:description', 'og:type', 'og:locale']) {
        expect(source, `${property} on ${p.path}`).toMatch(new RegExp(`<meta property="${property}" content="[^"]+"`));
      }
      if (p.path === '/404.html') continue;
      if (pages.versions.includes(p) || pages.moved.includes(p)) {
        expect(source, p.path).toContain('<meta name="robots" content="noindex">');
        continue;
      }
      const canonical = attr(source, /<link rel="canonical" href="([^"]+)"/);
      expect(canonical && new URL(canonical).pathname, p.path).toBe(p.path);
      expect(attr(source, /<meta property="og:url" content="([^"]+)"/)).toBe(canonical);
    }
  });

  it('has a description no other page has, at most 160 characters long on clause, document and partnership pages', () => {
    const byDescription = new Map<string, string[]>();
    const generated = new Set([...pages.clauses, ...pages.documents, ...pages.partnerships]);
    for (const p of pages.all) {
      const text = description(p.file);
      if (generated.has(p)) expect(text.length, `${p.path}: ${text}`).toBeLessThanOrEqual(160);
      byDescription.set(text, [...(byDescription.get(text) ?? []), p.path]);
    }
    expect([...byDescription].filter(([, paths]) => paths.length > 1)).toEqual([]);
  });

  it('links to the accessibility statement from its footer', () => {
    const missing = pages.all.filter((p) => !/<footer[\s\S]*href="\/accessibility\/"[\s\S]*<\/footer>/.test(html(p.file)));
    expect(missing.map((p) => p.path)).toEqual([]);
  });
});

describe('reading pages', () => {
  it('have no empty clause-body wrapper, not even for a heading-only clause such as 6.53 Quoracy', () => {
    const quoracy = pages.documents.find((p) => p.path === '/west-sussex/constitution/')!;
    expect(html(quoracy.file)).toMatch(
      /<div class="clause clause--headed" id="6-53">(?:(?!<div class="clause-body">)[\s\S])*?<div class="clause-children">/,
    );
    const empty = pages.all.filter((p) => /<div class="clause-body">\s*<\/div>/.test(html(p.file)));
    expect(empty.map((p) => p.path)).toEqual([]);
  });

  it('contain no script, except structured data (JSON-LD)', () => {
    const withScripts = readingPages
      .map((p) => ({
        path: p.path,
        scripts:
          html(p.file)
            .match(/<script\b[^>]*>/g)
            ?.filter((tag: string) => !tag.includes('application/ld+json')) ?? [],
      }))
      .filter((p) => p.scripts.length > 0);
    expect(withScripts).toEqual([]);
  });

  it('describe a clause by its own first sentence, and a heading-only clause by its name', () => {
    const of = (path: string) => description(pages.clauses.find((p) => p.path === path)!.file);
    expect(of('/west-sussex/constitution/6-53-i/')).toBe(
      'To be quorate, any ordinary Steering Group meeting must be attended by representatives of the three lead partners.',
    );
    expect(of('/west-sussex/constitution/6-53/')).toBe('6.53 Quoracy – Constitution, West Sussex Safeguarding Children Partnership.');
  });

  it('describe a document by its stated purpose or its opening sentence, in its own words', () => {
    const of = (path: string) => description(pages.documents.find((p) => p.path === path)!.file);
    expect(of('/suffolk/partnership-protocol/')).toMatch(
      /^Partnership protocol, LSCB: This Protocol outlines the relationship between the Children's Trust Joint Commissioning Group/,
    );
    expect(of('/wandsworth/arrangements-2021/')).toMatch(
      /^This paper sets out the local safeguarding arrangements as determined by the statutory safeguarding partners/,
    );
  });

  it('title clause pages "<clause> – <document> – <partnership>"', () => {
    expect(pages.clauses.length).toBeGreaterThan(0);
    for (const p of pages.clauses) {
      const source = html(p.file);
      const h1 = attr(source, /<h1[^>]*>([^<]+)<\/h1>/)!;
      const documentTitle = attr(source, /<span class="govuk-caption-l"[^>]*>([^<]+)<\/span>/)!;
      const partnership = attr(source, /class="govuk-generic-header__homepage-link"[^>]*>([^<]+)<\/a>/)!;
      const title = attr(source, /<title>([^<]+)<\/title>/)!;
      expect(title.startsWith(h1) && title.endsWith(` – ${documentTitle} – ${partnership}`), `${p.path}: ${title}`).toBe(true);
    }
  });
});
