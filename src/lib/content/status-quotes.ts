/**
 * A document's `statusReason.quotes` are the source's own words, like its
 * owner's: each must be printed in the source text (whitespace and line
 * breaks aside), so a page never quotes the document saying what it does not.
 *
 *   statusReason.quotes[0].text "Section 14 of the Children Act 2004 sets out the objectives of the LSCBs"
 *   → accepted when source.txt prints it; otherwise an error at that line
 */
import type { GovernanceDocument } from '../../schemas/document.ts';
import { contentError, type ContentError } from '../errors/content-error.ts';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface StatusQuotesCheck {
  reason: GovernanceDocument['statusReason'];
  source: string;
  /** document.yaml, relative to the project root, and the line of each quote's text. */
  file: string;
  lineOf(index: number): number;
  /** The source file's path, for the message. */
  sourceFile: string;
}

export function checkStatusQuotes({ reason, source, file, lineOf, sourceFile }: StatusQuotesCheck): ContentError[] {
  const text = collapse(source);
  return (reason?.quotes ?? []).flatMap((quote, index) =>
    text.includes(collapse(quote.text))
      ? []
      : [
          contentError({
            file,
            line: lineOf(index),
            field: `statusReason.quotes[${index}].text`,
            rule: 'status-quote-not-in-source',
            message: `expected the source's own words, but "${collapse(quote.text)}" does not appear in ${sourceFile}`,
            hint: 'copy the words exactly as the source prints them; what the source does not say goes in statusReason.note, with basis: editorial',
          }),
        ],
  );
}
