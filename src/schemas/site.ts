/**
 * Site-wide settings: `content/site.yaml`. One place for what differs between
 * deployments (address, repository for "edit" links, the compliance clock).
 */
import { z } from 'astro/zod';
import { calendarDate } from './common.ts';

export const siteSchema = z.strictObject({
  /** Name shown in the header when a page belongs to no partnership. */
  name: z.string().min(1),
  /** Absolute address the site is published at, used for canonical URLs and feeds. */
  baseUrl: z.url(),
  /** Settings for the compliance check (`npm run check`, run before every build). */
  compliance: z
    .strictObject({
      /**
       * Pin the check's clock to this date, YYYY-MM-DD, instead of today in
       * Europe/London. For the shipped example records only: the check prints
       * a loud warning whenever it is set. `--as-of` and the GOVERNANCE_AS_OF
       * environment variable override it. Remove it for a real partnership.
       */
      asOf: calendarDate.optional(),
      /** A duty falling due within this many days is reported as due-soon. Default 30. */
      warningDays: z.number().int().nonnegative().default(30),
    })
    .prefault({}),
});

export type SiteSettings = z.infer<typeof siteSchema>;
