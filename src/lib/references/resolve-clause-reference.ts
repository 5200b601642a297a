/**
 * Decides what a recognised mention points at, conservatively: a number links
 * only when exactly one clause of the same document prints it, never a clause
 * of another document; an appendix links to the clause holding it, or to the
 * document cross-references.yaml says it is; anything else is left as text.
 *
 *   "6.52" in the constitution       → clause 6-52 of the constitution
 *   "6.2"  in the constitution       → unresolved: printed twice (6-2, 6-2-2)
 *   "Appendix B" in the arrangements → the constitution (cross-references.yaml)
 *   "Appendix C" in the arrangements → unpublished appendix
 */
import { documentKey, type ClauseEntry } from '../content/model.ts';
import type { Mention } from './recognise-clause-references.ts';
import { labelKey, type DocumentIndex, type LabelKind, type ReferenceModel } from './reference-model.ts';

export type Resolution =
  | { kind: 'clause'; clause: ClauseEntry }
  | { kind: 'document'; document: DocumentIndex }
  | { kind: 'unpublished'; appendix: string; title?: string }
  | { kind: 'unresolved'; reason: UnresolvedReason };

export type UnresolvedReason = 'self' | 'no-such-clause' | 'printed-more-than-once' | 'not-held' | 'same-document';

export const REASON_TEXT: Record<UnresolvedReason, string> = {
  self: 'refers to the clause it is in',
  'no-such-clause': 'no clause of this document is numbered so',
  'printed-more-than-once': 'the document prints this number on more than one clause',
  'not-held': 'the site holds no clause with this label',
  'same-document': 'names the document it is in',
};

function oneClause(candidates: ClauseEntry[] | undefined, from: ClauseEntry, missing: UnresolvedReason): Resolution {
  if (!candidates?.length) return { kind: 'unresolved', reason: missing };
  if (candidates.length > 1) return { kind: 'unresolved', reason: 'printed-more-than-once' };
  const [clause] = candidates as [ClauseEntry];
  return clause === from ? { kind: 'unresolved', reason: 'self' } : { kind: 'clause', clause };
}

export function resolveMention(model: ReferenceModel, from: ClauseEntry, mention: Mention): Resolution {
  const own = model.documents.get(documentKey(from.partnership, from.document));
  if (!own) return { kind: 'unresolved', reason: 'no-such-clause' };
  switch (mention.kind) {
    case 'number':
      return oneClause(own.numbers.get(mention.value), from, 'no-such-clause');
    case 'appendix': {
      const described = own.appendices.get(mention.value.toUpperCase());
      if (described?.document) {
        const document = model.documents.get(documentKey(from.partnership, described.document));
        if (document && document !== own) return { kind: 'document', document };
      }
      const held = own.labels.get(labelKey('appendix', mention.value));
      if (held?.length) return oneClause(held, from, 'not-held');
      return { kind: 'unpublished', appendix: mention.value, title: described?.title };
    }
    case 'figure':
    case 'table':
      return oneClause(own.labels.get(labelKey(mention.kind as LabelKind, mention.value)), from, 'not-held');
    case 'document': {
      const document = model.documents.get(mention.value);
      if (!document || document === own) return { kind: 'unresolved', reason: 'same-document' };
      return { kind: 'document', document };
    }
  }
}
