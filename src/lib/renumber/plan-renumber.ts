/**
 * `npm run renumber`: one clause and everything under it take new printed
 * numbers ("6.7" → "6.8": 6.71 → 6.81, 6.771 → 6.871; "i)" stays "i)").
 * By default ids, and so addresses, stay as they are; with `newIds` each
 * renumbered clause gets the id its new number gives (a repeat suffixed as
 * content/README.md says), its file is renamed, and addresses.yaml keeps the
 * old address answering with a redirect. Pure: returns the edits, and the
 * script writes them.
 */
import { IdRegistry, slugify } from '../import/numbering.ts';
import { buildDocumentTree, descendants } from '../content/document-tree.ts';
import { documentKey, type ClauseEntry, type ContentSet, type DocumentEntry } from '../content/model.ts';
import { yamlId } from '../addresses/keep-addresses.ts';

export interface Renumbered {
  clause: ClauseEntry;
  oldNumber?: string;
  newNumber?: string;
  oldId: string;
  newId: string;
}

export interface FileEdit {
  /** Project-relative path; `to` set when the file is renamed. */
  path: string;
  to?: string;
  before: string;
  after: string;
}

export interface RenumberPlan {
  document: DocumentEntry;
  renumbered: Renumbered[];
  edits: FileEdit[];
}

/** The clause `from` names: its id, else the one clause printing that number. */
export function findClause(clauses: ClauseEntry[], from: string): ClauseEntry {
  const byId = clauses.find((c) => c.data.id === from);
  if (byId) return byId;
  const printed = clauses.filter((c) => c.data.number === from);
  if (printed.length === 1) return printed[0]!;
  if (printed.length > 1)
    throw new Error(
      `"${from}" is printed by ${printed.length} clauses (ids ${printed.map((c) => c.data.id).join(', ')}); name the one to renumber by its id`,
    );
  throw new Error(`no clause has the id or number "${from}"`);
}

const setField = (text: string, field: string, value: string) =>
  text.replace(
    new RegExp(`^${field}:.*$`, 'm'),
    `${field}: ${/^[\w-]+$/.test(value) && !/^[\d.]+$/.test(value) ? value : JSON.stringify(value)}`,
  );

export function planRenumber(content: ContentSet, key: string, from: string, to: string, { newIds = false } = {}): RenumberPlan {
  const document = content.documents.find((d) => documentKey(d.partnership, d.id) === key);
  if (!document) throw new Error(`no document "${key}"; expected <partnership>/<document>, such as west-sussex/constitution`);
  const clauses = content.clauses.filter((c) => documentKey(c.partnership, c.document) === key);
  const root = findClause(clauses, from);
  const fromNumber = root.data.number;
  if (!fromNumber) throw new Error(`clause "${root.data.id}" prints no number, so it cannot be renumbered`);
  const node = buildDocumentTree(clauses, (c) => c.data).byId.get(root.data.id)!;
  const subtree = [node, ...descendants(node)].map((n) => n.clause);
  const moving = new Set(subtree.map((c) => c.data.id));
  const registry = new IdRegistry();
  registry.reserve(clauses.filter((c) => !moving.has(c.data.id)).map((c) => c.data.id));
  for (const id of clauses.filter((c) => !moving.has(c.data.id)).map((c) => c.data.id)) registry.take(id);

  const newIdOf = new Map<string, string>();
  const renumbered = subtree.map((clause): Renumbered => {
    const old = clause.data.number;
    const newNumber = old?.startsWith(fromNumber) ? `${to}${old.slice(fromNumber.length)}` : old;
    const oldId = clause.data.id;
    const parentNew = clause.data.parent ? newIdOf.get(clause.data.parent) : undefined;
    // An item ("i)") keeps its own part and follows its parent's new id: 6-53-i under 6-63 → 6-63-i.
    const base =
      newNumber !== old
        ? slugify(newNumber!)
        : parentNew && clause.data.parent && oldId.startsWith(`${clause.data.parent}-`)
          ? `${parentNew}${oldId.slice(clause.data.parent.length)}`
          : oldId;
    const newId = newIds ? registry.take(base).id : oldId;
    newIdOf.set(oldId, newId);
    return { clause, oldNumber: old, newNumber, oldId, newId };
  });

  const edits: FileEdit[] = [];
  for (const r of renumbered) {
    const before = content.texts?.get(r.clause.file) ?? '';
    let after = r.newNumber && r.newNumber !== r.oldNumber ? setField(before, 'number', r.newNumber) : before;
    if (r.newId !== r.oldId) after = setField(after, 'id', r.newId);
    const parent = r.clause.data.parent && newIdOf.get(r.clause.data.parent);
    if (parent && parent !== r.clause.data.parent) after = setField(after, 'parent', parent);
    const to = r.newId !== r.oldId ? r.clause.file.replace(/[^/]+\.mdx$/, `${r.newId}.mdx`) : undefined;
    if (after !== before || to) edits.push({ path: r.clause.file, to, before, after });
  }
  return { document, renumbered, edits };
}

/** addresses.yaml after ids change: each old id becomes a redirect to its new one, and the new id is listed. */
export function movedAddresses(text: string, renumbered: Renumbered[]): string {
  let after = text;
  for (const r of renumbered.filter((x) => x.newId !== x.oldId)) {
    const line = new RegExp(`^(\\s*)- ${yamlId(r.oldId).replace(/[.*+?^${}()|[\]\\"]/g, '\\$&')}\\s*$`, 'm');
    after = after.replace(line, `$1- { id: ${yamlId(r.oldId)}, movedTo: ${yamlId(r.newId)} }\n$1- ${yamlId(r.newId)}`);
  }
  return after;
}

export interface Decision {
  effective: string;
  authority: string;
  minute: string;
}

/** The amendment record of a renumbering, appended to amendments.yaml: each clause's number before. */
export function renumberAmendment(
  current: string | undefined,
  from: string,
  to: string,
  renumbered: Renumbered[],
  decision: Decision,
): string {
  const changes = renumbered
    .filter((r) => r.oldNumber && r.newNumber !== r.oldNumber)
    .map((r) => `      - { clause: ${yamlId(r.newId)}, number: ${JSON.stringify(r.oldNumber)} }`);
  const entry = [
    `  - id: renumber-${slugify(from)}-to-${slugify(to)}`,
    `    effective: ${decision.effective}`,
    `    summary: ${JSON.stringify(`${from} and the clauses under it are renumbered ${to}.`)}`,
    `    authority: ${JSON.stringify(decision.authority)}`,
    `    minute: ${JSON.stringify(decision.minute)}`,
    '    changes:',
    ...changes,
  ].join('\n');
  // Earlier records name clauses by id: a renamed clause keeps its history under its new id.
  let earlier = current === undefined ? 'amendments:' : current.replace(/\n*$/, '');
  for (const r of renumbered.filter((x) => x.newId !== x.oldId))
    earlier = earlier.replace(new RegExp(`(clause: ["']?)${r.oldId}(?=["']?(?:\\s*[,}]|\\s*$))`, 'gm'), `$1${r.newId}`);
  return `${earlier}\n${entry}\n`;
}
