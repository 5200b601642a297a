/**
 * For a clause that holds an appendix which is an extract of another document
 * (the constitution's Appendix 2 is an extract of the Collaborative Working
 * Agreement), the full document, so the clause page can say "Read the full …".
 *
 *   appendixFullDocument(content, 'west-sussex', 'constitution', 'appendix-2')
 *     → { partnership: 'west-sussex', document: 'collaborative-working-agreement', title: 'West Sussex Collaborative Working Agreement (CWA)', url: '/west-sussex/collaborative-working-agreement/' }
 */
import { documentKey, type ContentSet } from '../content/model.ts';
import { analyseReferences } from './analyse-references.ts';
import { clauseLabels, labelKey } from './reference-model.ts';
import { documentUrl } from './urls.ts';

export interface FullDocument {
  partnership: string;
  document: string;
  title: string;
  url: string;
}

export function appendixFullDocument(content: ContentSet, partnership: string, document: string, clauseId: string): FullDocument | undefined {
  const { model } = analyseReferences(content);
  const own = model.documents.get(documentKey(partnership, document));
  const clause = own?.clauses.get(clauseId);
  if (!own || !clause) return undefined;
  const labels = clauseLabels(clause);
  for (const appendix of own.appendices.values()) {
    if (!appendix.document || !labels.includes(labelKey('appendix', appendix.appendix))) continue;
    const target = model.documents.get(documentKey(partnership, appendix.document));
    if (target) return { partnership, document: target.id, title: target.entry.data.title, url: documentUrl(partnership, target.id) };
  }
  return undefined;
}
