/**
 * Shapes the compliance engine passes around: loaded records with their
 * positions, one evaluator finding, and one reported duty result.
 */
import type { Acknowledgement } from '../../schemas/acknowledgement.ts';
import type { Duty } from '../../schemas/duty.ts';
import type { EventRecord } from '../../schemas/event.ts';
import type { Body, Meeting } from '../../schemas/meeting.ts';
import type { Publication } from '../../schemas/publication.ts';
import type { Review } from '../../schemas/review.ts';
import type { Subgroup } from '../../schemas/subgroup.ts';
import type { ContentError } from '../errors/content-error.ts';
import type { PlainDate } from './calendar.ts';

export type DutyStatus = 'ok' | 'due-soon' | 'overdue' | 'no-evidence' | 'exempt';

/** Statuses that fail the check (exit code 1). */
export const FAILING_STATUSES: readonly DutyStatus[] = ['overdue', 'no-evidence'];

/** Report order: what needs doing first. */
export const STATUS_ORDER: readonly DutyStatus[] = ['overdue', 'no-evidence', 'due-soon', 'ok', 'exempt'];

/** One validated record and where it is. */
export interface RecordEntry<T> {
  data: T;
  /** Project-relative path of the records file. */
  file: string;
  /** 1-based line where the record starts. */
  line: number;
  /** 1-based line of a field inside this record, e.g. `['termsOfReference', 'agreed']`. */
  lineOf(path: ReadonlyArray<string | number>): number;
}

/** The record files of one partnership; each path exists or is where the file would go. */
export interface RecordFiles {
  subgroups: string;
  reviews: string;
  publications: string;
  meetings: string;
  acknowledgements: string;
  events: string;
}

export interface PartnershipRecords {
  partnership: string;
  files: RecordFiles;
  subgroups: RecordEntry<Subgroup>[];
  reviews: RecordEntry<Review>[];
  publications: RecordEntry<Publication>[];
  meetings: RecordEntry<Meeting>[];
  bodies: RecordEntry<Body>[];
  acknowledgements: RecordEntry<Acknowledgement>[];
  /** Events that start a time limit, with their responses (records/events.yaml). */
  events: RecordEntry<EventRecord>[];
}

/** Where a record says the evidence is: the minutes, a paper, the published report. */
export interface EvidenceLink {
  /** What it is, for link text: "minutes", "paper", "annual report", "business plan". */
  label: string;
  /** The address, when the record gives one (https://…). */
  url?: string;
  /** The record's own words when it names the paper instead of linking it: "SG minutes 10/06/2025, item 4". */
  reference?: string;
}

/** A record shown as evidence for a duty. */
export interface Evidence {
  /** London calendar date, YYYY-MM-DD. */
  date: string;
  /** What the record says happened: "Annual review of the constitution, by Steering Group". */
  what: string;
  file: string;
  line: number;
  /** True when the record is an illustrative example, not a fact. */
  example: boolean;
  /** The minutes, paper or report the record points to, when it gives one. */
  link?: EvidenceLink;
}

/** A past period that fell short and has been acknowledged (records/acknowledgements.yaml): a note, not a failure. */
export interface AcknowledgedLapse {
  /** The period that fell short, YYYY-MM-DD. */
  period: { start: string; end: string };
  /** What fell short: "0 of at least 1 meeting of the Partnership Board held in the quarter …". */
  shortfall: string;
  acknowledgement: {
    /** The day it was acknowledged, YYYY-MM-DD. */
    date: string;
    by: string;
    reason: string;
    link?: EvidenceLink;
    /** True when the acknowledgement is an illustrative example record. */
    example: boolean;
    file: string;
    line: number;
  };
}

/** Where an editor goes to put things right. */
export interface EditTarget {
  file: string;
  line?: number;
  hint: string;
}

/** What an evaluator says about a duty (or about one subgroup, for per-subgroup duties). */
export interface Finding {
  /** The subgroup (or other item) this finding is about, when the duty has one result per item. */
  subject?: { id: string; name: string };
  status: Exclude<DutyStatus, 'exempt'>;
  due?: PlainDate;
  last?: Evidence;
  /** One plain-English sentence on the state of things. */
  detail: string;
  /** Past lapses and interpretation notes. */
  notes: string[];
  /** Past lapses that were acknowledged, so they no longer fail the check. */
  acknowledged?: AcknowledgedLapse[];
  edit: EditTarget;
  /** Problems with how it was judged that are not lapses: working days counted past the bank-holiday data. */
  warnings?: ContentError[];
}

export interface EvaluationContext {
  asOf: PlainDate;
  warningDays: number;
  records: PartnershipRecords;
}

export interface ClauseRef {
  id: string;
  /** What reports call it: "clause 6.72", "clause 6.52 i)", "“Principle 3” in Appendix 1". */
  name: string;
  /** The number as printed ("6.72"), when it has one. */
  number?: string;
  heading?: string;
  file: string;
  /** Line of this duty in the clause's frontmatter. */
  line: number;
}

export interface DutyResult {
  partnership: string;
  document: string;
  /** Short title of the document: "Constitution". */
  documentTitle: string;
  clause: ClauseRef;
  duty: Duty;
  subject?: { id: string; name: string };
  status: DutyStatus;
  /** YYYY-MM-DD the duty is (or was) due by. */
  due?: string;
  last?: Evidence;
  detail: string;
  notes: string[];
  /** Past lapses acknowledged in records/acknowledgements.yaml: shown as "lapsed, acknowledged". */
  acknowledged: AcknowledgedLapse[];
  /**
   * True when the result rests on example records (example-evidence.ts): its
   * evidence or acknowledgement is one, or, with no evidence, the records it
   * was judged against are examples. False for an exempt result, judged on
   * the document's status, not on records.
   */
  example: boolean;
  edit?: EditTarget;
  /** Warnings from judging it (working days counted past the bank-holiday data); the check prints them. */
  warnings?: ContentError[];
}
