/**
 * Cross-links as a reader meets them in the built site (dist/, built by the
 * global setup): acronyms marked once per page, the CWA's Table 1, figures
 * and appendices referenced but not published, and appendices that are
 * other documents.
 */
import { describe, expect, it } from 'vitest';
import { builtFile, textOf } from '../publishing/built-files.ts';

/** The clause texts of a page, in reading order (clause bodies hold no <div>s). */
const clauseBodies = (html: string) => [...html.matchAll(/<div class="clause-body">([\s\S]*?)<\/div>/g)].map((m) => m[1]!);
const marks = (html: string) => [...html.matchAll(/data-acronym="([^"]+)"/g)].map((m) => m[1]!);
const word = (term: string) => new RegExp(`(?<![\\w&])${term}(?![\\w&])`);

/** Each term used in more than one clause of the page, with the index of the clause that uses it first. */
function termsUsedTwice(html: string, terms: string[]): Map<string, number> {
  const bodies = clauseBodies(html).map(textOf);
  const found = new Map<string, number>();
  for (const term of terms) {
    const using = bodies.flatMap((text, i) => (word(term).test(text) ? [i] : []));
    if (using.length > 1) found.set(term, using[0]!);
  }
  return found;
}

describe('acronyms on a built page', () => {
  const documentPage = builtFile('/west-sussex/constitution/');
  const clausePage = builtFile('/west-sussex/constitution/6-52/');

  it('marks each acronym once on a document page, however many clauses use it', () => {
    const list = marks(documentPage);
    expect(list.length).toBeGreaterThan(10);
    expect(new Set(list).size).toBe(list.length);
    expect(list.filter((m) => m === 'wsscp')).toEqual(['wsscp']);
  });

  it('marks the first use in reading order on a document page, and prints later uses as text', () => {
    const bodies = clauseBodies(documentPage);
    const first = bodies.findIndex((body) => word('WSSCP').test(textOf(body)));
    expect(bodies[first]).toContain('data-acronym="wsscp"');
    expect(bodies.slice(first + 1).join('')).not.toContain('data-acronym="wsscp"');
    expect(textOf(bodies.slice(first + 1).join(''))).toMatch(word('WSSCP'));
  });

  it('marks each acronym once on a clause page that shows its sub-clauses, at the first clause using it', () => {
    const list = marks(clausePage);
    expect(new Set(list).size).toBe(list.length);
    const bodies = clauseBodies(clausePage);
    // 6.52 and its sub-clauses i)–iv) each name the Steering Group and Partnership Board.
    const repeated = termsUsedTwice(clausePage, ['SG', 'PB', 'WSSCP']);
    expect([...repeated.keys()]).toEqual(expect.arrayContaining(['SG', 'PB']));
    for (const [term, first] of repeated) {
      const anchor = term.toLowerCase();
      expect(bodies[first], term).toContain(`data-acronym="${anchor}"`);
      expect(bodies.filter((b) => b.includes(`data-acronym="${anchor}"`)), term).toHaveLength(1);
    }
  });
});
