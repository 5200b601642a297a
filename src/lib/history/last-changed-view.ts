/**
 * What the "Last changed" line says for a file or folder, worked out here
 * (pure, tested) so the component only prints it. A date is shown only when
 * git vouches for it; otherwise the line says why there is none.
 */
import { formatInstant, londonDay } from '../dates/reader-dates.ts';
import type { LastChange } from './content-history.ts';

export interface LastChangedView {
  /** Text before the date, or the whole statement when there is no date. */
  text: string;
  /** The date, when one can be trusted: `iso` for `<time datetime>`, `text` to show. */
  date?: { iso: string; text: string };
}

export interface LastChangedOptions {
  /** The date covers the clause's sub-clauses too (a clause page shows them); the line says so. */
  withSubClauses?: boolean;
}

export function lastChangedView(change: LastChange, { withSubClauses = false }: LastChangedOptions = {}): LastChangedView {
  const scope = withSubClauses ? ' (this clause or one of its sub-clauses)' : '';
  switch (change.status) {
    case 'committed':
      return { text: `Last changed${scope}`, date: { iso: londonDay(change.commit.date), text: formatInstant(change.commit.date) } };
    case 'uncommitted':
      return { text: `Changed in this copy${scope} and not yet committed, so it has no date yet` };
    case 'not-in-history':
      return { text: 'Not yet in the repository’s history, so it has no date yet' };
    case 'unavailable':
      return { text: `Date of last change not shown: ${change.short}` };
  }
}
