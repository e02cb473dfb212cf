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

/**
 * `decimal` is the 1.1 / 1.1.1 numbering of 应急预案 and technical documents (GB/T 1.1-2020
 * 章条编号), whose depth is the number of its parts.
 */
export type MarkerStyle = (typeof MARKER_STYLES)[number]['style'] | 'bullet' | 'decimal';

/** Bullets that scraping leaves where a numbered marker stood (Word's list glyphs). */
export const BULLETS = '•·●▪■◆◇○□➢►▶-';

/** The frame of a plan (总体要求 and what it holds): principles and goals, not work. */
const FRAME_HEADINGS = [
  '总体要求',
  '指导思想',
  '基本原则',
  '工作原则',
  '主要原则',
  '指导原则',
  '行动原则',
  '发展目标',
  '行动目标',
  '工作目标',
  '主要目标',
  '总体目标',
  '目标要求',
] as const;

/**
 * The nouns a frame heading is made of when it is no stock phrase (指导思想及目标, 会战原则, 基本原则和
 * 主要目标): 原则 and 目标 after a modifier of up to two characters, joined by 及/和/与/、.
 */
export const FRAME_NOUNS = ['指导思想', '总体要求', '目标要求', '原则', '目标'] as const;

/**
 * Endings of the heading of a plan's rationale (一、深刻认识…的重大意义; 充分认识…的重要性和紧迫性): its
 * paragraphs argue why, they assign no work. The opening part of 实施意见 in the State Council and
 * provincial templates.
 */
export const RATIONALE_HEADING_ENDINGS = ['重大意义', '重要意义', '重要性', '紧迫性', '必要性'] as const;

/**
 * Stock section headings of 实施方案/实施意见/行动计划 (the common skeleton: 总体要求, 指导思想,
 * 基本原则, 工作目标, 主要任务, 保障措施 …), read off the State Council and provincial templates.
 * Used to cut a heading's title from text that scraping ran into it ("一、指导思想以习近平…").
 */
export const STOCK_HEADINGS = [
  ...FRAME_HEADINGS,
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
  // the skeleton of a notice that sets up a 领导小组 (主要职责, 组成人员, 工作机构)
  '主要职责',
  '工作机构',
  // the review that opens a 五年规划 or 行动计划 (一、发展基础)
  '发展基础',
  '现实基础',
  '工作基础',
  '适用范围',
  '实施范围',
  '支持对象',
  '政策措施',
  '附则',
  '总则',
] as const;

/**
 * The nouns the titles of a plan's sections end in (时间安排, 禁烧范围, 目标要求, 组织机构, 明确责任):
 * the heads of STOCK_HEADINGS and NON_MEASURE_HEADINGS and of the other headings of the same
 * templates. A title that ends in one can be told from the text a flattened line runs into it.
 */
export const HEADING_HEAD_NOUNS = [
  '要求',
  '思想',
  '思路',
  '原则',
  '目标',
  '任务',
  '措施',
  '步骤',
  '安排',
  '分工',
  '保障',
  '机制',
  '职责',
  '责任',
  '机构',
  '领导',
  '范围',
  '对象',
  '内容',
  '重点',
  '时间',
  '条件',
  '标准',
  '程序',
  '方式',
  '依据',
  '目的',
] as const;

/**
 * Stock sections that state the plan's frame, not its work (总体要求 and what it holds), rosters,
 * and the standing parts of a notice setting up a 领导小组 (its duties, office and rules, as the
 * 国务院 and local 成立…领导小组的通知 lay them out), and a meeting notice's logistics:
 * principles, goals, names, organisation and arrangements, not measures to be carried out.
 */
export const NON_MEASURE_HEADINGS = [
  ...FRAME_HEADINGS,
  '适用范围',
  '实施范围',
  // the opening parts of an 应急预案 (GB/T 29639 生产经营单位生产安全事故应急预案编制导则): why and on what
  '编制目的',
  '编制依据',
  '组成人员',
  '成员名单',
  '人员组成',
  '主要职责',
  '工作机构',
  '办事机构',
  '组织机构',
  '机构设置',
  '工作规则',
  '议事规则',
  // a plan's section that sets its group up (成立领导小组, then the roster): no work of its own
  '成立领导小组',
  '成立工作领导小组',
  '成立工作专班',
  '成立专班',
  // the logistics of a 会议通知: when, where and who, not work to be carried out
  '会议时间',
  '会议地点',
  '会议时间和地点',
  '会议时间地点',
  '时间和地点',
  '时间地点',
  '会议内容',
  '会议议程',
  '参加人员',
  '参会人员',
  '参会对象',
  '联系人',
  '联系方式',
  // the opening and closing chapters of a regulation (立法技术规范): its purpose, scope and terms
  '总则',
  '附则',
] as const;

