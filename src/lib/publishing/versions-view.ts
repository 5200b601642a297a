/**
 * The words the versions page, each version's page and the amendments feed
 * use for a version and its changes, in one place so they agree.
 *
 *   versionName(first)          → "As first published"
 *   versionName(2026-07-01)     → "From 1 July 2026"
 *   versionPhrase(2026-07-01)   → "as it stood from 1 July 2026"
 *   versionPeriod(2026-04-01 …) → "In force from 1 April 2026 to 30 June 2026."
 *   changeLabel(renumbered)     → "renumbered; it was 6.7"
 *   recordedView(committed)     → "Recorded on this site on" + 12 March 2026
 */
import { Temporal } from 'temporal-polyfill';
import type { VersionClauseChange, VersionEntry } from '../amendments/document-history.ts';
import { formatDay, formatInstant, formatPrintedDate, londonDay } from '../dates/reader-dates.ts';
import type { Recording } from '../history/amendment-recordings.ts';
import type { LastChangedView } from '../history/last-changed-view.ts';

export const VERSION_STATE: Record<VersionEntry['state'], string> = {
  current: 'Current version',
  superseded: 'Replaced',
  future: 'Not yet in force',
};

export const versionName = (entry: Pick<VersionEntry, 'effective'>): string =>
  entry.effective ? `From ${formatDay(entry.effective)}` : 'As first published';

/** After "the Constitution": "as first published", "as it stood from 1 July 2026". */
export const versionPhrase = (entry: Pick<VersionEntry, 'effective'>): string =>
  entry.effective ? `as it stood from ${formatDay(entry.effective)}` : 'as first published';

const dayBefore = (day: string) => Temporal.PlainDate.from(day).subtract({ days: 1 }).toString();

/** When the version was in force, in a sentence; `published` is the document's printed publication date, if known. */
export function versionPeriod(entry: VersionEntry, published?: string): string {
  const until = entry.until ? ` to ${formatDay(dayBefore(entry.until))}` : '';
  if (!entry.effective) {
    const when = published ? `published ${formatPrintedDate(published)}` : 'publication date not recorded';
    return entry.until
      ? `The document as first published (${when}), in force${until}.`
      : `The document as first published (${when}); no amendment has been recorded since.`;
  }
  if (entry.state === 'future') return `Takes effect on ${formatDay(entry.effective)}.`;
  return entry.until ? `In force from ${formatDay(entry.effective)}${until}.` : `In force from ${formatDay(entry.effective)}.`;
}

/** What happened to a clause, after its name: "6.76 (words changed)". */
export function changeLabel(change: VersionClauseChange): string {
  if (change.kind === 'words') return 'words changed';
  if (change.kind === 'added') return 'added';
  if (change.kind === 'revoked') return 'revoked';
  return change.numberBefore ? `renumbered; it was ${change.numberBefore}` : 'renumbered';
}

/** When the site learned of an amendment (git), beside when it took effect; no date where git cannot vouch for one. */
export function recordedView(recording: Recording | undefined): LastChangedView {
  switch (recording?.status) {
    case 'committed':
      return {
        text: 'Recorded on this site on',
        date: { iso: londonDay(recording.commit.date), text: formatInstant(recording.commit.date) },
      };
    case 'uncommitted':
      return { text: 'Recorded in this copy and not yet committed, so it has no date yet' };
    case 'unavailable':
      return { text: `When it was recorded is not shown: ${recording.short}` };
    default:
      return { text: 'When it was recorded is not shown: the change history could not be read' };
  }
}
