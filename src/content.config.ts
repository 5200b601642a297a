/**
 * Astro's view of the clauses: the entries `loadContent` (src/lib/content)
 * reads and validates, stored through the same `clauseSchema`. Entry ids are
 * `<partnership>/<document>/<clause id>`.
 *
 * A loader of our own rather than `glob()`: glob would register every clause
 * as an MDX module for Vite to compile, one JavaScript module per clause.
 * Clause text is plain Markdown plus allowlisted HTML (src/lib/mdx-safety,
 * checked here too, so `astro build` alone cannot publish unsafe text), so
 * it is rendered to HTML in one unified pass instead
 * (src/lib/markdown/render-clause.ts) — see scripts/bench/README.md for why.
 */
import { defineCollection } from 'astro:content';
import { clauseSchema } from './schemas/clause.ts';
import { loadUsableContent } from './lib/content/usable-content.ts';

const clauses = defineCollection({
  loader: {
    name: 'governance-clauses',
    load: async ({ store, parseData }) => {
      // Throws ContentErrors (schema, integrity and MDX safety) before anything is stored or rendered.
      const content = loadUsableContent({ root: process.cwd() });
      store.clear();
      for (const clause of content.clauses) {
        const id = `${clause.partnership}/${clause.document}/${clause.data.id}`;
        const data = await parseData({ id, data: clause.data, filePath: clause.file });
        store.set({ id, data, body: clause.body, filePath: clause.file });
      }
    },
  },
  schema: clauseSchema,
});

export const collections = { clauses };
