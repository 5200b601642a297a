/**
 * public/ is closed: Astro copies whatever is there into the site as it is,
 * so a file added there by a content pull request would be published
 * unchecked, and one at a page's address (public/west-sussex/constitution/
 * 6-53/index.html) would replace the real clause page. Only the files the
 * project declares here may be there; anything else stops the build, naming
 * the file. Declaring a file is a change to this code, which the code owners
 * review (.github/CODEOWNERS). Folder notes (README.md) are never published
 * (src/integrations/folder-readmes.ts) and need no declaring.
 *
 *   undeclaredPublicFiles('/site/public') → ['west-sussex/constitution/6-53/index.html']
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { contentError, type ContentError } from '../errors/content-error.ts';

/** Every file public/ may hold, relative to it. */
export const DECLARED_PUBLIC_FILES: readonly string[] = ['favicon.svg', 'robots.txt', 'search-words.js', 'search.js'];

const isFolderNote = (path: string) => path === 'README.md' || path.endsWith('/README.md');

/** Files under `publicDir` (relative, with `/`) that are neither declared nor folder notes; symbolic links count as files. */
export function undeclaredPublicFiles(publicDir: string): string[] {
  if (!existsSync(publicDir)) return [];
  return readdirSync(publicDir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(publicDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !isFolderNote(path) && !DECLARED_PUBLIC_FILES.includes(path))
    .sort();
}

/** One error per undeclared file, saying which page it would replace when it has a page's address. */
export function undeclaredPublicFileErrors(publicDir: string): ContentError[] {
  return undeclaredPublicFiles(publicDir).map((path) => {
    const page = /(^|\/)index\.html$/.test(path) ? ` and replace the page at /${path.replace(/index\.html$/, '')}` : '';
    return contentError({
      file: `public/${path}`,
      rule: 'undeclared-public-file',
      message: `this file is not one the project declares for public/, so it would be published unchecked${page}`,
      hint: 'remove it; a file the site really needs is declared in src/lib/build/public-files.ts, a code change the code owners review',
    });
  });
}
