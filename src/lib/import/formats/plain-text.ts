/**
 * The one shape every format reader returns, and the one place that writes
 * it out as the plain text the text importer reads (import-document.ts):
 *
 *   - every paragraph, heading and list item on its own line, with a blank
 *     line between them, numbers as printed ("1.1 The partnership…");
 *   - a table as consecutive lines of tab-separated cells, which the
 *     importer turns into a table under every --style (a `| a | b |` line is
 *     a table only where blank lines separate paragraphs, and the fidelity
 *     check reads tab cells as words but pipes as text);
 *   - a footnote as "[1]" where it is cited and "[1] The note." as a
 *     paragraph after the paragraph citing it, so it stays in that clause.
 *
 *   [{ type: 'paragraph', text: '1. Purpose' }, { type: 'table', rows: [['a', 'b']] }]
 *   → "1. Purpose\n\na\tb\n"
 */

/** Something a reader dropped or had to guess, at a line of the text it returns. */
export interface ExtractNote {
  /** 1-based line of the extracted text (source.txt) it concerns. */
  line: number;
  /** `dropped`: not carried into the text; `guessed`: carried, but check it. */
  kind: 'dropped' | 'guessed';
  message: string;
}

export interface ExtractedText {
  text: string;
  report: ExtractNote[];
}

/** Thrown by a reader when the file is not what its extension says: its message says why, in an editor's words. */
export class UnreadableSource extends Error {}

export type TextBlock = { type: 'paragraph'; text: string } | { type: 'table'; rows: string[][] };

/** A note about a block: it is reported at that block's first line. */
export interface BlockNote {
  /** Index into the blocks; the last block's end when past it. */
  block: number;
  kind: ExtractNote['kind'];
  message: string;
}

/** Spaces, tabs and non-breaking spaces as one space; line breaks kept when asked. */
export function tidy(text: string, keepLineBreaks = false): string {
  const lines = text.split(/\r?\n/).map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim());
  return keepLineBreaks ? lines.filter(Boolean).join('\n') : lines.join(' ').replace(/ {2,}/g, ' ').trim();
}

/** Text quoted in a note, cut short when long. */
export const quote = (text: string) => `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;

/** A fixed-pitch font's name (Courier New, CourierNewPSMT, Consolas, DejaVu Sans Mono, not Monotype Corsiva). */
export const FIXED_PITCH_FONT = /courier|consolas|lucida ?console|menlo|monaco|mono(?!type)|fixedsys/i;

/**
 * Preformatted text (a <pre>, a Markdown code block): each line's spacing is kept, since it lines up
 * columns, but tabs become spaces (a tab would make a table cell) and blank lines go (a blank line would
 * end the paragraph).
 */
export function preformatted(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/[\t\u00a0]/g, ' ').trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n');
}

function render(block: TextBlock): string {
  if (block.type === 'paragraph') return block.text;
  const width = Math.max(...block.rows.map((row) => row.length));
  return block.rows.map((row) => Array.from({ length: width }, (_, i) => tidy(row[i] ?? '')).join('\t')).join('\n');
}

const isEmpty = (block: TextBlock) =>
  block.type === 'paragraph' ? block.text.trim() === '' : block.rows.every((row) => row.every((cell) => tidy(cell) === ''));

/** Joins blocks with blank lines and turns block notes into line notes. */
export function toPlainText(blocks: TextBlock[], notes: BlockNote[] = []): ExtractedText {
  const lineOf: number[] = [];
  const parts: string[] = [];
  let line = 1;
  blocks.forEach((block, i) => {
    lineOf[i] = line;
    if (isEmpty(block)) return;
    const text = render(block);
    parts.push(text);
    line += text.split('\n').length + 1;
  });
  const report = notes.map(({ block, kind, message }) => ({ line: lineOf[block] ?? Math.max(1, line - 2), kind, message }));
  return { text: parts.length ? `${parts.join('\n\n')}\n` : '', report: report.sort((a, b) => a.line - b.line) };
}
