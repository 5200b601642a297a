/**
 * The compare page's data: the same kind of duty side by side across
 * partnerships, built from the typed duties and their results, not written
 * by hand. Each duty goes in the section for its `theme`
 * (src/schemas/duty-theme.ts); a duty without one goes by its kind.
 * Per-subgroup results fold into one entry. Sections no partnership has a
 * duty for are left out.
 */
import type { DutyKind } from '../../schemas/duty.ts';
import type { DutyTheme } from '../../schemas/duty-theme.ts';
import { dutyKey } from '../content/model.ts';
import type { DutyResult, DutyStatus } from '../compliance/types.ts';
import { STATUS_ORDER } from '../compliance/types.ts';
import { cadenceOf } from '../compliance/report/describe.ts';
import { clauseUrl } from '../references/urls.ts';
import { formatDay } from '../dates/reader-dates.ts';
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
  /** True when any of its results rests on an example record: the page labels it so. */
  example: boolean;
  registerUrl: string;
}

export interface CompareSection {
  id: string;
  title: string;
  /** One sentence on what the section compares. */
  about: string;
  /** Partnership id → its entries (empty when the partnership states no such duty). */
  byPartnership: Map<string, CompareEntry[]>;
}

interface SectionSpec {
  id: string;
  title: string;
  about: string;
  /** The duty themes this section shows. */
  themes: DutyTheme[];
  /** The kinds it shows when a duty has no theme. */
  kinds: DutyKind[];
}

/** Every theme and every kind is in exactly one section (test/publishing/compare.test.ts checks). */
export const SECTIONS: SectionSpec[] = [
  {
    id: 'scrutiny',
    title: 'Who scrutinises',
    about: 'Independent scrutiny: who reviews the arrangements and their effectiveness, and how often.',
    themes: ['scrutiny'],
    kinds: [],
  },
  {
    id: 'meetings',
    title: 'How often the boards meet',
    about: 'How often each board, group and sub-committee must meet, and when meeting dates are set.',
    themes: ['board-meetings'],
    kinds: ['frequency', 'per-meeting'],
  },
  {
    id: 'terms-of-reference',
    title: 'How terms of reference and membership are renewed',
    about: 'Reviews each subgroup or sub-committee must have, who signs them off and how often; reviews of who sits on the boards.',
    themes: ['terms-of-reference', 'membership'],
    kinds: ['renewal-per-subgroup'],
  },
  {
    id: 'publications',
    title: 'Annual reports and business plans',
    about: 'What is published, by whom, on what cycle, and what it must contain.',
    themes: ['annual-report', 'business-plan'],
    kinds: ['publication'],
  },
  {
    id: 'reporting',
    title: 'Reports and meetings between boards',
    about: 'Reports one body must make to another, and the meetings and agreements between boards.',
    themes: ['reporting', 'joint-working'],
    kinds: [],
  },
  {
    id: 'finance',
    title: 'Budgets, contributions and financial reports',
    about: 'When budgets are agreed and reviewed, contributions paid and the finances reported.',
    themes: ['finance'],
    kinds: [],
  },
  {
    id: 'documents',
    title: 'Reviews of the governance documents',
    about: 'How often the documents themselves must be reviewed.',
    themes: ['document-review'],
    kinds: [],
  },
  {
    id: 'other',
    title: 'Other reviews and deadlines',
    about: 'Every other dated duty the documents state.',
    themes: [],
    kinds: ['review', 'annual-deadline', 'within', 'one-off'],
  },
];

/** The section a duty is compared in: by its theme, else by its kind. */
export function sectionOf(duty: DutyResult['duty']): SectionSpec {
  return SECTIONS.find((s) => (duty.theme ? s.themes.includes(duty.theme) : s.kinds.includes(duty.kind)))!;
}

function entry(results: DutyResult[]): CompareEntry {
  const first = results[0]!;
  const status = STATUS_ORDER.find((s) => results.some((r) => r.status === s))!;
  const due = results
    .map((r) => r.due)
    .filter((d): d is string => Boolean(d))
    .sort()[0];
  return {
    duty: first.duty.duty,
    owner: first.duty.owner,
    cadence: readableCadence(cadenceOf(first)),
    clause: { name: `${first.documentTitle} ${first.clause.name}`, url: clauseUrl(first.partnership, first.document, first.clause.id) },
    status,
    subjects: first.subject ? results.length : undefined,
    nextDue: due && formatDay(due),
    example: results.some((r) => r.example),
    registerUrl: registerEntryUrl(results.find((r) => r.status === status) ?? first),
  };
}

export function compareSections(results: DutyResult[], partnerships: string[]): CompareSection[] {
  // One group per duty (per-subgroup results together).
  const groups = new Map<string, DutyResult[]>();
  for (const r of results) {
    const key = dutyKey(r.partnership, r.duty.id);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const sections = SECTIONS.map(({ id, title, about }) => ({
    id,
    title,
    about,
    byPartnership: new Map(partnerships.map((p) => [p, [] as CompareEntry[]])),
  }));
  for (const group of groups.values()) {
    const section = sections.find((s) => s.id === sectionOf(group[0]!.duty).id)!;
    section.byPartnership.get(group[0]!.partnership)?.push(entry(group));
  }
  return sections.filter((s) => [...s.byPartnership.values()].some((entries) => entries.length));
}
