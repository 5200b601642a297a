/**
 * A duty a clause creates: something that must happen by a date or on a
 * cadence. Declared in the clause's frontmatter under `duties:`; the clause
 * it sits in is the clause that requires it. The compliance check
 * (src/lib/compliance/) reads the records in `content/<partnership>/records/`
 * as evidence and reports each duty as ok, due-soon, overdue or no-evidence.
 *
 * Example (content/west-sussex/constitution/clauses/6-72.mdx):
 * ```yaml
 * duties:
 *   - id: subgroup-terms-of-reference
 *     kind: renewal-per-subgroup
 *     duty: Each subgroup's terms of reference are reviewed and agreed by the Steering Group.
 *     owner: Steering Group
 *     aspect: terms-of-reference
 *     theme: terms-of-reference
 *     cadence: { rule: anniversary, years: 1 }
 *     wording: agreed by the Steering Group and are reviewed annually
 * ```
 */
import { z } from 'astro/zod';
import { Temporal } from 'temporal-polyfill';
import { calendarDate, slugId } from './common.ts';
import { intervalCadenceSchema, publicationCadenceSchema } from './cadence.ts';
import { dutyStrengthSchema } from './duty-strength.ts';
import { memberSetSchema } from './member-set.ts';
import { dutyThemeSchema } from './duty-theme.ts';
import { timeLimitSchema } from './time-limit.ts';

function isMonthDay(value: string): boolean {
  try {
    Temporal.PlainMonthDay.from(`--${value}`, { overflow: 'reject' });
    return value !== '02-29';
  } catch {
    return false;
  }
}

/** A day of the year, `MM-DD`: `11-15` for 15 November. 29 February is refused (it is not in every year). */
export const monthDay = z
  .string()
  .regex(/^\d{2}-\d{2}$/, { message: 'expected a day of the year written as MM-DD, such as 11-15 for 15 November' })
  .refine(isMonthDay, { message: 'expected a day that exists every year (not 02-29 or 04-31)' });

const common = {
  /** Stable id, unique within the partnership: `constitution-review`. Used in reports and URLs. */
  id: slugId,
  /** The duty in plain English, as an editor would say it: "Review the constitution." */
  duty: z.string().min(1),
  /** Who must do it, as the text names them: "Steering Group", "the three lead partners". */
  owner: z.string().min(1),
  /** The clause's own words for the cadence, quoted: "reviewed annually". */
  wording: z.string().min(1).optional(),
  /** How the check reads the text where it is not explicit, shown beside the result. */
  interpretation: z.string().min(1).optional(),
  /** First day the duty is checked from; periods that ended before it are not judged. */
  since: calendarDate.optional(),
  /** Required (must, shall, will) or advisory (ideally, should aim to), quoted from the clause; default required (duty-strength.ts). */
  strength: dutyStrengthSchema.optional(),
  /** Last day the duty applies ("for 2019-20"); after it the duty is reported as ended, not checked. */
  until: calendarDate.optional(),
  /** What it is about, for the compare page (src/schemas/duty-theme.ts); without it, the duty is placed by its kind. */
  theme: dutyThemeSchema.optional(),
};

const review = z.strictObject({
  ...common,
  /** Something is reviewed on a cadence; evidence is a review record with the same `subject`. */
  kind: z.literal('review'),
  /** One result per member of a set, each judged on its own records (member-set.ts): `subgroup`, or `{ members: [...] }`. */
  each: memberSetSchema.optional(),
  /** The `subject` id review records use for this: `constitution`, `independent-scrutiny`. */
  subject: slugId,
  /** How often: anniversary, rolling or financial-year (see cadence.ts). */
  cadence: intervalCadenceSchema,
});

