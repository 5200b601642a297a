/**
 * The structure finder: builds the clause tree of a document from the
 * document itself, with no `--style`. Divisions (Part, Chapter, Section,
 * Article; Schedule, Annex, Appendix at the top level), numbered paragraphs
 * nested by their numbers (2.1 under 2, or under Part 2 when there is no
 * paragraph 2), unnumbered headings, and in each clause's text its items,
 * bullets and tables. Every line it had to guess about is in the report.
 *
 *   "Part 2 – Membership" / "2.1 The Board:" / "(a) the chair;"
 *   → part-2 ← 2-1 (text "The Board:" and the item "(a) the chair;")
 */
import type { ReportEntry } from './clause-tree.ts';
import { IdRegistry, slugify } from './numbering.ts';
import { findPageFurniture } from './page-furniture.ts';
import { findTables, type TableRun } from './plain-tables.ts';
import { describeScheme, type Open, type OutlineClause, type Seen } from './outline-scheme.ts';
import { contentsEntries, isFrontMatter, letteredHeadings, runsOn } from './outline-lines.ts';
import { follows, isRomanStyle, itemLevel, splitHeading, type ItemLevel } from './outline-rules.ts';
import { BACK_MATTER, DIVISION_RANK, scanLine, untabNumber, type Scanned } from './scan-line.ts';
import { looksLikeHeading } from './classify-line.ts';

export type { OutlineClause } from './outline-scheme.ts';

