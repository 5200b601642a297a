/**
 * Checks that only make sense across files: ids unique within a document,
 * parents that exist, no loops, sibling orders that do not collide. Each
 * finding points at the clause file and the frontmatter line at fault.
 *
 * A clause file that could not be read has already been reported; its
 * children are not also told their parent is missing (with "did you mean"
 * guesses that would mislead), and its document is not called empty.
 */
import { distance } from 'fastest-levenshtein';
import { contentError, type ContentError } from '../errors/content-error.ts';
import { documentKey, type ClauseEntry, type ContentSet, type UnreadableClause } from './model.ts';

/** The few known ids closest to `wanted`, for "did you mean" hints. */
export function nearest(wanted: string, known: Iterable<string>, count = 3): string[] {
  return [...known]
    .map((id) => ({ id, d: distance(wanted, id) }))
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, count)
    .map((x) => x.id);
}

/** Known ids close enough to `wanted` to be a slip of the keyboard, nearest first. */
export function closeMatches(wanted: string, known: Iterable<string>, count = 3): string[] {
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  return nearest(wanted, known, count).filter((id) => distance(wanted, id) <= limit);
}

function groupByDocument(clauses: ClauseEntry[]): Map<string, ClauseEntry[]> {
  const groups = new Map<string, ClauseEntry[]>();
  for (const clause of clauses) {
    const key = documentKey(clause.partnership, clause.document);
    const group = groups.get(key);
    if (group) group.push(clause);
    else groups.set(key, [clause]);
  }
  return groups;
}

function checkDocument(clauses: ClauseEntry[], unreadable: UnreadableClause[]): ContentError[] {
  const errors: ContentError[] = [];
  const byId = new Map<string, ClauseEntry>();
  for (const clause of clauses) {
    const first = byId.get(clause.data.id);
    if (first) {
      errors.push(
        contentError({
          file: clause.file,
          line: clause.lineOf('id'),
          field: 'id',
          rule: 'duplicate-id',
          message: `duplicate clause id "${clause.data.id}"; ${first.file} already uses it`,
          hint: `give one of them a unique id; where the source prints the same number twice, keep "number" as printed and suffix the id, e.g. "${clause.data.id}-2"`,
        }),
      );
    } else byId.set(clause.data.id, clause);
  }

  const siblingOrders = new Map<string, ClauseEntry>();
  for (const clause of clauses) {
    const { parent, order } = clause.data;
    const unread = unreadable.filter((u) => u.id === parent);
    if (parent !== undefined && !byId.has(parent) && !unread.length) {
      // A file of this document whose id could not be read may be the parent under another file name.
      const unknown = unreadable.filter((u) => u.idGuessed);
      const failed = unknown.length
        ? ` If "${parent}" is in ${unknown.map((u) => u.file).join(', ')}, which could not be read (see the error above), fix that file first.`
        : '';
      errors.push(
        contentError({
          file: clause.file,
          line: clause.lineOf('parent'),
          field: 'parent',
          rule: 'missing-parent',
          message: `expected the id of a clause in this document, found "${parent}", which does not exist`,
          hint: `did you mean ${nearest(parent, byId.keys())
            .map((id) => `"${id}"`)
            .join(', ')}? Leave "parent" out for a top-level clause${failed && `.${failed}`}`,
        }),
      );
    }
    const key = `${parent ?? ''}#${order}`;
    const other = siblingOrders.get(key);
    if (other && other.data.id !== clause.data.id) {
      errors.push(
        contentError({
          file: clause.file,
          line: clause.lineOf('order'),
          field: 'order',
          rule: 'order-collision',
          message: `order ${order} is already used by clause "${other.data.id}" (${other.file}) under the same parent`,
          hint: 'give each clause under one parent a different order; leave gaps (10, 20, 30) so clauses can be inserted',
        }),
      );
    } else siblingOrders.set(key, clause);
  }

  for (const clause of clauses) {
    const seen = new Set<string>([clause.data.id]);
    let parent = clause.data.parent;
    while (parent !== undefined) {
      if (seen.has(parent)) {
        errors.push(
          contentError({
            file: clause.file,
            line: clause.lineOf('parent'),
            field: 'parent',
            rule: 'parent-cycle',
            message: `the parent chain loops back to "${parent}"`,
            hint: 'a clause cannot sit inside itself; point "parent" at the clause it is printed under',
          }),
        );
        break;
      }
      seen.add(parent);
      parent = byId.get(parent)?.data.parent;
    }
  }
  return errors;
}

/** @param unreadable clause files that failed to load, already reported: checks that depend on them are skipped. */
export function checkIntegrity(content: ContentSet, unreadable: UnreadableClause[] = []): ContentError[] {
  const errors: ContentError[] = [];
  const unreadableIn = (key: string) => unreadable.filter((u) => documentKey(u.partnership, u.document) === key);
  for (const [key, clauses] of groupByDocument(content.clauses)) errors.push(...checkDocument(clauses, unreadableIn(key)));
  for (const document of content.documents) {
    const key = documentKey(document.partnership, document.id);
    if (unreadableIn(key).length) continue;
    if (!content.clauses.some((c) => c.partnership === document.partnership && c.document === document.id)) {
      errors.push(
        contentError({
          file: document.file,
          rule: 'empty-document',
          message: 'this document has no clauses',
          hint: `add clause files to ${document.dir}/clauses/`,
        }),
      );
    }
  }
  return errors;
}
