/**
 * Word's automatic numbering, worked out as Word prints it. The numbers are
 * not in the document's text: numbering.xml says, per list and level, how to
 * count (decimal, lowerLetter, upperRoman…) and what to print ("%1.%2",
 * "(%3)", "Part %1 –"), and each paragraph only names its list and level.
 *
 *   levels "%1." / "%1.%2" / "(%3)" lowerLetter, paragraphs at levels 0, 1, 2, 2, 1, 2
 *   → "1.", "1.1", "(a)", "(b)", "1.2", "(a)"   (a level restarts when a higher one advances)
 */
import { attr, child, children, type XmlElement } from './docx-xml.ts';
import { roman, wordLetters } from './number-formats.ts';

interface Level {
  start: number;
  format: string;
  text: string;
  /** w:lvlRestart: 0 never restarts; n restarts when level n or above advances; absent: any higher level. */
  restart?: number;
  /** Legal numbering: every level's number printed in decimal ("1.1.1" under "Part I"). */
  legal: boolean;
  /** What Word puts between the number and the text: a tab (the default), a space, or nothing. */
  suffix: string;
}

interface List {
  levels: Level[];
  /** Whose counters it advances: lists of one abstract definition share them unless they restart it. */
  counterKey: string;
}

/** What a numbered paragraph starts with, as printed, and whether it is a bullet. */
export interface PrintedNumber {
  text: string;
  bullet: boolean;
  /** A bullet's depth: how many bullet levels of its list are above it (a bullet under a "1." level is at 0). */
  depth?: number;
  /** Set when the format is one this reader does not know and was printed in decimal. */
  unknownFormat?: string;
}

function readLevel(lvl: XmlElement, base?: Level): Level {
  const restart = attr(child(lvl, 'lvlRestart'), 'val');
  return {
    start: Number(attr(child(lvl, 'start'), 'val') ?? base?.start ?? 1),
    format: attr(child(lvl, 'numFmt'), 'val') ?? base?.format ?? 'decimal',
    text: attr(child(lvl, 'lvlText'), 'val') ?? base?.text ?? '',
    restart: restart === undefined ? base?.restart : Number(restart),
    legal: child(lvl, 'isLgl') ? attr(child(lvl, 'isLgl'), 'val') !== '0' : (base?.legal ?? false),
    suffix: attr(child(lvl, 'suff'), 'val') ?? base?.suffix ?? 'tab',
  };
}

const FORMATS: Record<string, (n: number) => string> = {
  decimal: String,
  decimalZero: (n) => String(n).padStart(2, '0'),
  lowerLetter: wordLetters,
  upperLetter: (n) => wordLetters(n).toUpperCase(),
  lowerRoman: roman,
  upperRoman: (n) => roman(n).toUpperCase(),
  none: () => '',
};

export class WordNumbering {
  private readonly lists = new Map<string, List>();
  private readonly counters = new Map<string, Array<number | undefined>>();

  constructor(numbering: XmlElement | undefined) {
    if (!numbering) return;
    const abstracts = new Map(children(numbering, 'abstractNum').map((a) => [attr(a, 'abstractNumId'), a]));
    for (const num of children(numbering, 'num')) {
      const abstractId = attr(child(num, 'abstractNumId'), 'val');
      const levels = children(abstracts.get(abstractId) ?? num, 'lvl').map((lvl) => readLevel(lvl));
      const overrides = children(num, 'lvlOverride');
      for (const override of overrides) {
        const ilvl = Number(attr(override, 'ilvl') ?? 0);
        const lvl = child(override, 'lvl');
        if (lvl) levels[ilvl] = readLevel(lvl, levels[ilvl]);
        const start = attr(child(override, 'startOverride'), 'val');
        if (start !== undefined && levels[ilvl]) levels[ilvl] = { ...levels[ilvl], start: Number(start) };
      }
      const numId = attr(num, 'numId') ?? '';
      this.lists.set(numId, { levels, counterKey: overrides.length ? `num ${numId}` : `abstract ${abstractId}` });
    }
  }

  /** Advances list `numId` at level `ilvl` and returns the number Word prints there. */
  next(numId: string, ilvl: number): PrintedNumber | undefined {
    const list = this.lists.get(numId);
    const level = list?.levels[ilvl];
    if (!list || !level) return undefined;
    const counters = this.counters.get(list.counterKey) ?? [];
    this.counters.set(list.counterKey, counters);
    counters[ilvl] = (counters[ilvl] ?? level.start - 1) + 1;
    list.levels.forEach((deeper, k) => {
      if (k > ilvl && (deeper.restart === undefined || (deeper.restart !== 0 && ilvl < deeper.restart))) counters[k] = undefined;
    });
    if (level.format === 'bullet') {
      const depth = list.levels.slice(0, ilvl).filter((above) => above.format === 'bullet').length;
      return { text: level.text, bullet: true, depth };
    }
    let unknownFormat: string | undefined;
    const text = level.text.replace(/%([1-9])/g, (_, n: string) => {
      const shown = list.levels[Number(n) - 1];
      if (!shown) return '';
      const format = level.legal ? 'decimal' : shown.format;
      if (!FORMATS[format]) unknownFormat = format;
      return (FORMATS[format] ?? String)(counters[Number(n) - 1] ?? shown.start);
    });
    const separator = level.suffix === 'nothing' || text === '' ? '' : ' ';
    return { text: `${text}${separator}`, bullet: false, ...(unknownFormat ? { unknownFormat } : {}) };
  }
}
