/**
 * The importer's one entry point: source text in, clause files out, plus a
 * report of what it had to guess. Pure: no file system, so tests feed it
 * fixtures and the CLI (scripts/import-document.ts) does the writing.
 * Without a profile the structure is found from the document itself
 * (outline.ts); a profile (`--style`) overrides that.
 *
 *   importDocument("3. Objectives\n3.1\nThe objectives…", profileFor('constitution'))
 *   → { clauses: [{ id: '3', … }, { id: '3-1', parent: '3', body: 'The objectives…' }], report: [] }
 *   importDocument("Part 1 – Purpose\n1.1 The Board …")
 *   → { clauses: [{ id: 'part-1', … }, { id: '1-1', parent: 'part-1', … }], scheme: 'Part; paragraphs 1.1', … }
 */
import { toBlocks } from './blocks.ts';
import { clauseFile } from './clause-file.ts';
import { classifyLine } from './classify-line.ts';
import { buildClauseTree, type ReportEntry } from './clause-tree.ts';
import { renderBlocks } from './markdown.ts';
import { renderBody } from './outline-body.ts';
import { buildOutline } from './outline.ts';
import { scanLine } from './scan-line.ts';
import type { ImportProfile } from './profiles.ts';

export interface ImportResult {
  clauses: Array<{ id: string; number?: string; heading?: string; parent?: string; order: number; line: number; body: string }>;
  report: ReportEntry[];
  /** The structure found, in words, when no profile was given: "Part, Schedule; paragraphs 1, 1.1; items (a)". */
  scheme?: string;
}

export function importDocument(source: string, profile?: ImportProfile): ImportResult {
  if (!profile) {
    const { clauses, report, scheme } = buildOutline(source);
    return { clauses: clauses.map(({ body, path: _path, ...fields }) => ({ ...fields, body: renderBody(body) })), report, scheme };
  }
  const lines = source
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((raw, i) => classifyLine(i + 1, raw, profile));
  const { clauses, report } = buildClauseTree(lines, profile);
  for (const line of lines) {
    if (line.kind === 'delimiter' && !['table', 'html'].includes(lines[line.no - 2]?.kind ?? '')) {
      report.push({ line: line.no, kind: 'unplaced', message: 'a table rule with no table row above it' });
    }
  }
  // A heading the style has no place for ("Part 2 – Membership" under a numbers-only style) is kept as text, and said.
  const starts = new Set(clauses.filter((c) => c.id !== 'preamble').map((c) => c.line));
  for (const line of lines) {
    const scanned = scanLine(line.raw);
    if (scanned.kind === 'division' && !starts.has(line.no) && line.kind !== 'appendix') {
      report.push({
        line: line.no,
        kind: 'guessed',
        message: `"${line.text}" looks like a heading (${scanned.label}) but the "${profile.name}" style has no place for it; kept as text`,
      });
    }
    if (/^\s*\|.*\|\s*$/.test(line.raw)) {
      report.push({
        line: line.no,
        kind: 'guessed',
        message: `"${line.text.slice(0, 60)}" looks like a table row in pipes, which the "${profile.name}" style does not read; kept as text`,
      });
    }
  }
  // A style that matches nothing puts the whole document in the preamble; that is never silent.
  if (clauses.length === 1 && clauses[0]!.id === 'preamble' && lines.some((l) => l.kind !== 'blank')) {
    report.push({
      line: 1,
      kind: 'unplaced',
      message: `no line is numbered the way the "${profile.name}" style expects, so the whole document is in preamble.mdx; leave out --style to let the importer find the structure`,
    });
  }
  return {
    clauses: clauses.map(({ body, ...fields }) => ({ ...fields, body: renderBlocks(toBlocks(body, profile)) })),
    report: report.sort((a, b) => a.line - b.line),
  };
}

/** `{ "6-53.mdx": "---\nid: 6-53…" }` for every clause. */
export function clauseFiles(result: ImportResult): Map<string, string> {
  return new Map(result.clauses.map(({ line: _line, body, ...frontmatter }) => [`${frontmatter.id}.mdx`, clauseFile(frontmatter, body)]));
}

const SECTIONS: Array<[ReportEntry['kind'], string]> = [
  ['unplaced', 'Unplaced lines'],
  ['guessed', 'Roles guessed'],
  ['dropped', 'Dropped as page furniture'],
  ['note', 'Numbering kept as printed'],
];

export function formatReport(result: ImportResult): string {
  const list = (entries: ReportEntry[]) => entries.map((e) => `  line ${e.line}: ${e.message}`).join('\n');
  return [
    ...(result.scheme ? [`Structure found: ${result.scheme}`] : []),
    `${result.clauses.length} clauses`,
    ...SECTIONS.flatMap(([kind, title]) => {
      const entries = result.report.filter((e) => e.kind === kind);
      return [`${title} (${entries.length})${entries.length ? ':' : ''}`, ...(entries.length ? [list(entries)] : [])];
    }),
  ].join('\n');
}
