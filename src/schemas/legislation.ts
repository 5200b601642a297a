/**
 * The Acts, regulations and guidance the documents cite: `content/legislation.yaml`.
 * The legislation plugin links citations in clause text to these addresses,
 * section-precise where the text names a section that is listed here.
 *
 * Example:
 * ```yaml
 * legislation:
 *   - id: children-act-2004
 *     title: Children Act 2004
 *     kind: act
 *     url: https://www.legislation.gov.uk/ukpga/2004/31/contents
 *     names: [C&SW Act 2017]
 *     provisions: ["16E", "16F"]
 * ```
 * A provision's address is the item's address with `/contents` replaced by
 * `/section/16E` (Acts), `/regulation/18` (regulations) or `/article/5` (EU
 * regulations): `https://www.legislation.gov.uk/ukpga/2004/31/section/16E`.
 */
import { z } from 'astro/zod';
import { slugId } from './common.ts';
import { webAddress } from './link.ts';

/** `act` and `regulations` live on legislation.gov.uk; `guidance` on gov.uk. */
export const legislationKind = z.enum(['act', 'regulations', 'eu-regulation', 'guidance']);

export const legislationEntrySchema = z
  .strictObject({
    /** Stable id, lower case and hyphenated: `children-act-2004`. */
    id: slugId,
    /** The short title as enacted or published: "Children Act 2004". */
    title: z.string().min(1),
    /** What it is: `act`, `regulations`, `eu-regulation` or `guidance`. */
    kind: legislationKind,
    /**
     * The whole item's address. Legislation: the legislation.gov.uk contents
     * page (`…/ukpga/2004/31/contents`). Guidance: its gov.uk publication page.
     */
    url: webAddress,
    /**
     * Other ways the documents print it, misspellings included, so the text is
     * linked as printed: "Freedom of Act 2000", "C&SW Act 2017", "WT 2018".
     * Matching ignores case and allows "Act, 2017" and "(2018)" for the year.
     */
    names: z.array(z.string().min(3)).default([]),
    /**
     * Sections (Acts), regulations or articles the documents cite, as numbered
     * in the legislation ("16E", "18"). A citation of a provision not listed
     * here links to the whole item instead.
     */
    provisions: z.array(z.string().regex(/^\d+[A-Z]?$/, { message: 'expected a provision number such as "11" or "16E"' })).default([]),
    /** Anything a reader should know, e.g. where the text cites a section that is not the one it describes. */
    note: z.string().min(1).optional(),
  })
  .refine((entry) => entry.kind === 'guidance' || /^https:\/\/www\.legislation\.gov\.uk\/.+\/contents$/.test(entry.url), {
    message: 'expected a legislation.gov.uk contents address, such as https://www.legislation.gov.uk/ukpga/2004/31/contents',
    path: ['url'],
  })
  .refine((entry) => entry.kind !== 'guidance' || entry.provisions.length === 0, {
    message: 'guidance has no numbered provisions to link to; leave "provisions" out',
    path: ['provisions'],
  });

export const legislationFileSchema = z.strictObject({
  /** Every item the documents cite, in any order. */
  legislation: z.array(legislationEntrySchema),
});

export type LegislationKind = z.infer<typeof legislationKind>;
export type LegislationEntry = z.infer<typeof legislationEntrySchema>;
export type LegislationFile = z.infer<typeof legislationFileSchema>;
