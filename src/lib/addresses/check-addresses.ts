/**
 * Published addresses never vanish. Each document's addresses.yaml lists
 * every clause address it has published; the check proves each one still
 * answers (its clause, a redirect to the clause that succeeded it, or a
 * "revoked" page), and that every clause is listed, so its address is kept
 * from the day it is first published.
 *
 *   - 6-78                  clauses/6-78.mdx must exist
 *   - { id: 6-78, movedTo: 6-88 }      6-88 must exist (or itself have moved on)
 *   - { id: 6-99, revoked: 2026-05-01, amendment: drop-6-99 }   the amendment must revoke 6-99
 */
import type { ContentError } from '../errors/content-error.ts';
import { contentError } from '../errors/content-error.ts';
import { documentHistoryFiles } from '../content/document-files.ts';
import { documentKey, type ContentSet, type DocumentEntry } from '../content/model.ts';
import { clauseUrl } from '../references/urls.ts';
import { resolveDocumentAddresses } from './resolve-addresses.ts';

/** Route names beside the clause pages; a clause with one of these ids would have no page of its own. */
export const RESERVED_IDS = new Set(['versions']);

export function checkAddresses(content: ContentSet): ContentError[] {
  const errors: ContentError[] = [];
  const ids = Map.groupBy(content.clauses, (c) => documentKey(c.partnership, c.document));
  for (const clause of content.clauses) {
    if (!RESERVED_IDS.has(clause.data.id)) continue;
    errors.push(
      contentError({
        file: clause.file,
        line: clause.lineOf('id'),
        field: 'id',
        rule: 'address',
        message: `"${clause.data.id}" is the address of the document's versions page, so it cannot be a clause id`,
        hint: `name the clause after its number instead, e.g. "${clause.data.id}-1"`,
      }),
    );
  }
  for (const document of content.documents) {
    const files = documentHistoryFiles(content.root, document);
    errors.push(...files.errors);
    if (!files.addresses) continue;
    const live = new Map((ids.get(documentKey(document.partnership, document.id)) ?? []).map((c) => [c.data.id, c]));
    errors.push(...checkDocument(document, live, files));
  }
  return errors;
}

function checkDocument(
  document: DocumentEntry,
  live: Map<string, { file: string }>,
  files: ReturnType<typeof documentHistoryFiles>,
): ContentError[] {
  const { file, data, lineOf } = files.addresses!;
  const errors: ContentError[] = [];
  const at = (index: number, message: string, hint: string) =>
    errors.push(contentError({ file, line: lineOf(['addresses', index]), field: `addresses[${index}]`, rule: 'address', message, hint }));
  // What the list lacks is reported at the list itself.
  const atList = (message: string, hint: string) =>
    errors.push(contentError({ file, line: lineOf(['addresses']), field: 'addresses', rule: 'address', message, hint }));
  const url = (id: string) => clauseUrl(document.partnership, document.id, id);
  const resolved = resolveDocumentAddresses(document, data, new Set(live.keys()));
  const seen = new Set<string>();
  for (const [index, entry] of data.addresses.entries()) {
    const id = typeof entry === 'string' ? entry : entry.id;
    if (seen.has(id)) {
      at(index, `the address ${url(id)} is listed twice`, 'delete one of the two entries');
      continue;
    }
    seen.add(id);
    if (typeof entry === 'string') {
      if (!live.has(id))
        at(
          index,
          `the published address ${url(id)} would vanish: no clause of this document has the id "${id}"`,
          `if the clause was renumbered, write "- { id: ${id}, movedTo: <its new id> }" (npm run renumber -- --new-ids does this); if an amendment revoked it, write "- { id: ${id}, revoked: YYYY-MM-DD, amendment: <amendment id> }"; otherwise restore ${document.dir}/clauses/${id}.mdx`,
        );
      continue;
    }
    if (live.has(id)) {
      at(
        index,
        `the address ${url(id)} is listed as ${'movedTo' in entry ? 'moved' : 'revoked'}, but clause "${id}" still exists`,
        `write it as "- ${id}", or rename the clause file`,
      );
      continue;
    }
    if ('movedTo' in entry) {
      const revoking = files.amendments?.data.amendments.find((a) => a.changes.some((c) => c.clause === id && c.revoked));
      if (revoking)
        at(
          index,
          `amendment "${revoking.id}" revokes clause "${id}", so its address ${url(id)} must say so, not lead to clause "${entry.movedTo}"`,
          `write it as "- { id: ${id}, revoked: ${revoking.effective}, amendment: ${revoking.id} }"`,
        );
      else if (!resolved.moved.some((m) => m.id === id))
        at(
          index,
          `the address ${url(id)} is moved to "${entry.movedTo}", which leads to no clause of this document`,
          'set movedTo to the id of the clause that took its place (its file name in clauses/, without .mdx)',
        );
      continue;
    }
    // An amendments.yaml that does not load is an error of its own; what it holds cannot be known.
    if (!files.amendments && files.errors.some((e) => e.file === `${document.dir}/amendments.yaml`)) continue;
    const amendment = files.amendments?.data.amendments.find((a) => a.id === entry.amendment);
    const change = amendment?.changes.find((c) => c.clause === id);
    if (!amendment)
      at(
        index,
        `the address ${url(id)} is revoked by amendment "${entry.amendment}", which is not in ${document.dir}/amendments.yaml`,
        'record the amendment that revoked the clause in amendments.yaml, with its id',
      );
    else if (!change?.revoked)
      at(
        index,
        `amendment "${entry.amendment}" does not revoke clause "${id}"`,
        `add "- { clause: ${id}, revoked: true, was: <its last words> }" under that amendment's changes`,
      );
    else if (amendment.effective !== entry.revoked)
      at(
        index,
        `expected revoked: ${amendment.effective}, the day amendment "${amendment.id}" takes effect, found ${entry.revoked}`,
        `set revoked to ${amendment.effective}`,
      );
  }
  // A revoked clause's address answers with a page saying so, and earlier versions link to it.
  for (const amendment of files.amendments?.data.amendments ?? [])
    for (const change of amendment.changes) {
      if (!change.revoked || seen.has(change.clause) || live.has(change.clause)) continue;
      seen.add(change.clause);
      atList(
        `amendment "${amendment.id}" revokes clause "${change.clause}", but this file does not list its address ${url(change.clause)}, so the page saying it was revoked would vanish`,
        `add "  - { id: ${change.clause}, revoked: ${amendment.effective}, amendment: ${amendment.id} }" under addresses:`,
      );
    }
  for (const [id, clause] of live) {
    if (seen.has(id)) continue;
    atList(
      `clause "${id}" (${clause.file}) is not listed, so its address ${url(id)} is not kept`,
      `add "  - ${id}" under addresses:; once published, an address is kept for good`,
    );
  }
  return errors;
}
