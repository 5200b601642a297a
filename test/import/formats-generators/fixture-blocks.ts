/**
 * Reads a fixture (test/import/formats-fixtures/*.txt, structure/*.txt) into
 * blocks, so each generator can lay the same document out its own way: a
 * Word list level for "1.1", a bold larger line for a heading, a <table> for
 * a table. The blocks say what the text says and no more: lines with no
 * blank line between them stay one paragraph, broken where the text breaks
 * them; a table in tabs, pipes, HTML or aligned columns is a table; aligned
 * lines whose columns do not line up stay lines of text, spaces and all.
 *
 *   "1.1 The partnership…[1]" + "[1] As amended…"
 *   → { kind: 'paragraph', text: 'The partnership…', list: { name: 'clause', level: 1, printed: '1.1' }, footnote: … }
 *   "3.1 Frequency" + "The Board shall meet…" (no blank line between)
 *   → { kind: 'paragraph', text: 'Frequency\nThe Board shall meet…', list: … }
 */
import { tableBlock } from './fixture-tables.ts';

/** The Word lists the fixtures number with, and the level each printed shape sits at. */
export type ListName = 'part' | 'appendix' | 'clause' | 'upper-roman';

export interface Numbered {
  name: ListName;
  level: number;
  /** The number as the fixture prints it ("Part 1 –", "1.1", "(iv)"). */
  printed: string;
}

export type FixtureBlock =
  | {
      kind: 'paragraph';
      /** Its text after the number; "\n" where the fixture breaks a line within the paragraph. */
      text: string;
      heading: boolean;
      list?: Numbered;
      footnote?: { mark: string; text: string };
    }
  /** depth: 0, or 1 and 2 for a bullet indented two and four spaces more than the first of its run. */
  | { kind: 'bullet'; text: string; depth: number }
  | { kind: 'table'; rows: string[][] }
  /** Lines whose spacing is their layout (columns that do not line up): kept exactly as written. */
  | { kind: 'preformatted'; lines: string[] };

type Paragraph = Extract<FixtureBlock, { kind: 'paragraph' }>;

const SHAPES: Array<[RegExp, ListName, number]> = [
  [/^(Part \d+ –) (.*)$/, 'part', 0],
  [/^(Appendix [A-Z] –) (.*)$/, 'appendix', 0],
  [/^(\d+\.) (.*)$/, 'clause', 0],
  [/^(\d+\.\d+) (.*)$/, 'clause', 1],
  [/^(\d+\.\d+\.\d+) (.*)$/, 'clause', 2],
  [/^(\([a-z]+\)) (.*)$/, 'clause', 3],
  [/^([IVX]+\.) (.*)$/, 'upper-roman', 0],
];

/** A line that starts with a number of any kind ("4.", "1(a)", "3)", "B.", "(ii)"): it starts an item, never runs on. */
const NUMBERED = /^(?:\d+(?:\.\d+)*\.?|\d+\([a-z]+\)|\d{1,2}\)|[A-Za-z]{1,4}[.)]|\([A-Za-z0-9]+\))\s/;
const BULLET = /^\s*[-•▪●■◦*]\s+/;

/** No closing punctuation and short: a heading, as a reader of the page would take it. */
const looksLikeHeading = (text: string) => text.split('\n').every((line) => line.length < 70 && !/[.,;:]$/.test(line));

function numbered(line: string): Paragraph {
  const shape = SHAPES.map(([re, name, level]) => [re.exec(line), name, level] as const).find(([match]) => match);
  if (!shape) return { kind: 'paragraph', text: line, heading: false };
  const [match, name, level] = shape;
  return { kind: 'paragraph', text: match![2]!, heading: false, list: { name, level, printed: match![1]! } };
}

export function fixtureBlocks(source: string): FixtureBlock[] {
  const blocks: FixtureBlock[] = [];
  const lines = source.split('\n');
  let lastLetter = '';
  let runIndent = 0;
  let blank = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      blank = true;
      continue;
    }
    const runsOn = !blank;
    blank = false;
    const last = blocks.at(-1);
    const table = tableBlock(lines, i);
    if (table) {
      blocks.push(table.block);
      i = table.end - 1;
      continue;
    }
    const footnote = /^(\[\d+\]) (.*)$/.exec(line);
    if (footnote && last?.kind === 'paragraph' && last.text.endsWith(footnote[1]!)) {
      last.text = last.text.slice(0, -footnote[1]!.length);
      last.footnote = { mark: footnote[1]!, text: footnote[2]! };
      continue;
    }
    if (BULLET.test(line)) {
      // Depth counts from the first bullet of the run: a list indented as a whole is still at depth 0.
      const indent = /^\s*/.exec(line)![0].length;
      if (last?.kind !== 'bullet') runIndent = indent;
      const depth = Math.max(0, Math.min(2, Math.floor((indent - runIndent) / 2)));
      blocks.push({ kind: 'bullet', text: line.replace(BULLET, ''), depth });
      continue;
    }
    // A line straight after a paragraph's, with no number of its own, is that paragraph broken over a line.
    if (runsOn && last?.kind === 'paragraph' && !NUMBERED.test(line)) {
      last.text += `\n${line}`;
      continue;
    }
    const block = numbered(line);
    // "(i)" is a letter after "(h)" and a roman numeral anywhere else, as a reader takes it.
    if (block.list?.level === 3) {
      const inner = block.list.printed.slice(1, -1);
      if (/^[ivx]+$/.test(inner) && lastLetter !== 'h') block.list.level = 4;
      else lastLetter = inner;
    }
    blocks.push(block);
  }
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    const { list } = block;
    // "1) Introductions" is a list item however short, as "(a)" is; an unnumbered short line may head.
    const heads = (!list && !/^\d{1,2}\)\s/.test(block.text)) || (list?.name === 'clause' && list.level === 0);
    block.heading = list?.name === 'part' || list?.name === 'appendix' || (heads && looksLikeHeading(block.text));
  }
  return blocks;
}

/** The fixture's lines a block came from, number included ("\n" between lines). */
export const printedLine = (block: Paragraph) => (block.list ? `${block.list.printed} ${block.text}` : block.text);
