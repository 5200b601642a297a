/**
 * A document's versions, rebuilt from its clause files (the words in force
 * now) and its amendments (each keeping the words it replaced). Walking the
 * amendments back from the newest, each `was` puts back the words a clause
 * had before, so every version is the one before it plus its amendments, and
 * the first is the document as first published, which fidelity.ts proves
 * against source.txt.
 *
 *   current 6-78 "… at intervals agreed by the WSSCP Steering Group …"
 *   amendment 2026-04-01 { clause: 6-78, was: "… at intervals agreed by the WSSCP …" }
 *   → version 2026-04-01: the current words; first version: the words of `was`
 */
import type { Amendment } from '../../schemas/amendment.ts';
import type { ClauseEntry } from '../content/model.ts';

export interface DocumentVersion {
  /** The day this version took effect; undefined for the document as first published. */
  effective?: string;
  /** The amendments that made it, in id order; none for the first version. */
  amendments: Amendment[];
  /** Each clause's MDX body in this version; a clause revoked by then, or added later, is absent. */
  bodies: ReadonlyMap<string, string>;
  /** Each renumbered clause's printed number in this version, where it differs from the clause file's. */
  numbers: ReadonlyMap<string, string>;
}

export interface ClauseChange {
  amendment: Amendment;
  clause: string;
  /** The body before (empty when the amendment added the clause) and after (undefined when it revoked it). */
  before: string;
  after?: string;
}

/** Amendments in the order they apply: by the day they take effect, then by id. */
export const inEffectOrder = (amendments: readonly Amendment[]) =>
  [...amendments].sort((a, b) => a.effective.localeCompare(b.effective) || a.id.localeCompare(b.id));

/** Every version, oldest (as first published) first. */
export function documentVersions(clauses: readonly ClauseEntry[], amendments: readonly Amendment[]): DocumentVersion[] {
  const state = new Map(clauses.map((c) => [c.data.id, c.body]));
  const numbers = new Map<string, string>();
  const groups = Map.groupBy(inEffectOrder(amendments), (a) => a.effective);
  const versions: DocumentVersion[] = [];
  for (const [effective, group] of [...groups].reverse()) {
    versions.unshift({ effective, amendments: group, bodies: new Map(state), numbers: new Map(numbers) });
    for (const amendment of [...group].reverse())
      for (const change of amendment.changes) {
        if (change.added) {
          state.delete(change.clause);
          numbers.delete(change.clause);
          continue;
        }
        if (change.was !== undefined) state.set(change.clause, change.was);
        else if (change.revoked) state.set(change.clause, '');
        if (change.number !== undefined) numbers.set(change.clause, change.number);
      }
  }
  versions.unshift({ amendments: [], bodies: state, numbers });
  return versions;
}

/** Every change each amendment made, oldest first, with the words before and after. */
export function clauseChanges(versions: readonly DocumentVersion[]): ClauseChange[] {
  return versions.slice(1).flatMap((version) =>
    version.amendments.flatMap((amendment, index) =>
      amendment.changes.map((change) => {
        // Within one day's amendments a clause changed twice: its words after the first are the second's `was`.
        const later = version.amendments
          .slice(index + 1)
          .flatMap((a) => a.changes)
          .find((c) => c.clause === change.clause);
        const after = change.revoked ? undefined : (later?.was ?? version.bodies.get(change.clause));
        const before = change.added ? '' : (change.was ?? after ?? '');
        return { amendment, clause: change.clause, before, after };
      }),
    ),
  );
}
