import type { Diff } from '../diff/schema.js';
import { buildDiffTables, describeFiles, type DiffTable } from './diff-tables.js';

/** A diff as GitHub-flavoured Markdown: a heading, a line of counts and a table per section. */
export function renderDiffMarkdown(d: Diff): string {
  const out = [
    `# Diff: ${escapeMarkdown(d.a.title || d.a.path)} ↔ ${escapeMarkdown(d.b.title || d.b.path)}`,
    '',
    escapeMarkdown(describeFiles(d)),
  ];
  for (const table of buildDiffTables(d)) out.push('', ...renderTable(table));
  return out.join('\n') + '\n';
}

function renderTable(table: DiffTable): string[] {
  const lines = [`## ${table.title}`];
  if (table.summary) lines.push('', escapeMarkdown(table.summary));
  if (!table.rows.length) return lines;
  // Markdown drops leading spaces, which indent an outline's subsections: keep them as no-break spaces
  const cell = (s: string) => escapeMarkdown(s).replace(/^ +/, (spaces) => '\u00a0'.repeat(spaces.length));
  const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  lines.push('', row(table.columns.map((col) => col.head)));
  lines.push(`|${table.columns.map((col) => (col.align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`);
  for (const r of table.rows) lines.push(row(r.cells));
  return lines;
}

/**
 * Document text in a table cell: `|` would end the cell and a newline the row; `<` `&` would be
 * read as HTML, and `\ * _ [ ] \`` as emphasis, links or code.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_[\]|]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n?|\n/g, '<br>');
}
