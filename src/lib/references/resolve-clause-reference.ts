/**
 * Decides what a recognised mention points at, conservatively: a number links
 * only when exactly one clause of the same document prints it, never a clause
 * of another document; an appendix links to the clause holding it, or to the
 * document cross-references.yaml says it is; a figure or table to the
 * clause holding it (headed with its label, or holding it under its caption,
 * captions.ts); anything else is left as text.
 *
 *   "6.52" in the constitution       → clause 6-52 of the constitution
 *   "6.2"  in the constitution       → unresolved: printed twice (6-2, 6-2-2)
 *   "Appendix B" in the arrangements → the constitution (cross-references.yaml)
 *   "Appendix C" in the arrangements → unpublished appendix
 *   "Table 1" in the CWA             → clause 4, at its caption (#4-table-1)
 *   "Figure 1" in the CWA            → unpublished figure (a caption with no figure under it)
 */
import { documentKey, type ClauseEntry } from '../content/model.ts';
import type { Mention } from './recognise-clause-references.ts';
import { labelKey, labelName, type CaptionEntry, type DocumentIndex, type LabelKind, type ReferenceModel } from './reference-model.ts';

export type Resolution =
  /** `anchor` and `caption` for a figure or table held under its caption (the clause may be the one referring). */
  | { kind: 'clause'; clause: ClauseEntry; anchor?: string; caption?: string }
  | { kind: 'document'; document: DocumentIndex }
  /** An appendix, figure or table the document names that the site does not hold. */
  | { kind: 'unpublished'; item: LabelKind; label: string; title?: string }
  | { kind: 'unresolved'; reason: UnresolvedReason };

export type UnresolvedReason = 'self' | 'no-such-clause' | 'printed-more-than-once' | 'not-held' | 'same-document';

export const REASON_TEXT: Record<UnresolvedReason, string> = {
  self: 'refers to the clause it is in',
  'no-such-clause': 'no clause of this document is numbered so',
  'printed-more-than-once': 'the document prints this number or label more than once',
  'not-held': 'nothing the site holds carries this label',
  'same-document': 'names the document it is in',
};

function oneClause(candidates: ClauseEntry[] | undefined, from: ClauseEntry, missing: UnresolvedReason): Resolution {
  if (!candidates?.length) return { kind: 'unresolved', reason: missing };
  if (candidates.length > 1) return { kind: 'unresolved', reason: 'printed-more-than-once' };
  const [clause] = candidates as [ClauseEntry];
  return clause === from ? { kind: 'unresolved', reason: 'self' } : { kind: 'clause', clause };
}

function resolveFigureOrTable(own: DocumentIndex, from: ClauseEntry, kind: 'figure' | 'table', label: string): Resolution {
  const key = labelKey(kind, label);
  const labelled = own.labels.get(key);
  if (labelled?.length) return oneClause(labelled, from, 'not-held');
  const captions = own.captions.get(key) ?? [];
  const held = captions.filter((c) => c.held);
  if (held.length > 1) return { kind: 'unresolved', reason: 'printed-more-than-once' };
  if (held.length === 1) {
    const [caption] = held as [CaptionEntry];
    return {
      kind: 'clause',
      clause: caption.clause,
      anchor: caption.anchor,
      caption: [labelName(kind, label), caption.title].filter(Boolean).join(' '),
    };
  }
  // A caption with nothing under it: the document had the figure, the site does not.
  if (captions.length) return { kind: 'unpublished', item: kind, label, title: captions[0]!.title };
  return { kind: 'unresolved', reason: 'not-held' };
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
      return { kind: 'unpublished', item: 'appendix', label: mention.value, title: described?.title };
    }
    case 'figure':
    case 'table':
      return resolveFigureOrTable(own, from, mention.kind, mention.value);
    case 'document': {
      const document = model.documents.get(mention.value);
      if (!document || document === own) return { kind: 'unresolved', reason: 'same-document' };
      return { kind: 'document', document };
    }
  }
}
