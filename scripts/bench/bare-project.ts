/**
 * The baseline the benchmark compares against: a bare Astro project that
 * only renders one MDX entry per page, from the same clause files, with no
 * checks, no document pages, no search index and no link gate.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILES: Record<string, string> = {
  'package.json': '{ "name": "bench-bare", "private": true, "type": "module" }\n',
  'astro.config.mjs':
    "import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [mdx()] });\n",
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  clauses: defineCollection({ loader: glob({ base: './content', pattern: '*/*/clauses/*.mdx', generateId: ({ entry }) => entry.replace(/\\.mdx$/, '') }) }),
};
`,
  'src/pages/[...id].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('clauses')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { Content } = await render(Astro.props.entry);
---
<html lang="en"><head><title>{Astro.props.entry.id}</title></head><body><Content /></body></html>
`,
};

/** Writes the bare project's own files into `dir` (content/ and node_modules are added by the caller). */
export function writeBareProject(dir: string): void {
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}
