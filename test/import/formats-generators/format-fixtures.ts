/**
 * The format fixtures (test/import/formats-fixtures/*.txt) and how each is
 * written out: the style its plain text imports under, the lists its Word
 * version types rather than generates, and a PDF page height that breaks one
 * of its paragraphs over a page. Read by formats.test.ts and
 * scripts/import-figures.ts.
 */
import type { ListName } from './fixture-blocks.ts';

export interface FormatFixture {
  name: string;
  style: string;
  /** Lists whose numbers the Word version types in rather than generates. */
  typed: ListName[];
  /** A page height at which one of its paragraphs runs over a page break. */
  pageHeight: number;
}

export const FORMAT_FIXTURES: FormatFixture[] = [
  { name: 'terms-of-reference', style: 'constitution', typed: [], pageHeight: 280 },
  { name: 'escalation-protocol', style: 'arrangements', typed: ['clause'], pageHeight: 300 },
];
