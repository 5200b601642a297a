/**
 * Links citations of Acts, regulations and guidance (content/legislation.yaml)
 * to legislation.gov.uk or gov.uk, section-precise where the text names a
 * listed section, keeping the text as printed (misspellings included).
 * Logic: src/lib/references/legislation-rewriter.ts.
 *
 * Input:
 *   The Children Act 2004, S16(I) , as amended by the C&SW Act 2017 enables partners …
 * Output (HTML):
 *   The <a href="https://www.legislation.gov.uk/ukpga/2004/31/contents" class="legislation-ref">Children Act 2004</a>,
 *   <a href="https://www.legislation.gov.uk/ukpga/2004/31/section/16I" class="legislation-ref">S16(I)</a> , as amended by the
 *   <a href="https://www.legislation.gov.uk/ukpga/2017/16/contents" class="legislation-ref">C&amp;SW Act 2017</a> enables partners …
 */
import { legislationRewriter } from '../lib/references/legislation-rewriter.ts';
import type { RewriterFactory } from '../lib/references/page-rewriter.ts';
import { clauseForFile } from '../lib/references/reference-cache.ts';
import { toRemarkPlugin } from './remark-adapter.ts';
import { toSatteriPlugin } from './satteri-adapter.ts';

export const legislationLinks: RewriterFactory = (path) => {
  const found = clauseForFile(path);
  const entries = found?.model.data.legislation?.data.legislation;
  return entries?.length ? legislationRewriter(entries) : undefined;
};

/** For unified: `.use(remarkLegislation)`. */
const remarkLegislation = toRemarkPlugin(legislationLinks);
export default remarkLegislation;

/** For Sätteri (Astro 7's default processor). */
export const satteriLegislation = toSatteriPlugin('legislation', legislationLinks);
