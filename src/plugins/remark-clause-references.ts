/**
 * Links references to clauses, appendices, figures and other documents in
 * clause text, and resolves explicit `clause:`/`doc:` links (failing the build
 * with the nearest valid ids when one points nowhere). Logic:
 * src/lib/references/clause-reference-rewriter.ts.
 *
 * Input (content/west-sussex/constitution/clauses/6-57-iii.mdx):
 *   Where urgent decisions are required this must be in accordance with section 6.52 above.
 *   See [the quoracy rules](clause:6-53).
 * Output (HTML):
 *   … in accordance with <a href="/west-sussex/constitution/6-52/" title="6.52 Frequency of meetings" class="clause-ref">section 6.52</a> above.
 *   See <a href="/west-sussex/constitution/6-53/" title="6.53 Quoracy" class="clause-ref">the quoracy rules</a>.
 */
import { clauseReferenceRewriter } from '../lib/references/clause-reference-rewriter.ts';
import type { RewriterFactory } from '../lib/references/page-rewriter.ts';
import { clauseForFile } from '../lib/references/reference-cache.ts';
import { toRemarkPlugin } from './remark-adapter.ts';
import { toSatteriPlugin } from './satteri-adapter.ts';

export const clauseReferences: RewriterFactory = (path) => {
  const found = clauseForFile(path);
  return found && clauseReferenceRewriter(found.model, found.clause);
};

/** For unified: `.use(remarkClauseReferences)`. */
const remarkClauseReferences = toRemarkPlugin(clauseReferences);
export default remarkClauseReferences;

/** For Sätteri (Astro 7's default processor): `satteri({ mdastPlugins: [satteriClauseReferences] })`. */
export const satteriClauseReferences = toSatteriPlugin('clause-references', clauseReferences);
