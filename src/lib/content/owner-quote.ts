/**
 * A document's `owner` is the source's own words, never ours: its quote must
 * be printed in the document's source text (whitespace and line breaks aside)
 * and the body it names must be printed in that quote.
 *
 *   owner { name: WSSCP, quote: "It may additionally be considered for amendment at any meeting of the WSSCP", clause: "12.1" }
 *   source "… It may additionally be considered for amendment at any meeting of the WSSCP provided …"
 *   → accepted; a quote the source never prints, or a name the quote does not contain → an error
 */
import type { GovernanceDocument } from '../../schemas/document.ts';
import { contentError, type ContentError } from '../errors/content-error.ts';

type Owner = NonNullable<GovernanceDocument['owner']>;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface OwnerCheck {
  owner: Owner | undefined;
  source: string;
  /** document.yaml, relative to the project root, and the line of each owner field. */
  file: string;
  lineOf(field: 'quote' | 'name'): number;
  /** The source file's path, for the message. */
  sourceFile: string;
}

export function checkOwnerQuote({ owner, source, file, lineOf, sourceFile }: OwnerCheck): ContentError[] {
  if (!owner) return [];
  const quote = collapse(owner.quote);
  if (!collapse(source).includes(quote)) {
    return [
      contentError({
        file,
        line: lineOf('quote'),
        field: 'owner.quote',
        rule: 'owner-not-in-source',
        message: `expected the source's own words, but "${quote}" does not appear in ${sourceFile}`,
        hint: 'copy the words that say who owns, maintains or approves the document exactly as the source prints them; if the source does not say, leave owner out and the page shows "Not stated in the source document"',
      }),
    ];
  }
  if (!quote.toLowerCase().includes(collapse(owner.name).toLowerCase())) {
    return [
      contentError({
        file,
        line: lineOf('name'),
        field: 'owner.name',
        rule: 'owner-not-in-source',
        message: `expected the body as the quote names it, but the quote does not contain "${collapse(owner.name)}"`,
        hint: 'copy the name of the body from the quote itself, e.g. WSSCP from "… at any meeting of the WSSCP"',
      }),
    ];
  }
  return [];
}
