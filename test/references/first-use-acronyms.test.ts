/**
 * The page-level pass that keeps one acronym mark per page: clause HTML as
 * the renderer makes it (each clause marks its own first uses), assembled
 * the way a page shows several clauses.
 */
import { describe, expect, it } from 'vitest';
import { keepFirstAcronymMarks } from '../../src/lib/references/first-use-acronyms.ts';
import { renderWithRemark } from './render-markdown.ts';

const CLAUSE = 'content/west-sussex/constitution/clauses/6-52.mdx';
const page = async (...clauses: string[]) => (await Promise.all(clauses.map((c) => renderWithRemark(c, CLAUSE)))).join('\n');
const marks = (html: string) => [...html.matchAll(/data-acronym="([^"]+)"/g)].map((m) => m[1]);

describe('keeping the first acronym mark on a page', () => {
  it('keeps the first clause’s mark and prints later clauses’ uses as plain text', async () => {
    const html = keepFirstAcronymMarks(await page('The SG meets.', 'The SG reports to the PB.'));
    expect(marks(html)).toEqual(['sg', 'pb']);
    expect(html).toContain('<p>The SG reports to the <a href="/west-sussex/glossary/#pb" class="acronym">');
  });

  it('keeps the printed form of a later use, plural included', async () => {
    const html = keepFirstAcronymMarks(await page('One SG.', 'Two SGs and the SG.'));
    expect(html).toContain('<p>Two SGs and the SG.</p>');
  });

  it('counts a use marked inside another link as the first, so a later use is not linked', async () => {
    const html = keepFirstAcronymMarks(await page('The [SWSP website](https://example.org/) lists plans.', 'The SWSP agrees them.'));
    expect(marks(html)).toEqual(['swsp']);
    expect(html).toContain(
      '<a href="https://example.org/"><abbr title="Safer West Sussex Partnership" data-acronym="swsp">SWSP</abbr> website</a>',
    );
    expect(html).toContain('<p>The SWSP agrees them.</p>');
  });

  it('leaves an abbreviation an editor wrote alone', () => {
    const html = '<p><abbr title="Steering Group">SG</abbr> and <abbr title="Steering Group">SG</abbr></p>';
    expect(keepFirstAcronymMarks(html)).toBe(html);
  });

  it('changes nothing when every term is marked once', async () => {
    const html = await page('The SG meets.', 'The PB meets.');
    expect(keepFirstAcronymMarks(html)).toBe(html);
  });
});
