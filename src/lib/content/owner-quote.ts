/**
 * A document's `owner` is the source's own words, never ours: the check that
 * it is a verbatim excerpt of the document's source text (whitespace and line
 * breaks aside), optionally followed by the clause it comes from in brackets,
 * the way `reviewCadence` cites one.
 *
 *   owner "It may additionally be considered for amendment at any meeting of the WSSCP (12.1)"
 *   source "… It may additionally be considered for amendment at any meeting of the WSSCP provided …"
 *   → quoted; an owner of "the WSSCP Steering Group" that the source never prints → an error
 */
import { contentError, type ContentError } from '../errors/content-error.ts';

/** "(12.1)", "(section 4)": where in the document the words are, not part of the quote. */
const CLAUSE_REFERENCE = /\s*\((?:section\s+)?[\w.]+\)$/;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The quoted words of an owner, without its clause reference. */
export function ownerWords(owner: string): string {
  return collapse(owner.replace(CLAUSE_REFERENCE, ''));
}

/** The clause reference after the quote, "(12.1)", if the owner gives one. */
export function ownerReference(owner: string): string | undefined {
  return CLAUSE_REFERENCE.exec(owner)?.[0].trim();
}

/** Whether the owner's words appear in the source text as printed. */
export function ownerQuotesSource(owner: string, source: string): boolean {
  const words = ownerWords(owner);
  return words !== '' && collapse(source).includes(words);
}

export interface OwnerCheck {
  owner: string | undefined;
  source: string;
  /** document.yaml, relative to the project root, and the line of its `owner` field. */
  file: string;
  line?: number;
  /** The source file's path, for the message. */
  sourceFile: string;
}

export function checkOwnerQuote({ owner, source, file, line, sourceFile }: OwnerCheck): ContentError[] {
  if (owner === undefined || ownerQuotesSource(owner, source)) return [];
  return [contentError({
    file, line, field: 'owner', rule: 'owner-not-in-source',
    message: `expected the source's own words, but "${ownerWords(owner)}" does not appear in ${sourceFile}`,
    hint: 'copy the words that say who owns, maintains or approves the document exactly as the source prints them, optionally followed by the clause in brackets, e.g. "(12.1)"; if the source does not say, leave owner out and the page shows "Not stated in the source document"',
  })];
}
