/**
 * `publication` duties: an annual report "at least once in every 12-month
 * period" (4.1), "in relation to the preceding financial year" (6.10), a
 * business plan in force (6.11–6.12). Evidence: publications.yaml entries
 * of the duty's type and publisher, counted from their published date; with
 * `onWebsite`, only those recorded with the address they are published at.
 * A missed period stays a lapse until acknowledged (records/acknowledgements.yaml):
 * under preceding-financial-year, every year from the first reported on.
 */
import type { DutyOf } from '../../../schemas/duty.ts';
import type { Publication } from '../../../schemas/publication.ts';
import { acknowledgementOf, linkOf, type Lapse } from '../acknowledgements.ts';
import { intervalDue, settle, type CadenceOptions, type CadenceOutcome } from '../cadence.ts';
import {
  compareDates,
  dayInYear,
  financialYearOf,
  isAfter,
  londonDate,
  shiftYear,
  spanOf,
  type PlainDate,
  type YearPeriod,
} from '../calendar.ts';
import type { EvaluationContext, Finding } from '../types.ts';
import { publicationSteps } from './publication-steps.ts';
import { datedUpTo, findingFromOutcome, noEvidence, toEvidence, type Dated } from './shared.ts';

type Duty = DutyOf<'publication'>;

const covers = (p: Publication, year: { start: PlainDate; end: PlainDate }) =>
  p.period.start === year.start.toString() && p.period.end === year.end.toString();

/**
 * The report on each financial year is due by the end of the year after it.
 * Every year from the first one reported on must have its report; one never
 * published is a lapse until acknowledged, and one published late is noted.
 */
/** The first `MM-DD` day after `date`: 30 September after 31 March 2026 is 30 September 2026. */
function firstDayAfter(date: PlainDate, monthDay: string): PlainDate {
  const same = dayInYear(date.year, monthDay);
  return isAfter(same, date) ? same : dayInYear(date.year + 1, monthDay);
}

function precedingYear(published: Dated<Publication>[], asOf: PlainDate, options: CadenceOptions, by?: string): CadenceOutcome {
  const current = financialYearOf(asOf);
  // The report on a year is due by the end of the next year, or by the duty's own day ("by 30 September") after the year ends.
  const deadlineFor = (year: YearPeriod) => (by ? firstDayAfter(year.end, by) : shiftYear(year, 1).end);
  const find = (year: YearPeriod) => published.find((d) => covers(d.entry.data, year));
  // From the duty's since (the report due in its first year is on the year before), else from the first report.
  const first = options.since
    ? shiftYear(financialYearOf(options.since), -1)
    : published.map((d) => financialYearOf(londonDate(d.entry.data.period.start))).sort((a, b) => compareDates(a.start, b.start))[0]!;
  const notes: string[] = [];
  const missed: Lapse[] = [];
  for (let year = first; isAfter(asOf, deadlineFor(year)); year = shiftYear(year, 1)) {
    const deadline = deadlineFor(year);
    const report = find(year);
    if (!report)
      missed.push({ start: year.end.add({ days: 1 }), end: deadline, shortfall: `no report on ${year.label} published by ${deadline}` });
    else if (isAfter(report.date, deadline)) notes.push(`the report for ${year.label} was published on ${report.date}, after ${deadline}`);
  }
  // The next report due: on the latest year that has ended and has none yet, else on this year.
  const previous = shiftYear(current, -1);
  const due = find(previous) ? deadlineFor(current) : deadlineFor(previous);
  return { due, notes, ...settle(missed, options) };
}

export function evaluatePublication(duty: Duty, ctx: EvaluationContext): Finding[] {
  const { records, asOf } = ctx;
  const file = records.files.publications;
  const matching = records.publications.filter(
    (entry) =>
      entry.data.type === duty.publicationType &&
      entry.data.publisher === duty.publisher &&
      (duty.includes === undefined || entry.data.includes.includes(duty.includes)) &&
      (!duty.onWebsite || entry.data.url !== undefined),
  );
  const published = datedUpTo(matching, (p) => londonDate(p.published), asOf);
  const wanted = `${duty.publicationType}${duty.publisher ? ` published by "${duty.publisher}"` : ''}${duty.includes ? ` including ${duty.includes}` : ''}${duty.onWebsite ? ' with the address it is published at (url)' : ''}`;
  if (!published.length) {
    return [
      noEvidence(`no ${wanted} recorded as published on or before ${asOf}`, {
        file,
        hint: `add an entry to ${file} with type: ${duty.publicationType}${duty.publisher ? `, publisher: ${duty.publisher}` : ''}${duty.includes ? `, includes: [${duty.includes}]` : ''}, title, period, published and url`,
      }),
    ];
  }
  const options: CadenceOptions = {
    since: duty.since ? londonDate(duty.since) : undefined,
    acknowledge: (lapse) => acknowledgementOf(ctx, duty.id, lapse),
  };
  // A publication is for the period it covers: a report on 2025-26 published in May 2026 counts for 2025-26.
  const points = published.map((d) => ({ date: d.date, period: spanOf(d.entry.data.period) }));
  const outcome: CadenceOutcome =
    duty.cadence.rule === 'preceding-financial-year'
      ? precedingYear(published, asOf, options, duty.by)
      : intervalDue(duty.cadence, points, asOf, options);
  const last = published.at(-1)!;
  const hint = `when the next one is published, add an entry to ${file} with its period, published date and url`;
  return [
    findingFromOutcome(ctx, outcome, {
      dutyId: duty.id,
      what: duty.cadence.rule === 'in-force' ? 'new business plan' : duty.publicationType.replace('-', ' '),
      last: toEvidence(
        last,
        `${last.entry.data.title} (${last.entry.data.period.start} to ${last.entry.data.period.end})`,
        ['published'],
        linkOf(duty.publicationType.replace('-', ' '), last.entry.data.url),
      ),
      edit: { file, line: last.entry.line, hint },
    }),
    ...publicationSteps(duty, ctx, published),
  ];
}
