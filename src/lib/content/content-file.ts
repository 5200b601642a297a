/**
 * Reading a file that content names or holds, safely: content is untrusted
 * input, so a file is read only when it is a regular file inside the project
 * and not a symbolic link (which could point anywhere: `/etc/passwd`, a
 * secret). A refused file is never read, so nothing from it can be printed.
 *
 *   readContentFile('/site', 'content/demo/handbook/source.txt')
 *     → { ok: true, text: '…' }
 *   readContentFile('/site', 'content/demo/handbook/source.txt')   (a symlink)
 *     → { ok: false, problem: 'is a symbolic link, …' }
 */
import { lstatSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

export type ContentFileRead = { ok: true; text: string } | { ok: false; problem: string };

/** Whether `path` (project-relative or absolute) stays inside `folder` once resolved. */
export function isInside(folder: string, path: string): boolean {
  const inner = relative(folder, isAbsolute(path) ? path : join(folder, path));
  return inner !== '' && !inner.startsWith(`..${sep}`) && inner !== '..' && !isAbsolute(inner);
}

/** The file's text, or why it was not read. `file` is relative to `root`. */
export function readContentFile(root: string, file: string): ContentFileRead {
  if (!isInside(root, file)) return { ok: false, problem: 'is outside the project; content may only name files inside its own folder' };
  const stat = lstatSync(join(root, file));
  if (stat.isSymbolicLink())
    return { ok: false, problem: 'is a symbolic link, which the site does not follow; replace it with the file itself' };
  if (!stat.isFile()) return { ok: false, problem: 'is not a file' };
  return { ok: true, text: readFileSync(join(root, file), 'utf8') };
}
