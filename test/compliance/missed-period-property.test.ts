/**
 * A missed period stays missed: for every shipped duty judged by fixed
 * periods (a financial year, a report year, a yearly deadline, a business
 * year or quarter of meetings), remove all the evidence of any one period
 * and the duty is never "ok" or "due soon" unless an acknowledgement covers
 * that period. The duty's history is declared to start with its first
 * period (`since`), so removing the first period's evidence is a lapse too.
 */
import { describe, expect, it } from 'vitest';
import {
  dayInYear,
  financialYearOf,
  isAfter,
  londonDate,
  quartersOf,
  shiftYear,
  spanOf,
  yearContaining,
  type PlainDate,
} from '../../src/lib/compliance/calendar.ts';
import { deadlineYearOf } from '../../src/lib/compliance/evaluators/annual-deadline.ts';
import { evaluateDuty } from '../../src/lib/compliance/evaluators/index.ts';
import { loadRecords } from '../../src/lib/compliance/load-records.ts';
import type { PartnershipRecords } from '../../src/lib/compliance/types.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import type { Duty } from '../../src/schemas/duty.ts';
import { projectRoot } from '../helpers/copy-fixture.ts';

const asOf = londonDate('2026-11-01');
const content = loadContent({ root: projectRoot });
const records = loadRecords({ root: projectRoot, partnerships: content.partnerships.map((p) => p.id) }).byPartnership;

interface Span {
  start: PlainDate;
  end: PlainDate;
  label: string;
  year?: number;
}

const inSpan = (date: PlainDate, span: Span) => !isAfter(span.start, date) && !isAfter(date, span.end);

/** The periods a duty is judged by that ended before the as-of date, and the records with evidence of one removed. */
function periodsOf(duty: Duty, recs: PartnershipRecords): { span: Span; without: PartnershipRecords }[] {
  const ended = (spans: Span[]) => spans.filter((s) => isAfter(asOf, s.end));
  if (duty.kind === 'review' && duty.cadence.rule === 'financial-year') {
    const mine = recs.reviews.filter((r) => r.data.subject === duty.subject);
    const yearOf = (r: (typeof mine)[number]) => financialYearOf(r.data.for ? spanOf(r.data.for).start : londonDate(r.data.date));
    const years = [...new Set(mine.map((r) => yearOf(r).label))].map((label) =>
      financialYearOf(dayInYear(Number(label.slice(0, 4)), '04-01')),
    );
    return ended(years).map((span) => ({
      span,
      without: { ...recs, reviews: recs.reviews.filter((r) => !mine.includes(r) || yearOf(r).label !== span.label) },
    }));
  }
  if (duty.kind === 'publication' && duty.cadence.rule === 'preceding-financial-year') {
    const mine = recs.publications.filter((p) => p.data.type === duty.publicationType && p.data.publisher === duty.publisher);
    const years = mine.map((p) => financialYearOf(londonDate(p.data.period.start)));
    // A report year is judged once the year after it has ended.
    return years
      .filter((y) => isAfter(asOf, shiftYear(y, 1).end))
      .map((span) => ({
        span,
        without: {
          ...recs,
          publications: recs.publications.filter((p) => !mine.includes(p) || p.data.period.start !== span.start.toString()),
        },
      }));
  }
  if (duty.kind === 'annual-deadline') {
    const mine = recs.reviews.filter((r) => r.data.subject === duty.subject);
    const yearOf = (r: (typeof mine)[number]) => deadlineYearOf(duty, londonDate(r.data.date), r.data.for);
    const spans = [...new Set(mine.map(yearOf))].map((y) => ({
      start: dayInYear(y, duty.by),
      end: dayInYear(y, duty.by),
      label: `the ${y} deadline`,
      year: y,
    }));
    return ended(spans).map((span) => ({
      span,
      without: { ...recs, reviews: recs.reviews.filter((r) => !mine.includes(r) || yearOf(r) !== span.year) },
    }));
  }
  if (duty.kind === 'frequency') {
    const mine = recs.meetings.filter((m) => m.data.body === duty.body && (duty.item === undefined || m.data.papers.includes(duty.item)));
    const years = [...new Map(mine.map((m) => yearContaining(londonDate(m.data.date), duty.yearStarts)).map((y) => [y.label, y])).values()];
    const spans = [...years, ...(duty.perQuarter ? years.flatMap(quartersOf) : [])];
    return ended(spans).map((span) => ({
      span,
      without: { ...recs, meetings: recs.meetings.filter((m) => !mine.includes(m) || !inSpan(londonDate(m.data.date), span)) },
    }));
  }
  return [];
}

const cases = content.clauses.flatMap((clause) =>
  clause.data.duties.flatMap((duty) => {
    const recs = records.get(clause.partnership);
    if (!recs) return [];
    return periodsOf(duty, recs).map(({ span, without }) => ({
      name: `${duty.id} without its evidence for ${span.label}`,
      duty,
      span,
      without,
    }));
  }),
);

describe('a missed period in the shipped content', () => {
  it('is tried for the duties of every fixed-period kind', () => {
    expect(new Set(cases.map((c) => c.duty.kind))).toEqual(new Set(['review', 'publication', 'frequency', 'annual-deadline']));
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases)('$name is never ok unless acknowledged', ({ duty, span, without }) => {
    const since = (duty.since && isAfter(londonDate(duty.since), span.start) ? londonDate(duty.since) : span.start).toString();
    const findings = evaluateDuty({ ...duty, since } as Duty, { asOf, warningDays: 30, records: without });
    // A publication's follow-on steps (agreed, sent to) are findings about each publication, not about periods.
    for (const finding of findings.filter((f) => duty.kind !== 'publication' || !f.subject)) {
      const covered = (finding.acknowledged ?? []).some(
        (a) => !isAfter(londonDate(a.period.start), span.end) && !isAfter(span.start, londonDate(a.period.end)),
      );
      if (!covered)
        expect([finding.status, finding.detail]).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(ok|due-soon)$/)]));
    }
  });
});
