/**
 * Reads a format fixture (test/import/formats-fixtures/*.txt) into blocks,
 * so each generator can lay the same document out its own way: a Word list
 * level for "1.1", a bold larger line for a heading, a <table> for tab rows.
 *
 *   "1.1 The partnership…[1]" + "[1] As amended…"
 *   → { kind: 'paragraph', text: 'The partnership…', list: { name: 'clause', level: 1, printed: '1.1' }, footnote: … }
 */

/** The Word lists the fixtures number with, and the level each printed shape sits at. */
export type ListName = 'part' | 'appendix' | 'clause' | 'upper-roman';

export interface Numbered {
  name: ListName;
  level: number;
  /** The number as the fixture prints it ("Part 1 –", "1.1", "(iv)"). */
  printed: string;
}

export type FixtureBlock =
  | { kind: 'paragraph'; text: string; heading: boolean; list?: Numbered; footnote?: { mark: string; text: string } }
  | { kind: 'bullet'; text: string }
  | { kind: 'table'; rows: string[][] };

const SHAPES: Array<[RegExp, ListName, number]> = [
  [/^(Part \d+ –) (.*)$/, 'part', 0],
  [/^(Appendix [A-Z] –) (.*)$/, 'appendix', 0],
  [/^(\d+\.) (.*)$/, 'clause', 0],
  [/^(\d+\.\d+) (.*)$/, 'clause', 1],
  [/^(\d+\.\d+\.\d+) (.*)$/, 'clause', 2],
  [/^(\([a-z]+\)) (.*)$/, 'clause', 3],
  [/^([IVX]+\.) (.*)$/, 'upper-roman', 0],
];

/** No closing punctuation and short: a heading, as a reader of the page would take it. */
const looksLikeHeading = (text: string) => text.length < 70 && !/[.,;:]$/.test(text);

export function fixtureBlocks(source: string): FixtureBlock[] {
  const blocks: FixtureBlock[] = [];
  let lastLetter = '';
  for (const line of source.split('\n')) {
    if (line.trim() === '') continue;
    const last = blocks.at(-1);
    if (line.includes('\t')) {
      if (last?.kind === 'table') last.rows.push(line.split('\t'));
      else blocks.push({ kind: 'table', rows: [line.split('\t')] });
      continue;
    }
    const footnote = /^(\[\d+\]) (.*)$/.exec(line);
    if (footnote && last?.kind === 'paragraph' && last.text.endsWith(footnote[1]!)) {
      last.text = last.text.slice(0, -footnote[1]!.length);
      last.footnote = { mark: footnote[1]!, text: footnote[2]! };
      continue;
    }
    if (line.startsWith('- ')) {
      blocks.push({ kind: 'bullet', text: line.slice(2) });
      continue;
    }
    const shape = SHAPES.map(([re, name, level]) => [re.exec(line), name, level] as const).find(([match]) => match);
    if (!shape) {
      blocks.push({ kind: 'paragraph', text: line, heading: looksLikeHeading(line) });
      continue;
    }
    const [match, name] = shape;
    let level = shape[2];
    const printed = match![1]!;
    // "(i)" is a letter after "(h)" and a roman numeral anywhere else, as a reader takes it.
    if (level === 3) {
      const inner = printed.slice(1, -1);
      if (/^[ivx]+$/.test(inner) && lastLetter !== 'h') level = 4;
      else lastLetter = inner;
    }
    const text = match![2]!;
    blocks.push({
      kind: 'paragraph',
      text,
      heading: name === 'part' || name === 'appendix' || (name === 'clause' && level === 0 && looksLikeHeading(text)),
      list: { name, level, printed },
    });
  }
  return blocks;
}

/** The fixture line a block came from, number included. */
export const printedLine = (block: Extract<FixtureBlock, { kind: 'paragraph' }>) =>
  block.list ? `${block.list.printed} ${block.text}` : block.text;
