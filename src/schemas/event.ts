/**
 * Events that start a time limit, and the responses that end it:
 * `content/<partnership>/records/events.yaml`, a YAML list. Evidence for
 * `within` duties: a duty names the event `type` that starts its clock and
 * the response that ends it ("inform the partners of any notification within
 * five working days": event `serious-incident-notification`, response
 * `partners-informed`). Each event is judged on its own.
 *
 * ```yaml
 * - id: notification-2026-10-20
 *   type: serious-incident-notification
 *   what: Serious incident notified to the National Panel
 *   date: 2026-10-20
 *   responses:
 *     partners-informed: { date: 2026-10-23, by: the local authority, link: https://example.org/… }
 *   example: true
 * ```
 */
import { z } from 'astro/zod';
import { slugId } from './common.ts';
import { dateOrInstant, evidenceLink, exampleFlag } from './record-common.ts';

export const eventResponseSchema = z.strictObject({
  /** The day it was done: YYYY-MM-DD, or a time with offset (counted on its Europe/London date). */
  date: dateOrInstant,
  /** What was done, in plain English: "Partners informed by email". */
  what: z.string().min(1).optional(),
  /** Who did it: "the local authority". */
  by: z.string().min(1).optional(),
  /** Where it is recorded: an address or a reference. */
  link: evidenceLink.optional(),
});

export const eventSchema = z.strictObject({
  /** Stable id, unique in the file: `notification-2026-10-20`. Names the event's result on the register. */
  id: slugId,
  /** What kind of event; a `within` duty with the same `event` is started by it: `serious-incident-notification`. */
  type: slugId,
  /** What happened, in plain English, without personal details: "Serious incident notified to the National Panel". */
  what: z.string().min(1),
  /** When it happened: YYYY-MM-DD, or a time with offset (counted on its Europe/London date). */
  date: dateOrInstant,
  /** What was done in answer, by the name a duty's `response` uses: `partners-informed: { date: 2026-10-23 }`. */
  responses: z.record(slugId, eventResponseSchema).default({}),
  /** `true` when this record is illustrative, not a fact about the real body. */
  example: exampleFlag,
});

export const eventsFileSchema = z.array(eventSchema);

export type EventRecord = z.infer<typeof eventSchema>;
export type EventRecordInput = z.input<typeof eventSchema>;
export type EventResponse = z.infer<typeof eventResponseSchema>;
