import type { DeptRef, Measure } from '../schema/contract.js';
import { RESPONSIBILITY_LABELS } from '../knowledge/departments.js';
import {
  DEADLINE_COLUMNS,
  DEADLINE_WORDS,
  GROUP_COLUMNS,
  OTHER_COLUMNS,
  PERSON_COLUMN_ENDS,
  SERIAL_COLUMNS,
  TASK_COLUMN_WORDS,
} from '../knowledge/table-columns.js';
import type { Block } from '../segment/index.js';
import type { ExtractContext } from './context.js';
import { ADMIN_LEVEL_WORDS } from '../knowledge/recipients.js';
import { classifyDepartment, looksLikeUnit, splitDepartmentList } from './department.js';

/** A block of an outline, with the section it stands in. */
export interface TableInput {
  block: Block;
  sectionId: string;
  path: string[];
}

/** The measures of the tables, and the blocks holding each row's task (with its measure's id). */
export interface TableMeasures {
  measures: Measure[];
  tasks: Map<Block, string>;
}

const LABELS = new Map(RESPONSIBILITY_LABELS);

/** The cells of a table row as scraping leaves it: tab-separated, or columns of 2+ spaces. */
function splitCells(text: string): string[] {
  return (text.includes('\t') ? text.split('\t') : text.split(/ {2,}/)).map((c) => c.trim());
}

type ColumnKind = 'serial' | 'task' | 'unit' | 'deadline' | 'other';

interface Columns {
  kinds: ColumnKind[];
  task: number;
  units: { at: number; role: 'lead' | 'participate' }[];
}

/**
 * What a header cell names, null for no known column (spaces, the year and a closing gloss
 * ignored: 责 任 单 位, 2024年建设内容, 重点工作任务(实事项目)).
 */
function columnKind(cell: string): ColumnKind | null {
  const c = cell
    .replace(/ /g, '')
    .replace(/^(?:19|20)\d{2}年度?/, '')
    .replace(/[((][^()()]*[))]$/, '');
  const has = (words: readonly string[]) => words.includes(c);
  if (LABELS.has(c)) return 'unit';
  if (has(SERIAL_COLUMNS)) return 'serial';
  if (has(DEADLINE_COLUMNS)) return 'deadline';
  if (has(OTHER_COLUMNS) || PERSON_COLUMN_ENDS.some((w) => c.endsWith(w))) return 'other';
  return c.length <= 8 && TASK_COLUMN_WORDS.some((w) => c.includes(w)) ? 'task' : null;
}

/**
 * The columns a header row names: the first task column, the unit columns with their part (a
 * 责任单位 column leads, but takes part beside a 牵头 column, as a responsibility note's units do).
 */
function readColumns(cells: string[]): Columns {
  const kinds = cells.map((c) => columnKind(c) ?? 'other');
  const labels = cells.map((c, at) => (kinds[at] === 'unit' ? LABELS.get(c.replace(/ /g, '')) : undefined));
  const led = labels.includes('lead');
  const units = labels.flatMap((label, at) => {
    if (!label) return [];
    const role = label === 'participate' || (led && label === 'responsible') ? 'participate' : 'lead';
    return [{ at, role } as const];
  });
  return { kinds, task: kinds.indexOf('task'), units };
}

/** A header row names a task column and at least one column of responsible units. */
function readHeader(text: string): Columns | null {
  // three cells or more: most blocks hold no separator at all
  if (!text.includes('\t') && !text.includes('  ')) return null;
  const cells = splitCells(text);
  if (cells.length < 3) return null;
  const columns = readColumns(cells);
  return columns.task >= 0 && columns.units.length > 0 ? columns : null;
}

/**
 * Measures of 任务分工 tables (序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限), as an attachment
 * usually gives them: each row under a header row is a measure, its unit columns its
 * departments (牵头 lead, 配合 participate, 各… blanket assignees all). A row is one line with
 * its cells tab- or space-separated, or, where a page's table was copied as text, one line per
 * cell under a header of one line per column name.
 */
export function extractTableMeasures(inputs: TableInput[], ctx: ExtractContext): TableMeasures {
  const out: TableMeasures = { measures: [], tasks: new Map() };
  let columns: Columns | null = null;
  let table = 0;
  let row = 0;
  // (a row of one line is its text; a row of one line per cell, its task)
  const push = ({ first, last, cells, tasks }: CellRow, header: Columns, text: string) => {
    const id = `m${first.sectionId}t${table}.${++row}`;
    out.measures.push({
      id,
      sectionId: first.sectionId,
      path: first.path,
      title: cells[header.task]!,
      text,
      departments: rowDepartments(cells, header),
      span: ctx.span(first.block.from, last.to),
    });
    for (const b of tasks) out.tasks.set(b, id);
  };
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    const cellTable = readCellTable(inputs, i);
    if (cellTable) {
      table++;
      row = 0;
      for (const r of cellTable.rows) {
        push(r, cellTable.columns, r.cells[cellTable.columns.task]!);
      }
      columns = null;
      i = cellTable.end - 1;
      continue;
    }
    const header = readHeader(input.block.text);
    if (header) {
      columns = header;
      table++;
      row = 0;
      continue;
    }
    const cells = columns ? splitCells(input.block.text) : [];
    if (!columns || cells.length <= columns.task || !cells[columns.task]) {
      columns = null;
      continue;
    }
    push({ first: input, last: input.block, cells, tasks: [input.block] }, columns, input.block.text);
  }
  return out;
}

