/**
 * The amended fixture built end to end (`node scripts/build.ts --root <copy>`:
 * check, astro build, search index, link gate): its versions page, each
 * version in full, the revoked clause's page and the feed, read as a reader
 * sees them; version pages are kept out of search; axe finds nothing on the
 * new templates; and a second build gives the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/browser.ts';
import { projectRoot, scratchDir } from '../helpers/copy-fixture.ts';
import { copyProjectCode } from '../helpers/project-copies.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { textOf } from '../publishing/built-files.ts';

const fixtureCopy = (name: string) => {
  const copy = copyProjectCode(scratchDir(name));
  cpSync(join(projectRoot, 'test/fixtures/amended/content'), join(copy, 'content'), { recursive: true });
  return copy;
};
const root = fixtureCopy('versions-site');
// The later copy is built as of the day the last two amendments take effect; `root` as of site.yaml's 2026-03-01.
const later = fixtureCopy('versions-site-later');
const build = (at = root, asOf = '') =>
  spawnSync(process.execPath, [join(projectRoot, 'scripts/build.ts'), '--root', at], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, GOVERNANCE_AS_OF: asOf, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
const file = (path: string, at = root) => readFileSync(join(at, 'dist', path.endsWith('/') ? `${path}index.html` : path), 'utf8');
/** What the page's <main> says, as plain text. */
const main = (path: string, at = root) => {
  const html = file(path, at);
  return textOf(html.slice(html.indexOf('<main'), html.indexOf('</main>'))).trim();
};
/** The id of every clause's wrapper on the document page, in reading order: the targets of "#…" links. */
const clauseIds = (at: string) => [...file('/demo/handbook/', at).matchAll(/<div class="clause [^"]*" id="([^"]+)"/g)].map((m) => m[1]);
/** Every address under the document with a page of its own, versions aside. */
const clausePages = (at: string) =>
  readdirSync(join(at, 'dist/demo/handbook'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'versions')
    .map((e) => e.name)
    .sort();
const NEW_FILES = [
  '/demo/handbook/versions/',
  '/demo/handbook/versions/first-published/',
  '/demo/handbook/versions/2026-01-01/',
  '/demo/handbook/versions/2026-06-01/',
  '/demo/handbook/1-1/',
  '/demo/amendments.xml',
];

let first: ReturnType<typeof build>;
beforeAll(() => {
  first = build();
});

describe('the amended fixture, built', () => {
  it('passes every step of the build, the link gate included', () => {
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toContain('✔ Links: every internal link and #fragment on');
  });

  it('lists each version on the versions page, newest first, with what changed and on whose authority', () => {
    expect(main('/demo/handbook/versions/')).toBe(
      'Printed from https://example.test/demo/handbook/versions/ Handbook Versions ' +
        'Each version is the document as it stood from the day it took effect until the next one. A version changes only by an amendment: a decision recorded with the day it takes effect and who made it. The words as first published are kept unchanged. ' +
        'Amendments feed (Atom) for every DSCP document : follow new amendments in a feed reader. ' +
        'From 1 June 2026 Not yet in force Takes effect on 1 June 2026. The Board reviews the handbook. Decided by Demo Board, 12 May 2026: Minute 10. Recorded in this copy and not yet committed, so it has no date yet. Clauses changed: 2. Review (words changed) ' +
        'The quorum rule is revoked and members are paid expenses. Decided by Demo Board, 12 May 2026: Minute 9 . Recorded in this copy and not yet committed, so it has no date yet. Clauses changed: 1.1 Quoracy (revoked) 3. Expenses (added) Read the whole Handbook as it stood from 1 June 2026 ' +
        'From 1 January 2026 Current version In force from 1 January 2026 to 31 May 2026. The handbook is reviewed every two years. Example record Decided by Demo Board, 10 December 2025: Minute 4. Recorded in this copy and not yet committed, so it has no date yet. Clauses changed: 2. Review (words changed) Read the whole Handbook as it stood from 1 January 2026 ' +
        'As first published Replaced The document as first published (published 25 June 2019), in force to 31 December 2025. Read the whole Handbook as first published',
    );
  });

  it('shows the document as first published with the revoked clause in its place and without the clause added later', () => {
    expect(main('/demo/handbook/versions/first-published/')).toBe(
      'This version has been replaced The document as first published (published 25 June 2019), in force to 31 December 2025. Read the current version of the Handbook or see what changed in each version . ' +
        'Demo Safeguarding Children Partnership Demo Handbook As first published Contents 1. Meetings 1.1 Quoracy 2. Review ' +
        '1. Meetings Link to this clause : 1. Meetings 1.1 Quoracy Link to this clause : 1.1 Quoracy Three agencies make a quorum. 2. Review Link to this clause : 2. Review This handbook is reviewed annually.',
    );
  });

  it('shows a version not yet in force with the added clause and without the revoked one', () => {
    const text = main('/demo/handbook/versions/2026-06-01/');
    expect(text).toMatch(/^This version is not yet in force Takes effect on 1 June 2026\./);
    expect(text).toContain('3. Expenses Link to this clause : 3. Expenses Members are paid expenses.');
    expect(text).not.toContain('Quoracy');
  });

  it('keeps every version page out of search engines and out of the search index', () => {
    for (const path of NEW_FILES.slice(1, 4)) {
      expect(file(path), path).toContain('<meta name="robots" content="noindex">');
      expect(file(path), path).not.toContain('data-pagefind-body');
    }
    // Only the four clause pages are indexed: 1.1 is in force until 1 June 2026.
    expect(first.stdout).toMatch(/indexed 4 clause records/);
  });

  it('shows a clause’s words in force on the as-of date, and below them the words an amendment not yet in force gives it', () => {
    expect(main('/demo/handbook/2/')).toBe(
      'Printed from https://example.test/demo/handbook/2/ Handbook 2. Review This handbook is reviewed every two years. ' +
        'Not yet in force From 1 June 2026, this clause will read: This handbook is reviewed every two years by the Board. Decided by Demo Board, 12 May 2026 (Minute 10). ' +
        'Where this clause sits A top-level section of the Handbook. See this clause in the full Handbook ' +
        'Changes to this clause From 1 January 2026: The handbook is reviewed every two years. Example record Decided by Demo Board, 10 December 2025 (Minute 4). ' +
        'Before This handbook is reviewed removed: [−] annually . After This handbook is reviewed added: [+] every two years . ' +
        'Every version of this document, and what each amendment changed Referenced by No other clause refers to this clause. ' +
        'Not yet in the repository’s history, so it has no date yet Previous clause : 1.1 Quoracy Next clause : 3. Expenses',
    );
  });

  it('keeps a clause revoked by an amendment not yet in force, saying from when it is revoked', () => {
    expect(main('/demo/handbook/1-1/')).toBe(
      'Printed from https://example.test/demo/handbook/1-1/ Handbook 1.1 Quoracy Three agencies make a quorum. ' +
        'Not yet in force From 1 June 2026, this clause is revoked. Decided by Demo Board, 12 May 2026 (Minute 9). ' +
        'Where this clause sits Part of 1. Meetings . See this clause in the full Handbook Referenced by No other clause refers to this clause. ' +
        'Not yet in the repository’s history, so it has no date yet Previous clause : 1. Meetings Next clause : 2. Review',
    );
  });

  it('lists a clause added by an amendment not yet in force with no words in force, and the words it will have', () => {
    expect(main('/demo/handbook/3/')).toBe(
      'Printed from https://example.test/demo/handbook/3/ Handbook 3. Expenses ' +
        'Not yet in force From 1 June 2026, this clause will read: Members are paid expenses. Decided by Demo Board, 12 May 2026 (Minute 9). ' +
        'Where this clause sits A top-level section of the Handbook. See this clause in the full Handbook Referenced by No other clause refers to this clause. ' +
        'Not yet in the repository’s history, so it has no date yet Previous clause : 2. Review',
    );
  });

  it('reads the document as in force on the as-of date, each amendment not yet in force below the clause it changes', () => {
    const text = main('/demo/handbook/');
    expect(text.slice(text.indexOf('Contents'))).toBe(
      'Contents 1. Meetings 1.1 Quoracy 2. Review 3. Expenses ' +
        '1. Meetings Link to this clause : 1. Meetings 1.1 Quoracy Link to this clause : 1.1 Quoracy Three agencies make a quorum. ' +
        'Not yet in force From 1 June 2026, this clause is revoked. Decided by Demo Board, 12 May 2026 (Minute 9). ' +
        '2. Review Link to this clause : 2. Review This handbook is reviewed every two years. ' +
        'Not yet in force From 1 June 2026, this clause will read: This handbook is reviewed every two years by the Board. Decided by Demo Board, 12 May 2026 (Minute 10). ' +
        '3. Expenses Link to this clause : 3. Expenses ' +
        'Not yet in force From 1 June 2026, this clause will read: Members are paid expenses. Decided by Demo Board, 12 May 2026 (Minute 9). ' +
        'Referenced by No other clause refers to this document.',
    );
  });

  it('keeps the words not yet in force out of the search index and the page description', () => {
    const html = file('/demo/handbook/2/');
    expect(html).toContain('<div class="govuk-inset-text app-pending-change" data-pagefind-ignore>');
    expect(html).toContain('<meta name="description" content="2. Review (Handbook): This handbook is reviewed every two years.">');
  });

  it('exports each clause as in force on the as-of date, with what an amendment not yet in force will change', () => {
    const clauses = JSON.parse(file('/demo/handbook.json')).clauses as Array<{ id: string; text: string; pending?: unknown }>;
    expect(clauses.map(({ id, text, pending }) => ({ id, text, pending }))).toEqual([
      { id: '1', text: '', pending: undefined },
      {
        id: '1-1',
        text: 'Three agencies make a quorum.',
        pending: [{ amendment: 'quorum-and-expenses', effective: '2026-06-01', kind: 'revoked', text: '', example: false }],
      },
      {
        id: '2',
        text: 'This handbook is reviewed every two years.',
        pending: [
          {
            amendment: 'board-reviews',
            effective: '2026-06-01',
            kind: 'words',
            text: 'This handbook is reviewed every two years by the Board.',
            example: false,
          },
        ],
      },
      {
        id: '3',
        text: '',
        pending: [
          { amendment: 'quorum-and-expenses', effective: '2026-06-01', kind: 'added', text: 'Members are paid expenses.', example: false },
        ],
      },
    ]);
  });

  it('links each clause’s changes, the document page and the partnership page to the versions or the feed', () => {
    expect(file('/demo/handbook/2/')).toContain(
      '<a class="govuk-link" href="/demo/handbook/versions/">Every version of this document, and what each amendment changed</a>',
    );
    expect(main('/demo/handbook/')).toContain(
      'Versions of this document : amended 2 times since it was first published; each version in full, and what changed.',
    );
    for (const path of ['/demo/', '/demo/handbook/', '/demo/handbook/versions/'])
      expect(file(path), path).toContain(
        '<link rel="alternate" type="application/atom+xml" title="DSCP amendments" href="/demo/amendments.xml">',
      );
  });

  it('gives the same bytes for every new page and the feed when built again', () => {
    const before = NEW_FILES.map((path) => file(path));
    const again = build();
    expect(again.status, again.stderr).toBe(0);
    expect(NEW_FILES.map((path) => file(path))).toEqual(before);
  });
});

describe('the amended fixture, built as of the day its last two amendments take effect', () => {
  let built: ReturnType<typeof build>;
  beforeAll(() => {
    built = build(later, '2026-06-01');
  });

  it('passes every step of the build', () => {
    expect(built.status, built.stdout + built.stderr).toBe(0);
  });

  it('exports the amended words, with nothing pending', () => {
    const clauses = JSON.parse(file('/demo/handbook.json', later)).clauses as Array<{ id: string; text: string; pending?: unknown }>;
    expect(clauses.map(({ id, text, pending }) => ({ id, text, pending }))).toEqual([
      { id: '1', text: '', pending: undefined },
      { id: '2', text: 'This handbook is reviewed every two years by the Board.', pending: undefined },
      { id: '3', text: 'Members are paid expenses.', pending: undefined },
    ]);
  });

  it('shows the amended words as the clause’s, with no notice', () => {
    expect(main('/demo/handbook/2/', later)).toMatch(
      /^Printed from https:\/\/example.test\/demo\/handbook\/2\/ Handbook 2. Review This handbook is reviewed every two years by the Board. Where this clause sits /,
    );
    expect(main('/demo/handbook/2/', later)).not.toContain('Not yet in force');
  });

  it('says on the revoked clause’s address when and by which amendment, and what it said', () => {
    expect(main('/demo/handbook/1-1/', later)).toBe(
      'This clause was revoked The clause that was at this address stopped having effect on 1 June 2026, by the amendment “The quorum rule is revoked and members are paid expenses.” (Demo Board, 12 May 2026, Minute 9). What it said Three agencies make a quorum. Read the Handbook as it stands',
    );
  });

  it('shows the added clause’s words and what the amendment changed', () => {
    expect(main('/demo/handbook/3/', later)).toContain(
      'Before None: this amendment added the clause. After added: [+] Members are paid expenses.',
    );
  });

  it('keeps every clause’s address and id: the same pages as before the day, and the same ids but the revoked one', () => {
    expect(clausePages(root)).toEqual(['1', '1-1', '2', '3']);
    expect(clausePages(later)).toEqual(clausePages(root));
    expect(clauseIds(root)).toEqual(['1', '1-1', '2', '3']);
    expect(clauseIds(later)).toEqual(['1', '2', '3']);
  });
});

describe('the new templates in a browser', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(join(root, 'dist'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([...NEW_FILES.slice(0, 5), '/demo/handbook/2/'])('axe finds no WCAG A or AA violation on %s', async (path) => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(new URL(path, server.url).href);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('finds every new page in the build', () => {
    const html = (readdirSync(join(root, 'dist/demo/handbook/versions'), { recursive: true }) as string[]).filter((f) =>
      f.endsWith('.html'),
    );
    expect(html.sort()).toEqual(['2026-01-01/index.html', '2026-06-01/index.html', 'first-published/index.html', 'index.html']);
  });
});
