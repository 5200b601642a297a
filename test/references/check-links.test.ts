/**
 * The link gate (scripts/check-links.ts) on two tiny built sites: it passes a
 * clean one, and fails a broken one listing page, link and problem.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { externalFormProblem } from '../../scripts/check-links.ts';
import { checkSite } from '../../src/lib/links/check-site.ts';
import { FIXTURE_ROOT } from './render-markdown.ts';

const script = join(FIXTURE_ROOT, '../../../scripts/check-links.ts');
const run = (site: string) => spawnSync(process.execPath, [script, join(FIXTURE_ROOT, site)], { encoding: 'utf8' });

describe('the link gate', () => {
  it('passes a site whose internal links and fragments all resolve', () => {
    const result = run('built-site-clean');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✔ Links: every internal link and #fragment on 2 pages resolves (2 addresses fetched); 2 external links are well formed.');
  });

  it('fails a site with a missing page, a missing fragment and malformed external links, listing each under its page', () => {
    const result = run('built-site-with-broken-links');
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n').slice(1);
    expect(lines[0]).toBe('  /');
    expect(lines.slice(1).sort()).toEqual([
      '    → /guide/#6-99  fragment #6-99 not found on the page  "6.99 on the page"',
      '    → /guide/6-99/  404 Not Found  "section 6.99"',
      '    → javascript:alert(1)  the javascript: scheme is not allowed in content  "script"',
      '    → mailto:nobody  not an email address  "bad email"',
    ]);
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
    expect(externalFormProblem('ftp://example.org/file')).toBe('the ftp: scheme is not allowed in content');
  });
});
