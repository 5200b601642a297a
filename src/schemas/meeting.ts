/**
 * Meetings of a partnership's boards and subgroups:
 * `content/<partnership>/records/meetings.yaml`. Lists the boards (bodies
 * that are not subgroups) once, then one entry per meeting. Evidence for
 * `frequency` duties, and with the dates papers were circulated, notice
 * given and minutes confirmed, for `per-meeting` duties. A meeting dated
 * after the as-of date counts as scheduled, not held.
 *
 * ```yaml
 * bodies:
 *   - { id: steering-group, name: Steering Group, shortName: SG }
 * meetings:
 *   - { body: steering-group, date: 2026-06-09, papers: [financial-statement], example: true }
 * ```
 */
import { z } from 'astro/zod';
import { calendarDate, slugId } from './common.ts';
import { dateOrInstant, evidenceLink, exampleFlag } from './record-common.ts';

export const bodySchema = z.strictObject({
  /** Stable id meetings and duties use: `steering-group`. Subgroups are listed in subgroups.yaml instead. */
  id: slugId,
  /** Name as the documents print it: "Steering Group". */
  name: z.string().min(1),
  /** Acronym the documents use: "SG". */
  shortName: z.string().min(1).optional(),
});

export const meetingSchema = z.strictObject({
  /** Id of the body that met: a board listed under `bodies`, or a subgroup id from subgroups.yaml. */
  body: slugId,
  /** When: YYYY-MM-DD, or a time with offset (counted on its Europe/London date). */
  date: dateOrInstant,
  /** The subgroups whose reports it took, for a duty on each subgroup (`each: subgroup`): `[case-review-group]`. */
  subgroups: z.array(slugId).default([]),
  /** The listed members whose business it took, for a duty on each listed member (`each: { members }`). */
  members: z.array(slugId).default([]),
  /** Named papers taken at the meeting that a duty may count: `[financial-statement]`. */
  papers: z.array(slugId).default([]),
  /** Minutes: an address or a reference. */
  minutes: evidenceLink.optional(),
  /** `true` for an extraordinary meeting, called between the ordinary ones (West Sussex constitution 6.52 iii). */
  extraordinary: z.boolean().default(false),
  /** The day the agenda and reports were circulated, for `per-meeting` duties on papers: YYYY-MM-DD or a time with offset. */
  papersCirculated: dateOrInstant.optional(),
  /** The day notice of the meeting was given, for `per-meeting` duties on notice: YYYY-MM-DD or a time with offset. */
  noticeGiven: dateOrInstant.optional(),
  /** The date of the meeting of the same body at which these minutes were confirmed (signed off), YYYY-MM-DD. */
  minutesConfirmed: calendarDate.optional(),
  /** `true` when this record is illustrative, not a fact about the real body. */
  example: exampleFlag,
});

export const meetingsFileSchema = z.strictObject({
  /** Boards and other bodies (not subgroups) whose meetings are recorded here. */
  bodies: z.array(bodySchema).default([]),
  /** One entry per meeting, held or scheduled. */
  meetings: z.array(meetingSchema).default([]),
});

export type Body = z.infer<typeof bodySchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type MeetingsFile = z.infer<typeof meetingsFileSchema>;
export type MeetingsFileInput = z.input<typeof meetingsFileSchema>;
