/**
 * Cross-links as a reader meets them in the built site (dist/, built by the
 * global setup): acronyms marked once per page, the CWA's Table 1, figures
 * and appendices referenced but not published, and appendices that are
 * other documents.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { buildReferenceReport } from '../../src/lib/references/index.ts';
import { projectRoot } from '../helpers/copy-fixture.ts';
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

  it('marks as many acronyms on each document page as the editors’ report counts', () => {
    const { documents } = buildReferenceReport(loadContent({ root: projectRoot }));
    for (const d of documents) expect(marks(builtFile(`/${d.partnership}/${d.document}/`)).length, d.document).toBe(d.linked.acronyms);
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
      expect(
        bodies.filter((b) => b.includes(`data-acronym="${anchor}"`)),
        term,
      ).toHaveLength(1);
    }
  });
});

describe('figures and tables on a built page', () => {
  const agreement = builtFile('/west-sussex/collaborative-working-agreement/');
  const clause4 = builtFile('/west-sussex/collaborative-working-agreement/4/');

  it('links the CWA’s “Table 1 outlines …” to the table’s caption on the document page and on clause 4’s page', () => {
    for (const html of [agreement, clause4]) {
      expect(html).toContain('<a href="#4-table-1" title="Table 1 Priorities Matrix" class="clause-ref">Table 1</a> outlines');
      expect(html).toMatch(/<p><span id="4-table-1" class="caption">Table 1 Priorities Matrix<\/span><\/p>\s*<table>/);
    }
  });

  it('does not list clause 4 as referring to itself', () => {
    const referencedBy = clause4.slice(clause4.indexOf('<section class="app-referenced-by"'));
    expect(textOf(referencedBy.slice(0, referencedBy.indexOf('</section>')))).toContain(
      'Referenced by No other clause refers to this clause.',
    );
  });
});

describe('“Referenced but not published” on a built document page', () => {
  const section = (path: string) => {
    const html = builtFile(path);
    const start = html.indexOf('id="unpublished-heading"');
    return start < 0 ? '' : textOf(html.slice(start, html.indexOf('</section>', start)));
  };

  it('lists the CWA’s Figures 1 and 2, which the source captions but does not hold, and not its Table 1', () => {
    const text = section('/west-sussex/collaborative-working-agreement/');
    expect(text).toContain('The document names these figures, but they were not part of the published text this site holds.');
    expect(text).toContain(
      'Figure 1: Collaboration between the partnerships is based on six key principles — named in 1. Purpose of Collaborative Working Agreement',
    );
    expect(text).toContain('Figure 2: How we will work — named in 3. How we will work');
    expect(text).not.toContain('Table 1');
  });

  it('lists the figure in the constitution’s extract of the CWA beside its Appendix 5', () => {
    const text = section('/west-sussex/constitution/');
    expect(text).toContain('names these appendices and figures');
    expect(text).toContain('Appendix 5: WSSCP Structure Chart — named in 6.71');
    expect(text).toContain(
      'Figure 1: Collaboration between the partnerships is based on six key principles — named in Purpose of Collaborative Working Agreement',
    );
  });

  it('names the arrangements’ clauses without a heading’s closing colon before the comma', () => {
    const text = section('/west-sussex/arrangements-2019/');
    expect(text).toContain('Appendix A: Membership of Groups — named in How we will work with our wide ranging partners , Appendices');
    expect(text).not.toMatch(/Appendices\s*:\s*,/);
  });
});

describe('appendices that are other documents, on built pages', () => {
  /** The note under a clause saying where to read the document in full, as text, with its link. */
  const note = (html: string, clauseId?: string) => {
    const from = clauseId ? html.indexOf(`id="${clauseId}"`) : 0;
    const start = html.indexOf('<div class="govuk-inset-text app-full-document"', from);
    if (start < 0) return undefined;
    const block = html.slice(start, html.indexOf('</div>', start));
    return { text: textOf(block).trim(), href: /href="([^"]+)"/.exec(block)?.[1] };
  };

  it('says on the constitution’s Appendix 2 page that it is an extract, linking to the full agreement', () => {
    expect(note(builtFile('/west-sussex/constitution/appendix-2/'))).toEqual({
      text: 'This appendix is an extract of another document on this site: read the full Collaborative Working Agreement .',
      href: '/west-sussex/collaborative-working-agreement/',
    });
  });

  it('says the same in Appendix 2’s section of the constitution’s document page', () => {
    expect(note(builtFile('/west-sussex/constitution/'), 'appendix-2')?.href).toBe('/west-sussex/collaborative-working-agreement/');
  });

  it('points the arrangements’ Appendix B, in its list of appendices, to the constitution', () => {
    for (const [page, id] of [
      ['/west-sussex/arrangements-2019/appendices/', undefined],
      ['/west-sussex/arrangements-2019/', 'appendices'],
    ] as const) {
      expect(note(builtFile(page), id)).toEqual({
        text: 'Appendix B is a document of its own on this site: read the Constitution .',
        href: '/west-sussex/constitution/',
      });
    }
  });

  it('adds no such note to other clauses', () => {
    expect(builtFile('/west-sussex/constitution/').match(/app-full-document/g)).toHaveLength(1);
    expect(note(builtFile('/west-sussex/constitution/appendix-1/'))).toBeUndefined();
  });
});
