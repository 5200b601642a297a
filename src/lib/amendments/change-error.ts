/**
 * An error at one field of one change of an amendment, `amendments[i].changes[j].was`,
 * at its line in amendments.yaml: the shape every amendment check reports a
 * wrong `was:` or `number:` in.
 */
import type { Amendment } from '../../schemas/amendment.ts';
import type { DocumentFile } from '../content/document-files.ts';
import { contentError, type ContentError } from '../errors/content-error.ts';

export interface ChangeAt {
  file: DocumentFile<{ amendments: Amendment[] }>;
  /** Index of the amendment in the file, and of the change in the amendment. */
  amendment: number;
  change: number;
  key: 'was' | 'number';
}

export function changeError(
  { file, amendment: i, change: j, key }: ChangeAt,
  message: string,
  hint: string,
  rule = 'amendment',
): ContentError {
  return contentError({
    file: file.file,
    line: file.lineOf(['amendments', i, 'changes', j, key]),
    field: `amendments[${i}].changes[${j}].${key}`,
    rule,
    message,
    hint,
  });
}
