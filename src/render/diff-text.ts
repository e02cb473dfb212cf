import { Chalk, type ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import type { Diff } from '../diff/schema.js';
import {
  buildDiffTables,
  describeFiles,
  truncateToWidth,
  type DiffColumn,
  type DiffTable,
  type Tone,
} from './diff-tables.js';

/** Options of {@link renderDiffText}. */
export interface DiffTextOptions {
  color: boolean;
  /** Terminal columns; no line is wider (below {@link MIN_TEXT_WIDTH} that minimum is used). */
  width: number;
}

/** The narrowest layout: two side-by-side columns still show a few characters each. */
export const MIN_TEXT_WIDTH = 40;

const INDENT = '  ';
/** The fewest cells a shortened column keeps: a character and the …. */
const MIN_SHRUNK = 3;

/**
 * A diff for a terminal: each section a heading, a line of counts and a table whose columns are
 * measured by display width (Chinese characters take two cells) and shortened with … to fit.
 */
export function renderDiffText(d: Diff, opts: DiffTextOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const width = Math.max(MIN_TEXT_WIDTH, Math.floor(opts.width));
  const out: string[] = [c.bold(truncateToWidth(cleanForTerminal(describeFiles(d)), width))];
  for (const table of buildDiffTables(d, { brief: true })) {
    out.push('', ...renderTable(table, width, c));
  }
  return out.join('\n') + '\n';
}

const TONE_STYLES: Record<Tone, (c: ChalkInstance, s: string) => string> = {
  same: (c, s) => c.green(s),
  close: (c, s) => c.green(s),
  inside: (c, s) => c.cyan(s),
  holds: (c, s) => c.magenta(s),
  weak: (c, s) => c.yellow(s),
  only: (c, s) => c.dim(s),
  differs: (c, s) => c.yellow(s),
};

function renderTable(table: DiffTable, width: number, c: ChalkInstance): string[] {
  const lines = [renderHeading(table, width, c)];
  if (!table.rows.length) return lines;
  const gap = table.sides ? ' │ ' : '  ';
  const heads = table.columns.map((col) => col.head);
  const cells = table.rows.map((row) => row.cells.map(cleanForTerminal));
  const natural = heads.map((h, i) => Math.max(stringWidth(h), ...cells.map((r) => stringWidth(r[i] ?? ''))));
  const budget = width - INDENT.length - stringWidth(gap) * (heads.length - 1);
  const floors = table.columns.map((col, i) =>
    floorWidth(
      col,
      cells.map((r) => r[i] ?? ''),
      natural[i]!,
      budget,
    ),
  );
  const widths = fitColumns(natural, floors, budget);
  const last = heads.length - 1;
  // the last column is not padded: no trailing spaces
  const place = (s: string, i: number) => {
    const cell = truncateToWidth(s, widths[i]!);
    if (table.columns[i]!.align === 'right') return padStart(cell, widths[i]!);
    return i === last ? cell : padEnd(cell, widths[i]!);
  };
  const join = (parts: string[]) => (INDENT + parts.join(gap)).trimEnd();
  if (heads.some((h) => h)) lines.push(c.dim(join(heads.map(place))));
  table.rows.forEach((row, r) => {
    const wrapped = table.columns[last]!.wrap
      ? wrapToWidth(cells[r]![last] ?? '', widths[last]!)
      : [cells[r]![last] ?? ''];
    wrapped.forEach((tail, k) => {
      const parts = heads.map((_h, i) => place(i === last ? tail : k === 0 ? (cells[r]![i] ?? '') : '', i));
      const accent = table.accent;
      if (k === 0 && accent !== undefined && row.tone)
        parts[accent] = TONE_STYLES[row.tone](c, parts[accent]!);
      lines.push(join(parts));
    });
  });
  return lines;
}

function renderHeading(table: DiffTable, width: number, c: ChalkInstance): string {
  const room = width - stringWidth(table.title) - 2;
  const summary = table.summary && room > 1 ? `  ${c.dim(truncateToWidth(table.summary, room))}` : '';
  return c.bold(table.title) + summary;
}

/**
 * Column widths within `budget`. Each column keeps a floor (its full width if it may not shrink,
 * its longest item if it wraps, a few cells if it may be shortened), then all grow together up to
 * one common level, so A's and B's columns of a side-by-side table come out alike.
 */
function fitColumns(natural: number[], floor: number[], budget: number): number[] {
  const total = (widths: number[]) => widths.reduce((sum, w) => sum + w, 0);
  if (total(natural) <= budget) return natural;
  // when the floors do not fit either, every column has to give way
  const base = total(floor) <= budget ? floor : natural.map((w) => Math.min(w, MIN_SHRUNK));
  const at = (level: number) => natural.map((w, i) => Math.min(w, Math.max(base[i]!, level)));
  let level = 0;
  while (total(at(level + 1)) <= budget && level < budget) level += 1;
  return at(level);
}

/** The least width a column can take: all of it, its longest item, or a character and …. */
function floorWidth(column: DiffColumn, cells: string[], natural: number, budget: number): number {
  if (column.wrap)
    return Math.min(
      natural,
      Math.floor(budget / 2),
      Math.max(...cells.flatMap(splitItems).map((item) => stringWidth(item))),
    );
  return column.shrink ? Math.min(natural, MIN_SHRUNK) : natural;
}

/** Items of a list cell (`甲、乙`, `x; y`): a wrapped line breaks between them when it can. */
function splitItems(s: string): string[] {
  return s.split(/(?<=[、;；])/);
}

/**
 * Document text can hold newlines, tabs and control characters (a hostile ESC would recolour the
 * terminal); leading spaces stay, since they indent subsections.
 */
function cleanForTerminal(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}

/** Breaks `s` into lines of at most `width` cells, between items when it can, else anywhere. */
function wrapToWidth(s: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const item of splitItems(s)) {
    if (stringWidth(line + item) > width) flush();
    for (const ch of item) {
      if (stringWidth(line + ch) > width) flush();
      line += ch;
    }
  }
  flush();
  return lines.length ? lines : [''];
}

function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - stringWidth(s)));
}

function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - stringWidth(s))) + s;
}
