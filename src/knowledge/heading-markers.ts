/**
 * Heading marker styles in the order GB/T 9704-2012 (党政机关公文格式, 7.3.3) prescribes for the
 * levels of a notice's text — 一、 → （一） → 1. → （1） — with ① below them, and the 第X编/章/节/条
 * units of regulations (立法技术规范) above and beside them. `rank` orders the styles; the
 * levels of one document are the ranks of the styles it uses, compressed.
 */
export const MARKER_STYLES = [
  { style: 'part', rank: 0, example: '第一部分' },
  { style: 'chapter', rank: 1, example: '第一章' },
  { style: 'section', rank: 2, example: '第一节' },
  { style: 'cn-comma', rank: 3, example: '一、' },
  { style: 'cn-paren', rank: 4, example: '(一)' },
  { style: 'arabic-dot', rank: 5, example: '1.' },
  { style: 'arabic-paren', rank: 6, example: '(1)' },
  { style: 'circled', rank: 7, example: '①' },
  { style: 'article', rank: 8, example: '第一条' },
] as const;

export type MarkerStyle = (typeof MARKER_STYLES)[number]['style'] | 'bullet';

/** Bullets that scraping leaves where a numbered marker stood (Word's list glyphs). */
export const BULLETS = '•·●▪■◆◇○□➢►▶-';

/**
 * Stock section headings of 实施方案/实施意见/行动计划 (the common skeleton: 总体要求, 指导思想,
 * 基本原则, 工作目标, 主要任务, 保障措施 …), read off the State Council and provincial templates.
 * Used to cut a heading's title from text that scraping ran into it ("一、指导思想以习近平…").
 */
export const STOCK_HEADINGS = [
  '总体要求',
  '指导思想',
  '基本原则',
  '工作原则',
  '主要原则',
  '发展目标',
  '工作目标',
  '主要目标',
  '总体目标',
  '目标任务',
  '主要任务',
  '重点任务',
  '工作任务',
  '工作措施',
  '主要措施',
  '重点工作',
  '实施步骤',
  '工作步骤',
  '进度安排',
  '职责分工',
  '任务分工',
  '保障措施',
  '组织保障',
  '组织实施',
  '工作要求',
  '有关要求',
  '工作机制',
  '工作职责',
  '组成人员',
  '适用范围',
  '实施范围',
  '支持对象',
  '政策措施',
  '附则',
  '总则',
] as const;

/**
 * Stock sections that state the plan's frame, not its work (总体要求 and what it holds), and
 * rosters: their units are principles, goals and names, not measures to be carried out.
 */
export const NON_MEASURE_HEADINGS = [
  '总体要求',
  '指导思想',
  '基本原则',
  '工作原则',
  '主要原则',
  '发展目标',
  '工作目标',
  '主要目标',
  '总体目标',
  '适用范围',
  '实施范围',
  '组成人员',
  '成员名单',
] as const;
