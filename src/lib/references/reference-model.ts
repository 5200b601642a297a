/**
 * Everything reference resolution needs to know about the content, built once
 * per content load: for each document, its clauses by id, by printed number
 * (normalised, "6. 1" ≈ "6.1") and by label ("Appendix 1", "Figure 1"), the
 * figure and table captions in its text, the appendices it names that are
 * elsewhere or unpublished, and the names other documents of the
 * partnership use for it.
 *
 *   numbers   "6.52" → [6-52]      "6.2" → [6-2, 6-2-2]  (printed twice: ambiguous, never linked)
 *   labels    "appendix:1" → [appendix-1]
 *   captions  "table:1" → [{ clause 4, held: true, anchor: "4-table-1", title: "Priorities Matrix" }]
 */
import type { AppendixEntry } from '../../schemas/cross-references.ts';
import { buildDocumentTree } from '../content/document-tree.ts';
import { normaliseNumber } from '../content/numbering-anomalies.ts';
import { documentKey, type ClauseEntry, type ContentSet, type DocumentEntry } from '../content/model.ts';
import { captionAnchor, findCaptions, type HeldCaption, type LabelKind } from './captions.ts';
import { loadReferenceData, type ReferenceData } from './reference-data.ts';

export type { LabelKind };

/** A figure or table caption in a clause's text. */
export interface CaptionEntry extends HeldCaption {
  clause: ClauseEntry;
  /** Its id on the page, for held ones: "4-table-1". */
  anchor: string;
}

export interface DocumentIndex {
  key: string;
  partnership: string;
  id: string;
  entry: DocumentEntry;
  clauses: Map<string, ClauseEntry>;
  /** Normalised dotted number → every clause printing it (more than one: ambiguous). */
  numbers: Map<string, ClauseEntry[]>;
  /** `appendix:B`, `figure:1` → clauses carrying that label. */
  labels: Map<string, ClauseEntry[]>;
  /** `table:1`, `figure:2` → captions printed in the text, held or not. */
  captions: Map<string, CaptionEntry[]>;
  /** Appendices named by this document that cross-references.yaml describes, by label ("2", "B"). */
  appendices: Map<string, AppendixEntry>;
}

export interface DocumentName {
  /** As it is matched in text (case-insensitive): "Collaborative Working Agreement (CWA)". */
  name: string;
  target: DocumentIndex;
}

export interface ReferenceModel {
  content: ContentSet;
  data: ReferenceData;
  documents: Map<string, DocumentIndex>;
  /** Project-relative clause file → clause. */
  clauseByFile: Map<string, ClauseEntry>;
  /** Per partnership: the names its documents are known by, longest first. */
  documentNames: Map<string, DocumentName[]>;
}

export const labelKey = (kind: LabelKind, label: string): string => `${kind}:${label.toUpperCase()}`;

/** As a reader says it: labelName('figure', '1') → "Figure 1". */
export const labelName = (kind: LabelKind, label: string): string => `${kind[0]!.toUpperCase()}${kind.slice(1)} ${label}`;

const LABEL = /^(appendix|figure|table)[\s:–-]+([a-z]|\d{1,2})(?![a-z0-9])/i;

/** The labels a clause carries: number "Appendix 1", heading "Figure 1 How we will work", id "appendix-b". */
export function clauseLabels(clause: ClauseEntry): string[] {
  const keys = new Set<string>();
  for (const text of [clause.data.number, clause.data.heading]) {
    const match = text ? LABEL.exec(text.trim()) : null;
    if (match) keys.add(labelKey(match[1]!.toLowerCase() as LabelKind, match[2]!));
  }
  // Only a whole id names the appendix itself; "appendix-1-2" is a clause inside it.
  const byId = /^(appendix|figure|table)-([a-z]|\d{1,2})$/.exec(clause.data.id);
  if (byId) keys.add(labelKey(byId[1] as LabelKind, byId[2]!));
  return [...keys];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildReferenceModel(content: ContentSet, data: ReferenceData = loadReferenceData(content)): ReferenceModel {
  const documents = new Map<string, DocumentIndex>();
  for (const entry of content.documents) {
    const key = documentKey(entry.partnership, entry.id);
    documents.set(key, {
      key,
      partnership: entry.partnership,
      id: entry.id,
      entry,
      clauses: new Map(),
      numbers: new Map(),
      labels: new Map(),
      captions: new Map(),
      appendices: new Map(),
    });
  }
  const clauseByFile = new Map<string, ClauseEntry>();
  for (const clause of content.clauses) {
    const index = documents.get(documentKey(clause.partnership, clause.document));
    if (!index) continue;
    clauseByFile.set(clause.file, clause);
    index.clauses.set(clause.data.id, clause);
    const number = normaliseNumber(clause.data.number);
    if (number) push(index.numbers, number, clause);
    for (const label of clauseLabels(clause)) push(index.labels, label, clause);
    for (const caption of findCaptions(clause.body)) {
      push(index.captions, labelKey(caption.kind, caption.label), { ...caption, clause, anchor: captionAnchor(clause.data.id, caption) });
    }
  }

  const documentNames = new Map<string, DocumentName[]>();
  for (const index of documents.values()) {
    const names = documentNames.get(index.partnership) ?? [];
    // A full title is specific enough to match; a short title ("Constitution") is not.
    if (index.entry.data.title.split(/\s+/).length >= 3) names.push({ name: index.entry.data.title, target: index });
    documentNames.set(index.partnership, names);
  }
  for (const [partnership, file] of data.crossReferences) {
    for (const described of file.data.documents) {
      const index = documents.get(documentKey(partnership, described.document));
      if (!index) continue; // reported by checkReferenceData
      for (const appendix of described.appendices) index.appendices.set(appendix.appendix.toUpperCase(), appendix);
      const names = documentNames.get(partnership) ?? [];
      for (const name of described.names) names.push({ name, target: index });
      documentNames.set(partnership, names);
    }
  }
  for (const names of documentNames.values()) names.sort((a, b) => b.name.length - a.name.length);

  return { content, data, documents, clauseByFile, documentNames };
}

/** Each clause's place in its document's reading order, so lists of clauses read as the document does. */
export function readingPositions(model: ReferenceModel): Map<ClauseEntry, number> {
  const position = new Map<ClauseEntry, number>();
  for (const document of model.documents.values()) {
    for (const node of buildDocumentTree([...document.clauses.values()], (c) => c.data).ordered) position.set(node.clause, node.index);
  }
  return position;
}
