/**
 * A document's status in words, in one place, for the check's exempt detail,
 * the register's reason a duty is not checked, and the pages' status facts
 * and banner:
 *
 *   historical, statusReason { by: 2019-09 }  → "historical: no longer in force, since September 2019 at the latest"
 *   superseded, statusReason { since: 2021 }  → "superseded since 2021"
 *   draft                                      → "a draft, not yet in force"
 */
import type { DocumentStatus, GovernanceDocument } from '../../schemas/document.ts';
import { formatPrintedDate } from '../dates/reader-dates.ts';

/** The label on the status tag; colour only repeats it. */
export const DOCUMENT_STATUS_LABEL: Record<DocumentStatus, string> = {
  'in-force': 'In force',
  superseded: 'Superseded',
  historical: 'Historical',
  draft: 'Draft',
};

/** "since 2019", "since September 2019 at the latest", or nothing when the reason gives no date. */
export function statusWhen(reason: GovernanceDocument['statusReason']): string | undefined {
  if (reason?.since) return `since ${formatPrintedDate(reason.since)}`;
  if (reason?.by) return `since ${formatPrintedDate(reason.by)} at the latest`;
  return undefined;
}

/** What the document is, after "the document is": "historical: no longer in force, since 2019". */
export function statusPhrase(document: Pick<GovernanceDocument, 'status' | 'statusReason'>): string {
  const when = statusWhen(document.statusReason);
  switch (document.status) {
    case 'historical':
      return `historical: no longer in force${when ? `, ${when}` : ''}`;
    case 'superseded':
      return `superseded${when ? ` ${when}` : ''}`;
    case 'draft':
      return 'a draft, not yet in force';
    default:
      return `in force${when ? ` ${when}` : ''}`;
  }
}
