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
import { changeError } from './change-error.ts';
import { bodyText, normaliseForFidelity, sentenceFinder, sourceSentences } from '../content/fidelity.ts';
import { documentKey, type ClauseEntry, type ContentSet, type DocumentEntry } from '../content/model.ts';
import { contentError, type ContentError } from '../errors/content-error.ts';
import { checkMdxSource } from '../mdx-safety/check-mdx-safety.ts';
import { clauseChanges, documentVersions, inEffectOrder } from './versions.ts';

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
    const records = file ? recordErrors(document, file, clauses) : [];
    errors.push(...records);
    if (!records.length) errors.push(...unrecordedWords(content.root, document, clauses, file, textOf));
  }
  return errors;
}

/**
 * Each `was:` is a clause's words in an earlier version, which its version's page renders as it renders a
 * clause file: so it is held to the same MDX safety rules, and words that do not parse (which would show
 * as nothing) are an error too, at the `was:` line.
 */
export function checkAmendmentWords(content: ContentSet, imageHosts: readonly string[] = []): ContentError[] {
  const errors: ContentError[] = [];
  for (const document of content.documents) {
    const file = documentHistoryFiles(content.root, document).amendments;
    if (!file) continue;
    for (const [i, amendment] of file.data.amendments.entries())
      for (const [j, change] of amendment.changes.entries()) {
        if (change.was === undefined) continue;
        const line = file.lineOf(['amendments', i, 'changes', j, 'was']);
        for (const found of checkMdxSource(change.was, file.file, imageHosts))
          errors.push({
            ...found,
            line,
            column: undefined,
            field: `amendments[${i}].changes[${j}].was`,
            message: `in the words clause "${change.clause}" had before amendment "${amendment.id}": ${found.message}`,
          });
      }
  }
  return errors;
}

function recordErrors(document: DocumentEntry, file: DocumentFile<{ amendments: Amendment[] }>, clauses: ClauseEntry[]): ContentError[] {
  const live = new Set(clauses.map((c) => c.data.id));
  const errors: ContentError[] = [];
  const seen = new Set<string>();
  const published = document.data.published;
  // A revoked clause's parent may itself be revoked: any clause the document has had.
  const known = new Set([...live, ...file.data.amendments.flatMap((a) => a.changes.filter((c) => c.revoked).map((c) => c.clause))]);
  file.data.amendments.forEach((amendment, i) => {
    const at = (path: (string | number)[], field: string, message: string, hint: string) =>
      errors.push(
        contentError({ file: file.file, line: file.lineOf(['amendments', i, ...path]), field, rule: 'amendment', message, hint }),
      );
    if (seen.has(amendment.id))
      at(['id'], `amendments[${i}].id`, `duplicate amendment id "${amendment.id}"`, 'give each amendment an id of its own');
    seen.add(amendment.id);
    // A published date of a month or a year only ("2021-12") is compared at that precision.
    if (published && amendment.effective.slice(0, published.length) < published)
      at(
        ['effective'],
        `amendments[${i}].effective`,
        `expected a day on or after ${published}, when the document was first published (published: in ${document.file}), found ${amendment.effective}`,
        'check the year; words the document had when it was first published are in source.txt and need no amendment',
      );
    amendment.changes.forEach((change, j) => {
      const field = `amendments[${i}].changes[${j}].clause`;
      const earlier = amendment.changes.findIndex((c) => c.clause === change.clause);
      if (earlier < j) {
        at(
          ['changes', j, 'clause'],
          field,
          `clause "${change.clause}" is already changed by this amendment (changes[${earlier}])`,
          "list each clause once in an amendment's changes, with was: its words before the whole amendment",
        );
        return;
      }
      if (change.parent !== undefined && !known.has(change.parent))
        at(
          ['changes', j, 'parent'],
          `amendments[${i}].changes[${j}].parent`,
          `expected the id of a clause of this document, found "${change.parent}"`,
          "write the id of the clause it sat under, as the revoked clause's file had it",
        );
      if (change.added && change.was !== undefined)
        at(
          ['changes', j, 'was'],
          `amendments[${i}].changes[${j}].was`,
          `clause "${change.clause}" is added by this amendment, so it had no words before; found was: "${cut(change.was)}"`,
          'delete was:, or, if the clause was in the document before this amendment, delete added: true',
        );
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
  if (errors.length) return errors;
  const versions = documentVersions(clauses, file.data.amendments);
  // A renumbering to the number the clause prints after it too: the versions page would say it was renumbered.
  const numberNow = new Map(clauses.map((c) => [c.data.id, c.data.number]));
  for (const version of versions.slice(1))
    for (const amendment of version.amendments)
      for (const [j, change] of amendment.changes.entries()) {
        if (change.number === undefined || change.revoked) continue;
        const after = version.numbers.get(change.clause) ?? numberNow.get(change.clause);
        if (after !== change.number) continue;
        const i = file.data.amendments.indexOf(amendment);
        errors.push(
          changeError(
            { file, amendment: i, change: j, key: 'number' },
            `clause "${change.clause}" prints "${after}" after amendment "${amendment.id}" too, so the amendment does not renumber it`,
            'write in number: the number the clause printed before the amendment (npm run renumber writes it); if the amendment does not renumber this clause, delete number:',
          ),
        );
      }
  // A change whose words before are its words after: the versions page would list a change that changes nothing.
  for (const change of clauseChanges(versions)) {
    const record = change.amendment.changes.find((c) => c.clause === change.clause)!;
    if (record.was === undefined || record.number !== undefined || change.after === undefined) continue;
    if (normaliseForFidelity(bodyText(change.before)) !== normaliseForFidelity(bodyText(change.after))) continue;
    const i = file.data.amendments.indexOf(change.amendment);
    const j = change.amendment.changes.indexOf(record);
    errors.push(
      changeError(
        { file, amendment: i, change: j, key: 'was' },
        `these are the words clause "${change.clause}" has after amendment "${change.amendment.id}" too, so it changes nothing in the clause`,
        "write the amended words in the clause's file, and in was: its words as they stood before the amendment; if the amendment does not change this clause, delete the change",
      ),
    );
  }
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
    // The amendment whose was: the first version holds: the clause's earliest by day (then id), wherever it is in the file.
    const earliest = inEffectOrder(amendments).find((a) => a.changes.some((c) => c.clause === id && c.was !== undefined));
    const amended = earliest ? amendments.indexOf(earliest) : -1;
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
        const j = amendments[amended]?.changes.findIndex((c) => c.clause === id && c.was !== undefined) ?? 0;
        // Amendments of one day apply in order of id, which an editor may not know.
        const sameDay = inEffectOrder(amendments).filter(
          (a) => a.effective === earliest?.effective && a.changes.some((c) => c.clause === id && c.was !== undefined),
        );
        const order =
          sameDay.length > 1
            ? `. Amendments taking effect on the same day (${earliest!.effective}) change a clause in order of id: ${sameDay.map((a) => a.id).join(', then ')}; if they were decided in the other order, rename their ids to match`
            : '';
        errors.push(
          changeError(
            { file: file!, amendment: amended, change: j, key: 'was' },
            `the words clause "${id}" had before its first amendment are not in the published text (${sourceFile}): "${cut(sentence)}"`,
            `copy into was: the clause's words as they stood before the amendment, exactly as ${sourceFile} prints them${order}`,
            'fidelity',
          ),
        );
      }
    }
  }
  return errors;
}
