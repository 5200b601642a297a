/**
 * `per-meeting` duties: a rule each meeting of a body keeps (West Sussex
 * constitution: agenda "circulated at least 5 days before", 6.54 ii; minutes
 * "signed off at the next … meeting", 6.55 ii; "not less than 10 working
 * days' notice" of an extraordinary meeting, 6.52 iii). Evidence: the
 * meeting's own dates in meetings.yaml.
 *
 * Each held meeting that broke the rule is its own failing finding until
 * acknowledged (the meeting's day as the period); one without the date the
 * rule needs is "cannot tell" (no evidence), never ok. The rest are one
 * finding: how many kept it, and what falls due next. A meeting after the
 * as-of date is scheduled, not held; its papers and notice are judged once
 * recorded, and are due by their last day.
 */
import type { DutyOf } from '../../../schemas/duty.ts';
import type { Meeting } from '../../../schemas/meeting.ts';
import { acknowledgementOf, acknowledgeHint, linkOf } from '../acknowledgements.ts';
import { settle } from '../cadence.ts';
import { compareDates, isAfter, londonDate, type PlainDate } from '../calendar.ts';
import { statusFor } from '../status.ts';
import { describeLimit, lastDayBefore, lastDayWithin } from '../time-limit.ts';
import type { EvaluationContext, Finding } from '../types.ts';
import { bodyName, toEvidence, type Dated } from './shared.ts';

type Duty = DutyOf<'per-meeting'>;
type Verdict = { kept: true } | { kept: false; why: string } | { unknown: string; due?: PlainDate } | { pending: string; due?: PlainDate };

function judge(duty: Duty, m: Dated<Meeting>, next: Dated<Meeting> | undefined, asOf: PlainDate): Verdict {
  const rule = duty.rule;
  if (rule.check === 'minutes-confirmed') {
    const confirmed = m.entry.data.minutesConfirmed;
    if (!next || isAfter(next.date, asOf)) {
      if (confirmed && (!next || confirmed !== next.date.toString()))
        return {
          kept: false,
          why: `minutes confirmed on ${confirmed}, but the next meeting is ${next ? `on ${next.date}` : 'not recorded'}`,
        };
      return {
        pending: `minutes of ${m.date} to be confirmed at the next meeting${next ? `, on ${next.date}` : ', not yet recorded'}`,
        due: next?.date,
      };
    }
    if (!confirmed)
      return {
        unknown: `no minutesConfirmed recorded for the meeting of ${m.date}; they were to be confirmed at the next meeting, on ${next.date}`,
      };
    if (confirmed === next.date.toString()) return { kept: true };
    return { kept: false, why: `minutes of ${m.date} confirmed on ${confirmed}, not at the next meeting, on ${next.date}` };
  }
  const field = rule.check === 'papers-circulated' ? 'papersCirculated' : 'noticeGiven';
  const what = rule.check === 'papers-circulated' ? 'papers circulated' : 'notice given';
  const latest = lastDayBefore(m.date, rule.before).date;
  const recorded = m.entry.data[field];
  const limit = `${describeLimit(rule.before)} before the meeting of ${m.date}, by ${latest}`;
  if (!recorded || isAfter(londonDate(recorded), asOf)) {
    if (!isAfter(asOf, latest)) return { pending: `${what} due at least ${limit}`, due: latest };
    return { unknown: `no ${field} recorded for the meeting of ${m.date}; it was due at least ${limit}` };
  }
  const given = londonDate(recorded);
  // "At least N before": the meeting falls on or after the day N after the papers or notice.
  if (!isAfter(lastDayWithin(given, rule.before).date, m.date)) return { kept: true };
  return { kept: false, why: `${what} on ${given}, less than ${limit}` };
}

export function evaluatePerMeeting(duty: Duty, ctx: EvaluationContext): Finding[] {
  const { records, asOf, warningDays } = ctx;
  const file = records.files.meetings;
  const name = bodyName(records, duty.body);
  const field = { 'papers-circulated': 'papersCirculated', 'notice-given': 'noticeGiven', 'minutes-confirmed': 'minutesConfirmed' }[
    duty.rule.check
  ];
  const hint = `record ${field} (YYYY-MM-DD) on each meeting of ${duty.body} in ${file}`;
  const since = duty.since ? londonDate(duty.since) : undefined;
  const all = records.meetings
    .filter((m) => m.data.body === duty.body)
    .map((entry) => ({ entry, date: londonDate(entry.data.date) }))
    .sort((a, b) => compareDates(a.date, b.date));
  const kind = (m: Meeting) => duty.meetings === 'all' || (duty.meetings === 'extraordinary') === m.extraordinary;
  const judged = all.filter((m) => kind(m.entry.data) && !(since && isAfter(since, m.date)));
  const which = duty.meetings === 'all' ? 'meeting' : `${duty.meetings} meeting`;
  const findings: Finding[] = [];
  const kept: Dated<Meeting>[] = [];
  const pending: { detail: string; due?: PlainDate; held: boolean }[] = [];
  for (const m of judged) {
    const next = all.find((other) => isAfter(other.date, m.date));
    const verdict = judge(duty, m, next, asOf);
    const subject = { id: m.date.toString(), name: `${which} of ${m.date}` };
    const edit = { file, line: m.entry.line, hint };
    if ('kept' in verdict && verdict.kept) kept.push(m);
    else if ('kept' in verdict) {
      const lapse = { start: m.date, end: m.date, shortfall: verdict.why };
      const { open, acknowledged } = settle([lapse], { acknowledge: (known) => acknowledgementOf(ctx, duty.id, known) });
      if (open.length)
        findings.push({
          subject,
          status: 'overdue',
          due: m.date,
          detail: verdict.why,
          notes: [],
          edit: { ...edit, hint: acknowledgeHint(ctx, duty.id, lapse) },
        });
      else findings.push({ subject, status: 'ok', detail: `${verdict.why}; acknowledged`, notes: [], acknowledged, edit });
    } else if ('unknown' in verdict)
      findings.push({ subject, status: 'no-evidence', detail: `cannot tell: ${verdict.unknown}`, notes: [], edit });
    else if (isAfter(m.date, asOf) || duty.rule.check === 'minutes-confirmed')
      pending.push({ detail: verdict.pending, due: verdict.due, held: !isAfter(m.date, asOf) });
  }
  const lastKept = kept.at(-1);
  const last = lastKept && toEvidence(lastKept, `${which} of ${name}`, ['date'], linkOf('minutes', lastKept.entry.data.minutes));
  // A held meeting whose minutes await the next meeting is not judged yet.
  const held = judged.filter((m) => !isAfter(m.date, asOf)).length - pending.filter((p) => p.held).length;
  const during = since ? ` since ${since}` : '';
  const tally =
    held > 0
      ? `${kept.length} of ${held} held ${which}s of ${name}${during} kept the rule`
      : pending.some((p) => p.held)
        ? `no ${which} of ${name}${during} can be judged yet`
        : `no ${which} of ${name} held${during} on or before ${asOf}, so nothing to check yet`;
  const next = pending[0];
  const due = next?.due;
  const status = due && duty.rule.check !== 'minutes-confirmed' ? statusFor(due, asOf, warningDays) : 'ok';
  findings.push({
    status,
    due,
    last,
    detail: next ? `${tally}; ${next.detail}` : tally,
    notes: [],
    edit: { file, line: lastKept?.entry.line, hint },
  });
  return findings;
}
