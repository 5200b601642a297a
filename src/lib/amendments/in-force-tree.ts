/**
 * A document as readers read it on the build's as-of date: the version in
 * force then (version-tree.ts), not the clause files, which already hold the
 * words of amendments whose day has not come. Each clause a later amendment
 * changes carries that change as `pending`, which its pages print below the
 * words in force ("From 1 June 2026, this clause will read: …").
 *
 * Every clause keeps its address: a clause added by an amendment not yet in
 * force is listed with no words of its own yet, and one revoked by such an
 * amendment is still listed, from its record, until the day comes.
 *
 *   as of 2026-03-01, amendment of 2026-06-01 changing 2:
 *   clause 2 → words of the 2026-01-01 version, pending [{ effective: 2026-06-01, kind: words, html: new words }]
 */
import { buildDocumentTree, type DocumentTree } from '../content/document-tree.ts';
import type { ClauseEntry, DocumentEntry } from '../content/model.ts';
import type { VersionEntry } from './document-history.ts';
import { versionTree, type PendingChange, type RenderedClause } from './version-tree.ts';
import { clauseChanges } from './versions.ts';

export function inForceTree(
  document: DocumentEntry,
  live: readonly RenderedClause[],
  entries: readonly VersionEntry[],
  render: (clause: ClauseEntry, body: string) => string,
): DocumentTree<RenderedClause> {
  const current = entries.findIndex((e) => e.state === 'current');
  // Nothing waiting to take effect: the clause files are the words in force.
  if (current < 0 || current === entries.length - 1) return buildDocumentTree([...live], (c) => c.data);
  const inForce = versionTree(document, live, entries[current]!, render).ordered.map((n) => n.clause);
  const listed = new Set(inForce.map((c) => c.data.id));
  // Added by an amendment not yet in force: listed with no words in force yet.
  const added = live.filter((c) => !listed.has(c.data.id)).map((c) => ({ ...c, body: '', html: '' }));
  const pending = pendingChanges(live, entries.slice(current), render);
  const clauses = [...inForce, ...added].map((c) => (pending.has(c.data.id) ? { ...c, pending: pending.get(c.data.id) } : c));
  return buildDocumentTree(clauses, (c) => c.data);
}

/** Each clause's changes by amendments after the version in force (`entries[0]`), oldest first. */
function pendingChanges(
  live: readonly RenderedClause[],
  entries: readonly VersionEntry[],
  render: (clause: ClauseEntry, body: string) => string,
): Map<string, PendingChange[]> {
  const byId = new Map(live.map((c) => [c.data.id, c]));
  const result = new Map<string, PendingChange[]>();
  for (const change of clauseChanges(entries.map((e) => e.version))) {
    if (change.after !== undefined && change.after === change.before) continue;
    const clause = byId.get(change.clause);
    const kind = change.after === undefined ? 'revoked' : change.before === '' ? 'added' : 'words';
    const html = change.after === undefined || !clause ? '' : change.after === clause.body ? clause.html : render(clause, change.after);
    const entry: PendingChange = { amendment: change.amendment, kind, body: change.after ?? '', html };
    const list = result.get(change.clause) ?? [];
    // Changed again the same day: the earlier words are never in force, so only the day's last words are told.
    const sameDay = list.at(-1)?.amendment.effective === change.amendment.effective ? list.pop() : undefined;
    if (sameDay?.kind === 'added' && kind !== 'revoked') entry.kind = 'added';
    result.set(change.clause, [...list, entry]);
  }
  return result;
}
