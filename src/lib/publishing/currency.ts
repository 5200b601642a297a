/**
 * What the currency banner says on a document page or a clause page that
 * carries duties: "Last reviewed on …; next review due by …; owner …" for
 * each duty, a warning tone when any is due soon, overdue or has no
 * evidence, and the build and as-of dates (a static page outlives its build).
 */
import type { DutyKind } from '../../schemas/duty.ts';
import type { DutyResult, DutyStatus, EvidenceLink } from '../compliance/types.ts';
import { formatDay } from '../dates/reader-dates.ts';
import { registerEntryUrl, STATUS_STYLE, WARNING_STATUSES } from './register.ts';
import type { SiteCompliance } from './site-compliance.ts';

/** The past-tense verb for the last evidence, by kind of duty. */
const LAST_VERB: Record<DutyKind, string> = {
  review: 'Last reviewed on',
  'renewal-per-subgroup': 'Last reviewed on',
  publication: 'Last published on',
  frequency: 'Last met on',
  'annual-deadline': 'Last done on',
  within: 'Last done on',
  'one-off': 'Done on',
  'per-meeting': 'Last kept at the meeting of',
};

export interface CurrencyLine {
  /** "Review the constitution." (with the subgroup, if any). */
  duty: string;
  /** "Last reviewed on 9 June 2026; next review due by 9 June 2027; owner Steering Group." */
  sentence: string;
  status: DutyStatus;
  statusLabel: string;
  statusTag: string;
  example: boolean;
  /** The minutes, paper or report the last evidence points to, when its record gives one. */
  evidence?: EvidenceLink;
  /** Past lapses acknowledged by the responsible body ("lapsed, acknowledged"), in words. */
  acknowledged: string[];
  registerUrl: string;
}

export interface Currency {
  warning: boolean;
  title: string;
  lines: CurrencyLine[];
  /** Plain words on where the dates come from. */
  clockNote: string;
}

export function currencyLine(result: DutyResult): CurrencyLine {
  const next = result.duty.kind === 'review' || result.duty.kind === 'renewal-per-subgroup' ? 'next review due by' : 'next due by';
  const parts = [
    result.last ? `${LAST_VERB[result.duty.kind]} ${formatDay(result.last.date)}` : 'No record of it being done',
    result.due ? `${next} ${formatDay(result.due)}` : undefined,
    `owner ${result.duty.owner}`,
  ].filter(Boolean);
  const sentence = parts.join('; ');
  return {
    duty: result.subject ? `${result.duty.duty} – ${result.subject.name}` : result.duty.duty,
    sentence: `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`,
    status: result.status,
    statusLabel: STATUS_STYLE[result.status].label,
    statusTag: STATUS_STYLE[result.status].tag,
    example: result.example,
    evidence: result.last?.link,
    acknowledged: result.acknowledged.map((a) => `Lapsed, acknowledged: ${a.shortfall}.`),
    registerUrl: registerEntryUrl(result),
  };
}

export function clockNote(compliance: Pick<SiteCompliance, 'clock' | 'pinned' | 'builtOn' | 'builtFrom'>): string {
  const day = formatDay(compliance.builtOn.toString());
  const built =
    compliance.builtFrom === 'commit' ? `This page was built from the content as committed on ${day}.` : `This page was built on ${day}.`;
  const asOf = formatDay(compliance.clock.asOf.toString());
  if (compliance.pinned)
    return `${built} Statuses are judged as of ${asOf}, a date pinned in the site settings because the records shown are examples; they are not judged as of today.`;
  return `${built} Statuses are judged as of ${asOf}; a scheduled rebuild keeps them current.`;
}

/** The banner for a set of results (a clause's, or a document's); undefined when there are none. */
export function currency(results: DutyResult[], compliance: SiteCompliance): Currency | undefined {
  const shown = results.filter((r) => r.status !== 'exempt');
  if (!shown.length) return undefined;
  const lines = shown
    .map(currencyLine)
    .sort((a, b) => Number(WARNING_STATUSES.includes(b.status)) - Number(WARNING_STATUSES.includes(a.status)));
  const warning = shown.some((r) => WARNING_STATUSES.includes(r.status));
  const worst = shown.find((r) => r.status === 'overdue' || r.status === 'no-evidence') ?? shown.find((r) => r.status === 'due-soon');
  const title = worst ? STATUS_STYLE[worst.status].label : 'Review status';
  return { warning, title, lines, clockNote: clockNote(compliance) };
}

/** A clause's own duties. */
export const clauseResults = (results: DutyResult[], partnership: string, document: string, clause: string) =>
  results.filter((r) => r.partnership === partnership && r.document === document && r.clause.id === clause);

/**
 * A document page shows the review of the document itself (a review duty
 * whose subject is the document's id, e.g. constitution 12.1) and every
 * duty that needs attention, else the duty falling due next; the rest stay
 * on the clause pages and the register.
 */
export function documentResults(results: DutyResult[], partnership: string, document: string): DutyResult[] {
  const own = results.filter((r) => r.partnership === partnership && r.document === document);
  const selfReview = own.filter((r) => r.duty.kind === 'review' && r.duty.subject === document);
  const attention = own.filter((r) => WARNING_STATUSES.includes(r.status) && !selfReview.includes(r));
  const chosen = [...selfReview, ...attention];
  const next = own.filter((r) => r.status !== 'exempt' && r.due).sort((a, b) => a.due!.localeCompare(b.due!))[0];
  return chosen.length || !next ? chosen : [next];
}
