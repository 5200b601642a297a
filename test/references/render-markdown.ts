/**
 * Renders clause Markdown to HTML the way the build does, through the one
 * clause pipeline (test/helpers/render-clause.ts), as the body of `file`, a
 * clause file of the fixture content tree, so the plugins resolve against
 * test/references/fixtures/content.
 *
 *   await renderWithRemark('See section 6.52 above.', 'content/west-sussex/constitution/clauses/6-57-iii.mdx')
 *     → '<p>See <a href="/west-sussex/constitution/6-52/" …>section 6.52</a> above.</p>'
 */
import { renderClauseBody } from '../helpers/render-clause.ts';

/** The project root of the fixture content (the folder holding content/). */
export const FIXTURE_ROOT = new URL('./fixtures', import.meta.url).pathname;

export async function renderWithRemark(markdown: string, file: string, root = FIXTURE_ROOT): Promise<string> {
  return normaliseHtml(renderClauseBody(markdown, file, root));
}

/** Whitespace between block elements means nothing here. */
export function normaliseHtml(html: string): string {
  return html.replace(/>\s+</g, '>\n<').replaceAll('&#x26;', '&amp;').trim();
}
