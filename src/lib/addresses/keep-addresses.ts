/**
 * `npm run addresses`: writes each document's addresses.yaml, or adds to it
 * the clauses it does not list yet, in reading order. Lines are only ever
 * added, never removed or rewritten, so whatever the file says about moved
 * and revoked addresses stays as the editor wrote it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { Clause } from '../../schemas/clause.ts';
import { buildDocumentTree } from '../content/document-tree.ts';

/** What placing a clause takes: a clause file's frontmatter, or a clause the importer is about to write. */
type Placed = { data: Pick<Clause, 'id' | 'parent' | 'order'> };

export const ADDRESSES_HEADER = [
  '# Every clause address this document has published (src/schemas/address.ts). Entries are never',
  '# deleted: a renumbered clause becomes "- { id: old, movedTo: new }", a revoked one',
  '# "- { id: old, revoked: YYYY-MM-DD, amendment: <id> }". npm run addresses adds new clauses.',
  'addresses:',
].join('\n');

/** The new text of addresses.yaml, or undefined when it already lists every clause. */
export function keptAddresses(clauses: Placed[], current: { text: string; listed: ReadonlySet<string> } | undefined): string | undefined {
  const ordered = buildDocumentTree(clauses, (c) => c.data).ordered.map((n) => n.clause.data.id);
  const missing = ordered.filter((id) => !current?.listed.has(id));
  if (!missing.length && current) return undefined;
  const lines = missing.map((id) => `  - ${yamlId(id)}`).join('\n');
  const head = current ? current.text.replace(/\n*$/, '') : ADDRESSES_HEADER;
  return `${head}\n${lines}\n`;
}

/**
 * Lists `clauses` in `<dir>/addresses.yaml` (`dir` relative to `root`), creating the file
 * if there is none: what npm run addresses does for one document, and what
 * the importer does for the document it writes. Entries the file already has
 * are read as written; a file YAML cannot read is not touched.
 */
export function keepAddressesFile(root: string, dir: string, clauses: Placed[]): 'created' | 'added' | 'unchanged' | 'unreadable' {
  const file = resolve(root, dir, 'addresses.yaml');
  let current: { text: string; listed: ReadonlySet<string> } | undefined;
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8');
    let entries: unknown;
    try {
      entries = (parse(text) as { addresses?: unknown } | null)?.addresses ?? [];
    } catch {
      return 'unreadable';
    }
    if (!Array.isArray(entries)) return 'unreadable';
    const ids = entries.map((e) => (typeof e === 'object' && e !== null ? (e as { id?: unknown }).id : e));
    current = { text, listed: new Set(ids.map(String)) };
  }
  const text = keptAddresses(clauses, current);
  if (text === undefined) return 'unchanged';
  writeFileSync(file, text);
  return current ? 'added' : 'created';
}

/** An id as a YAML string: ids that YAML would read as a number ("1", "6") are quoted. */
export const yamlId = (id: string) => (/^[\d.]+$/.test(id) ? `"${id}"` : id);
