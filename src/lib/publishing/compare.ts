/**
 * The compare page's data: the same kind of duty side by side across
 * partnerships, built from the typed duties and their results, not written
 * by hand. A theme is chosen by the duty's kind, except scrutiny, which cuts
 * across kinds and is found by its words (scrutiny, the Independent Chair,
 * peer review, effectiveness). Per-subgroup results fold into one entry.
 */
import type { DutyResult, DutyStatus } from '../compliance/types.ts';
import { STATUS_ORDER } from '../compliance/types.ts';
import { cadenceOf } from '../compliance/report/describe.ts';
import { clauseUrl } from '../references/urls.ts';
import { formatDay } from './dates.ts';
import { readableCadence, registerEntryUrl } from './register.ts';

export interface CompareEntry {
  duty: string;
  owner: string;
  cadence: string;
  clause: { name: string; url: string };
  /** The most pressing status of its results. */
  status: DutyStatus;
  /** "6 subgroups" for per-subgroup duties. */
  subjects?: number;
  /** Earliest due day, for reading. */
  nextDue?: string;
  registerUrl: string;
}

export interface CompareTheme {
  id: string;
  title: string;
  /** One sentence on what the theme compares. */
  about: string;
  /** Partnership id → its entries (empty when the partnership states no such duty). */
  byPartnership: Map<string, CompareEntry[]>;
}

const SCRUTINY = /scrutin|independent chair|peer review|effectiveness/i;

const THEMES: { id: string; title: string; about: string; test: (r: DutyResult) => boolean }[] = [
  { id: 'scrutiny', title: 'Who scrutinises', about: 'Duties of independent scrutiny: who reviews the arrangements, and how often.', test: (r) => SCRUTINY.test(`${r.duty.id} ${r.duty.duty} ${r.duty.owner}`) },
  { id: 'meetings', title: 'How often the boards meet', about: 'The least number of meetings each body must hold in a year.', test: (r) => r.duty.kind === 'frequency' },
  { id: 'terms-of-reference', title: 'How terms of reference and membership are renewed', about: 'Reviews each subgroup or sub-committee must have, who signs them off and how often.', test: (r) => r.duty.kind === 'renewal-per-subgroup' },
  { id: 'publications', title: 'Annual reports and business plans', about: 'What is published, by whom, and on what cycle.', test: (r) => r.duty.kind === 'publication' },
  { id: 'other', title: 'Other reviews and deadlines', about: 'Every other dated duty the documents state.', test: () => true },
];

function entry(results: DutyResult[]): CompareEntry {
  const first = results[0]!;
  const status = STATUS_ORDER.find((s) => results.some((r) => r.status === s))!;
  const due = results.map((r) => r.due).filter((d): d is string => Boolean(d)).sort()[0];
  return {
    duty: first.duty.duty,
    owner: first.duty.owner,
    cadence: readableCadence(cadenceOf(first)),
    clause: { name: `${first.documentTitle} ${first.clause.name}`, url: clauseUrl(first.partnership, first.document, first.clause.id) },
    status,
    subjects: first.subject ? results.length : undefined,
    nextDue: due && formatDay(due),
    registerUrl: registerEntryUrl(results.find((r) => r.status === status) ?? first),
  };
}

export function compareThemes(results: DutyResult[], partnerships: string[]): CompareTheme[] {
  // One group per duty (per-subgroup results together), each in the first theme that takes it.
  const groups = new Map<string, DutyResult[]>();
  for (const r of results) groups.set(`${r.partnership}/${r.duty.id}`, [...(groups.get(`${r.partnership}/${r.duty.id}`) ?? []), r]);
  const themes = THEMES.map(({ id, title, about }) => ({ id, title, about, byPartnership: new Map(partnerships.map((p) => [p, [] as CompareEntry[]])) }));
  for (const group of groups.values()) {
    const index = THEMES.findIndex((t) => t.test(group[0]!));
    themes[index]!.byPartnership.get(group[0]!.partnership)?.push(entry(group));
  }
  return themes;
}
