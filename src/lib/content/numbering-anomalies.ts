/**
 * Finds where a document's printed numbering is irregular, so editors can
 * see it without anyone "fixing" the source: a number printed twice, a number
 * skipped in a run (5.5 → 5.7), and a number printed in a different style
 * from its neighbours ("6.8.2" among "6.81", "6. 1" with a space).
 * Reported as warnings; the site keeps the numbers as printed.
 *
 *   siblings 11.4, 11.5, 11.7  →  warning "11.6 is missing between 11.5 and 11.7"
 */
import { contentError, type ContentError } from '../errors/content-error.ts';
import { buildDocumentTree, type TreeNode } from './document-tree.ts';
import type { ClauseEntry } from './model.ts';

/** "6. 1" → "6.1", "7.0" → "7", "3." → "3"; undefined when not a dotted decimal number. */
export function normaliseNumber(printed: string | undefined): string | undefined {
  if (!printed) return undefined;
  const compact = printed
    .replace(/\s+/g, '')
    .replace(/\.$/, '')
    .replace(/^(\d+)\.0$/, '$1');
  return /^\d+(?:\.\d+)*$/.test(compact) ? compact : undefined;
}

const warn = (clause: ClauseEntry, message: string, hint: string): ContentError =>
  contentError({
    severity: 'warning',
    rule: 'numbering',
    file: clause.file,
    line: clause.lineOf('number'),
    field: 'number',
    message,
    hint,
  });

function siblingGaps(parent: string | undefined, children: TreeNode<ClauseEntry>[]): ContentError[] {
  const findings: ContentError[] = [];
  // 6.5's children are 6.51, 6.52 … (no dot) in this source; 6's are 6.1, 6.2 (dot); top level is 1, 2.
  const prefix = parent === undefined ? '' : parent;
  let previous: { value: number; node: TreeNode<ClauseEntry> } | undefined;
  for (const node of children) {
    const number = normaliseNumber(node.clause.data.number);
    if (!number?.startsWith(prefix)) continue;
    const rest = number.slice(prefix.length).replace(/^\./, '');
    if (!/^\d+$/.test(rest)) continue;
    const value = Number(rest);
    if (previous && value > previous.value + 1) {
      const separator = parent !== undefined && number.charAt(prefix.length) === '.' ? '.' : '';
      const missing = Array.from({ length: value - previous.value - 1 }, (_, i) => `${prefix}${separator}${previous!.value + i + 1}`);
      findings.push(
        warn(
          node.clause,
          `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing between ${previous.node.clause.data.number} and ${node.clause.data.number}`,
          'the source skips this number; the site keeps the printed numbering, so no change is needed unless the source is corrected',
        ),
      );
    }
    previous = { value, node };
  }
  return findings;
}

function duplicatesAndSpacing(clauses: ClauseEntry[]): ContentError[] {
  const findings: ContentError[] = [];
  const seen = new Map<string, ClauseEntry>();
  for (const clause of clauses) {
    const printed = clause.data.number;
    const number = normaliseNumber(printed);
    if (!printed || !number) continue;
    // Scoped by parent: an appendix's own "2." does not repeat the document's "2.".
    const key = `${clause.data.parent ?? ''}#${number}`;
    const first = seen.get(key);
    if (first) {
      findings.push(
        warn(
          clause,
          `the number ${printed} is printed twice; ${first.file} has it too (id "${first.data.id}", this one "${clause.data.id}")`,
          'kept as printed; links and ids use the clause id, so both clauses stay reachable',
        ),
      );
    } else seen.set(key, clause);
    if (/\d\.\s+\d/.test(printed))
      findings.push(warn(clause, `the number "${printed}" is printed with a space`, `kept as printed; it is read as ${number}`));
  }
  return findings;
}

/** Under 6.8, "6.81" continues without a dot while "6.8.2" adds one: flag the odd ones out. */
function mixedStyles(parentNumber: string, children: TreeNode<ClauseEntry>[]): ContentError[] {
  const numbered = children
    .map((node) => ({ node, n: normaliseNumber(node.clause.data.number) }))
    .filter((x): x is { node: TreeNode<ClauseEntry>; n: string } => !!x.n && x.n.startsWith(parentNumber) && x.n !== parentNumber);
  const dotted = numbered.filter((x) => x.n.charAt(parentNumber.length) === '.');
  const undotted = numbered.filter((x) => x.n.charAt(parentNumber.length) !== '.');
  if (!dotted.length || !undotted.length) return [];
  const list = (xs: typeof numbered) => xs.map((x) => `"${x.node.clause.data.number}"`).join(', ');
  const first = [...dotted, ...undotted]
    .sort((a, b) => a.node.index - b.node.index)
    .find(
      (x) =>
        x.node.index > Math.min(...numbered.map((y) => y.node.index)) &&
        (dotted.includes(x) ? undotted : dotted).some((y) => y.node.index < x.node.index),
    )!;
  return [
    warn(
      first.node.clause,
      `under ${parentNumber} the source mixes two numbering styles: ${list(undotted)} and ${list(dotted)}`,
      'kept as printed; each clause keeps its own number and id',
    ),
  ];
}

export function numberingAnomalies(clauses: ClauseEntry[]): ContentError[] {
  const findings = duplicatesAndSpacing(clauses);
  const tree = buildDocumentTree(clauses, (c) => c.data);
  findings.push(...siblingGaps(undefined, tree.roots));
  for (const node of tree.ordered) {
    const parentNumber = normaliseNumber(node.clause.data.number);
    if (!node.children.length || !parentNumber) continue;
    findings.push(...siblingGaps(parentNumber, node.children), ...mixedStyles(parentNumber, node.children));
  }
  return findings;
}
