/**
 * Entry point for `npm run check` and scripts/check-mdx.ts: every `.mdx`
 * file under `content/` is code to Astro, so each is checked against the
 * rules in ./rules before the build compiles any of them.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentError } from '../errors/content-error.ts';
import { checkMdxFile, checkMdxSource } from './check-mdx-file.ts';

export { ALLOWED_ELEMENTS } from './allowlist.ts';
export { checkMdxFile, checkMdxSource, MDX_SAFETY_RULES } from './check-mdx-file.ts';

export interface MdxSafetyOptions {
  /** Folder to search, relative to root. Default `content`. */
  contentDir?: string;
  /**
   * The clause files loadContent read (its `texts`), by project-relative
   * path: these are checked, without reading them again or searching the
   * folder. They are every file the site renders: Astro compiles no other
   * MDX under content/.
   */
  texts?: ReadonlyMap<string, string>;
  /** Hosts images may come from besides this site: `imageHosts` in content/site.yaml. Default none. */
  imageHosts?: readonly string[];
}

/** Project-relative paths (with `/`) of every `.mdx` file under the content folder, sorted. */
export function findMdxFiles(root: string, { contentDir = 'content' }: MdxSafetyOptions = {}): string[] {
  const base = join(root, contentDir);
  if (!existsSync(base)) return [];
  return readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.') || part === 'node_modules'))
    .sort();
}

/** Every unsafe construct and MDX syntax error in the content folder, file by file. */
export function checkMdxSafety(root: string, options: MdxSafetyOptions = {}): ContentError[] {
  const hosts = options.imageHosts ?? [];
  if (options.texts)
    return [...options.texts].sort(([a], [b]) => (a < b ? -1 : 1)).flatMap(([file, text]) => checkMdxSource(text, file, hosts));
  return findMdxFiles(root, options).flatMap((file) => checkMdxFile(root, file, hosts));
}
