/**
 * A safeguarding children partnership: `content/<partnership>/partnership.yaml`.
 * The folder name is the partnership's id and its URL (`/west-sussex/`).
 */
import { z } from 'astro/zod';
import { webAddress } from './link.ts';

export const partnershipSchema = z.strictObject({
  /** Full name as the documents print it, e.g. "West Sussex Safeguarding Children Partnership". */
  name: z.string().min(1),
  /** The acronym the documents use, e.g. "WSSCP". */
  shortName: z.string().min(1),
  /** The local authority area the partnership covers, e.g. "West Sussex". */
  area: z.string().min(1),
  /** The statutory lead (safeguarding) partners, as the documents name them. */
  leadPartners: z.array(z.string().min(1)).default([]),
  /** Public website of the partnership, if the documents give one. */
  website: webAddress.optional(),
  /** One or two sentences for the home page. */
  summary: z.string().optional(),
});

export type Partnership = z.infer<typeof partnershipSchema>;
export type PartnershipInput = z.input<typeof partnershipSchema>;
