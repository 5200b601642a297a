/**
 * Appendices a document names that the site does not hold, for "referenced
 * but not published" on the document page and in the editors' report. They
 * come from mentions in the text ("Appendix C") that resolve to no clause and
 * no other document, plus those cross-references.yaml lists without a
 * document (an appendix named only in a list, like the arrangements' F).
 *
 *   [{ partnership: 'west-sussex', document: 'arrangements', appendix: 'C',
 *      title: 'Quality Assurance Framework', mentions: [{ clause: '5', file: …, line: 12, text: 'Appendix C' }] }, …]
 */
import { documentKey, type ContentSet } from '../content/model.ts';
import { analyseReferences } from './analyse-references.ts';
import { labelKey } from './reference-model.ts';

export interface UnpublishedAppendix {
  partnership: string;
  document: string;
  /** "C", "5". */
  appendix: string;
  title?: string;
  /** Where the document names it; empty when only cross-references.yaml records it. */
  mentions: { clause: string; file: string; line?: number; text: string }[];
}

const sortKey = (a: UnpublishedAppendix) => `${a.partnership}/${a.document}/${a.appendix.padStart(3, '0')}`;

export function unpublishedAppendices(content: ContentSet): UnpublishedAppendix[] {
  const { model, clauses } = analyseReferences(content);
  const found = new Map<string, UnpublishedAppendix>();
  const entry = (partnership: string, document: string, appendix: string, title?: string) => {
    const key = `${documentKey(partnership, document)}#${appendix.toUpperCase()}`;
    const existing = found.get(key) ?? { partnership, document, appendix: appendix.toUpperCase(), title, mentions: [] };
    existing.title ??= title;
    found.set(key, existing);
    return existing;
  };
  for (const document of model.documents.values()) {
    for (const described of document.appendices.values()) {
      const held = document.labels.get(labelKey('appendix', described.appendix))?.length;
      if (described.document || held) continue;
      const listed = entry(document.partnership, document.id, described.appendix, described.title);
      const clause = described.mentionedIn ? document.clauses.get(described.mentionedIn) : undefined;
      if (clause) listed.mentions.push({ clause: clause.data.id, file: clause.file, line: clause.bodyStartLine, text: `Appendix ${described.appendix}` });
    }
  }
  for (const { clause, unresolved } of clauses) {
    for (const mention of unresolved) {
      if (mention.reason !== 'unpublished' || !mention.appendix) continue;
      const listed = entry(clause.partnership, clause.document, mention.appendix, mention.title);
      if (!listed.mentions.some((m) => m.clause === clause.data.id && m.text === mention.text)) {
        listed.mentions.push({ clause: clause.data.id, file: clause.file, line: mention.line, text: mention.text });
      }
    }
  }
  return [...found.values()].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
}
