/**
 * A document's versions as readers see them (the versions page, each
 * version's page and the amendments feed), from the clause files and
 * amendments.yaml alone (versions.ts), so the same commit gives the same
 * pages. Each version has an address of its own: the day it took effect,
 * or `first-published` for the document as first published (its printed
 * date may be unknown, or a month only, and the address must not change
 * if the date is found later).
 *
 *   versions: first-published (superseded) → 2026-04-01 (superseded) → 2026-07-01 (current)
 *   a version taking effect after the as-of date is "future"; the current one is the latest in force
 */
import type { Amendment } from '../../schemas/amendment.ts';
import type { Clause } from '../../schemas/clause.ts';
import { clauseName } from '../content/clause-names.ts';
import { buildDocumentTree } from '../content/document-tree.ts';
import type { ClauseEntry } from '../content/model.ts';
import { clauseUrl } from '../references/urls.ts';
import { documentVersions, type DocumentVersion } from './versions.ts';

export const FIRST_VERSION = 'first-published';

export interface VersionClauseChange {
  clause: string;
  /** What readers call the clause: its name in this version, or, once revoked, in the version before. */
  name: string;
  kind: 'words' | 'number' | 'added' | 'revoked';
  /** Its number before, when the amendment renumbered it. */
  numberBefore?: string;
  /** Its address: the clause's page, or for a revoked one the page saying so. */
  url: string;
}

export interface VersionEntry {
  /** The version's address under versions/: its effective day, or FIRST_VERSION. */
  slug: string;
  /** The day it took effect; undefined for the document as first published. */
  effective?: string;
  /** The day the next version replaced it. */
  until?: string;
  state: 'superseded' | 'current' | 'future';
  amendments: { record: Amendment; changes: VersionClauseChange[] }[];
  version: DocumentVersion;
  /** Every clause of this version with its number then; a revoked clause's place is from its record. */
  clauses: Clause[];
}

/** Every version, oldest first, judged as of `asOf` (YYYY-MM-DD). */
export function documentHistory(
  partnership: string,
  document: string,
  clauses: ClauseEntry[],
  amendments: Amendment[],
  asOf: string,
): VersionEntry[] {
  const versions = documentVersions(clauses, amendments);
  const clausesOf = versions.map((version) => versionClauses(clauses, amendments, version));
  const names = clausesOf.map((list) => {
    const tree = buildDocumentTree(
      list.map((data) => ({ data })),
      (c) => c.data,
    );
    return new Map(tree.ordered.map((node) => [node.clause.data.id, clauseName(node)]));
  });
  const inForce = versionIndexOn(versions, asOf);
  return versions.map((version, i) => ({
    slug: version.effective ?? FIRST_VERSION,
    effective: version.effective,
    until: versions[i + 1]?.effective,
    state: i === inForce ? 'current' : i < inForce ? 'superseded' : 'future',
    version,
    clauses: clausesOf[i]!,
    amendments: version.amendments.map((record) => ({
      record,
      changes: record.changes.map((change): VersionClauseChange => {
        const kind = change.revoked ? 'revoked' : change.added ? 'added' : change.was !== undefined ? 'words' : 'number';
        const name = (kind === 'revoked' ? names[i - 1] : names[i])?.get(change.clause) ?? change.clause;
        const numberBefore = kind === 'number' ? change.number : undefined;
        return { clause: change.clause, name, kind, numberBefore, url: clauseUrl(partnership, document, change.clause) };
      }),
    })),
  }));
}

/** The index of the version in force on `day` (YYYY-MM-DD): the latest that took effect by then, else the first. */
export function versionIndexOn(versions: readonly Pick<DocumentVersion, 'effective'>[], day: string): number {
  return Math.max(
    0,
    versions.findLastIndex((v) => !v.effective || v.effective <= day),
  );
}

/** The clauses of one version: each file's frontmatter with the number it had then, and each revoked clause's from its record. */
export function versionClauses(clauses: readonly ClauseEntry[], amendments: readonly Amendment[], version: DocumentVersion): Clause[] {
  const live = new Map(clauses.map((c) => [c.data.id, c.data]));
  const revokes = new Map(amendments.flatMap((a) => a.changes.filter((c) => c.revoked).map((c) => [c.clause, c] as const)));
  return [...version.bodies.keys()].map((id) => {
    const number = version.numbers.get(id);
    const data = live.get(id);
    if (data) return number === undefined ? data : { ...data, number };
    const record = revokes.get(id);
    return {
      id,
      number: number ?? record?.number,
      heading: record?.heading,
      parent: record?.parent,
      order: record?.order ?? Number.MAX_SAFE_INTEGER,
      topics: [],
      duties: [],
    };
  });
}