/** The departments of a row: those its unit columns list, in their part (a lead also listed as responsible, once). */
function rowDepartments(cells: string[], columns: Columns): DeptRef[] {
  const units = columns.units.flatMap(({ at, role }) =>
    splitDepartmentList(cells[at] ?? '').map((u) => {
      const c = classifyDepartment(u.name);
      return { name: u.name, canonical: c.canonical, role: c.blanket ? ('all' as const) : role };
    }),
  );
  const leads = new Set(units.filter((u) => u.role === 'lead').map((u) => u.name));
  return units.filter((u) => u.role === 'lead' || !leads.has(u.name));
}

interface CellRow {
  first: TableInput;
  last: Block;
  /** The cells by column, the serial first. */
  cells: string[];
  /** The blocks of its task cell. */
  tasks: Block[];
}

/**
 * A table copied one cell per line: a header of one line per known column name (序号, a task
 * column, a unit or deadline column), then rows that each open with their serial number (1, 2, …,
 * or on from where the page's excerpt starts: 80, 81, …). A grouping column before 序号 gives its
 * merged cell once, before the first row of its group: that line is no part of a row.
 * A row holds one line per column; where it holds more or fewer (a cell wrapped, a cell left
 * empty), its lines are placed by what they say (a list of known units, a deadline, else text).
 * The table ends at the first row that fits neither way; what follows is read as before.
 */
function readCellTable(
  inputs: TableInput[],
  start: number,
): { columns: Columns; rows: CellRow[]; end: number } | null {
  const sectionId = inputs[start]!.sectionId;
  const inRun = (k: number) => k < inputs.length && inputs[k]!.sectionId === sectionId;
  const text = (k: number) => cellText(inputs[k]!.block);
  const grouped = (GROUP_COLUMNS as readonly string[]).includes(text(start).replace(/ /g, ''));
  const head = grouped ? start + 1 : start;
  if (!inRun(head) || columnKind(text(head)) !== 'serial') return null;
  // the header: the column names the reader knows, then those it does not (项目名称, 负责科室),
  // kept as other, up to the first row; under a grouping column the line before that row is the
  // first group's cell, no column's name
  let headerEnd = head + 1;
  while (inRun(headerEnd) && columnKind(text(headerEnd)) !== null && columnKind(text(headerEnd)) !== 'serial')
    headerEnd++;
  let end = headerEnd;
  while (inRun(end) && end - head < MAX_COLUMNS && isHeaderCell(text(end)) && !SERIAL.test(text(end))) end++;
  let firstRow = headerEnd;
  if (end > headerEnd && inRun(end) && SERIAL.test(text(end))) {
    headerEnd = grouped ? end - 1 : end;
    firstRow = end;
  }
  const columns = readColumns(Array.from({ length: headerEnd - head }, (_, j) => text(head + j)));
  const named = new Set(columns.kinds);
  if (columns.task < 0 || !(named.has('unit') || named.has('deadline'))) return null;
  const rows: CellRow[] = [];
  let k = firstRow;
  for (let serial = inRun(k) ? Number(text(k)) : NaN; inRun(k) && text(k) === String(serial); serial++) {
    // a cell wraps over a few lines at most: the next row is looked for no further (linear time)
    const limit = k + 1 + MAX_CELL_LINES * columns.kinds.length;
    let next = k + 1;
    while (inRun(next) && next < limit && text(next) !== String(serial + 1)) next++;
    const last = !(inRun(next) && next < limit);
    // (the last row ends where its cells do: a note under the table is no part of it; a line past
    // the row's width that names no unit, before the next row, is the next group's cell)
    const found = inputs.slice(k + 1, next).map((x) => x.block);
    const cell = cellText(found.at(-1) ?? inputs[k]!.block);
    const groupCell =
      grouped &&
      !last &&
      found.length >= columns.kinds.length &&
      isHeaderCell(cell) &&
      lineKind(cell) === 'text';
    const lines = groupCell ? found.slice(0, -1) : found;
    let used = lines.length;
    let cells = placeCells(lines, columns.kinds);
    while (!cells && last && used > 1) cells = placeCells(lines.slice(0, --used), columns.kinds);
    if (!cells) break;
    const row = [text(k), ...cells.map((c) => c.map(cellText).join(''))];
    // a row short of cells that names no unit stands under a lead cell merged with the row
    // above's (a page's rowspan leaves it in the first row only): it takes that lead
    const above = rows.at(-1)?.cells;
    if (above && used < columns.kinds.length - 1 && columns.units.every(({ at }) => !row[at])) {
      for (const { at, role } of columns.units) if (role === 'lead') row[at] = above[at]!;
    }
    rows.push({
      first: inputs[k]!,
      last: lines[used - 1] ?? inputs[k]!.block,
      cells: row,
      tasks: cells[columns.task - 1]!,
    });
    k += 1 + used;
    if (used < lines.length) break;
    if (groupCell) k++;
  }
  return rows.length > 0 ? { columns, rows, end: k } : null;
}

