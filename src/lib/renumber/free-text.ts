/**
 * What a renumbering means outside the clause files: free-text citations
 * such as a glossary's `source: constitution 6.71` (rewritten), explicit
 * `clause:` links to ids that changed (rewritten), and references in clause
 * text whose printed words now name the wrong number (reported, never
 * changed: the text is the document as printed, and changing it is an
 * amendment).
 */
import type { ClauseEntry, ContentSet, DocumentEntry } from '../content/model.ts';
import { analyseReferences } from '../references/analyse-references.ts';
import type { FileEdit, Renumbered } from './plan-renumber.ts';

export interface Finding {
  /** `file:line`. */
  at: string;
  message: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How free text names the document: its folder name, without a year ("arrangements-2019" → "arrangements"), and its short title. */
function documentNames(document: DocumentEntry): string[] {
  return [...new Set([document.id, document.id.replace(/-\d{4}$/, ''), document.data.shortTitle.toLowerCase()])].map((n) =>
    n.replace(/-/g, ' '),
  );
}

/**
 * Rewrites "constitution 6.71" and "constitution 6.635, 11.1" in `text`. A
 * number that another clause of the document also prints ("6.7") is
 * ambiguous, so it is left as it is and reported.
 */
export function rewriteCitations(
  text: string,
  file: string,
  document: DocumentEntry,
  renumbered: Renumbered[],
  others: ClauseEntry[],
): { text: string; findings: Finding[] } {
  const map = new Map(renumbered.filter((r) => r.oldNumber && r.newNumber !== r.oldNumber).map((r) => [r.oldNumber!, r.newNumber!]));
  const printedElsewhere = new Set(others.map((c) => c.data.number));
  const findings: Finding[] = [];
  const names = documentNames(document).map(escapeRegExp).join('|');
  const citation = new RegExp(`\\b(${names})((?:[ ,]+(?:and )?\\d+(?:\\.\\d+)*)+)`, 'gi');
  const lines = text.split('\n').map((line, i) =>
    line.replace(citation, (_all, name: string, numbers: string) =>
      name.concat(
        numbers.replace(/\d+(?:\.\d+)*/g, (n) => {
          const next = map.get(n);
          if (!next) return n;
          if (printedElsewhere.has(n)) {
            findings.push({
              at: `${file}:${i + 1}`,
              message: `"${name} ${n}" left as it is: another clause also prints "${n}"; check which is meant`,
            });
            return n;
          }
          findings.push({ at: `${file}:${i + 1}`, message: `"${name} ${n}" → "${name} ${next}"` });
          return next;
        }),
      ),
    ),
  );
  return { text: lines.join('\n'), findings };
}

/** Explicit `clause:` links to ids that changed, in every clause file of the content, rewritten. */
export function rewriteLinks(content: ContentSet, document: DocumentEntry, renumbered: Renumbered[]): FileEdit[] {
  const changed = renumbered.filter((r) => r.newId !== r.oldId);
  if (!changed.length) return [];
  const edits: FileEdit[] = [];
  for (const clause of content.clauses) {
    const before = content.texts?.get(clause.file) ?? '';
    let after = before;
    const same = clause.partnership === document.partnership;
    for (const r of changed) {
      const targets = [`${document.partnership}/${document.id}/${r.oldId}`, ...(same ? [`${document.id}/${r.oldId}`] : [])];
      if (same && clause.document === document.id) targets.push(r.oldId);
      for (const target of targets)
        after = after.replace(new RegExp(`\\(clause:${escapeRegExp(target)}\\)`, 'g'), `(clause:${target.replace(/[^/]+$/, r.newId)})`);
    }
    if (after !== before) edits.push({ path: clause.file, before, after });
  }
  return edits;
}

/** References in clause text, before the change, whose printed words name a number that is now another's. */
export function staleReferences(content: ContentSet, renumbered: Renumbered[]): Finding[] {
  const moved = new Map(renumbered.filter((r) => r.newNumber !== r.oldNumber).map((r) => [r.clause, r]));
  return analyseReferences(content).clauses.flatMap((analysis) =>
    analysis.references.flatMap((ref) => {
      const r = ref.clause && moved.get(ref.clause);
      if (!r?.oldNumber || !ref.text.includes(r.oldNumber)) return [];
      const at = `${ref.from.file}:${ref.line ?? ref.from.bodyStartLine}`;
      return [
        {
          at,
          message: `"${ref.text}" names ${r.oldNumber}, which is now numbered ${r.newNumber}: the printed words are the document's, so change them only by an amendment`,
        },
      ];
    }),
  );
}
