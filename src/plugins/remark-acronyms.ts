/**
 * Marks the first use of each acronym in a clause with its expansion,
 * linked to the partnership's glossary page (content/<partnership>/glossary.yaml).
 * Pages that show several clauses then keep only the first mark of each term
 * (src/components/first-use-acronyms.astro). Logic: src/lib/references/acronym-rewriter.ts.
 *
 * Input (content/west-sussex/constitution/clauses/6-21.mdx):
 *   The responsibilities of the WSSCP are complementary to those of the SAB, SWSP and the HWB. … the WSSCP …
 * Output (HTML):
 *   The responsibilities of the <a href="/west-sussex/glossary/#wsscp" class="acronym"><abbr title="West Sussex
 *   Safeguarding Children Partnership" data-acronym="wsscp">WSSCP</abbr></a> are complementary to those of the <a …><abbr …>SAB</abbr></a>, … the WSSCP …
 */
import { buildGlossary } from '../lib/references/acronyms.ts';
import { acronymRewriter } from '../lib/references/acronym-rewriter.ts';
import type { RewriterFactory } from '../lib/references/page-rewriter.ts';
import { clauseForFile } from '../lib/references/reference-cache.ts';
import { toRemarkPlugin } from './remark-adapter.ts';
import { toSatteriPlugin } from './satteri-adapter.ts';

export const acronymMarks: RewriterFactory = (path) => {
  const found = clauseForFile(path);
  if (!found) return undefined;
  const file = found.model.data.glossaries.get(found.clause.partnership);
  return file?.data.terms.length ? acronymRewriter(buildGlossary(found.clause.partnership, file.data)) : undefined;
};

/** For unified: `.use(remarkAcronyms)`. */
const remarkAcronyms = toRemarkPlugin(acronymMarks);
export default remarkAcronyms;

/** For Sätteri (Astro 7's default processor). */
export const satteriAcronyms = toSatteriPlugin('acronyms', acronymMarks);
