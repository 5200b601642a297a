/**
 * Turns classified source lines into a flat list of clauses with ids,
 * parents and sibling orders, plus notes on anything odd. Every line ends up
 * in some clause's body; nothing is dropped.
 *
 *   "6.5 …leadership" / "6.51 The Steering Group:" / "6.511" / "6.53 Quoracy" / "i) To be…"
 *   → 6-5 ← 6-51 ← 6-511, 6-5 ← 6-53 ← 6-53-i (roman items only where the profile allows)
 *
 * Where a number goes and what counts as a heading is decided in
 * placement.ts; a number that fits nowhere is reported as unplaced and put
 * in its section.
 */
import { looksLikeHeading, type SourceLine } from './classify-line.ts';
import { IdRegistry, lastLevel, parseNumber, slugify, type ParsedNumber } from './numbering.ts';
import { isSubClauseHeading, isUnnumberedHeading, placeNumber, type ImportedClause, type Open } from './placement.ts';
import type { ImportProfile } from './profiles.ts';

export type { ImportedClause } from './placement.ts';

export interface ReportEntry {
  line: number;
  /**
   * `unplaced`: a number the importer had to place by guesswork; check by hand. `guessed`: a line whose
   * role was guessed (a heading-like line kept as text, a table kept as text). `dropped`: page furniture
   * left out. `note`: an anomaly kept as printed.
   */
  kind: 'unplaced' | 'guessed' | 'dropped' | 'note';
  message: string;
}

const asText = (line: SourceLine, text: string): SourceLine => ({ no: line.no, raw: text, text, kind: 'text' });

