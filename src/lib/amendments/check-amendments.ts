/**
 * Amendments, checked. Each record must name clauses of its document, and
 * the words of the first version (every amendment undone, versions.ts) must
 * all be in the published text: so a clause's words changed without an
 * amendment record are an error, at the clause's line, and so is a record
 * whose `was` is not what was published. fidelity.ts checks the other way,
 * that every published sentence is in the first version.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Amendment } from '../../schemas/amendment.ts';
import { readContentFile } from '../content/content-file.ts';
import { documentHistoryFiles, type DocumentFile } from '../content/document-files.ts';
import { bodyText, normaliseForFidelity, sentenceFinder, sourceSentences } from '../content/fidelity.ts';
import { documentKey, type ClauseEntry, type ContentSet, type DocumentEntry } from '../content/model.ts';
import { contentError, type ContentError } from '../errors/content-error.ts';
import { documentVersions } from './versions.ts';

const cut = (s: string) => (s.length > 120 ? `${s.slice(0, 117)}…` : s);
// A table row is looked for cell by cell, as fidelity.ts splits the published text's rows.
const sentences = (text: string) =>
  text
    .split(/\n|\t+|(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);

export function checkAmendments(content: ContentSet, textOf: (clause: ClauseEntry) => string): ContentError[] {
  const errors: ContentError[] = [];
  const byDocument = Map.groupBy(content.clauses, (c) => documentKey(c.partnership, c.document));
  for (const document of content.documents) {
    const clauses = byDocument.get(documentKey(document.partnership, document.id)) ?? [];
    const file = documentHistoryFiles(content.root, document).amendments;
    const records = file ? recordErrors(file, clauses) : [];
    errors.push(...records);
    if (!records.length) errors.push(...unrecordedWords(content.root, document, clauses, file, textOf));
  }
  return errors;
}

function recordErrors(file: DocumentFile<{ amendments: Amendment[] }>, clauses: ClauseEntry[]): ContentError[] {
  const live = new Set(clauses.map((c) => c.data.id));
  const errors: ContentError[] = [];
  const seen = new Set<string>();
  file.data.amendments.forEach((amendment, i) => {
    const at = (path: (string | number)[], field: string, message: string, hint: string) =>
      errors.push(
        contentError({ file: file.file, line: file.lineOf(['amendments', i, ...path]), field, rule: 'amendment', message, hint }),
      );
    if (seen.has(amendment.id))
      at(['id'], `amendments[${i}].id`, `duplicate amendment id "${amendment.id}"`, 'give each amendment an id of its own');
    seen.add(amendment.id);
    amendment.changes.forEach((change, j) => {
      const field = `amendments[${i}].changes[${j}].clause`;
      if (!change.revoked && !live.has(change.clause))
        at(
          ['changes', j, 'clause'],
          field,
          `expected the id of a clause of this document, found "${change.clause}"`,
          'write the file name of the changed clause in clauses/, without .mdx',
        );
      if (change.revoked && live.has(change.clause))
        at(
          ['changes', j, 'clause'],
          field,
          `clause "${change.clause}" is revoked here, but clauses/${change.clause}.mdx still exists`,
          'delete the clause file, and list its address as revoked in addresses.yaml',
        );
    });
  });
  return errors;
}

/** Sentences of the first version that the published text does not have, each at the line that holds it. */
function unrecordedWords(
  root: string,
  document: DocumentEntry,
  clauses: ClauseEntry[],
  file: DocumentFile<{ amendments: Amendment[] }> | undefined,
  textOf: (clause: ClauseEntry) => string,
): ContentError[] {
  const sourceFile = `${document.dir}/${document.data.source.file}`;
  const read = existsSync(join(root, sourceFile)) ? readContentFile(root, sourceFile) : undefined;
  if (!read?.ok) return [];
  // A word broken over two lines by the extract ("self-\n\nevaluate") is one word on the page.
  const published = sourceSentences(read.text.replace(/(\w)-\n\s*(\w)/g, '$1-$2'));
  const found = sentenceFinder(published.map((s) => s.sentence).join('\n'));
  const amendments = file?.data.amendments ?? [];
  const first = documentVersions(clauses, amendments)[0]!.bodies;
  const errors: ContentError[] = [];
  for (const [id, body] of first) {
    const clause = clauses.find((c) => c.data.id === id);
    const amended = amendments.findIndex((a) => a.changes.some((c) => c.clause === id));
    const text = clause && body === clause.body ? textOf(clause) : bodyText(body);
    for (const sentence of sentences(text)) {
      if (found(normaliseForFidelity(sentence))) continue;
      if (clause && amended < 0) {
        const offset = clause.body.split('\n').findIndex((line) => line.includes(sentence.slice(0, 40)));
        errors.push(
          contentError({
            file: clause.file,
            line: clause.bodyStartLine + Math.max(0, offset),
            rule: 'fidelity',
            message: `this sentence is not in the published text (${sourceFile}) and no amendment records it: "${cut(sentence)}"`,
            hint: `if the document was amended, record the decision in ${document.dir}/amendments.yaml: the day it takes effect, who decided, the minute, and this clause's words before (was:); otherwise restore the published words`,
          }),
        );
      } else {
        const j = amendments[amended]?.changes.findIndex((c) => c.clause === id) ?? 0;
        errors.push(
          contentError({
            file: file!.file,
            line: file!.lineOf(['amendments', amended, 'changes', j, 'was']),
            field: `amendments[${amended}].changes[${j}].was`,
            rule: 'fidelity',
            message: `the words clause "${id}" had before its first amendment are not in the published text (${sourceFile}): "${cut(sentence)}"`,
            hint: `copy into was: the clause's words as they stood before the amendment, exactly as ${sourceFile} prints them`,
          }),
        );
      }
    }
  }
  return errors;
}
