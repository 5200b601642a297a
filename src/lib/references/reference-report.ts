/**
 * The references part of the editors' report (`npm run check`): for each
 * document, how many links the plugins made by kind, the appendices and
 * figures it names that the site does not hold, and the mentions left as
 * text with why; then acronyms missing from the glossaries. Information,
 * not errors: nothing here fails the check. Formatted by
 * src/lib/check/reference-section.ts.
 *
 *   { documents: [{ partnership: 'west-sussex', document: 'constitution', title: 'Constitution',
 *       linked: { clauses: 3, documents: 5, explicit: 0, legislation: 25, acronyms: 31 },
 *       notPublished: [{ name: 'Appendix 5', title: 'WSSCP Structure Chart', mentions: [{ clause: '6-71', label: '6.71', … }] }],
 *       notLinked: [] }],
 *     unknownAcronyms: [] }
 */
import { clauseLabel } from '../content/clause-names.ts';
import { documentKey, type ContentSet } from '../content/model.ts';
import { referenceCounts, type ReferenceCounts } from './reference-counts.ts';
import { REASON_TEXT, type UnresolvedReason } from './resolve-clause-reference.ts';
import { unknownAcronyms } from './analyse-references.ts';
import { unpublishedItems, type UnpublishedItem } from './unpublished-items.ts';

export interface NotLinked {
  clause: string;
  label: string;
  file: string;
  line?: number;
  /** As printed: "Figure 1", "Collaborative Working Agreement". */
  text: string;
  kind: string;
  reason: UnresolvedReason;
  /** The reason in words. */
  why: string;
}

export interface DocumentReferenceReport {
  partnership: string;
  document: string;
  /** The document's short title. */
  title: string;
  linked: Omit<ReferenceCounts, 'unresolved'>;
  notPublished: Pick<UnpublishedItem, 'name' | 'title' | 'mentions'>[];
  notLinked: NotLinked[];
}

export interface ReferenceReport {
  documents: DocumentReferenceReport[];
  /** Also warnings of the check; listed here so the report is complete. */
  unknownAcronyms: { term: string; file: string; line?: number; column?: number }[];
}

const NONE = { clauses: 0, documents: 0, explicit: 0, legislation: 0, acronyms: 0, unresolved: [] };

export function buildReferenceReport(content: ContentSet): ReferenceReport {
  const counts = referenceCounts(content);
  const unpublished = unpublishedItems(content);
  const documents = [...content.documents]
    .sort((a, b) => documentKey(a.partnership, a.id).localeCompare(documentKey(b.partnership, b.id)))
    .map((document): DocumentReferenceReport => {
      const { unresolved, ...linked } = counts.get(documentKey(document.partnership, document.id)) ?? NONE;
      return {
        partnership: document.partnership,
        document: document.id,
        title: document.data.shortTitle,
        linked,
        notPublished: unpublished
          .filter((u) => u.partnership === document.partnership && u.document === document.id)
          .map(({ name, title, mentions }) => ({ name, title, mentions })),
        notLinked: unresolved.flatMap((u) =>
          u.reason === 'unpublished'
            ? []
            : [
                {
                  clause: u.from.data.id,
                  label: clauseLabel(u.from.data),
                  file: u.from.file,
                  line: u.line,
                  text: u.text,
                  kind: u.kind,
                  reason: u.reason,
                  why: REASON_TEXT[u.reason],
                },
              ],
        ),
      };
    });
  const acronyms = unknownAcronyms(content).map((w) => ({ term: w.field!, file: w.file, line: w.line, column: w.column }));
  return { documents, unknownAcronyms: acronyms };
}
