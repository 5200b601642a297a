/**
 * The link gate (scripts/check-links.ts) on two tiny built sites: it passes a
 * clean one, and fails a broken one listing page, link and problem. Then
 * linkinator's rules as the gate applies them to the files, with no server.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Server, Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { externalFormProblem } from '../../scripts/check-links.ts';
import { checkSite } from '../../src/lib/links/check-site.ts';
import { copyFixture, scratchDir } from '../helpers/copy-fixture.ts';
import { FIXTURE_ROOT } from './render-markdown.ts';

const script = join(FIXTURE_ROOT, '../../../scripts/check-links.ts');
const run = (site: string) => spawnSync(process.execPath, [script, join(FIXTURE_ROOT, site)], { encoding: 'utf8' });

describe('the link gate', () => {
  it('passes a site whose internal links and fragments all resolve', () => {
    const result = run('built-site-clean');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      '✔ Links: every internal link and #fragment on 2 pages resolves (2 addresses fetched); 2 external links are well formed.',
    );
  });

  it('fails a site with a missing page, a missing fragment and malformed external links, listing each under its page', () => {
    const result = run('built-site-with-broken-links');
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n').slice(1);
    expect(lines[0]).toBe('  /');
    expect(lines.slice(1).sort()).toEqual([
      '    → /guide/#6-99  fragment #6-99 not found on the page  "6.99 on the page"',
      '    → /guide/6-99/  404 Not Found  "section 6.99"',
      '    → javascript:alert(1)  javascript: addresses are not allowed  "script"',
      '    → mailto:nobody  not an email address  "bad email"',
    ]);
  });

  it('names the clause file and line where a broken link was written', () => {
    const f = copyFixture('basic');
    f.edit(
      'content/demo/handbook/clauses/1-1.mdx',
      'Three agencies make a quorum.',
      'Three agencies make a quorum.\n\nSee [the minutes](/nowhere/).',
    );
    const built = {
      'dist/index.html': page('<a href="/demo/handbook/1-1/">1.1</a>'),
      'dist/demo/handbook/1-1/index.html': page('<a href="/nowhere/">the minutes</a>'),
    };
    for (const [path, text] of Object.entries(built)) {
      mkdirSync(dirname(join(f.root, path)), { recursive: true });
      writeFileSync(join(f.root, path), text);
    }
    const result = spawnSync(process.execPath, [script, join(f.root, 'dist')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('    → /nowhere/  404 Not Found  "the minutes"  (written in content/demo/handbook/clauses/1-1.mdx:11)');
  });

  it('fails when there is no built site', () => {
    const result = run('no-such-folder');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no index.html): run astro build first');
  });
});

describe('a large site, its pages shared out among worker threads', () => {
  it('finds the same problems as one thread does, each under its own page', async () => {
    const dist = join(FIXTURE_ROOT, 'built-site-with-broken-links');
    const alone = await checkSite(dist, { threads: 1 });
    const shared = await checkSite(dist, { threads: 2, pagesPerWorker: 1 });
    const key = (p: { page: string; link: string; problem: string }) => `${p.page} ${p.link} ${p.problem}`;
    expect(shared.problems.map(key).sort()).toEqual(alone.problems.map(key).sort());
    expect(shared.problems).toHaveLength(4);
    expect([shared.pages, shared.internal, shared.external]).toEqual([alone.pages, alone.internal, alone.external]);
  });
});

describe('the form of external links', () => {
  it('accepts http(s) addresses with a host, email addresses and telephone numbers', () => {
    expect(externalFormProblem('https://www.legislation.gov.uk/ukpga/2004/31/section/16E')).toBeUndefined();
    expect(externalFormProblem('mailto:wscp@wandsworth.gov.uk')).toBeUndefined();
    expect(externalFormProblem('tel:+44 20 8871 6000')).toBeUndefined();
  });

  it('rejects addresses without a proper host, email or number, and other schemes', () => {
    expect(externalFormProblem('https://exa mple.org/x')).toBe('not a valid address');
    expect(externalFormProblem('https://intranet/x')).toBe('"intranet" is not a host name');
    expect(externalFormProblem('mailto:nobody')).toBe('not an email address');
    expect(externalFormProblem('ftp://example.org/file')).toBe('ftp: addresses are not allowed');
    expect(externalFormProblem('data:text/html,x')).toBe('data: addresses are not allowed');
  });
});

/** A built site written out from `{ path: html }`. */
function site(files: Record<string, string>): string {
  const dist = scratchDir('built-site');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('linkinator’s rules, applied to the built files', () => {
  const dist = site({
    'index.html': page(
      `<main id="main-content">
      <a href="/guide">folder without its slash</a> <a href="/guide#quoracy">its fragment</a> <a href="/guide#nope">missing there</a>
      <a href="/guide/index.html#quoracy">by file</a> <a href="/data.json">data</a> <a href="/data.json#x">not HTML: fragment unchecked</a>
      <a href="/?page=2">query</a> <a href="#top">top</a> <a href="#main-content">skip</a> <a href="#gone">gone</a>
      <a href="/soft/#anything">soft 404: fragment unchecked</a> <a href="/caf%C3%A9/">encoded</a> <a href="/empty/">no index.html</a>
      <img src="/a.png" srcset="/a.png 1x, /b.png 2x"> <a href="/nowhere/"></a> <a href="/nowhere/#x">second text</a>
      <a href="http://localhost:4321/">dev server</a> <a href="https://exa mple.org/">spaced</a> <a href="https://example.org/ok">fine</a>
    </main>`,
      '<meta name="description" content="Background: not a link">',
    ),
    'guide/index.html': page('<section id="quoracy"><a href="../">home</a> <a href="/guide/#nope">missing again</a></section>'),
    'soft/index.html': page('<p>Not found</p>', '<meta name="robots" content="noindex, nofollow">'),
    'café/index.html': page('<p>Café</p>'),
    'empty/notes.txt': 'not a page',
    'data.json': '{}',
    'a.png': '',
  });

  it('resolves addresses as its static server does and checks fragments only on HTML pages that resolved', async () => {
    const result = await checkSite(dist, { threads: 1 });
    expect(result.problems.map((p) => `${p.page}  ${p.link}  ${p.problem}${p.text ? `  "${p.text}"` : ''}`).sort()).toEqual([
      '/  /#gone  fragment #gone not found on the page  "gone"',
      '/  /b.png  404 Not Found',
      '/  /empty/  404 Not Found  "no index.html"',
      '/  /guide#nope  fragment #nope not found on the page  "missing there"',
      '/  /nowhere/  404 Not Found  "second text"',
      '/  http://localhost:4321/  an address on this machine, not on the site  "dev server"',
      '/  https://exa mple.org/  not a valid address  "spaced"',
      '/guide/  /guide/#nope  fragment #nope not found on the page  "missing again"',
    ]);
    expect([result.pages, result.external]).toEqual([4, 2]);
  });

  it('starts no server and opens no connection', async () => {
    const listen = vi.spyOn(Server.prototype, 'listen');
    const connect = vi.spyOn(Socket.prototype, 'connect');
    try {
      expect((await checkSite(dist, { threads: 1 })).problems).toHaveLength(8);
      expect([listen.mock.calls.length, connect.mock.calls.length]).toEqual([0, 0]);
    } finally {
      vi.restoreAllMocks();
    }
  });
});