const renewalPerSubgroup = z.strictObject({
  ...common,
  /** One result per subgroup in records/subgroups.yaml; evidence is that subgroup's own dates. */
  kind: z.literal('renewal-per-subgroup'),
  /** Which date of the subgroup: its terms of reference, or its membership. */
  aspect: z.enum(['terms-of-reference', 'membership']),
  /** How often: anniversary, rolling or financial-year (see cadence.ts). */
  cadence: intervalCadenceSchema,
  /** Who must sign it off ("Steering Group"); a date signed off by anyone else does not count. */
  signedOffBy: z.string().min(1).optional(),
});

const publication = z.strictObject({
  ...common,
  /** A document is published on a cadence; evidence is a record in records/publications.yaml. */
  kind: z.literal('publication'),
  /** What is published. */
  publicationType: z.enum(['annual-report', 'business-plan']),
  /** Publisher's id where the partnership publishes for several bodies (`lscb`); leave out for the partnership itself. */
  publisher: slugId.optional(),
  /** Something the publication must contain to count: `financial-statement`. */
  includes: slugId.optional(),
  /** `true` when the text says it is published on a website: only a publication recorded with its `url` counts. */
  onWebsite: z.boolean().default(false),
  /** How often, including the two publication rules (preceding-financial-year, in-force). */
  cadence: publicationCadenceSchema,
  /**
   * The publication's own deadline, `MM-DD`, for `preceding-financial-year`:
   * "by 30 September each year" is `09-30`, so the report on 2025-26 is due
   * by 30 September 2026. Without it, by the end of the next financial year.
   */
  by: monthDay.optional(),
  /** The body that must agree it before it is published ("after they are agreed by the Steering Group"): each publication's `agreed` must name it, on or before `published`. */
  agreedBy: z.string().min(1).optional(),
  /** Where it must be sent or published, as the clause names them ("the Chair of the Health and Wellbeing Board"): each is checked against each publication's `sentTo`. */
  sentTo: z.array(z.string().min(1)).min(1).optional(),
});

const frequency = z.strictObject({
  ...common,
  /** At least N meetings of a body in each year; evidence is records/meetings.yaml. */
  kind: z.literal('frequency'),
  /** One result per member of a set, each judged on its own records (member-set.ts): `subgroup`, or `{ members: [...] }`. */
  each: memberSetSchema.optional(),
  /** Id of the body (a board in meetings.yaml, or a subgroup id): `steering-group`. */
  body: slugId,
  /** Only meetings whose `papers` include this count: `financial-statement`. */
  item: slugId.optional(),
  /** `ordinary` where the text counts only ordinary meetings (6.52: "these meetings shall be termed 'Ordinary Meetings'"): a meeting marked `extraordinary` does not count. Default `all`. */
  counts: z.enum(['all', 'ordinary']).default('all'),
  /** Minimum number of meetings in each year. */
  atLeast: z.number().int().positive(),
  /** First day of the year counted, `MM-DD`; `04-01` for a business year starting 1 April. */
  yearStarts: monthDay.default('04-01'),
  /**
   * At least this many in each quarter (three months from `yearStarts`), for
   * "quarterly" and "every three months": 1. A quarter that ended short is a
   * lapse; the current quarter falls due on its last day.
   */
  perQuarter: z.number().int().positive().optional(),
  /**
   * How the meetings are spread, beside the count: at least `atLeast` in each
   * block of `months` calendar months from `yearStarts`. "Monthly" is
   * `{ months: 1 }`, "bi-monthly" `{ months: 2 }`; "quarterly" is `perQuarter`.
   * Each block that fell short is a lapse (src/lib/compliance/evaluators/spacing.ts).
   */
  spacing: z
    .strictObject({
      /** Length of each block in calendar months: 1 for "monthly", 2 for "bi-monthly". */
      months: z.number().int().min(1).max(6),
      /** Meetings needed in each block. Default 1. */
      atLeast: z.number().int().positive().default(1),
    })
    .optional(),
});