export function buildClauseTree(lines: SourceLine[], profile: ImportProfile): { clauses: ImportedClause[]; report: ReportEntry[] } {
  const clauses: ImportedClause[] = [];
  const report: ReportEntry[] = [];
  const ids = new IdRegistry();
  const nextOrder = new Map<string, number>();
  const firstSeen = new Map<string, SourceLine>();
  let stack: Open[] = [];
  let inAppendix = false;
  let numberedSeen = false;
  let lastTop: ParsedNumber | undefined;
  const consumed = new Set<number>();
  ids.reserve(lines.filter((l) => l.kind === 'sub' || l.kind === 'top').map((l) => slugify(l.number!)));

  const nextNonBlank = (i: number) => lines.slice(i + 1).find((l) => l.kind !== 'blank');

  function open(
    line: SourceLine,
    kind: Open['kind'],
    fields: { base: string; number?: string; heading?: string; parent?: Open; parsed?: ParsedNumber },
  ): Open {
    const parentId = fields.parent?.clause.id;
    const order = (nextOrder.get(parentId ?? '') ?? 0) + 10;
    nextOrder.set(parentId ?? '', order);
    const { id, repeated } = ids.take(fields.base);
    if (fields.number) {
      const key = fields.number.replace(/\s+/g, '').replace(/[.)]$/, '');
      const first = firstSeen.get(`${parentId ?? ''}|${key}`) ?? (kind === 'sub' ? firstSeen.get(`*|${key}`) : undefined);
      if (first)
        report.push({
          line: line.no,
          kind: 'note',
          message: `"${fields.number}" repeats the number printed at line ${first.no} ("${first.number}"); kept as printed, id ${id}`,
        });
      else if (repeated) report.push({ line: line.no, kind: 'note', message: `id ${fields.base} is taken; this clause is ${id}` });
      firstSeen.set(`${parentId ?? ''}|${key}`, line);
      if (kind === 'sub') firstSeen.set(`*|${key}`, line);
    } else if (repeated) {
      report.push({
        line: line.no,
        kind: 'note',
        message: `heading "${fields.heading}" gives id ${fields.base}, which is taken; this clause is ${id}`,
      });
    }
    const clause: ImportedClause = { id, order, line: line.no, body: [] };
    if (fields.number) clause.number = fields.number;
    if (fields.heading) clause.heading = fields.heading;
    if (parentId) clause.parent = parentId;
    clauses.push(clause);
    return { clause, kind, parsed: fields.parsed };
  }

  function current(line: SourceLine): ImportedClause {
    const top = stack.at(-1);
    if (top) return top.clause;
    const preamble = open(line, 'heading', { base: 'preamble' });
    stack = [preamble];
    return preamble.clause;
  }

  function placeSub(line: SourceLine, parsed: ParsedNumber): { parent?: Open; at: number } {
    const parentAt = placeNumber(stack, parsed, profile.readings);
    if (parentAt !== undefined) return { parent: stack[parentAt], at: parentAt + 1 };
    const section = stack.findLastIndex((o) => o.kind === 'top' || o.kind === 'appendix');
    report.push({
      line: line.no,
      kind: 'unplaced',
      message: `could not tell where "${line.number}" belongs; put under ${section >= 0 ? `"${stack[section]!.clause.id}"` : 'the top level'}`,
    });
    return { parent: stack[section], at: section + 1 };
  }

  function noteSequence(line: SourceLine, parsed: ParsedNumber, parent: Open | undefined) {
    const siblings = clauses.filter((c) => c.parent === parent?.clause.id && c.number && parseNumber(c.number));
    const previous = siblings.at(-2);
    if (!previous || report.some((e) => e.line === line.no)) return;
    const prev = parseNumber(previous.number!)!;
    if (lastLevel(parsed, parent?.parsed, profile.readings) !== lastLevel(prev, parent?.parsed, profile.readings) + 1) {
      report.push({
        line: line.no,
        kind: 'note',
        message: `"${line.number}" follows "${previous.number}" out of sequence; kept as printed`,
      });
    }
  }

  lines.forEach((line, i) => {
    if (consumed.has(i)) return;
    if (line.kind === 'appendix') {
      let heading = line.rest || undefined;
      const next = nextNonBlank(i);
      if (!heading && next && next.kind === 'text' && looksLikeHeading(next.text)) {
        heading = next.text;
        consumed.add(lines.indexOf(next));
      }
      stack = [open(line, 'appendix', { base: slugify(line.number!), number: line.number, heading })];
      inAppendix = true;
      return;
    }
    if (line.kind === 'top' && !inAppendix) {
      const parsed = parseNumber(line.number!);
      if (lastTop && parsed && parsed.seq[0] !== lastTop.seq[0]! + 1) {
        report.push({
          line: line.no,
          kind: 'note',
          message: `section "${line.number}" follows section ${lastTop.seq[0]} out of sequence; kept as printed`,
        });
      }
      lastTop = parsed;
      numberedSeen = true;
      stack = [open(line, 'top', { base: slugify(line.number!), number: line.number, heading: line.rest, parsed })];
      return;
    }
    if (line.kind === 'sub' && !inAppendix) {
      const parsed = parseNumber(line.number!)!;
      numberedSeen = true;
      const { parent, at } = placeSub(line, parsed);
      const next = nextNonBlank(i);
      const nextParsed = next?.kind === 'sub' ? parseNumber(next.number!) : undefined;
      const rest = line.rest ?? '';
      const heading = isSubClauseHeading(rest, parsed, next, nextParsed, profile);
      stack = stack.slice(0, at);
      const opened = open(line, 'sub', {
        base: slugify(line.number!),
        number: line.number,
        heading: heading ? rest : undefined,
        parent,
        parsed,
      });
      noteSequence(line, parsed, parent);
      if (!heading && rest) opened.clause.body.push(asText(line, rest));
      stack.push(opened);
      return;
    }
    if (line.kind === 'roman') {
      const at = stack.findLastIndex((o) => o.kind === 'sub' || o.kind === 'top');
      if (at >= 0) {
        const parent = stack[at]!;
        stack = stack.slice(0, at + 1);
        const opened = open(line, 'roman', { base: `${parent.clause.id}-${slugify(line.number!)}`, number: line.number, parent });
        opened.clause.body.push(asText(line, line.rest!));
        stack.push(opened);
        return;
      }
      report.push({ line: line.no, kind: 'unplaced', message: `"${line.number}" is not under a numbered clause; kept as text` });
      current(line).body.push(asText(line, line.text));
      return;
    }
    if (isUnnumberedHeading(lines, i, profile, { inAppendix, numberedSeen })) {
      const topLevel = !inAppendix && profile.topLevelHeadings.test(line.text);
      const at = topLevel ? -1 : stack.findLastIndex((o) => o.kind === 'top' || o.kind === 'appendix');
      const parent = at >= 0 ? stack[at] : undefined;
      stack = [
        ...stack.slice(0, at + 1),
        open(line, at >= 0 ? 'heading' : 'top', { base: slugify(line.text), heading: line.text, parent }),
      ];
      return;
    }
    if (line.kind === 'top' || line.kind === 'sub') {
      // Numbered lines inside an appendix are the appendix's own lists ("1. An Independent Scrutiny function").
      current(line).body.push({ ...line, kind: line.kind === 'top' ? 'ordered' : 'text' });
      return;
    }
    if (line.kind === 'blank' && stack.length === 0) return;
    current(line).body.push(line);
  });
  return { clauses, report };
}
