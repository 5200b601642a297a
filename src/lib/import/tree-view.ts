/**
 * The clause tree an import would write, as text, for `--dry-run`: one line
 * a clause, indented under its parent, with its number, its heading (or its
 * first words, in quotes) and the id its file would take.
 *
 *   Part 2 Membership  [part-2]
 *     2.1 "The Board shall comprise:"  [2-1]
 */
import type { ImportResult } from './import-document.ts';

const firstWords = (body: string) => {
  const text = body
    .split('\n')[0]!
    .replace(/^[-|]\s*/, '')
    .trim();
  return text.length > 50 ? `"${text.slice(0, 49)}…"` : text ? `"${text}"` : '(no text)';
};

export function formatTree(result: ImportResult): string {
  const depth = new Map<string, number>();
  return result.clauses
    .map((clause) => {
      const level = clause.parent ? (depth.get(clause.parent) ?? 0) + 1 : 0;
      depth.set(clause.id, level);
      const label = [clause.number, clause.heading ?? firstWords(clause.body)].filter(Boolean).join(' ');
      return `${'  '.repeat(level)}${label}  [${clause.id}]`;
    })
    .join('\n');
}
