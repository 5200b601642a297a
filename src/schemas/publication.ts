/**
 * An annual report or business plan: one entry in
 * `content/<partnership>/records/publications.yaml`, a YAML list. Evidence
 * for `publication` duties.
 *
 * ```yaml
 * - type: annual-report
 *   title: WSSCP Annual Report 2025-26
 *   period: { start: 2025-04-01, end: 2026-03-31 }
 *   published: 2026-09-30
 *   url: https://www.westsussexscp.org.uk/annual-report-2025-26
 *   includes: [financial-statement]
 *   example: true
 * ```
 */
import { z } from 'astro/zod';
import { calendarDate, slugId } from './common.ts';
import { datePeriod, exampleFlag } from './record-common.ts';
import { webAddress } from './link.ts';

export const publicationSchema = z.strictObject({
  /** What it is. */
  type: z.enum(['annual-report', 'business-plan']),
  /** Title as published. */
  title: z.string().min(1),
  /** Id of the publishing body where the partnership holds several (`lscb`, `ssab`); leave out for the partnership. */
  publisher: slugId.optional(),
  /** The period it reports on or plans for, first and last day. */
  period: datePeriod,
  /** The day it was published, YYYY-MM-DD. */
  published: calendarDate,
  /** Where it is published. */
  url: webAddress.optional(),
  /** Who agreed it and when, for a duty that needs it agreed before publishing: `{ by: Steering Group, date: 2026-07-14 }`. */
  agreed: z.strictObject({ by: z.string().min(1), date: calendarDate }).optional(),
  /** Where it was sent or published besides, for a duty that names them: `[{ to: Chief Executive of the Council, date: 2026-10-02 }]`. */
  sentTo: z.array(z.strictObject({ to: z.string().min(1), date: calendarDate })).default([]),
  /** Named parts it contains that a duty may require: `[financial-statement]`. */
  includes: z.array(slugId).default([]),
  /** `true` when this record is illustrative, not a fact about the real body. */
  example: exampleFlag,
});

export const publicationsFileSchema = z.array(publicationSchema);

export type Publication = z.infer<typeof publicationSchema>;
export type PublicationInput = z.input<typeof publicationSchema>;
