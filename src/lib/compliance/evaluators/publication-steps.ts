/**
 * Follow-on steps of a publication duty, each its own finding: agreed by a
 * named body before it was published (6.12: "posted on the WSSCP website
 * after they are agreed by the Steering Group"), and sent or published to
 * each named place (6.10: "submitted to the Chief Executive …"). Every
 * publication judged must show the step in its record; one that does not
 * is named, because the data cannot prove the step was taken.
 */
import type { DutyOf } from '../../../schemas/duty.ts';
import type { Publication } from '../../../schemas/publication.ts';
import { isAfter, londonDate } from '../calendar.ts';
import type { EvaluationContext, Finding } from '../types.ts';
import { sameBody, toEvidence, type Dated } from './shared.ts';

type Duty = DutyOf<'publication'>;

function stepFinding(
  ctx: EvaluationContext,
  published: Dated<Publication>[],
  step: string,
  missing: (p: Publication) => string | undefined,
): Finding {
  const file = ctx.records.files.publications;
  const subject = {
    id: step
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
    name: step,
  };
  const gaps = published.flatMap((d) => {
    const why = missing(d.entry.data);
    return why ? [{ d, why }] : [];
  });
  const last = published.at(-1)!;
  const evidence = toEvidence(last, last.entry.data.title, ['published']);
  if (!gaps.length) {
    return {
      subject,
      status: 'ok',
      last: evidence,
      detail: `${step}: recorded for each of ${published.length} publication${published.length === 1 ? '' : 's'}`,
      notes: [],
      edit: { file, line: last.entry.line, hint: `record the step for each new publication in ${file}` },
    };
  }
  const [first, ...rest] = gaps;
  return {
    subject,
    status: 'no-evidence',
    last: evidence,
    detail: `${step}: cannot tell for ${first!.d.entry.data.title}: ${first!.why}`,
    notes: rest.map((g) => `also cannot tell for ${g.d.entry.data.title}: ${g.why}`),
    edit: {
      file,
      line: first!.d.entry.line,
      hint: `record the step on the publication in ${file}: agreed: { by, date } or sentTo: [{ to, date }]`,
    },
  };
}

export function publicationSteps(duty: Duty, ctx: EvaluationContext, published: Dated<Publication>[]): Finding[] {
  const findings: Finding[] = [];
  const { agreedBy } = duty;
  if (agreedBy) {
    findings.push(
      stepFinding(ctx, published, `agreed by ${agreedBy} before publishing`, (p) => {
        if (!p.agreed || !sameBody(p.agreed.by, agreedBy)) return `no agreement by ${agreedBy} recorded (agreed:)`;
        return isAfter(londonDate(p.agreed.date), londonDate(p.published))
          ? `agreed on ${p.agreed.date}, after it was published on ${p.published}`
          : undefined;
      }),
    );
  }
  for (const place of duty.sentTo ?? []) {
    findings.push(
      stepFinding(ctx, published, `sent to ${place}`, (p) =>
        p.sentTo.some((s) => sameBody(s.to, place)) ? undefined : `not recorded as sent to ${place} (sentTo:)`,
      ),
    );
  }
  return findings;
}
