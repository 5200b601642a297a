/**
 * Every document's facts name its owner with the source's own words that say
 * so, quoted, or say that the source names none: on the document page and on its
 * partnership's page. Reads the built HTML (dist/), no browser.
 */
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { projectRoot } from '../helpers/copy-fixture.ts';
import { elementsWhere as elements, parsePage } from '../helpers/hast.ts';
import { builtPages } from '../helpers/site-under-test.ts';

const content = loadContent({ root: projectRoot });
const files = new Map(builtPages().map((p) => [p.path, p.file]));

/** The Owner value in each summary list on a page, as { quoted words, the rest of the text }. */
function ownerRows(path: string): { quoted?: string; text: string }[] {
  const tree = parsePage(files.get(path)!);
  return elements(tree, (e) => e.tagName === 'div' && String(e.properties.className).includes('govuk-summary-list__row'))
    .filter((row) => toText(elements(row, (e) => e.tagName === 'dt')[0]!).trim() === 'Owner')
    .map((row) => {
      const dd = elements(row, (e) => e.tagName === 'dd')[0]!;
      const q = elements(dd, (e) => e.tagName === 'q')[0];
      return { quoted: q && toText(q), text: toText(dd).replace(/\s+/g, ' ').trim() };
    });
}

describe.each(content.documents.map((d) => [`${d.partnership}/${d.id}`, d] as const))('the owner of %s', (key, document) => {
  const { owner } = document.data;
  const expected = owner
    ? { quoted: owner.quote, text: `${owner.name} The document says: ${owner.quote}${owner.clause ? ` (${owner.clause})` : ''}` }
    : { quoted: undefined, text: 'Not stated in the source document' };

  it('is shown on the document page, quoted from the source or stated as not given', () => {
    expect(ownerRows(`/${key}/`)).toEqual([expected]);
  });

  it("is shown the same way on its partnership's page", () => {
    const rows = ownerRows(`/${document.partnership}/`);
    const documents = content.documents.filter((d) => d.partnership === document.partnership);
    expect(rows).toHaveLength(documents.length);
    expect(rows[documents.indexOf(document)]).toEqual(expected);
  });
});

describe('document owners in the shipped content', () => {
  it('are set only for the three documents whose source says who owns, maintains or approves them', () => {
    expect(
      content.documents
        .filter((d) => d.data.owner)
        .map((d) => `${d.partnership}/${d.id}`)
        .sort(),
    ).toEqual(['wandsworth/arrangements-2021', 'west-sussex/arrangements-2019', 'west-sussex/constitution']);
  });
});
