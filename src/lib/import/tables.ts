/**
 * Renders table rows from the extracts: tab-separated rows become a GFM
 * table; rows carrying HTML fragments (cells with lists) become plain HTML
 * using only table, thead, tbody, tr, th, td, p, ul, li. The one attribute is
 * `scope="col"` on header cells, so a screen reader announces each cell with
 * its column's header (GFM's own header cells get it when rendered:
 * src/lib/markdown/header-scope.ts).
 *
 *   "Subject\tPage" / "Foreword\t2"  → | Subject | Page |\n| --- | --- |\n| Foreword | 2 |
 *   '<p>Starting well:</p> <ul style="…"> • A • B'
 *     → <p>Starting well:</p> <ul> <li>A</li> <li>B</li> </ul>  (one tag per line)
 *   an HTML row followed by a "---\t--" rule → that row in <thead>, as <th scope="col">
 */
import type { SourceLine } from './classify-line.ts';
import { escapeInline, escapeLineStart } from './escape.ts';

type CellPart = { type: 'p'; text: string } | { type: 'ul'; items: string[] };

const cellsOf = (row: SourceLine) =>
  row.raw
    .trim()
    .split('\t')
    .map((cell) => cell.trim());

/** Splits one HTML-fragment cell into paragraphs and lists; "•" separates items. */
export function parseHtmlCell(cell: string): CellPart[] {
  const parts: CellPart[] = [];
  let inList = false;
  for (const token of cell.match(/<p>.*?<\/p>|<ul\b[^>]*>|<\/ul>|[^<]+/g) ?? []) {
    if (token.startsWith('<p>')) {
      inList = false;
      parts.push({ type: 'p', text: token.slice(3, -4).trim() });
    } else if (token.startsWith('<ul')) inList = true;
    else if (token === '</ul>') inList = false;
    else {
      const [before = '', ...items] = token.split('•').map((s) => s.trim());
      if (before) parts.push({ type: 'p', text: before });
      if (items.length || inList) parts.push({ type: 'ul', items: items.filter(Boolean) });
    }
  }
  return parts;
}

function renderHtmlCell(cell: string, tag: 'td' | 'th', indent: string): string[] {
  const parts = parseHtmlCell(cell);
  const open = tag === 'th' ? '<th scope="col">' : `<${tag}>`;
  if (parts.length === 0) return [`${indent}${open}</${tag}>`];
  if (parts.length === 1 && parts[0]!.type === 'p') return [`${indent}${open}${escapeInline(parts[0]!.text)}</${tag}>`];
  const inner = `${indent}  `;
  const lines = [`${indent}${open}`];
  for (const part of parts) {
    if (part.type === 'p') lines.push(`${inner}<p>${escapeInline(part.text)}</p>`);
    else lines.push(`${inner}<ul>`, ...part.items.map((item) => `${inner}  <li>${escapeInline(item)}</li>`), `${inner}</ul>`);
  }
  lines.push(`${indent}</${tag}>`);
  return lines;
}

function renderHtmlTable(rows: string[][], header: boolean): string {
  const lines = ['<table>'];
  const section = (name: string, sectionRows: string[][], tag: 'td' | 'th') => {
    if (!sectionRows.length) return;
    lines.push(`  <${name}>`);
    for (const row of sectionRows) lines.push('    <tr>', ...row.flatMap((cell) => renderHtmlCell(cell, tag, '      ')), '    </tr>');
    lines.push(`  </${name}>`);
  };
  section('thead', header ? rows.slice(0, 1) : [], 'th');
  section('tbody', header ? rows.slice(1) : rows, 'td');
  lines.push('</table>');
  return lines.join('\n');
}

function renderGfmTable(rows: string[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => escapeInline(cells[i] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(rows[0]!), `| ${Array(width).fill('---').join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}

/**
 * @param rows table, html and delimiter lines in source order. A delimiter
 * after the first row marks it as the header; GFM always needs one, so a
 * tab table's first row is its header either way.
 */
export function renderTable(rows: SourceLine[]): string {
  const header = rows[1]?.kind === 'delimiter';
  const cells = rows.filter((r) => r.kind !== 'delimiter').map(cellsOf);
  // A stray rule with no rows (reported as unplaced) stays visible as text.
  if (cells.length === 0) return rows.map((r) => escapeLineStart(escapeInline(r.text))).join('\n');
  const needsHtml = rows.some((r) => r.kind === 'html') || cells.some((row) => row.some((c) => c.includes('•')));
  return needsHtml ? renderHtmlTable(cells, header) : renderGfmTable(cells);
}
