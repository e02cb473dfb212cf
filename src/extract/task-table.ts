import type { DeptRef, Measure } from '../schema/contract.js';
import { RESPONSIBILITY_LABELS } from '../knowledge/departments.js';
import type { Block } from '../segment/index.js';
import type { ExtractContext } from './context.js';
import { classifyDepartment, splitDepartmentList } from './department.js';

/** A block of an outline, with the section it stands in. */
export interface TableInput {
  block: Block;
  sectionId: string;
  path: string[];
}

// The column of a 任务分工 table that names the work (任务, 工作内容, 重点工作, 具体措施 …).
const TASK_COLUMN = /任务|工作内容|事项|措施|举措|工作要点|重点工作|内容/;
const LABELS = new Map(RESPONSIBILITY_LABELS);

/** The cells of a table row as scraping leaves it: tab-separated, or columns of 2+ spaces. */
function splitCells(text: string): string[] {
  return (text.includes('\t') ? text.split('\t') : text.split(/ {2,}/)).map((c) => c.trim());
}

interface Columns {
  task: number;
  units: { at: number; role: 'lead' | 'participate' }[];
}

/** A header row names a task column and at least one column of responsible units. */
function readHeader(text: string): Columns | null {
  // three cells or more: most blocks hold no separator at all
  if (!text.includes('\t') && !text.includes('  ')) return null;
  const cells = splitCells(text).map((c) => c.replace(/ /g, ''));
  if (cells.length < 3) return null;
  const task = cells.findIndex((c) => c.length <= 8 && TASK_COLUMN.test(c));
  const units = cells.flatMap((c, at) => {
    const marker = LABELS.get(c);
    return marker
      ? [{ at, role: marker === 'participate' ? ('participate' as const) : ('lead' as const) }]
      : [];
  });
  return task >= 0 && units.length > 0 ? { task, units } : null;
}

/**
 * Measures of 任务分工 tables (序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限), as an attachment
 * usually gives them: each row under a header row is a measure, its unit columns its
 * departments (牵头 lead, 配合 participate, 各… blanket assignees all).
 */
export function extractTableMeasures(inputs: TableInput[], ctx: ExtractContext): Measure[] {
  const measures: Measure[] = [];
  let columns: Columns | null = null;
  let table = 0;
  let row = 0;
  for (const { block, sectionId, path } of inputs) {
    const header = readHeader(block.text);
    if (header) {
      columns = header;
      table++;
      row = 0;
      continue;
    }
    const cells = columns ? splitCells(block.text) : [];
    if (!columns || cells.length <= columns.task || !cells[columns.task]) {
      columns = null;
      continue;
    }
    const departments: DeptRef[] = columns.units.flatMap(({ at, role }) =>
      splitDepartmentList(cells[at] ?? '').map((u) => {
        const c = classifyDepartment(u.name);
        return { name: u.name, canonical: c.canonical, role: c.blanket ? ('all' as const) : role };
      }),
    );
    row++;
    measures.push({
      id: `m${sectionId}t${table}.${row}`,
      sectionId,
      path,
      title: cells[columns.task]!,
      text: block.text,
      departments,
      span: ctx.span(block.from, block.to),
    });
  }
  return measures;
}
