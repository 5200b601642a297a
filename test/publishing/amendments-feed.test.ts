/**
 * Each partnership's amendments.xml is a valid Atom feed (RFC 4287) as an
 * XML parser reads it: the required elements, one entry per amendment with
 * its clauses linked to built pages, "Example" in an example's title, and
 * dates from the records, never the clock.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSiteData } from '../../src/lib/site-data.ts';
import { amendmentsFeed } from '../../src/lib/publishing/amendments-feed.ts';
import { projectRoot } from '../helpers/copy-fixture.ts';
import { classifyBuiltPages } from '../helpers/page-kinds.ts';
import { distDir } from '../helpers/site-under-test.ts';
import { builtFile } from './built-files.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function parse(xml: string): Element {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(xml, 'application/xml');
  expect(errors).toEqual([]);
  return doc.documentElement!;
}
const children = (el: Element, name: string) => Array.from(el.getElementsByTagNameNS(ATOM, name)).filter((c) => c.parentNode === el);
const text = (el: Element, name: string) => children(el, name)[0]?.textContent?.trim() ?? '';

const feeds = classifyBuiltPages().feeds;

describe('the amendments feeds', () => {
  it('are built for every partnership', () => {
    expect(feeds.map((f) => f.path)).toEqual(['/suffolk/amendments.xml', '/wandsworth/amendments.xml', '/west-sussex/amendments.xml']);
  });

  it.each(feeds.map((f) => f.path))('%s has the elements Atom requires of a feed and of each entry', (path) => {
    const feed = parse(builtFile(path));
    expect([feed.namespaceURI, feed.localName]).toEqual([ATOM, 'feed']);
    expect(text(feed, 'id')).toBe(`https://governance.example.org${path}`);
    expect(text(feed, 'title')).not.toBe('');
    expect(text(feed, 'updated')).toMatch(RFC3339);
    expect(text(children(feed, 'author')[0]!, 'name')).not.toBe('');
    const self = children(feed, 'link').find((l) => l.getAttribute('rel') === 'self');
    expect(self?.getAttribute('href')).toBe(`https://governance.example.org${path}`);
    const entries = children(feed, 'entry');
    expect(new Set(entries.map((e) => text(e, 'id'))).size).toBe(entries.length);
    for (const entry of entries) {
      expect([text(entry, 'title'), text(entry, 'id')].every(Boolean)).toBe(true);
      expect(text(entry, 'updated')).toMatch(RFC3339);
      expect(children(entry, 'link')[0]?.getAttribute('href')).toMatch(/^https:\/\//);
    }
    // The feed is as new as its newest entry.
    const newest = entries
      .map((e) => text(e, 'updated'))
      .sort()
      .at(-1);
    if (newest) expect(text(feed, 'updated')).toBe(newest);
  });

  it('has one entry per West Sussex amendment, newest first, each example titled as one', () => {
    const entries = children(parse(builtFile('/west-sussex/amendments.xml')), 'entry');
    expect(entries.map((e) => [text(e, 'title'), text(e, 'updated')])).toEqual([
      [
        'Example: Constitution: Disputes follow the dispute resolution procedure agreed by the three lead partners.',
        '2026-07-01T00:00:00.000Z',
      ],
      [
        "Example: Constitution: Changes to sub-groups' chairing or terms of reference go to the Board for ratification within three months.",
        '2026-04-01T00:00:00.000Z',
      ],
    ]);
    const content = text(entries[1]!, 'content');
    expect(content).toContain('<strong>Example:</strong> an illustrative amendment, not a decision the partnership made.');
    expect(content).toContain('Decided by WSSCP Partnership Board, 10 March 2026: Minute 7.');
    expect(content).toContain('<a href="https://governance.example.org/west-sussex/constitution/6-76/">6.76</a> (words changed)');
  });

  it('links only to pages the site has built', () => {
    for (const { file } of feeds) {
      const xml = builtFile(file.slice(distDir.length));
      for (const [, href] of xml.matchAll(/href="https:\/\/governance\.example\.org([^"#]*)/g)) {
        expect(existsSync(join(distDir, href!.endsWith('/') ? `${href}index.html` : href!)), href).toBe(true);
      }
    }
  });
});

describe('an amendments feed', () => {
  afterEach(() => vi.useRealTimers());
  const site = loadSiteData(projectRoot);
  const feedAt = (now: string, partnership: string) => {
    vi.useFakeTimers({ now: new Date(now), toFake: ['Date'] });
    const p = site.partnerships.find((x) => x.id === partnership)!;
    const documents = site.documentsOf(partnership).map((document) => ({ document, versions: site.versionsOf(document) }));
    return amendmentsFeed({
      partnership: { id: p.id, name: p.data.name, shortName: p.data.shortName },
      documents,
      baseUrl: 'https://example.test',
      fallbackDay: '2025-02-03',
    });
  };

  it('is the same whatever the clock says', () => {
    expect(feedAt('2030-05-05T12:00:00Z', 'west-sussex')).toBe(feedAt('2027-01-01T00:00:00Z', 'west-sussex'));
  });

  it('with no amendment yet, is dated by the day it is given, not by the clock', () => {
    expect(text(parse(feedAt('2030-05-05T12:00:00Z', 'wandsworth')), 'updated')).toBe('2025-02-03T00:00:00.000Z');
  });
});
