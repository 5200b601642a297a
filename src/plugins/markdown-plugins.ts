/**
 * The one place Markdown plugins are registered for clause MDX, in the order
 * they must run: clause references first (so legislation and acronyms leave
 * its links alone), then legislation, then acronyms (marked inside links
 * without nesting a second link). GFM is not listed: astro.config.mjs and
 * src/lib/markdown/render-clause.ts switch it on themselves.
 *
 * `remarkPlugins` is for the unified processor (@astrojs/markdown-remark), which
 * astro.config.mjs uses. `mdastPlugins` is the same logic for Sätteri, Astro 7's
 * default processor, should the site move to it:
 *
 *   markdown: { processor: satteri({ mdastPlugins }) }
 *
 * test/references/ renders every fixture both ways and expects the same HTML.
 */
import type { MdastPluginList } from 'satteri';
import type { PluggableList } from 'unified';
import remarkAcronyms, { satteriAcronyms } from './remark-acronyms.ts';
import remarkClauseReferences, { satteriClauseReferences } from './remark-clause-references.ts';
import remarkLegislation, { satteriLegislation } from './remark-legislation.ts';

export const remarkPlugins: PluggableList = [remarkClauseReferences, remarkLegislation, remarkAcronyms];

/** Sätteri has GFM built in (on by default), so only ours are listed. */
export const mdastPlugins: MdastPluginList = [satteriClauseReferences, satteriLegislation, satteriAcronyms];
