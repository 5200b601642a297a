/**
 * Clause text has one Markdown path: the clause pipeline
 * (src/lib/references/clause-pipeline.ts). Astro's own Markdown processor is
 * given nothing to do — no content collection, no .md or .mdx page — so it
 * is not configured, and nothing can render clause text a second way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './helpers/copy-fixture.ts';

describe('the one Markdown path', () => {
  it('gives Astro no content collection and no Markdown page to process', () => {
    expect(existsSync(join(projectRoot, 'src/content.config.ts'))).toBe(false);
    const files = readdirSync(join(projectRoot, 'src'), { recursive: true }).map(String);
    // Folder READMEs are notes for developers; a page would be Markdown under pages/, or MDX anywhere.
    expect(files.filter((name) => name.endsWith('.mdx') || (name.startsWith('pages/') && name.endsWith('.md')))).toEqual([]);
  });

  it('configures no Markdown processor for Astro', () => {
    expect(readFileSync(join(projectRoot, 'astro.config.mjs'), 'utf8')).not.toMatch(/\bmarkdown\s*:/);
  });
});
