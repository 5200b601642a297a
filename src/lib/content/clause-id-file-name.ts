/**
 * A clause's id is its address and its file name, so the two must agree: a
 * file renamed without its id (or an id changed without its file) would
 * quietly move the clause's page.
 */
import { contentError, type ContentError } from '../errors/content-error.ts';

export function idFileNameError(file: string, fileId: string, id: string, line: number): ContentError {
  return contentError({
    file,
    line,
    field: 'id',
    rule: 'id-file-name',
    message: `expected "${fileId}", the file's name without .mdx, found "${id}"`,
    hint: `a clause's id is its address and its file name: rename the file to ${id}.mdx, or set id: ${fileId}; to renumber a clause use npm run renumber, which keeps the old address answering`,
  });
}
