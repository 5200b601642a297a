/**
 * `publication` duties: an annual report "at least once in every 12-month
 * period" (4.1), "in relation to the preceding financial year" (6.10), a
 * business plan in force (6.11–6.12). Evidence: publications.yaml entries
 * of the duty's type and publisher, counted from their published date; with
 * `onWebsite`, only those recorded with the address they are published at.
 * Under preceding-financial-year, a report that was never published can be
 * acknowledged (records/acknowledgements.yaml), so the next one is due.
 */
import type { DutyOf } from '../../../schemas/duty.ts';
import type { Publication } from '../../../schemas/publication.ts';
import { acknowledgeHint, acknowledgementOf, linkOf, type Lapse } from '../acknowledgements.ts';
import { intervalDue, type Acknowledge, type CadenceOutcome } from '../cadence.ts';
import { compareDates, financialYearOf, inPeriod, londonDate, shiftYear, type PlainDate } from '../calendar.ts';
import type { EvaluationContext, Finding } from '../types.ts';
import { datedUpTo, findingByDue, noEvidence, toEvidence, type Dated } from './shared.ts';

type Duty = DutyOf<'publication'>;

const covers = (p: Publication, year: { start: PlainDate; end: PlainDate }) =>
  p.period.start === year.start.toString() && p.period.end === year.end.toString();

/** Report for FY n-1 due by the end of FY n; also check the one before was published in its year. */
function precedingYear(published: Dated<Publication>[], asOf: PlainDate, acknowledge: Acknowledge): CadenceOutcome {
  const current = financialYearOf(asOf);
  const find = (year: ReturnType<typeof financialYearOf>) => published.find((d) => covers(d.entry.data, year));
  const previous = shiftYear(current, -1);
  const notes: string[] = [];
  const late = (d: Dated<Publication> | undefined, year: ReturnType<typeof financialYearOf>) => {
    const deadline = shiftYear(year, 1).end;
    if (d && compareDates(d.date, deadline) > 0) notes.push(`the report for ${year.label} was published on ${d.date}, after ${deadline}`);
  };
  if (find(previous)) {
    late(find(previous), previous);
    return { due: shiftYear(current, 1).end, notes, acknowledged: [] };
  }
  const beforeThat = shiftYear(previous, -1);
  late(find(beforeThat), beforeThat);
  if (find(beforeThat)) return { due: current.end, notes, acknowledged: [] };
  // The report on the year before last was due by the end of last year: a past lapse.
  const lapse: Lapse = {
    start: previous.start,
    end: previous.end,
    shortfall: `no report on ${beforeThat.label} published in ${previous.label}`,
  };
  const known = acknowledge(lapse);
  return known ? { due: current.end, notes, acknowledged: [known] } : { due: previous.end, notes, acknowledged: [], lapse };
}

/** A plan whose period covers today: due when its period ends. */
function inForce(published: Dated<Publication>[], asOf: PlainDate): PlainDate {
  const current = published.filter((d) =>
    inPeriod(asOf, { start: londonDate(d.entry.data.period.start), end: londonDate(d.entry.data.period.end) }),
  );
  const pool = current.length ? current : published;
  return pool
    .map((d) => londonDate(d.entry.data.period.end))
    .sort(compareDates)
    .at(-1)!;
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
  const since = duty.since ? londonDate(duty.since) : undefined;
  const dates = published.map((d) => d.date);
  const acknowledge: Acknowledge = (lapse) => acknowledgementOf(ctx, duty.id, lapse);
  const outcome: CadenceOutcome =
    duty.cadence.rule === 'preceding-financial-year'
      ? precedingYear(published, asOf, acknowledge)
      : duty.cadence.rule === 'in-force'
        ? { due: inForce(published, asOf), notes: [], acknowledged: [] }
        : intervalDue(duty.cadence, dates, asOf, since, acknowledge);
  const last = published.at(-1)!;
  const hint = `when the next one is published, add an entry to ${file} with its period, published date and url`;
  return [
    findingByDue(ctx, {
      due: outcome.due,
      notes: outcome.notes,
      acknowledged: outcome.acknowledged,
      what: duty.cadence.rule === 'in-force' ? 'new business plan' : duty.publicationType.replace('-', ' '),
      last: toEvidence(
        last,
        `${last.entry.data.title} (${last.entry.data.period.start} to ${last.entry.data.period.end})`,
        ['published'],
        linkOf(duty.publicationType.replace('-', ' '), last.entry.data.url),
      ),
      edit: { file, line: last.entry.line, hint: outcome.lapse ? `${hint}; ${acknowledgeHint(ctx, duty.id, outcome.lapse)}` : hint },
    }),
  ];
}
