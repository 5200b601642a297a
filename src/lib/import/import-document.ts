/**
 * The importer's one entry point: source text in, clause files out, plus a
 * report of what it had to guess. Pure: no file system, so tests feed it
 * fixtures and the CLI (scripts/import-document.ts) does the writing.
 *
 *   importDocument("3. Objectives\n3.1\nThe objectives…", profileFor('constitution'))
 *   → { clauses: [{ id: '3', … }, { id: '3-1', parent: '3', body: 'The objectives…' }], report: [] }
 */
import { toBlocks } from './blocks.ts';
import { clauseFile } from './clause-file.ts';
import { classifyLine } from './classify-line.ts';
import { buildClauseTree, type ReportEntry } from './clause-tree.ts';
import { renderBlocks } from './markdown.ts';
import type { ImportProfile } from './profiles.ts';

export interface ImportResult {
  clauses: Array<{ id: string; number?: string; heading?: string; parent?: string; order: number; line: number; body: string }>;
  report: ReportEntry[];
}

export function importDocument(source: string, profile: ImportProfile): ImportResult {
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
  return {
    clauses: clauses.map(({ body, ...fields }) => ({ ...fields, body: renderBlocks(toBlocks(body, profile)) })),
    report: report.sort((a, b) => a.line - b.line),
  };
}

/** `{ "6-53.mdx": "---\nid: 6-53…" }` for every clause. */
export function clauseFiles(result: ImportResult): Map<string, string> {
  return new Map(result.clauses.map(({ line: _line, body, ...frontmatter }) => [`${frontmatter.id}.mdx`, clauseFile(frontmatter, body)]));
}

export function formatReport(result: ImportResult): string {
  const unplaced = result.report.filter((e) => e.kind === 'unplaced');
  const notes = result.report.filter((e) => e.kind === 'note');
  const list = (entries: ReportEntry[]) => entries.map((e) => `  line ${e.line}: ${e.message}`).join('\n');
  return [
    `${result.clauses.length} clauses`,
    `Unplaced lines (${unplaced.length})${unplaced.length ? ':' : ''}`,
    ...(unplaced.length ? [list(unplaced)] : []),
    `Numbering kept as printed (${notes.length})${notes.length ? ':' : ''}`,
    ...(notes.length ? [list(notes)] : []),
  ].join('\n');
}
