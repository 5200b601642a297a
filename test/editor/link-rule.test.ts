/**
 * Links by allowlist (src/schemas/link.ts): https, http, mailto, tel,
 * #fragment, clause:, doc: and root-relative paths, and nothing else. The
 * same rule and the same words in the check, the loader under `astro build`
 * (loadSiteData), the renderer's own guard and every address in the YAML.
 * Images come only from this site or from hosts site.yaml lists, with alt text.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { ContentErrors, formatContentError } from '../../src/lib/errors/content-error.ts';
import { checkMdxSource } from '../../src/lib/mdx-safety/check-mdx-safety.ts';
import { pagePolicy } from '../../src/lib/publishing/content-security-policy.ts';
import { loadSiteData } from '../../src/lib/site-data.ts';
import { judgeImage, judgeLink } from '../../src/schemas/link.ts';
import { copyFixture } from '../helpers/copy-fixture.ts';
import { renderClauseBody } from '../helpers/render-clause.ts';
import { CLAUSE_FILE, FRONTMATTER } from './helpers.ts';

const RULE =
  'expected an address starting with https://, http://, mailto:, tel:, #, clause: or doc:, or a path on this site starting with /';
const IMAGES =
  'expected an image with alt text, from a file on this site (a path starting with /) or from an https:// host listed under imageHosts in content/site.yaml';
const LINK_HINT = '  hint: write the address of the page you mean, e.g. [link text](https://…), or clause:6.53 for a clause';
const IMAGE_HINT =
  '  hint: describe the image in the square brackets, ![what it shows](/path/to/file.png); ask a developer to list a new host';
const CLAUSE = 'content/demo/handbook/clauses/1-1.mdx';

const messages = (body: string, imageHosts: string[] = []) =>
  checkMdxSource(`${FRONTMATTER}${body}\n`, CLAUSE_FILE, imageHosts).map(formatContentError);

describe('the link rule', () => {
  it.each([
    ['https://www.gov.uk/x', 'web'],
    ['HTTP://example.org', 'web'],
    ['mailto:business.manager@example.org', 'email'],
    ['tel:+441234567890', 'phone'],
    ['#part-2', 'fragment'],
    ['clause:6.53', 'clause'],
    ['doc:constitution', 'document'],
    ['/west-sussex/constitution/', 'site-path'],
  ])('allows %s as a %s address', (url, kind) => {
    expect(judgeLink(url)).toEqual({ ok: true, kind });
  });

  it.each([
    ['data:text/html,<script>alert(1)</script>', 'data: addresses are not allowed'],
    ['blob:https://example.org/1', 'blob: addresses are not allowed'],
    ['file:///etc/passwd', 'file: addresses are not allowed'],
    ['ftp://example.org/minutes.pdf', 'ftp: addresses are not allowed'],
    ['javascript:alert(1)', 'javascript: addresses are not allowed'],
    [' JaVa\tScript:alert(1)', 'javascript: addresses are not allowed'],
    ['vbscript:msgbox(1)', 'vbscript: addresses are not allowed'],
    ['//evil.example/page', 'an address starting with // is not allowed'],
    ['/\\evil.example/page', 'an address starting with // is not allowed'],
    ['minutes.pdf', 'a relative address "minutes.pdf" is not allowed'],
    ['', 'an empty address is not allowed'],
  ])('refuses %j: %s', (url, problem) => {
    expect(judgeLink(url)).toEqual({ ok: false, problem });
  });

  it('allows an image from this site or a listed https host, with alt text, and nothing else', () => {
    expect(judgeImage('/images/logo.png', 'Logo', [])).toEqual({ ok: true, kind: 'site-path' });
    expect(judgeImage('https://images.example.org/a.png', 'A chart', ['images.example.org'])).toEqual({ ok: true, kind: 'web' });
    expect(judgeImage('https://images.example.org/a.png', 'A chart', [])).toEqual({
      ok: false,
      problem: 'an image from images.example.org is not allowed',
    });
    expect(judgeImage('http://images.example.org/a.png', 'A chart', ['images.example.org'])).toEqual({
      ok: false,
      problem: 'http: image addresses are not allowed',
    });
    expect(judgeImage('/images/logo.png', '  ', [])).toEqual({ ok: false, problem: 'an image without alt text is not allowed' });
  });
});

describe('the check, on clause text', () => {
  it('refuses data:, blob:, file: and ftp: links, each at its line and column with the rule', () => {
    expect(messages('[a](data:text/html,x) [b](blob:https://e.org/1)\n\n[c](file:///etc/passwd)\n\n[d]: ftp://example.org/m.pdf')).toEqual([
      `${CLAUSE_FILE}:6:1  error  data:text/html,x: data: addresses are not allowed; ${RULE}  [mdx-safety]\n${LINK_HINT}`,
      `${CLAUSE_FILE}:6:23  error  blob:https://e.org/1: blob: addresses are not allowed; ${RULE}  [mdx-safety]\n${LINK_HINT}`,
      `${CLAUSE_FILE}:8:1  error  file:///etc/passwd: file: addresses are not allowed; ${RULE}  [mdx-safety]\n${LINK_HINT}`,
      `${CLAUSE_FILE}:10:1  error  ftp://example.org/m.pdf: ftp: addresses are not allowed; ${RULE}  [mdx-safety]\n${LINK_HINT}`,
    ]);
  });

  it('refuses a remote image, an image without alt text, and an image by reference to a remote address', () => {
    expect(messages('![t](https://tracker.example/t.png) ![](/logo.png)\n\n![chart][c]\n\n[c]: https://tracker.example/c.png')).toEqual([
      `${CLAUSE_FILE}:6:1  error  https://tracker.example/t.png: an image from tracker.example is not allowed; ${IMAGES}  [mdx-safety]\n${IMAGE_HINT}`,
      `${CLAUSE_FILE}:6:37  error  /logo.png: an image without alt text is not allowed; ${IMAGES}  [mdx-safety]\n${IMAGE_HINT}`,
      `${CLAUSE_FILE}:8:1  error  https://tracker.example/c.png: an image from tracker.example is not allowed; ${IMAGES}  [mdx-safety]\n${IMAGE_HINT}`,
    ]);
  });

  it('accepts every allowed kind of link, an image of this site and one from a listed host', () => {
    const body =
      '[a](https://www.gov.uk) [b](mailto:x@example.org) [c](tel:+44123) [d](#top) [e](/west-sussex/)\n\n' +
      '![Our logo](/images/logo.png) ![A chart](https://images.example.org/c.png)';
    expect(messages(body, ['images.example.org'])).toEqual([]);
  });
});

describe('the renderer’s own guard', () => {
  it('keeps a refused link’s text and drops the link, and drops refused images', () => {
    const html = renderClauseBody(
      'See [the minutes](data:text/html,x) and [the FTP copy](ftp://e.org/m).\n\n![t](https://tracker.example/t.png)![](/a.png)![ok](/b.png)',
      CLAUSE_FILE,
    );
    expect(html).toBe('<p>See the minutes and the FTP copy.</p>\n<p><img src="/b.png" alt="ok"></p>');
  });

  it('keeps an image from a host site.yaml lists', () => {
    expect(renderClauseBody('![A chart](https://images.example.org/c.png)', CLAUSE_FILE, undefined, ['images.example.org'])).toBe(
      '<p><img src="https://images.example.org/c.png" alt="A chart"></p>',
    );
  });
});

describe('the loader under astro build', () => {
  it('stops the site model on a data: link with the same message as the check', () => {
    const f = copyFixture('basic');
    f.edit(CLAUSE, 'Three agencies make a quorum.', 'Three agencies make a [quorum](data:text/html,x).');
    const problems = (() => {
      try {
        loadSiteData(f.root);
        return [];
      } catch (error) {
        if (!(error instanceof ContentErrors)) throw error;
        return error.problems.map(formatContentError);
      }
    })();
    expect(problems).toEqual([
      `${CLAUSE}:9:23  error  data:text/html,x: data: addresses are not allowed; ${RULE}  [mdx-safety]\n${LINK_HINT}`,
    ]);
    expect(runCheck({ root: f.root, env: {} }).stdout).toContain(problems[0]);
  });
});

describe('addresses in YAML', () => {
  it('refuses a javascript: repository address in site.yaml with the rule, at its line', () => {
    const f = copyFixture('basic');
    f.write('content/site.yaml', 'name: Test\nbaseUrl: https://example.test\nrepository:\n  url: javascript:alert(1)\n');
    expect(runCheck({ root: f.root, env: {} }).stdout).toContain(
      `content/site.yaml:4  error  repository.url: ${RULE}, found "javascript:alert(1)"; javascript: addresses are not allowed  [schema]\n` +
        '  hint: write the whole address, starting with https://',
    );
  });

  it('refuses an address template that would make a data: link, a mailto: base address and an image host with a scheme', () => {
    const f = copyFixture('basic');
    f.write(
      'content/site.yaml',
      'name: Test\nbaseUrl: mailto:x@example.test\nimageHosts: [https://images.example.org]\nrepository:\n  url: https://git.example.org/g\n  editUrl: data:{path}\n',
    );
    const out = runCheck({ root: f.root, env: {} }).stdout;
    expect(out).toContain(
      'content/site.yaml:2  error  baseUrl: expected a web address starting with https:// or http://, found "mailto:x@example.test"  [schema]\n' +
        '  hint: write the whole address, starting with https://',
    );
    expect(out).toContain(
      'content/site.yaml:3  error  imageHosts[0]: expected a host name such as images.example.org, found "https://images.example.org"  [schema]\n' +
        '  hint: write only the host: no https://, no path and no *',
    );
    expect(out).toContain(
      `content/site.yaml:6  error  repository.editUrl: ${RULE}, found "data:{path}"; data: addresses are not allowed  [schema]\n` +
        '  hint: start the template with {url}',
    );
  });

  it('refuses a data: website in partnership.yaml with the same words', () => {
    const f = copyFixture('basic');
    f.edit('content/demo/partnership.yaml', 'area: Demo', 'area: Demo\nwebsite: data:text/html,x');
    expect(runCheck({ root: f.root, env: {} }).stdout).toContain(
      `content/demo/partnership.yaml:4  error  website: ${RULE}, found "data:text/html,x"; data: addresses are not allowed  [schema]`,
    );
  });
});

describe('the Content-Security-Policy', () => {
  it('lets images load from this site and the listed hosts only, over https', () => {
    expect(pagePolicy('/demo/', [])).toContain("img-src 'self';");
    expect(pagePolicy('/demo/', ['images.example.org'])).toContain("img-src 'self' https://images.example.org;");
  });
});
