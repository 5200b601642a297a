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
import { exampleFlag } from './record-common.ts';

export const publicationSchema = z
  .strictObject({
    /** What it is. */
    type: z.enum(['annual-report', 'business-plan']),
    /** Title as published. */
    title: z.string().min(1),
    /** Id of the publishing body where the partnership holds several (`lscb`, `ssab`); leave out for the partnership. */
    publisher: slugId.optional(),
    /** The period it reports on or plans for, first and last day. */
    period: z.strictObject({
      /** First day, YYYY-MM-DD: 2025-04-01. */
      start: calendarDate,
      /** Last day, YYYY-MM-DD: 2026-03-31. */
      end: calendarDate,
    }),
    /** The day it was published, YYYY-MM-DD. */
    published: calendarDate,
    /** Where it is published. */
    url: z.url().optional(),
    /** Named parts it contains that a duty may require: `[financial-statement]`. */
    includes: z.array(slugId).default([]),
    /** `true` when this record is illustrative, not a fact about the real body. */
    example: exampleFlag,
  })
  .refine((p) => p.period.start <= p.period.end, {
    message: 'expected period.end on or after period.start',
    path: ['period', 'end'],
    params: { hint: 'period.start is the first day the publication covers and period.end the last; check the years' },
  });

export const publicationsFileSchema = z.array(publicationSchema);

export type Publication = z.infer<typeof publicationSchema>;
export type PublicationInput = z.input<typeof publicationSchema>;
