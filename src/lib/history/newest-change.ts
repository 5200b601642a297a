/**
 * The newest of several files' last changes, for a page that shows more
 * than one file: a clause page prints the clause and all its sub-clauses, so
 * its "Last changed" is the latest change to any of them. A date is given
 * only when git vouches for every file: one uncommitted edit means the
 * newest change has no date yet; unavailable history stays unavailable.
 *
 *   [committed 10 Jan, committed 3 Mar]  →  committed 3 Mar
 *   [committed 3 Mar, uncommitted]       →  uncommitted (no date yet)
 */
import type { LastChange } from './content-history.ts';

type Committed = Extract<LastChange, { status: 'committed' }>;

export function newestChange(changes: LastChange[]): LastChange {
  const unavailable = changes.find((change) => change.status === 'unavailable');
  if (unavailable) return unavailable;
  const uncommitted = changes.find((change) => change.status === 'uncommitted');
  if (uncommitted) return uncommitted;
  const committed = changes.filter((change): change is Committed => change.status === 'committed');
  if (!committed.length) return { status: 'not-in-history' };
  return committed.reduce((newest, change) => (Date.parse(change.commit.date) > Date.parse(newest.commit.date) ? change : newest));
}
