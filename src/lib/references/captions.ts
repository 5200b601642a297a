/**
 * Figure and table captions in clause text. A block that opens with the
 * label and goes on with a title in capitals and no full stop is the
 * caption of a figure or table, not a mention of one; the caption is "held"
 * when the table itself follows it. The source documents' figures were
 * images and are not in the text, so their captions stand alone.
 *
 *   "Table 1 Priorities Matrix" followed by <table>            → table 1, held, anchor "4-table-1" (in clause 4)
 *   "Figure 1 Collaboration … six key principles" (nothing after) → figure 1, not held
 *   "Table 1 outlines the individual priorities …."            → not a caption (a mention)
 */
/** What a document's text labels: "Appendix B", "Figure 1", "Table 1". */
export type LabelKind = 'appendix' | 'figure' | 'table';

export interface Caption {
  kind: Extract<LabelKind, 'figure' | 'table'>;
  /** "1" */
  label: string;
  /** "Priorities Matrix"; undefined for a bare label. */
  title?: string;
}

export interface HeldCaption extends Caption {
  /** The figure or table is in the clause, under the caption. */
  held: boolean;
  /** 1-based line of the caption in the clause body. */
  line: number;
}

const CAPTION = /^(Figure|Table)\s+(\d{1,2})(?:\s*[:.–-]?\s+([A-Z][^\n]*?))?\s*$/;
/** What the caption of a held figure or table is followed by: a table (HTML or GFM) or an image. */
const HOLDS: Record<Caption['kind'], RegExp> = { table: /^(?:<table\b|\|)/, figure: /^(?:!\[|<img\b)/ };

/** The caption a block's text is, or undefined when it is running text. */
export function captionOf(text: string): Caption | undefined {
  const match = CAPTION.exec(text.trim());
  if (!match || match[3]?.endsWith('.')) return undefined;
  return { kind: match[1]!.toLowerCase() as Caption['kind'], label: match[2]!, title: match[3] };
}

/** The anchor id a held figure or table's caption carries, unique on any page showing its clause. */
export const captionAnchor = (clauseId: string, caption: Pick<Caption, 'kind' | 'label'>): string =>
  `${clauseId}-${caption.kind}-${caption.label}`;

/** The captions in a clause body: one-line blocks at the margin, each judged by the block after it. */
export function findCaptions(body: string): HeldCaption[] {
  const lines = body.split('\n');
  const blocks: { text: string; line: number; lines: number }[] = [];
  lines.forEach((text, i) => {
    if (!text.trim()) return;
    const last = blocks.at(-1);
    if (last && last.line + last.lines === i + 1) last.lines++;
    else blocks.push({ text, line: i + 1, lines: 1 });
  });
  return blocks.flatMap((block, i) => {
    const caption = block.lines === 1 && !/^\s/.test(block.text) ? captionOf(block.text) : undefined;
    if (!caption) return [];
    const next = blocks[i + 1]?.text.trim() ?? '';
    return [{ ...caption, held: HOLDS[caption.kind].test(next), line: block.line }];
  });
}
