/**
 * What the pages say about a document's status: the tag, since when, the
 * reason (the source's words, or an editorial note, labelled as such) and,
 * for a document not in force, that its duties are not checked. The
 * document facts, the status banner on its pages and the register's reason
 * for an unchecked duty all read this, so they say the same thing.
 */
import type { DocumentStatus, GovernanceDocument } from '../../schemas/document.ts';
import { DOCUMENT_STATUS_LABEL, statusPhrase, statusWhen } from '../content/document-status.ts';
import { documentUrl } from '../references/urls.ts';

/** The anchor of the status facts on the document page, where the banners and the register link. */
export const STATUS_ANCHOR = 'document-status';

/** govuk-tag modifiers; the words carry the meaning, the colour repeats it. */
const TAG: Record<DocumentStatus, string> = {
  'in-force': 'govuk-tag--green',
  superseded: 'govuk-tag--grey',
  historical: 'govuk-tag--grey',
  draft: 'govuk-tag--yellow',
};

export interface DocumentStatusView {
  label: string;
  tag: string;
  inForce: boolean;
  /** "since September 2019 at the latest", when the reason gives a date. */
  when?: string;
  /** "This document is historical: no longer in force, since 2019. Its duties are not checked." */
  sentence: string;
  reason?: {
    /** "Editorial note" when it is the site editors' judgement; "Why" when the source says so. */
    label: string;
    editorial: boolean;
    note: string;
    /** "What the text shows" or "The document says". */
    quotesLabel: string;
    quotes: { text: string; clause: string }[];
  };
  /** Where the page explains it: `/suffolk/partnership-protocol/#document-status`. */
  url: string;
}

export const statusTag = (status: DocumentStatus) => ({ label: DOCUMENT_STATUS_LABEL[status], tag: TAG[status] });

export function documentStatusView(document: GovernanceDocument, id: string): DocumentStatusView {
  const inForce = document.status === 'in-force';
  const reason = document.statusReason;
  const editorial = reason?.basis === 'editorial';
  return {
    ...statusTag(document.status),
    inForce,
    when: statusWhen(reason),
    sentence: `This document is ${statusPhrase(document)}.${inForce ? '' : ' Its duties are not checked.'}`,
    reason: reason && {
      label: editorial ? 'Editorial note' : 'Why',
      editorial,
      note: reason.note,
      quotesLabel: editorial ? 'What the text shows' : 'The document says',
      quotes: reason.quotes,
    },
    url: `${documentUrl(document.partnership, id)}#${STATUS_ANCHOR}`,
  };
}
