/**
 * The driver: every duty declared in clause frontmatter, evaluated against
 * its partnership's records at one as-of date. A duty in a document that is
 * not in force (superseded, historical or draft) is reported as exempt, not
 * checked, saying why.
 */
import { documentKey, type ClauseEntry, type ContentSet, type DocumentEntry } from '../content/model.ts';
import { isAfter, londonDate, type PlainDate } from './calendar.ts';
import { clauseDisplayName, type NamedNode } from '../content/clause-names.ts';
import { buildDocumentTree } from '../content/document-tree.ts';
import { statusPhrase } from '../content/document-status.ts';
import { evaluateDuty } from './evaluators/index.ts';
import { restsOnExample } from './example-evidence.ts';
import { recordFiles } from './load-records.ts';
import type { ClauseRef, DutyResult, PartnershipRecords } from './types.ts';

export interface EvaluateOptions {
  content: Pick<ContentSet, 'documents' | 'clauses'>;
  records: Map<string, PartnershipRecords>;
  asOf: PlainDate;
  warningDays: number;
}

export function emptyRecords(partnership: string): PartnershipRecords {
  return {
    partnership,
    files: recordFiles(partnership),
    subgroups: [],
    reviews: [],
    publications: [],
    meetings: [],
    bodies: [],
    acknowledgements: [],
    events: [],
  };
}

/** `node` places the clause in its document's tree, so a local number is named with its parent's ("clause 6.52 i)"). */
export function clauseRef(clause: ClauseEntry, dutyIndex: number, node: NamedNode = { clause }): ClauseRef {
  return {
    id: clause.data.id,
    name: clauseDisplayName(node),
    number: clause.data.number,
    heading: clause.data.heading,
    file: clause.file,
    line: clause.lineOf(`duties.${dutyIndex}`),
  };
}

/** Only an in-force document's duties are checked; the rest say why, in the document status's words. */
function exemptReason(document: DocumentEntry | undefined): string | undefined {
  if (!document || document.data.status === 'in-force') return undefined;
  return `exempt: the document is ${statusPhrase(document.data)}, so its duties are not checked`;
}

export function evaluateDuties({ content, records, asOf, warningDays }: EvaluateOptions): DutyResult[] {
  const documents = new Map(content.documents.map((d) => [documentKey(d.partnership, d.id), d]));
  const results: DutyResult[] = [];
  const trees = new Map<string, Map<string, NamedNode>>();
  for (const clause of content.clauses) {
    if (!clause.data.duties.length) continue;
    const key = documentKey(clause.partnership, clause.document);
    const document = documents.get(key);
    let tree = trees.get(key);
    if (!tree) {
      const clauses = content.clauses.filter((c) => c.partnership === clause.partnership && c.document === clause.document);
      tree = buildDocumentTree(clauses, (c) => c.data).byId;
      trees.set(key, tree);
    }
    clause.data.duties.forEach((duty, index) => {
      const base = {
        partnership: clause.partnership,
        document: clause.document,
        documentTitle: document?.data.shortTitle ?? clause.document,
        clause: clauseRef(clause, index, tree.get(clause.data.id)),
        duty,
      };
      // A duty with `until` applies up to that day; after it, it has ended and is not checked.
      const ended =
        duty.until && isAfter(asOf, londonDate(duty.until))
          ? `ended: the duty applied until ${duty.until}, so it is no longer checked`
          : undefined;
      const exempt = exemptReason(document) ?? ended;
      if (exempt) {
        results.push({ ...base, status: 'exempt', detail: exempt, notes: [], acknowledged: [], example: false });
        return;
      }
      const ctx = { asOf, warningDays, records: records.get(clause.partnership) ?? emptyRecords(clause.partnership) };
      for (const finding of evaluateDuty(duty, ctx)) {
        results.push({
          ...base,
          subject: finding.subject,
          status: finding.status,
          due: finding.due?.toString(),
          last: finding.last,
          detail: finding.detail,
          notes: finding.notes,
          acknowledged: finding.acknowledged ?? [],
          example: restsOnExample(finding, ctx.records),
          edit: finding.edit,
          ...(finding.warnings?.length ? { warnings: finding.warnings } : {}),
        });
      }
    });
  }
  return results;
}
