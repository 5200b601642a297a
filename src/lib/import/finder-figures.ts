/**
 * How well the duty finder does against duties editors have already
 * encoded: precision (of the proposals, how many are in a clause that has a
 * duty) and recall (of the duties, how many have a proposal in their
 * clause), each also counted with the kind required to agree.
 *
 *   clauses with duties [review in 6-72], proposals [review in 6-72, review in 3-1]
 *   → precision 1/2, recall 1/1
 */
import type { ProposedDuty } from '../../schemas/proposed-duty.ts';

export interface EncodedClause {
  document: string;
  id: string;
  kinds: string[];
}

export interface FinderFigures {
  proposals: number;
  duties: number;
  /** Proposals in a clause that has an encoded duty. */
  truePositives: number;
  /** ...and whose kind is the kind of one of that clause's duties. */
  kindAgrees: number;
  /** Encoded duties whose clause has a proposal. */
  found: number;
  /** ...of the same kind. */
  foundWithKind: number;
}

export function finderFigures(clauses: EncodedClause[], proposals: Array<ProposedDuty & { document: string }>): FinderFigures {
  const key = (document: string, id: string) => `${document}/${id}`;
  const kinds = new Map(clauses.map((c) => [key(c.document, c.id), c.kinds]));
  const proposed = Map.groupBy(proposals, (p) => key(p.document, p.clause));
  const encoded = clauses.flatMap((c) => c.kinds.map((kind) => ({ at: key(c.document, c.id), kind })));
  return {
    proposals: proposals.length,
    duties: encoded.length,
    truePositives: proposals.filter((p) => kinds.get(key(p.document, p.clause))?.length).length,
    kindAgrees: proposals.filter((p) => kinds.get(key(p.document, p.clause))?.includes(p.kind)).length,
    found: encoded.filter((d) => proposed.has(d.at)).length,
    foundWithKind: encoded.filter((d) => proposed.get(d.at)?.some((p) => p.kind === d.kind)).length,
  };
}

const percent = (part: number, whole: number) => `${whole ? ((100 * part) / whole).toFixed(0) : '-'}% (${part}/${whole})`;

export function formatFigures(f: FinderFigures): string {
  return [
    `proposals: ${f.proposals}; encoded duties: ${f.duties}`,
    `precision, clause has a duty:        ${percent(f.truePositives, f.proposals)}`,
    `precision, and the kind agrees:      ${percent(f.kindAgrees, f.proposals)}`,
    `recall, duty's clause has a proposal: ${percent(f.found, f.duties)}`,
    `recall, with the same kind:          ${percent(f.foundWithKind, f.duties)}`,
  ].join('\n');
}
