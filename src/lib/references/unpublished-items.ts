/**
 * Appendices, figures and tables a document names that the site does not
 * hold, for "referenced but not published" on the document page and in the
 * editors' report. They come from mentions in the text ("Appendix C",
 * "Figure 1") that resolve to nothing held, from captions with no figure
 * under them (captions.ts), and from appendices cross-references.yaml lists
 * without a document (one named only in a list, like the arrangements' F).
 *
 *   [{ partnership: 'west-sussex', document: 'arrangements', kind: 'appendix', label: 'C', name: 'Appendix C',
 *      title: 'Quality Assurance Framework', mentions: [{ clause: '5', label: '5. …', file: …, line: 12, text: 'Appendix C' }] }, …]
 */
import { clauseLabel } from '../content/clause-names.ts';
import { documentKey, type ClauseEntry, type ContentSet } from '../content/model.ts';
import { analyseReferences } from './analyse-references.ts';
import { labelKey, labelName, readingPositions, type LabelKind } from './reference-model.ts';

export interface UnpublishedItem {
  partnership: string;
  document: string;
  kind: LabelKind;
  /** "C", "5", "1". */
  label: string;
  /** "Appendix C", "Figure 1". */
  name: string;
  title?: string;
  /** The clauses that name it, each once; empty when only cross-references.yaml records it. */
  mentions: { clause: string; label: string; file: string; line?: number; text: string }[];
}

const KIND_ORDER: LabelKind[] = ['appendix', 'figure', 'table'];
const sortKey = (a: UnpublishedItem) =>
  `${documentKey(a.partnership, a.document)}/${KIND_ORDER.indexOf(a.kind)}/${a.label.padStart(3, '0')}`;

export function unpublishedItems(content: ContentSet): UnpublishedItem[] {
  const { model, clauses } = analyseReferences(content);
  const found = new Map<string, UnpublishedItem>();
  const entry = (partnership: string, document: string, kind: LabelKind, label: string, title?: string) => {
    const key = `${documentKey(partnership, document)}#${labelKey(kind, label)}`;
    const existing = found.get(key) ?? {
      partnership,
      document,
      kind,
      label: label.toUpperCase(),
      name: labelName(kind, label.toUpperCase()),
      title,
      mentions: [],
    };
    existing.title ??= title;
    found.set(key, existing);
    return existing;
  };
  const position = readingPositions(model);
  const at = new Map<UnpublishedItem['mentions'][number], number>();
  const mention = (item: UnpublishedItem, clause: ClauseEntry, text: string, line?: number) => {
    if (item.mentions.some((m) => m.clause === clause.data.id)) return;
    const named = { clause: clause.data.id, label: clauseLabel(clause.data), file: clause.file, line, text };
    at.set(named, position.get(clause) ?? 0);
    item.mentions.push(named);
  };
  // Mentions in the text first, so each clause is named at the line that names the item.
  for (const { clause, unresolved } of clauses) {
    for (const m of unresolved) {
      if (m.reason !== 'unpublished' || !m.item || !m.label) continue;
      mention(entry(clause.partnership, clause.document, m.item, m.label, m.title), clause, m.text, m.line);
    }
  }
  for (const document of model.documents.values()) {
    for (const described of document.appendices.values()) {
      const held = document.labels.get(labelKey('appendix', described.appendix))?.length;
      if (described.document || held) continue;
      const listed = entry(document.partnership, document.id, 'appendix', described.appendix, described.title);
      const clause = described.mentionedIn ? document.clauses.get(described.mentionedIn) : undefined;
      if (clause) mention(listed, clause, `Appendix ${described.appendix}`, clause.bodyStartLine);
    }
    for (const captions of document.captions.values()) {
      // A figure held under one caption is published, whatever other captions say.
      if (captions.some((c) => c.held) || document.labels.get(labelKey(captions[0]!.kind, captions[0]!.label))?.length) continue;
      for (const caption of captions) {
        const listed = entry(document.partnership, document.id, caption.kind, caption.label, caption.title);
        mention(listed, caption.clause, labelName(caption.kind, caption.label), caption.line + caption.clause.bodyStartLine - 1);
      }
    }
  }
  for (const item of found.values()) item.mentions.sort((a, b) => at.get(a)! - at.get(b)!);
  return [...found.values()].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
}

const PLURAL: Record<LabelKind, string> = { appendix: 'appendices', figure: 'figures', table: 'tables' };

/** What a list holds, for the sentence introducing it: "appendices", "appendices and figures". */
export function kindsListed(items: Pick<UnpublishedItem, 'kind'>[]): string {
  const words = KIND_ORDER.filter((k) => items.some((i) => i.kind === k)).map((k) => PLURAL[k]);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? '');
}
