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
 *     → { ok: false, error: 'content/demo/handbook/source.txt  error  this file is a symbolic link, …' }
 */
import { lstatSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { contentError, type ContentError } from '../errors/content-error.ts';

/** The text, or the one error editors see saying why it was not read. */
export type ContentFileRead = { ok: true; text: string } | { ok: false; error: ContentError };

export interface ReadOptions {
  /** How the error names the file: "this clause file", "partnership.yaml". Default "this file". */
  what?: string;
  /** Size limit in bytes; default MAX_FILE_BYTES. */
  maxBytes?: number;
  /** Where the error points instead of the file itself (the document.yaml line that names it). */
  at?: Partial<Pick<ContentError, 'file' | 'line' | 'field'>>;
}

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

/** Why the file may not be read, if it may not. */
function refusal(root: string, file: string, maxBytes: number): string | undefined {
  if (!isInside(root, file)) return 'is outside the project; content may only name files inside its own folder';
  const stat = lstatSync(join(root, file));
  if (stat.isSymbolicLink()) return 'is a symbolic link, which the site does not follow; replace it with the file itself';
  if (!stat.isFile()) return 'is not a file';
  if (stat.size <= maxBytes) return undefined;
  const what = maxBytes === MAX_CLAUSE_BYTES ? 'a clause file may be at most' : 'a content file may be at most';
  return `is ${size(stat.size)}; ${what} ${size(maxBytes)}, so split it, or remove what does not belong in it`;
}

/** The file's text, or why it was not read. `file` is relative to `root`. */
export function readContentFile(
  root: string,
  file: string,
  { what = 'this file', maxBytes = MAX_FILE_BYTES, at }: ReadOptions = {},
): ContentFileRead {
  const problem = refusal(root, file, maxBytes) ?? decodeUtf8(readFileSync(join(root, file)));
  if (typeof problem !== 'string') return problem;
  return { ok: false, error: contentError({ file, rule: 'unsafe-file', message: `${what} ${problem}`, ...at }) };
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * The text of UTF-8 bytes, a leading byte-order mark dropped (editors' tools add one; it means nothing
 * here). Bytes that are not UTF-8 are refused, at their line and byte offset, rather than published as
 * "�".
 */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | string {
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const lenient = Buffer.from(bytes).toString('utf8');
    const at = lenient.indexOf('\uFFFD');
    const before = at < 0 ? lenient : lenient.slice(0, at);
    const offset = Buffer.byteLength(before, 'utf8');
    const line = before.split('\n').length;
    return `is not valid UTF-8 text (line ${line}, byte ${offset}); save it as UTF-8 (in Word: Save As, Plain Text, Unicode (UTF-8))`;
  }
}
