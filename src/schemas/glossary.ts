/**
 * A partnership's acronyms: `content/<partnership>/glossary.yaml`. The
 * acronym plugin marks the first use of each term on a page with
 * `<abbr title="expansion">` linking to `/<partnership>/glossary/#<term>`.
 *
 * Example:
 * ```yaml
 * terms:
 *   - term: SWSP
 *     expansion: Safer West Sussex Partnership
 *     source: constitution 6.2
 *   - term: WSCC
 *     expansion: West Sussex County Council
 *     definedInSource: false
 * notAcronyms: [QPM]
 * ```
 */
import { z } from 'astro/zod';

/** Two or more letters, mostly capitals; may contain "&" ("L&D", "MQ&P", "LfE"). */
const acronym = z.string().regex(/^[A-Z][A-Za-z&]*[A-Z]$/, {
  message: 'expected an acronym as printed, such as "CCG", "L&D" or "LfE"',
});

export const glossaryTermSchema = z.strictObject({
  /** The acronym as the documents print it: "CCG". Plurals ("CCGs") are recognised without a separate entry. */
  term: acronym,
  /** What it stands for, in the documents' own words where they give it: "Clinical Commissioning Group". */
  expansion: z.string().min(1),
  /**
   * `true` (the default) when a document spells it out, e.g. "Safer West
   * Sussex Partnership (SWSP)" or a glossary table. `false` when the editors
   * added the expansion because the documents use the acronym without
   * defining it; the glossary page says so.
   */
  definedInSource: z.boolean().default(true),
  /** Where the documents define it, for editors: "constitution 6.2", "glossary table". */
  source: z.string().min(1).optional(),
  /** Anything a reader should know, e.g. that a form is a misprint of another term. */
  note: z.string().min(1).optional(),
});

export const glossaryFileSchema = z.strictObject({
  /** The terms, in the order the glossary page lists them (alphabetical is kindest). */
  terms: z.array(glossaryTermSchema),
  /**
   * Words the documents print in capitals that are not acronyms to explain
   * (post-nominals, names), so they are not reported as unknown acronyms.
   */
  notAcronyms: z.array(z.string().min(2)).default([]),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
