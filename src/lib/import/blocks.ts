/**
 * Groups a clause's body lines into blocks (paragraphs, lists, tables),
 * after mending two extraction faults: a bullet glyph or "(a)" alone on its
 * line, and a sentence broken across lines.
 *
 *   "•" / "Speak for their organisation…"     → one list item
 *   "…formally reflected" / "" / "within the…" → one paragraph
 *   "· relevant agency…" / "(a) is specified…" → list item with a continuation paragraph
 */
import type { SourceLine } from './classify-line.ts';
import type { ImportProfile } from './profiles.ts';

export interface ListItem {
  depth: number;
  text: string;
  /** Printed number of an ordered item ("1."). */
  number?: string;
  /** Paragraphs that belong to the item ("(a) …" under a bullet). */
  continuation: string[];
}

export type Block =
  | { type: 'paragraph'; lines: string[] }
  | { type: 'list'; ordered: boolean; items: ListItem[] }
  | { type: 'table'; rows: SourceLine[] };

const TABLE_KINDS = new Set(['table', 'html', 'delimiter']);
const textOf = (line: SourceLine) => (line.kind === 'bullet' || line.kind === 'ordered' ? line.rest! : line.text);

function mergeMarkers(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== 'marker') {
      out.push(line);
      continue;
    }
    let j = i + 1;
    while (lines[j]?.kind === 'blank') j++;
    const next = lines[j];
    if (next && (next.kind === 'text' || next.kind === 'lettered')) {
      const glyph = !line.marker!.startsWith('(');
      out.push(
        glyph
          ? { ...next, no: line.no, kind: 'bullet', depth: 0, rest: next.text }
          : { ...next, no: line.no, kind: 'lettered', text: `${line.marker} ${next.text}`, raw: `${line.marker} ${next.text}` },
      );
      i = j;
    } else out.push({ ...line, kind: 'text' });
  }
  return out;
}

/** Rejoins "…to self-" + "evaluate;" and "…formally reflected" + "within the…". */
function joinBrokenSentences(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of lines) {
    const previous = [...out].reverse().find((l) => l.kind !== 'blank');
    const broken = previous && ['text', 'lettered', 'bullet', 'ordered'].includes(previous.kind) && /[A-Za-z0-9-]$/.test(textOf(previous));
    if (line.kind === 'text' && /^[a-z]/.test(line.text) && broken) {
      while (out.at(-1)?.kind === 'blank') out.pop();
      const before = textOf(previous);
      const joined = `${before}${/[A-Za-z]-$/.test(before) ? '' : ' '}${line.text}`;
      out[out.length - 1] =
        previous.kind === 'bullet' || previous.kind === 'ordered'
          ? { ...previous, rest: joined }
          : { ...previous, text: joined, raw: joined };
    } else out.push(line);
  }
  return out;
}

export function toBlocks(body: SourceLine[], profile: ImportProfile): Block[] {
  const lines = joinBrokenSentences(mergeMarkers(body));
  const blocks: Block[] = [];
  const nextNonBlank = (i: number) => {
    let j = i;
    while (lines[j]?.kind === 'blank') j++;
    return j;
  };
  let i = 0;
  let paragraphOpen = false;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.kind === 'blank') {
      paragraphOpen = false;
      i++;
      continue;
    }
    if (TABLE_KINDS.has(line.kind)) {
      const rows: SourceLine[] = [];
      while (i < lines.length && TABLE_KINDS.has(lines[i]!.kind)) {
        rows.push(lines[i]!);
        const j = nextNonBlank(i + 1);
        i = TABLE_KINDS.has(lines[j]?.kind ?? '') ? j : i + 1;
      }
      blocks.push({ type: 'table', rows });
      paragraphOpen = false;
      continue;
    }
    if (line.kind === 'bullet' || line.kind === 'ordered') {
      const ordered = line.kind === 'ordered';
      const items: ListItem[] = [];
      while (i < lines.length) {
        const l = lines[i]!;
        if (l.kind === line.kind) items.push({ depth: l.depth ?? 0, text: l.rest!, number: l.number, continuation: [] });
        else if (l.kind === 'lettered' && !ordered) items.at(-1)!.continuation.push(l.text);
        else break;
        // Blank lines inside a list are layout; the list goes on if an item or continuation follows.
        const j = nextNonBlank(i + 1);
        const following = lines[j]?.kind;
        if (following === line.kind || (following === 'lettered' && !ordered)) i = j;
        else {
          i += 1;
          break;
        }
      }
      blocks.push({ type: 'list', ordered, items });
      paragraphOpen = false;
      continue;
    }
    const last = blocks.at(-1);
    if (profile.paragraphs === 'blank-line' && paragraphOpen && last?.type === 'paragraph') last.lines.push(line.text);
    else blocks.push({ type: 'paragraph', lines: [line.text] });
    paragraphOpen = true;
    i++;
  }
  return blocks;
}
