/**
 * Words held against the published branch. check-amendments.ts proves the
 * first version against source.txt, but nothing there can prove the words of
 * a later version: they are the next amendment's `was:`, and the words in
 * force of an amended clause are its file. So, where git can say (as for
 * addresses, check-published.ts), a pull request is held to what the
 * published branch holds:
 *
 *   source.txt          unchanged: it is the document as first published
 *   amendments.yaml     every published amendment still there, with the same day and changes
 *   an amended clause   its words, with this pull request's new amendments undone, are the published words
 *
 *   main: clauses/2.mdx "… every two years by the Board."; PR: "… by the Board and its Chair." + amendment { was: "… every two years by the Board." } → fine
 *   PR: "… by nobody." with no new amendment → error at clauses/2.mdx
 */
import { isDeepStrictEqual } from 'node:util';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { amendmentsFileSchema, type Amendment, type AmendmentChange } from '../../schemas/amendment.ts';
import { readContentFile } from '../content/content-file.ts';
import { resolveDocumentAddresses } from '../addresses/resolve-addresses.ts';
import { documentHistoryFiles } from '../content/document-files.ts';
import { bodyText, normaliseForFidelity } from '../content/fidelity.ts';
import { documentKey, type ContentSet } from '../content/model.ts';
import { parseFrontmatter } from '../content/yaml-source.ts';
import { contentError, type ContentError } from '../errors/content-error.ts';
import type { PublishedFiles } from '../history/published-clauses.ts';
import { documentVersions, inEffectOrder } from './versions.ts';
import { changeError } from './change-error.ts';

const cut = (s: string) => (s.length > 120 ? `${s.slice(0, 117)}…` : s);
/** Two long texts quoted from a little before where they first differ, so the difference shows. */
function excerpts(a: string, b: string): [string, string] {
  if (a.length <= 120 && b.length <= 120) return [a, b];
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  const from = Math.max(0, a.lastIndexOf(' ', Math.max(0, at - 40)) + 1);
  const quote = (s: string) => (from > 0 ? `…${cut(s.slice(from))}` : cut(s));
  return [quote(a), quote(b)];
}
const words = (body: string) => normaliseForFidelity(bodyText(body).replace(/\s+/g, ' ').trim());
const show = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));

/** The amendments a published amendments.yaml holds (none without one); undefined when it does not parse, as then nothing can be held to it. */
function publishedAmendments(text: string | undefined): Amendment[] | undefined {
  if (text === undefined) return [];
  try {
    const parsed = amendmentsFileSchema.safeParse(parse(text));
    return parsed.success ? parsed.data.amendments : undefined;
  } catch {
    return undefined;
  }
}

