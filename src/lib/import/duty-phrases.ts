/**
 * The cadence and deadline phrases documents use, and what each means, for
 * the duty finder (find-duties.ts). Longer phrases come first, so "not less
 * than six times in each financial year" is one phrase, not also "each
 * financial year".
 *
 *   "every 18 months"               → { every: { months: 18 } }
 *   "not less than six times in each financial year" → { times: 6, financialYear: true }
 *   "by 30 September each year"     → { by: '09-30' }
 *   "within five working days"      → { within: 'five working days' }
 */

export interface Cadence {
  /** An interval: every N months (12 for "annually"). */
  months?: number;
  /** "each financial year": once between 1 April and 31 March. */
  financialYear?: boolean;
  /** At least N times in each year (quarterly: 4). */
  times?: number;
  /** At least once in each quarter ("quarterly", "every three months"). */
  perQuarter?: boolean;
  /** A day each year, `MM-DD`. */
  by?: string;
  /** A period after an event ("within 28 days of …"): a `within` duty (within-proposal.ts). */
  within?: string;
}

const WORDS: Record<string, number> = {
  one: 1,
  once: 1,
  two: 2,
  twice: 2,
  three: 3,
  thrice: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  eighteen: 18,
  'twenty-four': 24,
  thirty: 30,
};
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const N = String.raw`(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|thirty)`;
const YEAR = String.raw`(?:(?:in\s+)?(?:each|every|a|per|any|the)\s+(financial\s+|calendar\s+|municipal\s+)?year|per\s+annum)`;
const MONTH = `(${MONTHS.join('|')})`;

const monthDay = (month: string, day: string) =>
  `${String(MONTHS.indexOf(month.toLowerCase()) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;

export const count = (word: string) => WORDS[word.toLowerCase()] ?? Number(word);

/** [pattern, meaning of its match]; each pattern is tried over the whole sentence, longest first. */
export const PHRASES: Array<[RegExp, (m: RegExpExecArray) => Cadence]> = [
  [new RegExp(`within\\s+${N}\\s+(working\\s+|calendar\\s+|school\\s+)?(days?|weeks?|months?)`, 'gi'), (m) => ({ within: m[0] })],
  // "by 30 September each year", "no later than November 15th": a day without a year comes round every year.
  [
    new RegExp(
      `(?:by|no\\s+later\\s+than|before)\\s+(?:the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?!\\s*,?\\s*\\d{4})(?:\\s+(?:in\\s+)?(?:each|every)\\s+year)?`,
      'gi',
    ),
    (m) => ({ by: monthDay(m[2] ?? m[3]!, m[1] ?? m[4]!) }),
  ],
  [
    new RegExp(
      `(?:(?:not\\s+less\\s+than|no\\s+fewer\\s+than|at\\s+least|a\\s+minimum\\s+of|minimum\\s+of)\\s+)?(?:${N}\\s+times|(once|twice|thrice))\\s+${YEAR}`,
      'gi',
    ),
    (m) => ({ times: count(m[1] ?? m[2]!), financialYear: !!m[3]?.startsWith('financial') }),
  ],
  [new RegExp(`(?:at\\s+least\\s+|once\\s+)?every\\s+${N}\\s+months?`, 'gi'), (m) => ({ months: count(m[1]!) })],
  [new RegExp(`(?:at\\s+least\\s+|once\\s+)?every\\s+${N}\\s+years?`, 'gi'), (m) => ({ months: 12 * count(m[1]!) })],
  [/\b(?:bi-?annual(?:ly)?|six[-\s]monthly|half-yearly|every\s+six\s+months)\b/gi, () => ({ times: 2 })],
  [/\b(?:quarterly|every\s+(?:three|3)\s+months|each\s+quarter|every\s+quarter)\b/gi, () => ({ times: 4, perQuarter: true })],
  [/\b(?:bi-?monthly|every\s+(?:two|2)\s+months|every\s+other\s+month)\b/gi, () => ({ times: 6 })],
  [/\b(?:monthly|every\s+month|each\s+month)\b/gi, () => ({ times: 12 })],
  [/\b(?:each|every|in\s+each)\s+financial\s+year\b/gi, () => ({ financialYear: true })],
  [
    /\b(?:annual(?:ly)?|each\s+year|every\s+year|once\s+a\s+year|yearly|per\s+annum|every\s+12\s+months|every\s+twelve\s+months)\b/gi,
    () => ({ months: 12 }),
  ],
];

export interface PhraseMatch {
  words: string;
  index: number;
  cadence: Cadence;
}

/** Every phrase in a sentence, none overlapping another found before it. */
export function findPhrases(sentence: string): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (const [pattern, meaning] of PHRASES) {
    for (const m of sentence.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (found.some((f) => m.index < f.index + f.words.length && f.index < end)) continue;
      found.push({ words: m[0], index: m.index, cadence: meaning(m as RegExpExecArray) });
    }
  }
  // A deadline ("by 30 April of that financial year") is the cadence; "each year" beside it says no more.
  const deadline = found.some((f) => f.cadence.by);
  return found
    .filter((f) => !deadline || f.cadence.by || f.cadence.times || f.cadence.within || (f.cadence.months ?? 12) !== 12)
    .sort((a, b) => a.index - b.index);
}

/** The cadence in an editor's words: "every 18 months", "6 times in each financial year". */
export function describeCadence(c: Cadence): string {
  if (c.within) return c.within;
  if (c.by) return `by ${Number(c.by.slice(3))} ${MONTHS[Number(c.by.slice(0, 2)) - 1]!.replace(/^./, (l) => l.toUpperCase())} each year`;
  if (c.perQuarter) return 'at least once in each quarter';
  if (c.times) return `at least ${c.times} times in each ${c.financialYear ? 'financial ' : ''}year`;
  if (c.financialYear) return 'once in each financial year';
  const months = c.months ?? 12;
  return months % 12 === 0 ? (months === 12 ? 'every year' : `every ${months / 12} years`) : `every ${months} months`;
}