export function buildOutline(source: string): { clauses: OutlineClause[]; report: ReportEntry[]; scheme: string } {
  const lines = source
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map(untabNumber);
  const report: ReportEntry[] = [];
  const furniture = new Map(findPageFurniture(lines).map((f) => [f.index, f.why]));
  const tables = new Map<number, TableRun>(findTables(lines, (i) => furniture.has(i)).map((run) => [run.start, run]));
  const scanned: Scanned[] = lines.map((line) => scanLine(line));
  // A contents entry ("1. Introduction ........ 2") is no clause: its number would take the clause's id.
  const contents = contentsEntries(lines, scanned);
  for (const k of contents) scanned[k] = { kind: 'text' };
  const clauses: OutlineClause[] = [];
  const ids = new IdRegistry();
  const orders = new Map<string, number>();
  const seen: Seen = {
    divisions: new Set(),
    shapes: new Set(),
    items: new Set(),
    lettered: new Set(),
    bullets: false,
    headings: false,
    tables: new Set(),
  };
  const lettered = letteredHeadings(lines, scanned);
  let lastLettered: string | undefined;
  let stack: Open[] = [];
  let items: ItemLevel[] = [];
  let lastTopParagraph: { number: string; path: string[] } | undefined;
  const consumed = new Set<number>();
  const unplacedRuns = new Set<string>();
  const nextIndex = (i: number) => {
    let j = i + 1;
    while (j < lines.length && (scanned[j]!.kind === 'blank' || furniture.has(j))) j++;
    return j;
  };
  const say = (i: number, kind: ReportEntry['kind'], message: string) => report.push({ line: i + 1, kind, message });
  if (contents.length) {
    const [first, last] = [contents[0]!, contents.at(-1)!];
    say(
      first,
      'guessed',
      `lines ${first + 1}–${last + 1} numbered with dot leaders and page numbers read as a table of contents; kept as text`,
    );
  }

  function open(i: number, kind: Open['kind'], fields: { base: string; number?: string; heading?: string; parent?: Open }): Open {
    const parentId = fields.parent?.clause.id ?? '';
    const order = (orders.get(parentId) ?? 0) + 10;
    orders.set(parentId, order);
    const { id } = ids.take(fields.base);
    const clause: OutlineClause = { id, order, line: i + 1, body: [] };
    if (fields.number) clause.number = fields.number;
    if (fields.heading) clause.heading = fields.heading;
    if (fields.parent) clause.parent = fields.parent.clause.id;
    clauses.push(clause);
    items = [];
    return { clause, kind };
  }
  const current = (i: number) => {
    if (!stack.length) stack = [open(i, 'preamble', { base: 'preamble' })];
    return stack.at(-1)!.clause;
  };
  const container = () => stack.findLast((o) => o.kind === 'division' || o.kind === 'heading');
  const cut = (to: Open | undefined) => (stack = to ? stack.slice(0, stack.indexOf(to) + 1) : []);
  const headingAfter = (i: number) => {
    const j = nextIndex(i);
    if (scanned[j]?.kind !== 'text' || tables.has(j) || !looksLikeHeading(lines[j]!.trim())) return undefined;
    consumed.add(j);
    return lines[j]!.trim();
  };

  function division(i: number, line: Extract<Scanned, { kind: 'division' }>) {
    const label = line.label.toLowerCase();
    const rank = BACK_MATTER.includes(label) ? -1 : DIVISION_RANK.indexOf(label);
    const parent = rank < 0 ? undefined : stack.findLast((o) => o.kind === 'division' && o.rank! < rank);
    const previous = clauses.findLast(
      (c) => c.parent === parent?.clause.id && c.number?.toLowerCase().startsWith(`${label} `) && c.line < i + 1,
    );
    if (previous && !follows(previous.number!, line.number))
      say(i, 'note', `"${line.number}" follows "${previous.number}" out of sequence; kept as printed`);
    cut(parent);
    seen.divisions.add(line.label.replace(/^./, (c) => c.toUpperCase()).replace(/(?<=.)\w+/, (w) => w.toLowerCase()));
    const heading = line.rest || headingAfter(i);
    stack.push({ ...open(i, 'division', { base: slugify(line.number), number: line.number, heading, parent }), rank });
    if (rank >= 0) stack.at(-1)!.value = line.number.split(/\s+/)[1];
    else lastTopParagraph = undefined;
  }

  /** "  1. This policy …" indented under "1. Purpose": a nested <ol> of a web page or Markdown, numbered again from 1. */
  function nestedList(i: number, line: Extract<Scanned, { kind: 'paragraph' }>): boolean {
    return line.path.length === 1 && line.number.endsWith('.') && /^\s{2,}/.test(lines[i]!) && stack.at(-1)?.kind === 'paragraph';
  }

  function paragraph(i: number, line: Extract<Scanned, { kind: 'paragraph' }>) {
    // "1.0 Introduction" heads section 1, as "1." would: its 1.1 and 1.2 go under it, and "2.0" follows it.
    const path = line.path.length > 1 && line.path.at(-1) === '0' ? line.path.slice(0, -1) : line.path;
    seen.shapes.add(
      line.number
        .replace(/\d+/g, '1')
        .replace(/(?<![a-z])[a-z]+/g, 'a')
        .replace(/1$/, path === line.path ? '1' : '0'),
    );
    let parent = stack.findLast((o) => o.kind === 'paragraph' && o.path!.length < path.length && o.path!.every((p, k) => p === path[k]));
    if (!parent && path.length > 1) {
      parent = stack.findLast((o) => o.kind === 'division' && o.value === path[0]);
      if (!parent) {
        // A misprinted number ("2.1" under "3."): where it stands says more than its number, so it
        // goes under the paragraph open one level up, and that paragraph stays open for "3.2".
        parent = stack.findLast((o) => o.kind === 'paragraph' && o.path!.length === path.length - 1) ?? container();
        // Said once for each run: "1.1", "1.2", "1.3" under the heading "Introduction" are one guess.
        const run = `${parent?.clause.id ?? ''}|${path.slice(0, -1).join('.')}`;
        const where = parent ? `"${parent.clause.id}"` : 'the top level';
        if (!unplacedRuns.has(run))
          say(
            i,
            'unplaced',
            `no paragraph "${path.slice(0, -1).join('.')}" is open for "${line.number}"; put under ${where}, as are any ${line.number.replace(/\d+\.?$/, '')}x after it there`,
          );
        unplacedRuns.add(run);
      }
    }
    parent ??= container();
    const sibling = clauses.findLast((c) => c.parent === parent?.clause.id && c.path?.length === path.length);
    const previous = sibling ? { number: sibling.number!, path: sibling.path! } : path.length === 1 ? lastTopParagraph : undefined;
    // Numbering may start again at 1 in each Part; any other jump is noted.
    if (previous && !follows(previous.path.join('.'), path.join('.')) && !(path.length === 1 && path[0] === '1' && !sibling)) {
      say(i, 'note', `"${line.number}" follows "${previous.number}" out of sequence; kept as printed`);
    }
    if (path.length === 1) lastTopParagraph = { number: line.number, path };
    cut(parent);
    const next = scanned[nextIndex(i)];
    // "3." alone on its line, its heading on the next ("Review"), as a PDF or a form may print it.
    const split = line.rest ? splitHeading(line.rest, next?.kind === 'text' && /^[a-z]/.test(lines[nextIndex(i)]!.trim())) : {};
    const heading = split.heading ?? (line.rest ? undefined : headingAfter(i));
    const slug = slugify(line.number);
    const division = stack.findLast((o) => o.kind === 'division');
    const base = clauses.some((c) => c.id === slug) && division ? `${division.clause.id}-${slug}` : slug;
    const opened = { ...open(i, 'paragraph', { base, number: line.number, heading, parent }), path };
    opened.clause.path = path;
    stack.push(opened);
    const rest = split.text ? scanLine(split.text) : undefined;
    // "4. (1) The Board …": the paragraph's first item is on its line.
    if (rest?.kind === 'item') listLine(i, rest);
    else if (split.text) opened.clause.body.push({ type: 'text', text: split.text });
  }

  // The opening block of lines, up to the first blank, is the document's title.
  const firstText = scanned.findIndex((l) => l.kind !== 'blank');
  const titleEnd = scanned.findIndex((l, k) => k > firstText && l.kind === 'blank');
  // Whether any clause is numbered: a table's rows ("0.1	12 January 2026") do not count.
  const inTable = (k: number) => [...tables.values()].some((run) => k >= run.start && k < run.end);
  const numbered = scanned.some((l, k) => (l.kind === 'paragraph' || l.kind === 'division' || lettered.has(k)) && !inTable(k));
  // A repeated "1.1" must not take "1-1-2", the id of a "1.1.2" printed later: the registry counts it with letters.
  ids.reserve(scanned.flatMap((l, k) => (l.kind === 'paragraph' && !inTable(k) ? [slugify(l.number)] : [])));

  /**
   * Before the first numbered clause, a heading-like line after the title, on
   * its own between blanks and followed by a sentence, a list, a table or a
   * paragraph numbered 1.1 ("Background" / "The subgroup reports to …",
   * "MEMBERSHIP" / "• Chair", "Introduction" / "1.1 The partners …"),
   * heads a section of its own; it is reported, as it may instead be a second
   * line of the title.
   */
  function prefaceHeading(i: number, text: string): boolean {
    // A contents list or version table before the clauses is the document's front matter: the preamble's.
    if (numbered && isFrontMatter(text)) return false;
    const alone = scanned[i + 1]?.kind === 'blank' || tables.has(i + 1);
    if (titleEnd < 0 || i < titleEnd || scanned[i - 1]?.kind !== 'blank' || !alone) return false;
    const j = nextIndex(i);
    const sentence = scanned[j]?.kind === 'text' && !tables.has(j) && /[.:;]$/.test(lines[j]!.trim());
    // Before "1.1" a heading stands where "1." would; before "1." a line may as well end the title.
    const under = scanned[j]?.kind === 'paragraph' && (scanned[j] as { path: string[] }).path.length > 1;
    if (!sentence && !under && !tables.has(j) && !['item', 'bullet', 'marker'].includes(scanned[j]?.kind ?? '')) return false;
    const where = numbered ? 'before the first numbered clause' : 'in a document that numbers none of its clauses';
    say(i, 'guessed', `"${text}" read as an unnumbered heading ${where}; if it is part of the title, join it to the lines above`);
    return true;
  }

  function standaloneHeading(i: number): boolean {
    const text = lines[i]!.trim();
    if (!looksLikeHeading(text)) return false;
    if (!stack.some((o) => o.kind !== 'preamble')) return prefaceHeading(i, text);
    const before = scanned[i - 1];
    const after = scanned[i + 1];
    if (before && before.kind !== 'blank' && !furniture.has(i - 1)) return false;
    const runOn = after?.kind === 'paragraph' && runsOn(lines, scanned, i + 1, after.rest);
    if (
      !after ||
      after.kind === 'blank' ||
      tables.has(i + 1) ||
      (!runOn && ['paragraph', 'division', 'item', 'bullet'].includes(after.kind))
    )
      return true;
    say(i, 'guessed', `"${text}" looks like a heading but runs straight into the text below it; kept as text in "${current(i).id}"`);
    return false;
  }

  function addTable(i: number, run: TableRun) {
    const body = current(i).body;
    seen.tables.add(run.kind);
    if ('rows' in run) body.push({ type: 'table', rows: run.rows });
    else {
      body.push({ type: 'lines', lines: lines.slice(run.start, run.end).map((l) => l.trim()) });
      say(
        i,
        'guessed',
        `a table in ${run.kind} (lines ${run.start + 1}–${run.end}) could not be rebuilt: ${run.failed}; kept as text in "${current(i).id}"`,
      );
    }
  }

  for (let i = 0; i < lines.length; i++) {
    if (consumed.has(i)) continue;
    if (furniture.has(i)) {
      say(i, 'dropped', `"${lines[i]!.trim()}" dropped as ${furniture.get(i)}`);
      continue;
    }
    const run = tables.get(i);
    if (run) {
      addTable(i, run);
      i = run.end - 1;
      continue;
    }
    const line = scanned[i]!;
    if (line.kind === 'division') division(i, line);
    else if (line.kind === 'paragraph' && runsOn(lines, scanned, i, line.rest)) {
      say(
        i,
        'guessed',
        `"${line.number}" read as the line above run on ("…${lines[i - 1]!.trim().split(/\s+/).at(-1)} ${line.number} ${line.rest.split(/\s+/)[0]}…"), not as a clause; kept as text`,
      );
      textLine(i);
    } else if (line.kind === 'paragraph' && nestedList(i, line)) {
      const first = current(i).body.findLast((part) => part.type !== 'break');
      if (first?.type !== 'item')
        say(i, 'guessed', `"${line.number}" indented under "${current(i).number}" read as its list's first item, not a clause`);
      listLine(i, { kind: 'item', marker: line.number, styles: ['1.'], rest: line.rest });
    } else if (line.kind === 'paragraph') paragraph(i, line);
    else if (line.kind === 'blank') stack.length && current(i).body.push({ type: 'break' });
    else if (line.kind === 'item' && lettered.has(i)) letteredHeading(i, line);
    else if (line.kind === 'item' || line.kind === 'bullet' || line.kind === 'marker') listLine(i, line);
    else if (standaloneHeading(i)) {
      seen.headings = true;
      const parent = stack.findLast((o) => o.kind === 'division');
      // A heading before the first numbered clause is a section of the preface: "1." after it is not its
      // child. "1.1" after it is: the heading stands where "1." would.
      const next = scanned[nextIndex(i)];
      const numbersUnder = next?.kind === 'paragraph' && next.path.length > 1;
      const kind = numbersUnder || stack.some((o) => o.kind !== 'preamble') ? 'heading' : 'preamble';
      cut(parent);
      stack.push(open(i, kind, { base: slugify(lines[i]!.trim()), heading: lines[i]!.trim(), parent }));
    } else textLine(i);
  }

  /** "A. PURPOSE", "1) Purpose": a top-level clause numbered by an item's marker, under a division if one is open. */
  function letteredHeading(i: number, line: Extract<Scanned, { kind: 'item' }>) {
    if (lastLettered && !follows(lastLettered, line.marker))
      say(i, 'note', `"${line.marker}" follows "${lastLettered}" out of sequence; kept as printed`);
    lastLettered = line.marker;
    seen.lettered.add(/^(I|[IVXL]{2,})\.$/.test(line.marker) ? 'I.' : /^[A-Z]/.test(line.marker) ? 'A.' : line.styles[0]!);
    const parent = stack.findLast((o) => o.kind === 'division');
    cut(parent);
    stack.push(open(i, 'heading', { base: slugify(line.marker), number: line.marker, heading: line.rest, parent }));
  }

  function listLine(i: number, line: Extract<Scanned, { kind: 'item' | 'bullet' | 'marker' }>) {
    const body = current(i).body;
    if (line.kind === 'marker') {
      // A bullet glyph alone on its line: its text is the next line.
      const j = nextIndex(i);
      if (scanned[j]?.kind !== 'text') return say(i, 'dropped', `"${lines[i]!.trim()}" dropped: a bullet with no text after it`);
      consumed.add(j);
      seen.bullets = true;
      body.push({ type: 'item', depth: items.length, text: lines[j]!.trim() });
      return;
    }
    if (line.kind === 'bullet') {
      seen.bullets = true;
      body.push({ type: 'item', depth: items.length + line.depth, text: line.rest });
      return;
    }
    const { at, style } = itemLevel(items, line.marker, line.styles);
    const level = items[at];
    if (level && !follows(level.last, line.marker, isRomanStyle(style))) {
      say(i, 'note', `"${line.marker}" follows "${level.last}" out of sequence; kept as printed`);
    }
    items = [...items.slice(0, at), { style, last: line.marker }];
    seen.items.add(style);
    body.push({ type: 'item', depth: at, text: `${line.marker} ${line.rest}` });
  }

  function textLine(i: number) {
    const text = lines[i]!.trim();
    const body = current(i).body;
    const last = body.at(-1);
    // "…the chair" / "and the vice chair;" : an item broken across lines.
    if (last?.type === 'item' && /^[a-z]/.test(text)) last.text = `${last.text} ${text}`;
    else {
      if (last?.type === 'item') items = [];
      body.push({ type: 'text', text });
    }
  }

  return { clauses, report: report.sort((a, b) => a.line - b.line), scheme: describeScheme(seen) };
}
