/**
 * The review register as data: one row per duty result (per subgroup for
 * per-subgroup duties), grouped by status in the order that needs acting on
 * first, each group sorted by due date. Sorting and filtering happen here at
 * build time so the page needs no JavaScript: a status is an anchor, the
 * order is the order printed.
 */
import { clauseUrl, documentUrl } from '../references/urls.ts';
import { STATUS_ANCHOR } from './document-status.ts';
import { STATUS_ORDER, type AcknowledgedLapse, type DutyResult, type DutyStatus, type EvidenceLink } from '../compliance/types.ts';
import { cadenceOf } from '../compliance/report/describe.ts';
import { formatDay } from '../dates/reader-dates.ts';

export interface StatusStyle {
  label: string;
  /** govuk-tag modifier; the words carry the meaning, the colour repeats it. */
  tag: string;
  /** Sentence for an empty section: "No duties are overdue." */
  none: string;
}

export const STATUS_STYLE: Record<DutyStatus, StatusStyle> = {
  overdue: { label: 'Overdue', tag: 'govuk-tag--red', none: 'No duties are overdue.' },
  'no-evidence': { label: 'No evidence', tag: 'govuk-tag--red', none: 'Every duty has evidence.' },
  'due-soon': { label: 'Due soon', tag: 'govuk-tag--orange', none: 'No duties are due soon.' },
  ok: { label: 'Up to date', tag: 'govuk-tag--green', none: 'No duties are up to date.' },
  exempt: { label: 'Not checked', tag: 'govuk-tag--grey', none: 'No duties are exempt.' },
};

/** Statuses a banner shows in its warning style. */
export const WARNING_STATUSES: readonly DutyStatus[] = ['overdue', 'no-evidence', 'due-soon'];

/** Anchor of a result on its partnership's register: `duty-subgroup-terms-of-reference--case-review-group`. */
export const registerAnchor = (result: Pick<DutyResult, 'duty' | 'subject'>): string =>
  `duty-${result.duty.id}${result.subject ? `--${result.subject.id}` : ''}`;

export const registerUrl = (partnership?: string): string => (partnership ? `/${partnership}/register/` : '/register/');

/** The register entry of a result, as an absolute path with its anchor. */
export const registerEntryUrl = (result: DutyResult): string => `${registerUrl(result.partnership)}#${registerAnchor(result)}`;

export const statusAnchor = (status: DutyStatus): string => `status-${status}`;

/** The check's cadence words with days of the year for reading: "by 11-15 each year" → "by 15 November each year". */
export const readableCadence = (cadence: string): string =>
  cadence.replace(/\b(0[1-9]|1[0-2])-([0-3]\d)\b/g, (_, month: string, day: string) =>
    formatDay(`2001-${month}-${day}`).replace(/ 2001$/, ''),
  );

export interface RegisterRow {
  anchor: string;
  partnership: string;
  status: DutyStatus;
  /** "Review the constitution." with the subgroup, when there is one: "… – Case review group (CRG)". */
  duty: string;
  owner: string;
  cadence: string;
  clause: { name: string; url: string };
  /** `link`: the minutes, paper or report the record gives; without an address, the row links to the record's history. */
  last?: { date: string; text: string; what: string; example: boolean; file: string; link?: EvidenceLink };
  due?: { date: string; text: string };
  detail: string;
  /** The result rests on example records (with no evidence: the records it was judged against are examples). */
  example: boolean;
  /** Past lapses acknowledged by the responsible body: shown as "Lapsed, acknowledged". */
  acknowledged: AcknowledgedRow[];
  /** For an advisory duty, the clause's word that makes it so ("ideally"): its lapse is shown, but fails nothing. */
  advisory?: string;
  /** For a duty not checked: why (its document's status) and where the document page explains it. */
  notChecked?: { text: string; url: string; link: string };
}

export interface AcknowledgedRow {
  /** "0 of at least 1 meeting of the Partnership Board held in the quarter Q1 2025-26; the quarter ended 2025-06-30" */
  shortfall: string;
  /** "Acknowledged on 15 July 2025 by the Partnership Board: The June meeting was cancelled." */
  text: string;
  link?: EvidenceLink;
  example: boolean;
}

export const acknowledgedRow = ({ shortfall, acknowledgement: a }: AcknowledgedLapse): AcknowledgedRow => ({
  shortfall,
  text: `Acknowledged on ${formatDay(a.date)} by ${a.by}: ${a.reason}`,
  link: a.link,
  example: a.example,
});

export function registerRow(result: DutyResult): RegisterRow {
  return {
    anchor: registerAnchor(result),
    partnership: result.partnership,
    status: result.status,
    duty: result.subject ? `${result.duty.duty} – ${result.subject.name}` : result.duty.duty,
    owner: result.duty.owner,
    cadence: readableCadence(cadenceOf(result)),
    clause: {
      name: `${result.documentTitle} ${result.clause.name}`,
      url: clauseUrl(result.partnership, result.document, result.clause.id),
    },
    last: result.last && {
      date: result.last.date,
      text: formatDay(result.last.date),
      what: result.last.what,
      example: result.last.example,
      file: result.last.file,
      link: result.last.link,
    },
    due: result.due ? { date: result.due, text: formatDay(result.due) } : undefined,
    detail: result.detail,
    example: result.example,
    acknowledged: result.acknowledged.map(acknowledgedRow),
    ...(result.duty.strength?.level === 'advisory' ? { advisory: result.duty.strength.quote } : {}),
    notChecked: result.status === 'exempt' ? notChecked(result) : undefined,
  };
}

/** "The Partnership protocol is historical: …, so its duties are not checked.", from the check's exempt detail. */
function notChecked(result: DutyResult): RegisterRow['notChecked'] {
  const why = result.detail.replace(/^exempt: the document/, `The ${result.documentTitle}`);
  return {
    text: `${why}.`,
    url: `${documentUrl(result.partnership, result.document)}#${STATUS_ANCHOR}`,
    link: `Why the ${result.documentTitle} is not in force`,
  };
}

/** Earliest due first; no due date last; then by duty for a stable order. */
export function byDueDate(a: RegisterRow, b: RegisterRow): number {
  return (
    (a.due?.date ?? '9999').localeCompare(b.due?.date ?? '9999') ||
    a.anchor.localeCompare(b.anchor) ||
    a.partnership.localeCompare(b.partnership)
  );
}

export interface RegisterSection {
  status: DutyStatus;
  anchor: string;
  style: StatusStyle;
  rows: RegisterRow[];
}

/** Every status in acting order (empty ones too, so each filter link has a target). */
export function registerSections(results: DutyResult[]): RegisterSection[] {
  const rows = results.map(registerRow).sort(byDueDate);
  return STATUS_ORDER.map((status) => ({
    status,
    anchor: statusAnchor(status),
    style: STATUS_STYLE[status],
    rows: rows.filter((r) => r.status === status),
  }));
}
