/**
 * Keeps the README.md files of public/ out of the built site. Astro copies
 * public/ into dist/ as it is, so without this a note for developers
 * ("Files copied into the built site unchanged") would be published at
 * /README.md. The README stays in public/ for whoever opens the folder.
 *
 *   public/README.md, public/robots.txt → dist/robots.txt (dist/README.md removed)
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** README.md paths under a folder, relative to it ("README.md", "fonts/README.md"). */
export function readmesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).filter((name) => /(^|[\\/])README\.md$/.test(name)).sort();
}

/** Removes from `outDir` each README.md that public/ holds; returns the paths removed. */
export function removePublicReadmes(publicDir: string, outDir: string): string[] {
  const removed = readmesIn(publicDir).filter((name) => existsSync(join(outDir, name)));
  for (const name of removed) rmSync(join(outDir, name));
  return removed;
}

export function folderReadmesIntegration(): AstroIntegration {
  let publicDir = '';
  return {
    name: 'governance:folder-readmes',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:done': ({ dir, logger }) => {
        const removed = removePublicReadmes(publicDir, fileURLToPath(dir));
        if (removed.length) logger.info(`kept ${removed.join(', ')} out of the built site (folder notes, not pages)`);
      },
    },
  };
}
