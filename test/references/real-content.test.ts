/**
 * The acceptance checks, on the project's own content/: the links a
 * reader should find in the built pages, rendered through the pages' own
 * pipeline, and the lists the editors' report shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { buildReferenceIndex, checkReferences, referencedBy, unpublishedItems } from '../../src/lib/references/index.ts';
import { parseFrontmatter } from '../../src/lib/content/yaml-source.ts';
import { renderWithRemark } from './render-markdown.ts';

const root = new URL('../..', import.meta.url).pathname;
const content = loadContent({ root });

/** A clause of the real content rendered as its page renders it. */
function render(file: string): Promise<string> {
  const path = `content/${file}`;
  return renderWithRemark(parseFrontmatter(readFileSync(join(root, path), 'utf8'), path).body, path, root);
}

describe('references in the published documents', () => {
  it('links the constitution’s 6.57 iii) to 6.52', async () => {
    expect(await render('west-sussex/constitution/clauses/6-57-iii.mdx')).toContain(
      '<a href="/west-sussex/constitution/6-52/" title="6.52 Frequency of meetings" class="clause-ref">section 6.52</a>',
    );
  });

  it('links the Suffolk protocol’s 10.3 to 8.1 and 8.2', async () => {
    const html = await render('suffolk/partnership-protocol/clauses/10-3.mdx');
    expect(html).toContain('href="/suffolk/partnership-protocol/8-1/"');
    expect(html).toContain('href="/suffolk/partnership-protocol/8-2/"');
  });

  it('links the constitution’s Appendix 2, and the extract itself, to the full collaborative agreement', async () => {
    expect(await render('west-sussex/constitution/clauses/6-25.mdx')).toContain(
      '<a href="/west-sussex/collaborative-working-agreement/" title="West Sussex Collaborative Working Agreement (CWA)" class="document-ref">Appendix 2</a>',
    );
    expect(await render('west-sussex/constitution/clauses/appendix-2.mdx')).toContain(
      'href="/west-sussex/collaborative-working-agreement/"',
    );
  });

  it('links the arrangements’ Appendix B to the constitution', async () => {
    expect(await render('west-sussex/arrangements-2019/clauses/3.mdx')).toContain(
      '<a href="/west-sussex/constitution/" title="Constitution for West Sussex Safeguarding Children Partnership" class="document-ref">Appendix B</a>',
    );
  });

  it('links the constitution’s citations of sections 16E, 16F and 16G to those sections', async () => {
    const html = (await render('west-sussex/constitution/clauses/3-1.mdx')) + (await render('west-sussex/constitution/clauses/4-1.mdx'));
    for (const section of ['16E', '16F', '16G'])
      expect(html).toContain(`href="https://www.legislation.gov.uk/ukpga/2004/31/section/${section}"`);
  });

  it('records 6.57 iii) under “Referenced by” for 6.52', () => {
    expect(referencedBy(buildReferenceIndex(content), 'west-sussex', 'constitution', '6-52').map((r) => r.clause)).toContain('6-57-iii');
  });

  it('lists exactly the appendices and figures named but not published', () => {
    expect(unpublishedItems(content).map((a) => `${a.document} ${a.name}`)).toEqual([
      'arrangements-2019 Appendix A',
      'arrangements-2019 Appendix C',
      'arrangements-2019 Appendix D',
      'arrangements-2019 Appendix E',
      'arrangements-2019 Appendix F',
      'collaborative-working-agreement Figure 1',
      'collaborative-working-agreement Figure 2',
      'constitution Appendix 5',
      'constitution Figure 1',
    ]);
  });

  it('links the CWA’s “Table 1 outlines …” to the table its clause 4 holds, at the caption', async () => {
    const html = await render('west-sussex/collaborative-working-agreement/clauses/4.mdx');
    expect(html).toContain('<a href="#4-table-1" title="Table 1 Priorities Matrix" class="clause-ref">Table 1</a> outlines');
    expect(html).toContain('<p><span id="4-table-1" class="caption">Table 1 Priorities Matrix</span></p>\n<table>');
  });

  it('has no dangling references, invalid reference data or acronyms missing from the glossaries', () => {
    expect(checkReferences(content)).toEqual([]);
  });
});
