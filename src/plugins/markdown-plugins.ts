/**
 * The one place remark plugins are registered for clause MDX. astro.config.mjs
 * hands this list to the unified Markdown processor (GFM is switched on there);
 * tests render fixtures with the same list plus remark-gfm.
 */
import type { PluggableList } from 'unified';

export const remarkPlugins: PluggableList = [];
