/**
 * The duty finder: reads each clause's text for cadence and deadline phrases
 * (duty-phrases.ts) and proposes a duty for each: its kind, cadence,
 * strength and owner, with the kind-specific fields a clause's `duties:`
 * entry needs (src/schemas/duty.ts). Proposals are for an editor to accept
 * or reject (proposals.ts); nothing here decides.
 *
 *   3-1 "The Board shall meet not less than six times in each financial year."
 *   → { kind: 'frequency', owner: 'The Board', strength: 'required',
 *       duty: { kind: 'frequency', body: 'the-board', atLeast: 6 } }
 */
import type { ProposedDuty } from '../../schemas/proposed-duty.ts';
import { describeCadence, findPhrases, type Cadence, type PhraseMatch } from './duty-phrases.ts';
import { onlyMentions } from './mentions.ts';
import { slugify } from './numbering.ts';
import { readWithin } from './within-proposal.ts';

export interface ClauseToRead {
  id: string;
  heading?: string;
  /** The clause's text, plain (no Markdown). */
  text: string;
}

const REQUIRED = /\b(must|shall|will|is required to|are required to)\b/gi;
const ADVISORY = /\b(should|ideally|preferably|aims?\s+to|aspires?\s+to)\b/gi;
const OWNER_VERB = String.raw`(?:must|shall|will|should|is|are|meets?|sits?|aims?|has|have|reviews?|publish(?:es)?|agrees?)\b`;
const NAME = String.raw`[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|the|on|&))*`;
/** "The Board", "The local authority", "Each Party", "West Sussex County Council", before its verb. */
const WORD = String.raw`(?!(?:must|shall|will|should|is|are|meets?)\b)[\w'’&-]+`;
const SUBJECT = new RegExp(String.raw`^((?:[Tt]he|[Ee]ach|[Aa]ll)\s+(?:${WORD}\s+){0,2}?${WORD}|${NAME})\s+${OWNER_VERB}`);
const BY_WHOM = /\bby\s+((?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|the))*)/;

/** must/shall/will: required; should/ideally/preferably/aim: advisory. The modal nearest before the phrase decides. */
export function strengthOf(sentence: string, at: number): ProposedDuty['strength'] {
  const modals: Array<{ at: number; strength: ProposedDuty['strength'] }> = [
    ...[...sentence.matchAll(REQUIRED)].map((m) => ({ at: m.index, strength: 'required' as const })),
    ...[...sentence.matchAll(ADVISORY)].map((m) => ({ at: m.index, strength: 'advisory' as const })),
  ];
  const before = modals.filter((m) => m.at < at).sort((a, b) => b.at - a.at)[0];
  return (before ?? modals.sort((a, b) => a.at - b.at)[0])?.strength ?? 'required';
}

/**
 * The sentence's own word for a strength, as printed, to quote in the duty's
 * `strength` when a proposal is accepted: "will" in "The Executive will meet
 * quarterly." for `required`. None for a plain statement ("meets monthly"),
 * which the editor quotes by hand.
 */
export function strengthWordOf(sentence: string, level: ProposedDuty['strength']): string | undefined {
  return new RegExp((level === 'advisory' ? ADVISORY : REQUIRED).source, 'i').exec(sentence)?.[0];
}

export function ownerOf(sentence: string): string | undefined {
  // "The plan is reviewed … by the Steering Group": in the passive, the doer follows "by".
  if (/\b(is|are|be|been)\s+(?:\w+\s+){0,3}?\w+ed\b/.test(sentence) && BY_WHOM.test(sentence)) return BY_WHOM.exec(sentence)![1];
  const subject = SUBJECT.exec(sentence.trim())?.[1];
  if (subject && !/^(It|This|These|That|Those|There|They|We|Each|Every|All)$/i.test(subject)) return subject;
  return BY_WHOM.exec(sentence)?.[1];
}

function intervalCadence(c: Cadence): Record<string, unknown> {
  if (c.financialYear && !c.times) return { rule: 'financial-year' };
  const months = c.months ?? Math.round(12 / (c.times ?? 1));
  return months % 12 === 0 ? { rule: 'anniversary', years: months / 12 } : { rule: 'rolling', months };
}

function proposeKind(sentence: string, match: PhraseMatch, subject: string, owner: string | undefined) {
  const c = match.cadence;
  if (c.within) {
    const read = readWithin(sentence, match.words, match.index, owner);
    return read.ok ? { kind: 'within' as const, duty: read.duty } : { kind: 'none' as const, unsupported: read.unsupported };
  }
  if (c.by) return { kind: 'annual-deadline' as const, duty: { kind: 'annual-deadline', subject, by: c.by } };
  const meets = /\b(meet|meets|meeting|meetings|sits?|convenes?)\b/i.test(sentence);
  if (meets && (c.times || (c.months && c.months <= 12))) {
    const duty: Record<string, unknown> = { kind: 'frequency', body: slugify(owner ?? 'board'), atLeast: c.times ?? 12 / c.months! };
    if (c.perQuarter) duty.perQuarter = 1;
    return { kind: 'frequency' as const, duty };
  }
  const cadence = intervalCadence(c);
  if (/\b(publish|published|publishes|publication)\b/i.test(sentence) || /\bannual report\b/i.test(sentence)) {
    const publicationType = /\bbusiness plan\b/i.test(sentence) ? 'business-plan' : 'annual-report';
    return { kind: 'publication' as const, duty: { kind: 'publication', publicationType, cadence } };
  }
  if (/\bterms of reference\b/i.test(sentence) && /\bsub-?(group|committee)s?\b/i.test(sentence)) {
    return { kind: 'renewal-per-subgroup' as const, duty: { kind: 'renewal-per-subgroup', aspect: 'terms-of-reference', cadence } };
  }
  return { kind: 'review' as const, duty: { kind: 'review', subject, cadence } };
}

export function findDuties(clauses: ClauseToRead[]): ProposedDuty[] {
  const proposals: ProposedDuty[] = [];
  const ids = new Set<string>();
  for (const clause of clauses) {
    const subject = slugify(clause.heading ?? `clause ${clause.id}`, 40);
    for (const sentence of clause.text.split(/(?<=[.!?;:])\s+|\n+/)) {
      const described = new Set<string>();
      for (const match of findPhrases(sentence)) {
        // "via quarterly data", a contents line: a mention, not a duty (mentions.ts).
        if (onlyMentions(sentence, match.words, match.index)) continue;
        // "the Annual Report each year": one cadence said twice is one proposal.
        if (described.has(describeCadence(match.cadence))) continue;
        described.add(describeCadence(match.cadence));
        const owner = ownerOf(sentence);
        let id = slugify(`${clause.id} ${match.words}`, 50);
        for (let n = 2; ids.has(id); n++) id = `${slugify(`${clause.id} ${match.words}`, 46)}-${n}`;
        ids.add(id);
        proposals.push({
          id,
          clause: clause.id,
          words: sentence.trim(),
          cadence: describeCadence(match.cadence),
          strength: strengthOf(sentence, match.index),
          ...(owner ? { owner } : {}),
          ...proposeKind(sentence, match, subject, owner),
          status: 'proposed',
        });
      }
    }
  }
  return proposals;
}
