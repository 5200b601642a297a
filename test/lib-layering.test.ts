/**
 * src/lib is plain TypeScript shared by the pages, the scripts and the tests:
 * it imports nothing from Astro (`astro:*`), nor from the Astro folders
 * (components, pages, layouts, integrations), and its files import one
 * another without a cycle, so any one of them can be read, and tested, with
 * only what it imports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const lib = join(root, 'src/lib');
const files = readdirSync(lib, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
  .map((entry) => join(entry.parentPath, entry.name));

/** Every module a file imports or re-exports, as written (static imports, `export … from`, dynamic import of a literal). */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => (m[1] ?? m[2])!,
  );
}

const edges = new Map(
  files.map((file) => [
    file,
    specifiers(file)
      .filter((s) => s.startsWith('.'))
      .map((s) => resolve(dirname(file), s)),
  ]),
);

/** A cycle through the import graph, as project-relative paths, or undefined. */
function findCycle(): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined;
    if (state.get(file) === 'open') return [...stack.slice(stack.indexOf(file)), file];
    state.set(file, 'open');
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of files) {
    const cycle = visit(file);
    if (cycle) return cycle.map((f) => relative(root, f));
  }
  return undefined;
}

describe('src/lib', () => {
  it('has TypeScript files to check', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('imports nothing from astro:* or from the Astro folders', () => {
    const outside = ['src/components', 'src/pages', 'src/layouts', 'src/integrations', 'src/plugins'].map((f) => join(root, f));
    const found = files.flatMap((file) =>
      specifiers(file)
        .filter((s) => s.startsWith('astro:') || (s.startsWith('.') && outside.some((o) => resolve(dirname(file), s).startsWith(`${o}/`))))
        .map((s) => `${relative(root, file)} imports ${s}`),
    );
    expect(found).toEqual([]);
  });

  it('has no import cycle between its files', () => {
    expect(findCycle()).toBeUndefined();
  });
});
