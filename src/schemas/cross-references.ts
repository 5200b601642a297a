/**
 * How a partnership's documents refer to one another: `content/<partnership>/cross-references.yaml`.
 * The clause-reference plugin uses it to link a document's name where another
 * document mentions it, and to resolve appendices that are not clauses of the
 * document naming them: an appendix that is another published document, or
 * one the site does not hold ("referenced but not published").
 *
 * Example:
 * ```yaml
 * documents:
 *   - document: constitution
 *     names: [WSSCP Constitution]
 *     appendices:
 *       - appendix: "2"
 *         title: Collaborative Working Agreement – Extract from CWA
 *         document: collaborative-working-agreement
 *         extract: true
 *       - appendix: "5"
 *         title: WSSCP Structure Chart
 * ```
 * An appendix the document holds as a clause (number "Appendix 1") needs no entry.
 */
import { z } from 'astro/zod';
import { slugId } from './common.ts';

export const appendixSchema = z.strictObject({
  /** The appendix as printed after the word "Appendix": "2", "B". */
  appendix: z.string().regex(/^(?:[A-Z]|\d{1,2})$/, { message: 'expected an appendix number or capital letter, such as "2" or "B"' }),
  /** Its title as the document gives it, for the "referenced but not published" list. */
  title: z.string().min(1).optional(),
  /**
   * Id of another document of this partnership that this appendix is (or is an
   * extract of); mentions of the appendix link to that document. Leave out for
   * an appendix the site does not hold.
   */
  document: slugId.optional(),
  /**
   * With `document`: the appendix reproduces part of that document, not all
   * of it, so the appendix says "an extract of … read the full …".
   */
  extract: z.boolean().default(false),
  /**
   * Id of the clause that names the appendix, for one named only in a list
   * (not as "Appendix F" in running text), so the list can say where; for an
   * appendix that is another document, that clause links to it.
   */
  mentionedIn: slugId.optional(),
});

export const documentReferencesSchema = z.strictObject({
  /** Id (folder name) of the document this entry describes. */
  document: slugId,
  /**
   * Names other documents use for this one, linked where they appear (first
   * mention per clause): "WSSCP Constitution", "Collaborative Working
   * Agreement (CWA)". The document's full title is always recognised too.
   */
  names: z.array(z.string().min(3)).default([]),
  /** Appendices this document names that are not its own clauses. */
  appendices: z.array(appendixSchema).default([]),
});

export const crossReferencesFileSchema = z.strictObject({
  /** One entry per document that needs one. */
  documents: z.array(documentReferencesSchema),
});

export type AppendixEntry = z.infer<typeof appendixSchema>;
export type DocumentReferences = z.infer<typeof documentReferencesSchema>;
export type CrossReferencesFile = z.infer<typeof crossReferencesFileSchema>;
