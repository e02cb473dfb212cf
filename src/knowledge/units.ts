/**
 * Measure words and units that follow numbers in 公文, with what they measure. Sources: the
 * legal units of GB 3100-1993 (米, 吨, 千瓦, 公顷 …) and the 市制 亩 still used in statistics; the
 * 量词 of the 国家统计局 indicator tables and common usage in 公文 (家, 所, 张, 人次 …).
 *
 * `role` says what a number in this unit can be: durations, ages and frequencies are standards
 * or schedules (每天1小时, 60周岁, 每学期2次), goals only when a dated goal sets their value
 * (到2030年,人均预期寿命达到79岁).
 */
export type UnitRole = 'percent' | 'points' | 'amount' | 'duration' | 'age' | 'frequency';

export interface UnitInfo {
  unit: string;
  role: UnitRole;
}

export const UNITS: readonly UnitInfo[] = [
  { unit: '%', role: 'percent' },
  { unit: '‰', role: 'percent' },
  { unit: '个百分点', role: 'points' },
  { unit: '百分点', role: 'points' },
  ...[
    '个工作日',
    '工作日',
    '个小时',
    '小时',
    '分钟',
    '个月',
    '秒',
    '天',
    '日',
    '周',
    '月',
    '年',
    '学年',
    '学期',
    '课时',
    '学时',
  ].map((unit) => ({ unit, role: 'duration' as const })),
  { unit: '周岁', role: 'age' },
  { unit: '岁', role: 'age' },
  { unit: '次', role: 'frequency' },
  { unit: '遍', role: 'frequency' },
  ...[
    '元',
    '美元',
    '人次',
    '人',
    '户',
    '名',
    '张',
    '床',
    '家',
    '所',
    '个',
    '条',
    '项',
    '座',
    '处',
    '套',
    '台',
    '辆',
    '艘',
    '架',
    '间',
    '支',
    '种',
    '部',
    '件',
    '场',
    '类',
    '本',
    '册',
    '篇',
    '倍',
    '亩',
    '公顷',
    '平方公里',
    '平方米',
    '立方米',
    '公里',
    '千米',
    '米',
    '吨',
    '千瓦时',
    '千瓦',
    '兆瓦',
    '标准箱',
    '微克/立方米',
  ].map((unit) => ({ unit, role: 'amount' as const })),
];

/**
 * Words for amounts of money: a bare magnitude after them (产值过亿) is read as 元.
 * Common usage in 公文 and the 国家统计局 indicator names.
 */
export const MONEY_METRIC_WORDS = [
  '产值',
  '规模',
  '收入',
  '营收',
  '投资',
  '销售额',
  '交易额',
  '增加值',
  '税收',
  '总额',
] as const;
