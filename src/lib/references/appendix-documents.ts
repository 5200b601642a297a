/**
 * For a clause that holds an appendix which is another document, or an
 * extract of one (cross-references.yaml), or that lists such an appendix
 * (`mentionedIn`), the full document, so the clause can say "read the full …".
 * The constitution's Appendix 2 is an extract of the Collaborative Working
 * Agreement; the arrangements' Appendix B, listed in "Appendices:", is the
 * constitution.
 *
 *   appendixFullDocument(content, 'west-sussex', 'constitution', 'appendix-2')
 *     → { partnership: 'west-sussex', document: 'collaborative-working-agreement', appendix: '2', extract: true,
 *         title: 'West Sussex Collaborative Working Agreement (CWA)', shortTitle: 'Collaborative Working Agreement',
 *         url: '/west-sussex/collaborative-working-agreement/' }
 */
import { documentKey, type ContentSet } from '../content/model.ts';
import { analyseReferences } from './analyse-references.ts';
import { clauseLabels, labelKey } from './reference-model.ts';
import { documentUrl } from './urls.ts';

export interface FullDocument {
  partnership: string;
  document: string;
  /** The appendix's label in the clause's document: "2", "B". */
  appendix: string;
  /** The appendix reproduces part of the document, not all of it. */
  extract: boolean;
  title: string;
  shortTitle: string;
  url: string;
}

export function appendixFullDocument(
  content: ContentSet,
  partnership: string,
  document: string,
  clauseId: string,
): FullDocument | undefined {
  const { model } = analyseReferences(content);
  const own = model.documents.get(documentKey(partnership, document));
  const clause = own?.clauses.get(clauseId);
  if (!own || !clause) return undefined;
  const labels = clauseLabels(clause);
  for (const appendix of own.appendices.values()) {
    if (!appendix.document) continue;
    if (!labels.includes(labelKey('appendix', appendix.appendix)) && appendix.mentionedIn !== clauseId) continue;
    const target = model.documents.get(documentKey(partnership, appendix.document));
    if (!target) continue;
    const { title, shortTitle } = target.entry.data;
    return {
      partnership,
      document: target.id,
      appendix: appendix.appendix,
      extract: appendix.extract,
      title,
      shortTitle,
      url: documentUrl(partnership, target.id),
    };
  }
  return undefined;
}
