/**
 * Column names of the tables that 任务分工方案, 责任分解 and 责任清单 attachments set out
 * (序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限), as government notices head them (common usage
 * in the 分工 tables of 国务院办公厅 and local governments' notices). The unit columns are
 * RESPONSIBILITY_LABELS (departments.ts).
 */

/** The column that numbers the rows. */
export const SERIAL_COLUMNS = ['序号', '编号'] as const;

/**
 * A column before the serial that groups the rows (分类 | 序号 | 事项 …): a page's merged cell, its
 * name (主要目标, 改革创新) copied once, before the first row of its group.
 */
export const GROUP_COLUMNS = ['分类', '类别', '板块'] as const;

/** Words of the column that names the work (工作任务, 主要工作任务, 工作内容, 重点工作, 具体措施 …). */
// prettier-ignore
export const TASK_COLUMN_WORDS = [
  '任务', '工作内容', '事项', '措施', '举措', '工作要点', '重点工作', '内容',
] as const;

/** The column of deadlines (完成时限: 2024年12月底前, 长期坚持). */
// prettier-ignore
export const DEADLINE_COLUMNS = [
  '完成时限', '完成时间', '完成期限', '时间节点', '时限要求', '时间安排', '进度安排', '时限',
  '计划完成时间', '计划完成时限',
] as const;

/** Words of a deadline cell besides its dates (第三季度, 年底前, 年内, 长期坚持, 持续推进, 常态化). */
export const DEADLINE_WORDS = ['季度', '年底', '年内', '长期', '持续', '常态'] as const;

/** Other columns such tables carry, whose cells name no unit and no task. */
// prettier-ignore
export const OTHER_COLUMNS = [
  '备注', '责任人', '联系人', '工作目标', '目标要求',
  // (a unit's office and officer under it: 负责科室, 负责人; no department of the notice)
  '负责科室', '责任科室', '负责人',
] as const;

/** How a column of persons ends (分管县领导, 责任领导, 牵头市领导): its cells name officials, no unit. */
export const PERSON_COLUMN_ENDS = ['领导'] as const;
