/**
 * The machine-readable files the site publishes, declared once: the pages
 * build them through these schemas, `/api/schema/*.json` publishes them as
 * JSON Schema (z.toJSONSchema), and the tests validate the built files
 * against that JSON Schema.
 *
 *   /<partnership>/<document>.json   documentExportSchema
 *   /api/duties.json                 dutiesExportSchema
 */
import { z } from 'astro/zod';
import { documentStatus } from './document.ts';
import { dutyKinds } from './duty.ts';
import { dutyThemes } from './duty-theme.ts';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('A calendar day, YYYY-MM-DD (Europe/London).');
const path = z.string().regex(/^\//).describe('A path on this site.');

/** Something another clause or document points at. */
const referenceTarget = z.strictObject({
  /** As printed in the clause: "section 6.52". */
  text: z.string(),
  partnership: z.string(),
  document: z.string(),
  /** The clause id; absent for a reference to a whole document. */
  clause: z.string().optional(),
  url: path,
});

/** One clause, in reading order. */
export const clauseExportSchema = z.strictObject({
  /** Stable id, the last part of the clause's address: `6-52-i`. */
  id: z.string(),
  /** The number as printed: "6.52". Absent when the source gives none. */
  number: z.string().optional(),
  heading: z.string().optional(),
  /** Id of the enclosing clause; absent at the top level. */
  parent: z.string().optional(),
  url: path,
  /** Plain text of the clause's own body as in force on the build's day (sub-clauses are separate entries). */
  text: z.string(),
  /** The clauses and documents this clause refers to. */
  references: z.array(referenceTarget),
  /** Amendments recorded but not yet in force on the build's day, oldest first; `text` is the clause as each will leave it. */
  pending: z
    .array(
      z.strictObject({
        /** Id of the amendment in the document's amendments.yaml. */
        amendment: z.string(),
        /** The day it takes effect. */
        effective: day,
        /** `words` changed, clause `added`, or clause `revoked`. */
        kind: z.enum(['words', 'added', 'revoked']),
        /** Plain text of the clause's words from that day; empty when it is revoked. */
        text: z.string(),
        /** `true` when the amendment is illustrative, not a decision the real partnership made. */
        example: z.boolean(),
      }),
    )
    .optional(),
});

export const documentExportSchema = z.strictObject({
  partnership: z.strictObject({ id: z.string(), name: z.string() }),
  document: z.strictObject({
    id: z.string(),
    title: z.string(),
    shortTitle: z.string(),
    /** Only an `in-force` document's duties are checked (src/schemas/document.ts). */
    status: documentStatus,
    /** Why it has that status and since when, as document.yaml gives it; absent when it gives none. */
    statusReason: z
      .strictObject({
        /** When it took effect, as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD. */
        since: z.string().optional(),
        /** When only the latest it can have taken effect is known. */
        by: z.string().optional(),
        /** `source`: the document says so; `editorial`: the site editors' judgement from its text. */
        basis: z.enum(['source', 'editorial']),
        note: z.string(),
        /** The source's words the decision rests on, each with where it is. */
        quotes: z.array(z.strictObject({ text: z.string(), clause: z.string() })),
      })
      .optional(),
    /** As the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
    published: z.string().optional(),
    updated: z.string().optional(),
    url: path,
  }),
  clauses: z.array(clauseExportSchema),
});

const status = z.enum(['ok', 'due-soon', 'overdue', 'no-evidence', 'exempt']);
const monthDay = z
  .string()
  .regex(/^\d{2}-\d{2}$/)
  .describe('A day of the year, MM-DD: 04-01 for 1 April.');

/** The cadence as data, beside the words in `cadence`. */
const scheduleExportSchema = z.strictObject({
  /**
   * anniversary: `every` years after the last; rolling: at least once in every `every`-month period;
   * financial-year: once in each year from `yearStarts`; preceding-financial-year: each year, a report on the year before;
   * in-force: a plan whose period covers the day; frequency: `atLeast` in each year (and `perQuarter` in each quarter);
   * annual-deadline: by `by` each year, counting from `opens`;
   * within: `every` `unit`s after each `event`, ended by its `response`; one-off: once, by `byDay`;
   * per-meeting: the `check` each of the body's `meetings` must pass.
   */
  rule: z.enum([
    'anniversary',
    'rolling',
    'financial-year',
    'preceding-financial-year',
    'in-force',
    'frequency',
    'annual-deadline',
    'within',
    'one-off',
    'per-meeting',
  ]),
  /** How many `unit`s between one and the next (within: the limit after each event). */
  every: z.number().int().positive().optional(),
  unit: z.enum(['year', 'month', 'week', 'day', 'working-day']).optional(),
  /** within: the event type (records/events.yaml) that starts the clock. */
  event: z.string().optional(),
  /** within: the response that ends it. */
  response: z.string().optional(),
  /** one-off: the last day it may be done. */
  byDay: day.optional(),
  /** per-meeting: the rule each meeting must keep. */
  check: z.enum(['papers-circulated', 'notice-given', 'minutes-confirmed']).optional(),
  /** per-meeting: which of the body's meetings. */
  meetings: z.enum(['all', 'ordinary', 'extraordinary']).optional(),
  /** First day of the year counted (financial and business years: 04-01). */
  yearStarts: monthDay.optional(),
  /** frequency: at least this many in each year. */
  atLeast: z.number().int().positive().optional(),
  /** frequency: at least this many in each quarter of the year. */
  perQuarter: z.number().int().positive().optional(),
  /** annual-deadline: the day each year it must be done by. */
  by: monthDay.optional(),
  /** annual-deadline: the first day evidence counts towards a year's deadline. */
  opens: monthDay.optional(),
});

/** Where the record says the evidence is: an address, or a reference to a paper. */
const evidenceLinkExportSchema = z.strictObject({
  /** "minutes", "paper", "annual report", "business plan". */
  label: z.string(),
  url: z.url().optional(),
  reference: z.string().optional(),
});

/** A past period that fell short and was acknowledged by the responsible body: not a failure, but shown. */
const acknowledgedExportSchema = z.strictObject({
  period: z.strictObject({ start: day, end: day }),
  /** What fell short. */
  shortfall: z.string(),
  acknowledged: z.strictObject({
    date: day,
    by: z.string(),
    reason: z.string(),
    link: evidenceLinkExportSchema.optional(),
    /** True when the acknowledgement is an illustrative example record. */
    example: z.boolean(),
  }),
});

/** One duty's result (one per subgroup for per-subgroup duties). */
export const dutyExportSchema = z.strictObject({
  /** Unique within the partnership; the register entry's anchor. */
  anchor: z.string(),
  partnership: z.string(),
  document: z.string(),
  clause: z.strictObject({ id: z.string(), name: z.string(), url: path }),
  id: z.string(),
  kind: z.enum(dutyKinds),
  duty: z.string(),
  owner: z.string(),
  /** What the duty is about, for comparing partnerships (absent when the duty sets none). */
  theme: z.enum(dutyThemes).optional(),
  /** The cadence in words: "annually (calendar anniversary)". */
  cadence: z.string(),
  schedule: scheduleExportSchema,
  subject: z.strictObject({ id: z.string(), name: z.string() }).optional(),
  status,
  due: day.optional(),
  last: z
    .strictObject({
      date: day,
      what: z.string(),
      /** True when the record is an illustrative example, not a fact about the real body. */
      example: z.boolean(),
      /** The minutes, paper or report the record points to, when it gives one. */
      link: evidenceLinkExportSchema.optional(),
    })
    .optional(),
  detail: z.string(),
  /**
   * True when this result rests on example records, not facts about the partnership: its last
   * evidence or an acknowledgement it relies on is an example, or, with no evidence at all, the
   * records it was judged against are examples (their silence is no fact either). False for an
   * `exempt` result, which rests on the document's status, not on records.
   */
  example: z.boolean(),
  /** Past lapses acknowledged in the partnership's records, so not failing; empty when there are none. */
  acknowledged: z.array(acknowledgedExportSchema),
  registerUrl: path,
});

export const dutiesExportSchema = z.strictObject({
  /** The day statuses are judged as of. */
  asOf: day,
  /** True when the site settings pin asOf (the shipped example records). */
  pinned: z.boolean(),
  /** The day the site was built. */
  builtOn: day,
  warningDays: z.number().int().nonnegative(),
  duties: z.array(dutyExportSchema),
});

export type DocumentExport = z.infer<typeof documentExportSchema>;
export type ClauseExport = z.infer<typeof clauseExportSchema>;
export type DutiesExport = z.infer<typeof dutiesExportSchema>;
export type DutyExport = z.infer<typeof dutyExportSchema>;

/** The published JSON Schemas, by file name under /api/schema/. */
export const exportJsonSchemas = {
  'document.json': () => z.toJSONSchema(documentExportSchema),
  'duties.json': () => z.toJSONSchema(dutiesExportSchema),
};