export function checkPublishedWords(content: ContentSet, published: PublishedFiles | undefined): ContentError[] {
  if (!published) return [];
  const { ref } = published;
  const errors: ContentError[] = [];
  const byDocument = Map.groupBy(content.clauses, (c) => documentKey(c.partnership, c.document));
  for (const document of content.documents) {
    const clauses = byDocument.get(documentKey(document.partnership, document.id)) ?? [];
    const amendmentsFile = `${document.dir}/amendments.yaml`;

    // source.txt: as first published, never edited.
    const sourceFile = `${document.dir}/${document.data.source.file}`;
    const sourceThen = published.read(sourceFile);
    const read =
      sourceThen !== undefined && existsSync(join(content.root, sourceFile)) ? readContentFile(content.root, sourceFile) : undefined;
    // Line endings are git's to convert (core.autocrlf on Windows), not an edit.
    const lines = (text: string) => text.replaceAll('\r\n', '\n').split('\n');
    if (sourceThen !== undefined && read?.ok && lines(read.text).join('\n') !== lines(sourceThen).join('\n')) {
      const then = lines(sourceThen);
      const now = lines(read.text);
      const at = now.findIndex((line, i) => line !== then[i]);
      const index = at < 0 ? now.length : at;
      errors.push(
        contentError({
          file: sourceFile,
          line: Math.min(index + 1, now.length),
          rule: 'fidelity',
          message: `source.txt is the document as first published and is never edited; ${ref} has this line as ${show(then[index])}, found ${show(now[index])}`,
          hint: `restore it (git checkout ${ref} -- ${sourceFile}); record a change of words as an amendment in ${amendmentsFile}`,
        }),
      );
    }

    const history = documentHistoryFiles(content.root, document);
    const file = history.amendments;
    const current = file?.data.amendments ?? [];
    const publishedRecords = publishedAmendments(published.read(amendmentsFile));
    if (!publishedRecords) continue;
    // A clause renamed since (npm run renumber -- --new-ids: addresses.yaml's movedTo) is named by its new id.
    const live = new Set(clauses.map((c) => c.data.id));
    const moved = history.addresses ? resolveDocumentAddresses(document, history.addresses.data, live).moved : [];
    const renamed = new Map(moved.map((m) => [m.id, m.target]));
    const rename = (id: string | undefined) => (id === undefined ? id : (renamed.get(id) ?? id));
    const before = publishedRecords.map((a) => ({
      ...a,
      changes: a.changes.map((c) =>
        c.parent === undefined ? { ...c, clause: rename(c.clause)! } : { ...c, clause: rename(c.clause)!, parent: rename(c.parent) },
      ),
    }));
    const keep = `a published amendment keeps the day and changes ${ref} publishes; restore them, and record a later decision as a new amendment`;

    // Every published amendment, still on record as published.
    for (const was of before) {
      const i = current.findIndex((a) => a.id === was.id);
      const now = current[i];
      const at = (path: (string | number)[], field: string, message: string, hint = keep) =>
        errors.push(
          contentError({ file: file?.file ?? amendmentsFile, line: file?.lineOf(path), field, rule: 'amendment', message, hint }),
        );
      if (!now) {
        at(
          ['amendments'],
          'amendments',
          `amendment "${was.id}" (taking effect on ${was.effective}) was published, but this file no longer has it`,
          `restore it as ${ref} has it: a published amendment stays on record; a decision that undoes it is a new amendment`,
        );
        continue;
      }
      if (now.effective !== was.effective)
        at(
          ['amendments', i, 'effective'],
          `amendments[${i}].effective`,
          `amendment "${was.id}" was published taking effect on ${was.effective}; found ${now.effective}`,
        );
      if (now.changes.length !== was.changes.length) {
        const ids = (changes: AmendmentChange[]) => changes.map((c) => c.clause).join(', ');
        at(
          ['amendments', i, 'changes'],
          `amendments[${i}].changes`,
          `amendment "${was.id}" was published changing ${was.changes.length} clause${was.changes.length === 1 ? '' : 's'} (${ids(was.changes)}); found ${now.changes.length} (${ids(now.changes)})`,
        );
        continue;
      }
      was.changes.forEach((then, j) => {
        const change = now.changes[j]!;
        const keys = [...new Set([...Object.keys(then), ...Object.keys(change)])] as (keyof AmendmentChange)[];
        const key = keys.find((k) => !isDeepStrictEqual(then[k], change[k]));
        if (key)
          at(
            ['amendments', i, 'changes', j, ...(key in change ? [key] : [])],
            `amendments[${i}].changes[${j}]${key in change ? `.${key}` : ''}`,
            `amendment "${was.id}" was published with ${key}: ${show(then[key])}; found ${show(change[key])}`,
          );
      });
    }

    // An amended clause's words: this pull request's amendments undone, they are the published words.
    const publishedIds = new Set(before.map((a) => a.id));
    const added = current.filter((a) => !publishedIds.has(a.id));
    const undone = documentVersions(clauses, added)[0]!.bodies;
    const named = new Set([...current, ...before].flatMap((a) => a.changes.map((c) => c.clause)));
    for (const id of named) {
      const body = undone.get(id);
      const then = [id, ...moved.filter((m) => m.target === id).map((m) => m.id)]
        .map((publishedId) => published.read(`${document.dir}/clauses/${publishedId}.mdx`))
        .find((text) => text !== undefined);
      if (body === undefined || then === undefined) continue;
      const thenWords = words(parseFrontmatter(then, id).body);
      const nowWords = words(body);
      if (nowWords === thenWords) continue;
      const [thenQuote, nowQuote] = excerpts(thenWords, nowWords);
      const first = inEffectOrder(added).find((a) => a.changes.some((c) => c.clause === id && c.was !== undefined));
      const clause = clauses.find((c) => c.data.id === id);
      if (first && file) {
        const i = current.indexOf(first);
        const j = first.changes.findIndex((c) => c.clause === id && c.was !== undefined);
        errors.push(
          changeError(
            { file, amendment: i, change: j, key: 'was' },
            `expected the words clause "${id}" had before this amendment, as ${ref} publishes them: "${thenQuote}", found "${nowQuote}"`,
            `copy into was: the clause's words from ${ref} (its file before your edit), exactly`,
          ),
        );
      } else if (clause)
        errors.push(
          contentError({
            file: clause.file,
            line: clause.bodyStartLine,
            rule: 'amendment',
            message: `the words of clause "${id}" are not those ${ref} publishes ("${thenQuote}"), and no new amendment records the change: "${nowQuote}"`,
            hint: `if the document was amended, add the decision to ${amendmentsFile} with was: the words ${ref} publishes; otherwise restore them`,
          }),
        );
    }
  }
  return errors;
}
