/**
 * What a report calls the clause that requires a duty. Sub-items are
 * numbered locally in the sources ("i)" under 6.52), so a local number is
 * qualified by its nearest numbered ancestor ("clause 6.52 i)"); a clause
 * with only a heading is named by it and the numbered part it sits in
 * ("“Principle 3” in Appendix 1").
 */
import type { ClauseEntry } from '../content/model.ts';
import { numberIsWithin } from '../content/clause-numbers.ts';
/** For showing: "5." → "5", otherwise as printed. */
const display = (number: string) => number.trim().replace(/^(\d+)\.$/, '$1');

function numberedAncestor(clause: ClauseEntry, byId: Map<string, ClauseEntry>): ClauseEntry | undefined {
  const seen = new Set<string>();
  for (let at = clause.data.parent ? byId.get(clause.data.parent) : undefined; at && !seen.has(at.data.id); at = at.data.parent ? byId.get(at.data.parent) : undefined) {
    seen.add(at.data.id);
    if (at.data.number) return at;
  }
  return undefined;
}

function qualifiedNumber(clause: ClauseEntry, byId: Map<string, ClauseEntry>): string | undefined {
  const { number } = clause.data;
  if (!number) return undefined;
  const ancestor = numberedAncestor(clause, byId);
  // The same rule as page titles (src/lib/content/clause-numbers.ts): "6.511" stands alone under 6.51, "i)" does not.
  if (!ancestor || numberIsWithin(number, ancestor.data.number!)) return display(number);
  return `${qualifiedNumber(ancestor, byId)} ${display(number)}`;
}

/** "clause 6.72", "clause 6.52 i)", "“Principle 3” in Appendix 1". */
export function clauseDisplayName(clause: ClauseEntry, byId: Map<string, ClauseEntry>): string {
  const number = qualifiedNumber(clause, byId);
  if (number) return /^\d/.test(number) ? `clause ${number}` : number;
  const ancestor = numberedAncestor(clause, byId);
  const where = ancestor ? qualifiedNumber(ancestor, byId)! : undefined;
  const label = clause.data.heading ? `“${clause.data.heading}”` : `clause ${clause.data.id}`;
  return where ? `${label} in ${/^\d/.test(where) ? `section ${where}` : where}` : label;
}

/** Clauses of one document by id, for naming. */
export function clausesById(clauses: ClauseEntry[], partnership: string, document: string): Map<string, ClauseEntry> {
  return new Map(clauses.filter((c) => c.partnership === partnership && c.document === document).map((c) => [c.data.id, c]));
}