const annualDeadline = z.strictObject({
  ...common,
  /** Something must be done by a fixed day each year; evidence is a review record with the same `subject`. */
  kind: z.literal('annual-deadline'),
  /** One result per member of a set, each judged on its own records (member-set.ts): `subgroup`, or `{ members: [...] }`. */
  each: memberSetSchema.optional(),
  /** The `subject` id review records use for this: `meeting-dates-set`, `contributions-received`. */
  subject: slugId,
  /** The deadline, `MM-DD`: `11-15` for 15 November. */
  by: monthDay,
  /** First day evidence counts towards this year's deadline, `MM-DD`; default the day after last year's deadline. */
  opens: monthDay.optional(),
  /**
   * The financial year each deadline is for, so a record naming its year
   * (`for: { financialYear: 2027-28 }`) counts for the right deadline:
   * `this-financial-year` when the deadline falls in it (contributions by 30
   * April of the new year), `next-financial-year` when it falls in the year
   * before (meeting dates set by 15 November of the previous business year).
   * Default `this-financial-year`.
   */
  for: z.enum(['this-financial-year', 'next-financial-year']).default('this-financial-year'),
});

const within = z.strictObject({
  ...common,
  /**
   * Something must be done within a time limit of each event of a kind
   * ("within five working days" of a notification); evidence is
   * records/events.yaml. Each event is judged on its own.
   */
  kind: z.literal('within'),
  /** The event `type` in records/events.yaml that starts the clock: `serious-incident-notification`. */
  event: slugId,
  /** How long from the event: `{ workingDays: 5 }`, `{ days: 28 }`, `{ months: 3 }` (src/schemas/time-limit.ts). */
  limit: timeLimitSchema,
  /** The name of the event's response that ends it: `partners-informed`. */
  response: slugId,
});

const oneOff = z.strictObject({
  ...common,
  /** Something done once, by a date ("during the first year"); evidence is a review record with the same `subject`. Done, it never recurs. */
  kind: z.literal('one-off'),
  /** The `subject` id review records use for this: `subgroup-structure-reviewed`. */
  subject: slugId,
  /** The last day it may be done, YYYY-MM-DD. */
  by: calendarDate,
});

const perMeetingRule = z.discriminatedUnion('check', [
  z.strictObject({
    /** Agenda and reports circulated at least `before` the meeting: a meeting's `papersCirculated`. */
    check: z.literal('papers-circulated'),
    /** How long before: `{ days: 5 }` for "at least 5 days before the scheduled meeting". */
    before: timeLimitSchema,
  }),
  z.strictObject({
    /** Notice of the meeting given at least `before` it: a meeting's `noticeGiven`. */
    check: z.literal('notice-given'),
    /** How long before: `{ workingDays: 10 }` for "not less than 10 working days' notice". */
    before: timeLimitSchema,
  }),
  z.strictObject({
    /** Minutes confirmed at the body's next meeting: a meeting's `minutesConfirmed` is the date of the next one. */
    check: z.literal('minutes-confirmed'),
  }),
]);

const perMeeting = z.strictObject({
  ...common,
  /** A rule each meeting of a body must keep; each meeting that broke it is its own finding. Evidence is records/meetings.yaml. */
  kind: z.literal('per-meeting'),
  /** Id of the body (a board in meetings.yaml, or a subgroup id): `steering-group`. */
  body: slugId,
  /** Which of its meetings the rule is for: `ordinary`, `extraordinary` or `all`. */
  meetings: z.enum(['all', 'ordinary', 'extraordinary']).default('all'),
  /** The rule: papers circulated, notice given, or minutes confirmed. */
  rule: perMeetingRule,
});

export const dutySchema = z.discriminatedUnion('kind', [
  review,
  renewalPerSubgroup,
  publication,
  frequency,
  annualDeadline,
  within,
  oneOff,
  perMeeting,
]);

export const dutyKinds = [
  'review',
  'renewal-per-subgroup',
  'publication',
  'frequency',
  'annual-deadline',
  'within',
  'one-off',
  'per-meeting',
] as const;

export type Duty = z.infer<typeof dutySchema>;
export type DutyInput = z.input<typeof dutySchema>;
export type DutyKind = Duty['kind'];
export type DutyOf<K extends DutyKind> = Extract<Duty, { kind: K }>;
