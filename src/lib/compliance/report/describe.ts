/**
 * Words shared by every report format: the duty's name, the clause that
 * requires it, and a lapse or warning as a ContentError, so lapses print
 * through the same formatters as every other content problem.
 */
import { contentError, type ContentError } from '../../errors/content-error.ts';
import { isAdvisory } from '../../../schemas/duty-strength.ts';
import { describeCadence } from '../cadence.ts';
import { describeLimit } from '../time-limit.ts';
import type { DutyResult, DutyStatus } from '../types.ts';

/** "Constitution clause 6.72" */
export function clauseName(result: DutyResult): string {
  return `${result.documentTitle} ${result.clause.name}`;
}

export function cadenceOf(result: DutyResult): string {
  const duty = result.duty;
  switch (duty.kind) {
    case 'frequency':
      return `at least ${duty.atLeast} a year${duty.perQuarter ? ` and ${duty.perQuarter} in each quarter` : ''}, years from ${duty.yearStarts}`;
    case 'annual-deadline':
      return `by ${duty.by} each year${duty.opens ? `, counting from ${duty.opens}` : ''}`;
    case 'within':
      return `within ${describeLimit(duty.limit)} of each ${duty.event}`;
    case 'one-off':
      return `once, by ${duty.by}`;
    case 'per-meeting': {
      const which = duty.meetings === 'all' ? 'each meeting' : `each ${duty.meetings} meeting`;
      if (duty.rule.check === 'minutes-confirmed') return `${which}: minutes confirmed at the next meeting`;
      return `${which}: ${duty.rule.check === 'papers-circulated' ? 'papers circulated' : 'notice given'} at least ${describeLimit(duty.rule.before)} before`;
    }
    default:
      return describeCadence(duty.cadence);
  }
}

/** "subgroup-terms-of-reference / case-review-group" */
export const resultId = (result: DutyResult) => (result.subject ? `${result.duty.id} / ${result.subject.id}` : result.duty.id);

export const STATUS_LABEL: Record<DutyStatus, string> = {
  overdue: 'OVERDUE',
  'no-evidence': 'NO EVIDENCE',
  'due-soon': 'DUE SOON',
  ok: 'OK',
  exempt: 'EXEMPT',
};

/** "required by Constitution clause 6.72 (content/…/6-72.mdx:9)" */
export const requiredBy = (result: DutyResult) => `required by ${clauseName(result)} (${result.clause.file}:${result.clause.line})`;

/** "Each subgroup's … (owner: Steering Group; annually (calendar anniversary))" */
export const dutyLine = (result: DutyResult) => `${result.duty.duty} (owner: ${result.duty.owner}; ${cadenceOf(result)})`;

/**
 * A lapse (error) or a due-soon (warning), at the file to edit. `full` adds
 * the duty itself, for formats that show nothing but the ContentError.
 */
export function toContentError(result: DutyResult, { full = false } = {}): ContentError {
  const edit = result.edit ?? { file: result.clause.file, line: result.clause.line, hint: 'see the duty in the clause frontmatter' };
  const status = result.status === 'no-evidence' ? 'no evidence' : result.status === 'overdue' ? 'overdue' : 'due soon';
  const advisory = isAdvisory(result.duty) && result.status !== 'due-soon';
  // An advisory duty's lapse is reported, as a warning that says why it does not fail.
  const what = advisory
    ? `${status} (advisory: the clause says "${result.duty.strength!.quote}", so this does not fail the check)`
    : status;
  const extra = full
    ? ` Duty: ${dutyLine(result)}.${result.last?.example ? ' The last record is an EXAMPLE, not a fact.' : ''}${result.notes.map((n) => ` Note: ${n}.`).join('')}`
    : '';
  return contentError({
    file: edit.file,
    line: edit.line,
    field: resultId(result),
    severity: result.status === 'due-soon' || advisory ? 'warning' : 'error',
    rule: 'compliance',
    message: `${what}: ${result.detail}; ${requiredBy(result)}.${extra}`,
    hint: edit.hint,
  });
}
