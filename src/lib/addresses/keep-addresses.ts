/**
 * `npm run addresses`: writes each document's addresses.yaml, or adds to it
 * the clauses it does not list yet, in reading order. Lines are only ever
 * added, never removed or rewritten, so whatever the file says about moved
 * and revoked addresses stays as the editor wrote it.
 */
import { buildDocumentTree } from '../content/document-tree.ts';
import type { ClauseEntry } from '../content/model.ts';

export const ADDRESSES_HEADER = [
  '# Every clause address this document has published (src/schemas/address.ts). Entries are never',
  '# deleted: a renumbered clause becomes "- { id: old, movedTo: new }", a revoked one',
  '# "- { id: old, revoked: YYYY-MM-DD, amendment: <id> }". npm run addresses adds new clauses.',
  'addresses:',
].join('\n');

/** The new text of addresses.yaml, or undefined when it already lists every clause. */
export function keptAddresses(
  clauses: ClauseEntry[],
  current: { text: string; listed: ReadonlySet<string> } | undefined,
): string | undefined {
  const ordered = buildDocumentTree(clauses, (c) => c.data).ordered.map((n) => n.clause.data.id);
  const missing = ordered.filter((id) => !current?.listed.has(id));
  if (!missing.length && current) return undefined;
  const lines = missing.map((id) => `  - ${yamlId(id)}`).join('\n');
  const head = current ? current.text.replace(/\n*$/, '') : ADDRESSES_HEADER;
  return `${head}\n${lines}\n`;
}

/** An id as a YAML string: ids that YAML would read as a number ("1", "6") are quoted. */
export const yamlId = (id: string) => (/^[\d.]+$/.test(id) ? `"${id}"` : id);
