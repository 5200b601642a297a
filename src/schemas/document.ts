/**
 * A governance document: `content/<partnership>/<document>/document.yaml`.
 * The folder name is the document's id and its URL (`/west-sussex/constitution/`).
 */
import { z } from 'astro/zod';
import { printedDate, slugId } from './common.ts';

export const documentStatus = z.enum(['in-force', 'superseded', 'draft']);

export const documentSchema = z.strictObject({
  /** Title as the source prints it, e.g. "Constitution for West Sussex Safeguarding Children Partnership". */
  title: z.string().min(1),
  /** Short title for navigation and page titles, e.g. "Constitution". */
  shortTitle: z.string().min(1),
  /** Id of the partnership that owns it; must match the parent folder name. */
  partnership: slugId,
  /** `in-force`, `superseded` (kept for the record, exempt from compliance checks) or `draft`. */
  status: documentStatus,
  /** Publication date as the source gives it (day, month or year precision). */
  published: printedDate.optional(),
  /** Date of the latest update as the source gives it. */
  updated: printedDate.optional(),
  /**
   * Who owns, maintains or approves the document, and the source's own words
   * that say so. Both are checked against the source text
   * (src/lib/content/owner-quote.ts): `quote` must be printed in it (line
   * breaks aside) and `name` must be printed in `quote`. Never paraphrase or
   * infer one (a signature block or a list of an agreement's parties is not
   * a statement of ownership): leave it out when the source does not say, and
   * the pages show "Not stated in the source document".
   */
  owner: z
    .strictObject({
      /** The body, as the quote names it: `WSSCP`. */
      name: z.string().min(1),
      /** The sentence or phrase of the source that says it, copied exactly. */
      quote: z.string().min(1),
      /** Where in the document the quote is, as printed: `12.1`, `section 1`. */
      clause: z.string().min(1).optional(),
    })
    .optional(),
  /** The review cadence the text states, in its words, e.g. "reviewed annually (12.1)". */
  reviewCadence: z.string().min(1).optional(),
  /** Where the text came from: the provenance copy beside this file and the original file name. */
  source: z.strictObject({
    /** File beside document.yaml holding the extracted source text; a path inside the document folder, never outside it. */
    file: z
      .string()
      .min(1)
      .refine((path) => !/^([\\/]|[a-zA-Z]:)/.test(path) && !/(^|[\\/])\.\.([\\/]|$)/.test(path), {
        message: 'expected the name of a file inside the document folder, such as source.txt',
        params: { hint: 'keep the source text beside document.yaml and give its name alone; ".." and absolute paths are refused' },
      })
      .default('source.txt'),
    /** The name of the original extract this text was taken from. */
    original: z.string().min(1),
    /** What the original is, e.g. "PDF published by the partnership". */
    description: z.string().optional(),
    /**
     * Lines of the source the site knowingly does not show word for word,
     * each with why: `npm run check` reports any other sentence of the
     * source that no clause carries (src/lib/content/fidelity.ts).
     */
    exceptions: z
      .array(
        z.strictObject({
          /** The line exactly as source.txt prints it. */
          line: z.string().min(1),
          /** Why the site shows it differently. */
          reason: z.string().min(1),
        }),
      )
      .optional(),
  }),
  /** One or two sentences shown under the title and in search results. */
  summary: z.string().optional(),
});

export type DocumentStatus = z.infer<typeof documentStatus>;
export type GovernanceDocument = z.infer<typeof documentSchema>;
export type GovernanceDocumentInput = z.input<typeof documentSchema>;
