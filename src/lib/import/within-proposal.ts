/**
 * Reads a "within N days of …" phrase as a `within` duty (src/schemas/duty.ts):
 * the time limit, the event that starts the clock and the response that
 * stops it. The event and response names are read from the words, for the
 * editor to check before accepting: records/events.yaml must use the same
 * names.
 *
 *   "The council must tell the partners within five working days of a notification."
 *   → { kind: 'within', event: 'notification', limit: { workingDays: 5 }, response: 'tell-partners' }
 */
import type { TimeLimit } from '../../schemas/time-limit.ts';
import { count } from './duty-phrases.ts';
import { slugify } from './numbering.ts';

const LIMIT = /within\s+(\S+)\s+(working\s+|calendar\s+|school\s+)?(day|week|month)s?/i;
const ARTICLE = '(?:the|a|an|any|each|every|such|that|this)';
/** Words that end a noun phrase: "of a request how many …", "of the dispute coming to attention". */
const STOP = '(?:coming|being|to|and|or|that|which|who|in|by|how|is|are|was|has|have|for|with|where|when|unless)';
const AFTER = new RegExp(String.raw`^\s*(?:of|after|following|from)\s+(?:${ARTICLE}\s+)?((?:(?!${STOP}\b)[\w'’-]+\s*){1,4})`, 'i');
const BEFORE = new RegExp(String.raw`\b(?:of|after|following)\s+${ARTICLE}\s+((?:(?!${STOP}\b)[\w'’-]+\s*){1,3})$`, 'i');
const MODAL = /\b(?:must|shall|will|should|is required to|are required to)\s+(?:be\s+)?/i;
const ACTION_END = /\s+(?:within|of|to|by|about|on|as|from|after)\b|[,.;:]/i;

export type WithinReading =
  | { ok: true; duty: { kind: 'within'; event: string; limit: TimeLimit; response: string } }
  | { ok: false; unsupported: string };

function limitOf(words: string): TimeLimit | string {
  const [, number = '', qualifier = '', unit = ''] = LIMIT.exec(words) ?? [];
  const n = count(number);
  if (!Number.isInteger(n) || n < 1) return `the finder could not read a number in "${words}"`;
  if (/school/i.test(qualifier))
    return `"${words}" counts school days, which differ by school; the check counts calendar days, weeks, months or working days`;
  const key = unit.toLowerCase();
  if (key === 'day') return /working/i.test(qualifier) ? { workingDays: n } : { days: n };
  return key === 'week' ? { weeks: n } : { months: n };
}

const meaningful = (words: string) =>
  words
    .split(/\s+/)
    .filter((w) => w && !new RegExp(`^${ARTICLE}$`, 'i').test(w))
    .slice(0, 4)
    .join(' ');

/** What must be done: the words after the modal ("must inform the partners") or, without one, before the phrase. */
function actionOf(sentence: string, at: number, owner: string | undefined): string {
  const modal = MODAL.exec(sentence);
  if (modal) {
    const rest = sentence.slice(modal.index + modal[0].length);
    return meaningful(rest.slice(0, ACTION_END.exec(rest)?.index ?? rest.length));
  }
  let before = sentence.slice(0, at).trim();
  if (owner && before.startsWith(owner)) before = before.slice(owner.length);
  return meaningful(before);
}

/** @param at where the phrase starts in the sentence; `words` is the phrase as printed. */
export function readWithin(sentence: string, words: string, at: number, owner: string | undefined): WithinReading {
  const limit = limitOf(words);
  if (typeof limit === 'string')
    return { ok: false, unsupported: `${limit}; keep it in the clause text, or reject the proposal with a reason` };
  const after = AFTER.exec(sentence.slice(at + words.length))?.[1];
  const before = BEFORE.exec(sentence.slice(0, at).trim())?.[1];
  const event = slugify(meaningful(after ?? before ?? ''), 40);
  if (!event) {
    return {
      ok: false,
      unsupported: `"${words}" counts from an event, and the finder could not tell which from the words; write the duty by hand (kind: within, with its event and response), or reject the proposal with a reason`,
    };
  }
  const response = slugify(actionOf(sentence, at, owner), 40) || `${event}-answered`;
  return { ok: true, duty: { kind: 'within', event, limit, response } };
}
