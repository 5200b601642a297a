/**
 * Reading a file that content names or holds, safely: content is untrusted
 * input, so a file is read only when it is a regular file inside the project
 * and not a symbolic link (which could point anywhere: `/etc/passwd`, a
 * secret). A refused file is never read, so nothing from it can be printed.
 * Text must be UTF-8; a byte-order mark at the start is dropped everywhere.
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

/**
 * Limits that no real governance text comes near (the longest source text shipped is 45 KB, the longest
 * clause 5 KB) but that stop a pasted or planted file from swelling the site: a 5 MB clause once made
 * 39 MB of pages.
 */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_CLAUSE_BYTES = 128 * 1024;

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** The file's text, or why it was not read. `file` is relative to `root`; `maxBytes` its size limit. */
export function readContentFile(root: string, file: string, maxBytes = MAX_FILE_BYTES): ContentFileRead {
  if (!isInside(root, file)) return { ok: false, problem: 'is outside the project; content may only name files inside its own folder' };
  const stat = lstatSync(join(root, file));
  if (stat.isSymbolicLink())
    return { ok: false, problem: 'is a symbolic link, which the site does not follow; replace it with the file itself' };
  if (!stat.isFile()) return { ok: false, problem: 'is not a file' };
  if (stat.size > maxBytes) {
    const what = maxBytes === MAX_CLAUSE_BYTES ? 'a clause file may be at most' : 'a content file may be at most';
    return { ok: false, problem: `is ${size(stat.size)}; ${what} ${size(maxBytes)}, so split it, or remove what does not belong in it` };
  }
  return decodeUtf8(readFileSync(join(root, file)));
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * The text of UTF-8 bytes, a leading byte-order mark dropped (editors' tools add one; it means nothing
 * here). Bytes that are not UTF-8 are refused, at their line and byte offset, rather than published as
 * "�".
 */
export function decodeUtf8(bytes: Uint8Array): ContentFileRead {
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const lenient = Buffer.from(bytes).toString('utf8');
    const at = lenient.indexOf('\uFFFD');
    const before = at < 0 ? lenient : lenient.slice(0, at);
    const offset = Buffer.byteLength(before, 'utf8');
    const line = before.split('\n').length;
    return {
      ok: false,
      problem: `is not valid UTF-8 text (line ${line}, byte ${offset}); save it as UTF-8 (in Word: Save As, Plain Text, Unicode (UTF-8))`,
    };
  }
}
