/**
 * A governance document: `content/<partnership>/<document>/document.yaml`.
 * The folder name is the document's id and its URL (`/west-sussex/constitution/`).
 */
import { z } from 'astro/zod';
import { printedDate, slugId } from './common.ts';

/**
 * `in-force`; `superseded` (a later version or document of the same body replaces it);
 * `historical` (no longer in force, with nothing on this site replacing it: the body or the law it
 * rests on has gone, e.g. an LSCB protocol after 2019); `draft` (not yet in force). Only an
 * `in-force` document's duties are checked.
 */
export const documentStatus = z.enum(['in-force', 'superseded', 'historical', 'draft']);

/** Words of the source behind a status, copied exactly; checked against the source text like `owner.quote`. */
export const statusQuoteSchema = z.strictObject({
  /** The words, as the source prints them (line breaks aside). */
  text: z.string().min(1),
  /** Where in the document they are, as printed: `2.4`, `under 3.6`. */
  clause: z.string().min(1),
});

/**
 * Why a document has its status, and since when: shown beside the status on its pages and, for a
 * document not in force, in the register's reason its duties are not checked. Required for
 * `historical`.
 */
export const statusReasonSchema = z.strictObject({
  /** When the status took effect, as precisely as known: `2019`, `2019-09`, `2019-09-29`. */
  since: printedDate.optional(),
  /** When only the latest it can have taken effect is known (a national deadline): that date, instead of `since`. */
  by: printedDate.optional(),
  /**
   * Who says so: `source` when the document itself says it (its words in `quotes`), `editorial`
   * when it is the site editors' judgement from what the text shows; the pages label it
   * "Editorial note".
   */
  basis: z.enum(['source', 'editorial']),
  /** Why, in one to four sentences; for `editorial`, what the text shows and what it does not settle. */
  note: z.string().min(1),
  /** The source's words the decision rests on. At least one when `basis` is `source`. */
  quotes: z.array(statusQuoteSchema).default([]),
});

const documentFields = z.strictObject({
  /** Title as the source prints it, e.g. "Constitution for West Sussex Safeguarding Children Partnership". */
  title: z.string().min(1),
  /** Short title for navigation and page titles, e.g. "Constitution". */
  shortTitle: z.string().min(1),
  /** Id of the partnership that owns it; must match the parent folder name. */
  partnership: slugId,
  /** `in-force`, `superseded`, `historical` or `draft` (see documentStatus); only in-force duties are checked. */
  status: documentStatus,
  /** Why it has that status and since when; required for `historical`. */
  statusReason: statusReasonSchema.optional(),
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

/** A document, with the rules that tie its status to its reason. */
export const documentSchema = documentFields.superRefine((document, ctx) => {
  // zod-issue-wording.ts words each as "<field>: expected <message>, found <value>".
  if (document.status === 'historical' && !document.statusReason)
    ctx.addIssue({
      code: 'custom',
      path: ['status'],
      message: 'statusReason beside it, saying why the document is no longer in force and since when',
      params: {
        hint: 'add statusReason with since (or by), basis (source or editorial), note and the quotes of the source that show it; see section 9 of .github/CONTRIBUTING.md',
      },
    });
  const reason = document.statusReason;
  if (reason?.basis === 'source' && !reason.quotes.length)
    ctx.addIssue({
      code: 'custom',
      path: ['statusReason', 'basis'],
      message: '"editorial", or the words of the source that say so under quotes',
      params: {
        hint: 'copy the sentence of the source that says it, with its clause; if the source does not say so itself, write basis: editorial',
      },
    });
  if (reason?.since && reason.by)
    ctx.addIssue({
      code: 'custom',
      path: ['statusReason', 'by'],
      message: 'since (the date it took effect) or by (the latest it can have), not both',
      params: { hint: 'keep since when the date is known; by only when a deadline is all that is known' },
    });
});

export type StatusReason = z.infer<typeof statusReasonSchema>;

export type DocumentStatus = z.infer<typeof documentStatus>;
export type GovernanceDocument = z.infer<typeof documentSchema>;
export type GovernanceDocumentInput = z.input<typeof documentSchema>;