/**
 * Nouns of places and things a heading announces a list of (以下区域为禁放区: / 下列场所 …:): the
 * items under it name members of the class (X文物保护单位, 医院、学校), not work to be done.
 */
export const LISTED_THING_NOUNS = [
  '区域',
  '场所',
  '地点',
  '地方',
  '部位',
  '单位',
  '设施',
  '物品',
  '对象',
  // the points a baseline or boundary joins, each with its coordinates (基线 and 界线 descriptions)
  '基点',
] as const;

/**
 * Verbs that make a heading ending in 情况 work to be done (定期通报工作情况, 摸清底数情况) rather
 * than a report of how things stand (城市节水情况, 基本情况), which no unit carries out: the
 * reporting and checking verbs of 督查 and 信息报送 clauses.
 */
export const STATUS_WORK_VERBS = [
  '通报',
  '报送',
  '报告',
  '掌握',
  '了解',
  '摸清',
  '核查',
  '统计',
  '公开',
  '公布',
  '反馈',
  '跟踪',
  '监测',
  '评估',
  '汇总',
  '检查',
  '督查',
  '调度',
  '分析',
] as const;

/** Headings of a roster section (组成人员 of a 领导小组 or 工作专班): names and titles, no policy. */
export const ROSTER_HEADINGS: readonly string[] = ['组成人员', '成员名单', '人员名单', '组成名单'];

/**
 * Stock headings that plans use for the same part of their skeleton (强化组织保障 in one plan is
 * 加强组织领导 in another): a heading of one group is the counterpart of any other in it. Read off
 * the same State Council and provincial templates as STOCK_HEADINGS.
 */
export const STOCK_HEADING_GROUPS: readonly (readonly string[])[] = [
  ['总体要求', '指导思想', '总体思路'],
  ['基本原则', '工作原则', '主要原则'],
  ['发展目标', '工作目标', '主要目标', '总体目标', '目标任务'],
  ['主要任务', '重点任务', '工作任务', '工作措施', '主要措施', '重点工作', '政策措施'],
  ['实施步骤', '工作步骤', '进度安排'],
  ['职责分工', '任务分工', '工作职责'],
  ['保障措施', '组织保障', '组织领导', '组织实施'],
  ['工作要求', '有关要求'],
  ['工作机制', '协调机制', '统筹协调', '协调联动'],
  ['督导考核', '督查考核', '考核评估', '监督考核', '监督检查', '责任落实'],
  ['宣传引导', '舆论宣传'],
  ['政策支持', '政策保障', '资金保障', '要素保障', '人才保障'],
  ROSTER_HEADINGS,
  ['适用范围', '实施范围', '支持对象'],
  ['附则', '总则'],
];

/** Verbs that open a stock heading (加强组织领导, 强化组织保障): stripped to find the stock core. */
export const STOCK_HEADING_VERBS = [
  '加强',
  '强化',
  '完善',
  '健全',
  '做好',
  '抓好',
  '落实',
  '压实',
  '严格',
  '注重',
  '明确',
  '加大',
  '夯实',
] as const;

/**
 * The wording a decision amending a regulation cites that regulation's articles with (立法技术规范
 * (试行), 全国人大常委会法制工作委员会 2009, 修改决定的表述: "第X条修改为", "在第X条后增加一条",
 * "第X条中增加一项", "第X条第N款修改为", "删去第X条"): a line opening "第九条修改为:…" cites an article
 * of the law amended, it does not begin one of its own.
 */
export const ARTICLE_AMENDMENT_VERBS = [
  '修改为',
  '修订为',
  '改为',
  '删去',
  '删除',
  '调整为',
  '合并为',
] as const;
/** What an amendment adds to an article: 增加一款, 增加两项, 增加一条 (not 增加投入, a measure's verb). */
export const ARTICLE_AMENDMENT_UNITS = '款项条句段目';
