/**
 * Astro's view of the clauses: the same files and the same schema as
 * `loadContent` (src/lib/content), used here so Astro can render each MDX body.
 * Entry ids are `<partnership>/<document>/<clause id>`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { clauseSchema } from './schemas/clause.ts';

const clauses = defineCollection({
  loader: glob({
    base: './content',
    pattern: '*/*/clauses/*.mdx',
    generateId: ({ entry, data }) => {
      const [partnership, document] = entry.split('/');
      return `${partnership}/${document}/${String(data.id)}`;
    },
  }),
  schema: clauseSchema,
});

export const collections = { clauses };