/** A cell's line, less the pipe a page's table leaves after it ("序号 |", "区财政局 |"). */
const cellText = (b: Block) => b.text.trim().replace(/ *\|$/, '');

// a row's serial cell
const SERIAL = /^\d{1,4}$/;
// the most columns a table copied one cell per line is read with, and the longest name of one
const MAX_COLUMNS = 12;
const MAX_COLUMN_NAME = 16;
const isHeaderCell = (line: string) =>
  line.length > 0 && line.length <= MAX_COLUMN_NAME && !/[。;,,]/.test(line) && columnKind(line) !== 'serial';

type LineKind = 'unit' | 'deadline' | 'text';

// the most lines one cell of a table copied one cell per line wraps over
const MAX_CELL_LINES = 3;
// a deadline cell: short, dated or said of time (2024年12月底前, 6月底, 第三季度, 长期坚持, 持续推进)
const DEADLINE_CELL = new RegExp(`(?:19|20)\\d{2}年|\\d{1,2}月|${DEADLINE_WORDS.join('|')}`);
const MAX_DEADLINE_CELL = 16;

/**
 * What a cell's line holds: units where each it lists is known, or where it is only a list of
 * several names of units, each opening with its level (区甲服务中心、区乙中心: units the taxonomy does
 * not know; not the facilities a task builds, 建设甲服务中心、乙实践中心); a deadline; else text.
 */
function lineKind(line: string): LineKind {
  const listed = splitDepartmentList(line);
  const units = listed.map((u) => classifyDepartment(u.name));
  if (units.length > 0 && units.every((c) => c.canonical !== null || c.blanket)) return 'unit';
  const names = listed.map((u) => u.name);
  const levelled = (name: string) => ADMIN_LEVEL_WORDS.some((w) => name.startsWith(w)) && looksLikeUnit(name);
  if (names.length > 1 && names.join('、') === line && names.every(levelled)) return 'unit';
  const dated = line.length <= MAX_DEADLINE_CELL && !line.includes('。') && DEADLINE_CELL.test(line);
  return dated ? 'deadline' : 'text';
}

/**
 * The cells of a row (the columns after the serial, each with its lines): one line each when
 * the row keeps the header's width, else placed by kind: text wraps on in the task cell, a list
 * of units cut after its separator on in its unit cell, and a column a line cannot fill is an
 * empty cell. Null when a line fits no column left, or the task cell is empty.
 */
function placeCells(lines: Block[], kinds: ColumnKind[]): Block[][] | null {
  const columns = kinds.slice(1);
  if (
    lines.length === columns.length &&
    lines.every((b, k) => fillsCell(columns[k]!, lineKind(cellText(b))))
  ) {
    return lines.map((b) => [b]);
  }
  const cells: Block[][] = columns.map(() => []);
  let at = 0;
  for (const line of lines) {
    const kind = lineKind(cellText(line));
    const cell = cells[at]!;
    const wraps =
      cell.length > 0 &&
      ((columns[at] === 'task' && kind === 'text') ||
        (columns[at] === 'unit' && kind === 'unit' && /[、,;]$/.test(cellText(cell.at(-1)!))));
    if (wraps) {
      cell.push(line);
      continue;
    }
    let next = cell.length > 0 ? at + 1 : at;
    while (next < columns.length && !takesLine(columns[next]!, kind, cells[next]!.length === 0)) next++;
    if (next === columns.length) return null;
    cells[next]!.push(line);
    at = next;
  }
  return cells[columns.indexOf('task')]!.length > 0 ? cells : null;
}

/** A column's cell may be the line, where the row keeps the header's width (a unit not known to be one). */
function fillsCell(column: ColumnKind, kind: LineKind): boolean {
  if (column === 'task') return kind !== 'unit';
  if (column === 'unit') return kind !== 'deadline';
  if (column === 'deadline') return kind !== 'unit';
  return true;
}

/**
 * A column's cell takes the line, where the row does not keep the header's width; a task opens with
 * whatever line comes first (2024年完成…, 持续深化…: a task that names its year, not its deadline).
 */
function takesLine(column: ColumnKind, kind: LineKind, empty: boolean): boolean {
  if (column === 'task') return kind === 'text' || (empty && kind === 'deadline');
  if (column === 'unit' || column === 'deadline') return kind === column;
  return true;
}
