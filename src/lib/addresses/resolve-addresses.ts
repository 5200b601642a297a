/**
 * Where each address of addresses.yaml leads: a live clause, or (following
 * `movedTo` from entry to entry) the clause that succeeded it, or a
 * revocation. The pages build redirect and "revoked" pages from this; the
 * check reports what does not resolve.
 */
import type { AddressesFile, RevokedAddress } from '../../schemas/address.ts';
import type { DocumentEntry } from '../content/model.ts';

export interface MovedAddress {
  /** The id the address was published with. */
  id: string;
  /** The live clause the address now leads to, after every move. */
  target: string;
}

export interface ResolvedAddresses {
  document: DocumentEntry;
  moved: MovedAddress[];
  revoked: RevokedAddress[];
}

export function resolveDocumentAddresses(document: DocumentEntry, file: AddressesFile, live: ReadonlySet<string>): ResolvedAddresses {
  const movedTo = new Map<string, string>();
  const revoked: RevokedAddress[] = [];
  for (const entry of file.addresses) {
    if (typeof entry === 'string' || live.has(entry.id)) continue;
    if ('movedTo' in entry) movedTo.set(entry.id, entry.movedTo);
    else revoked.push(entry);
  }
  const moved: MovedAddress[] = [];
  for (const id of [...movedTo.keys()].sort()) {
    // Follow the chain; a loop or a dead end leaves the address unresolved (the check says so).
    let target = movedTo.get(id)!;
    const visited = new Set([id]);
    while (!live.has(target) && movedTo.has(target) && !visited.has(target)) {
      visited.add(target);
      target = movedTo.get(target)!;
    }
    if (live.has(target)) moved.push({ id, target });
  }
  return { document, moved, revoked: revoked.sort((a, b) => a.id.localeCompare(b.id)) };
}
