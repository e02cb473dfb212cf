/**
 * Measure words and units that follow numbers in 公文, with what they measure. Sources: the
 * legal units of GB 3100-1993 (米, 吨, 千克, 千瓦, 公顷 …) and the 市制 亩 and 斤 still used in
 * statistics; the 计量单位 of the 国家统计局 statistical yearbooks and bulletins (粮食产量 亿斤 / 万吨,
 * 生猪出栏 万头, 家禽 万只 / 万羽, 水产苗种 万尾, 造林 万亩, 苗木 万株, 旅客周转量 亿人公里, 货物周转量
 * 亿吨公里, 港口集装箱吞吐量 万标准箱, 能源消费量 万吨标准煤, 发电装机 万千瓦, 发电量 亿千瓦时, 接待游客
 * 万人次, 航班 架次); and the 量词 common in 公文 (家, 所, 张, 人次, 宗, 笔 …). 亿/万 (and 千/百 folded
 * into the number) combine with any of them: 500亿斤, 47万人, 3千张.
 *
 * Single-character measure words that also form set phrases with a numeral (三级医院, 五位一体,
 * 三期工程, 三方协议, 220千伏线路) are left out: read as quantities, they would pass for counts.
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
    // money
    '元',
    '美元',
    '欧元',
    '港元',
    // people and households
    '人次',
    '人天',
    '人',
    '户',
    '名',
    // establishments, places and things counted
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
    '架次',
    '车次',
    '班次',
    '航次',
    '批次',
    '间',
    '栋',
    '幢',
    '宗',
    '笔',
    '份',
    '支',
    '种',
    '部',
    '件',
    // poles, piles and cables (充电桩260根)
    '根',
    // cases: operations, fittings, patients (装配假肢7万例, 手术500例)
    '例',
    '场',
    '场次',
    '类',
    '本',
    '册',
    '篇',
    '倍',
    // livestock, crops and trees
    '头',
    '只',
    '羽',
    '尾',
    '株',
    '棵',
    // area, length, volume
    '亩',
    '公顷',
    '平方公里',
    '平方千米',
    '平方米',
    '立方米',
    '公里',
    '千米',
    '米',
    '延米',
    // weight
    '吨',
    '千克',
    '公斤',
    '斤',
    '克',
    // freight, passengers, containers, energy
    '吨公里',
    '人公里',
    '标准箱',
    '吨标准煤',
    '吨标煤',
    '千瓦时',
    '千瓦',
    '兆瓦',
    '吉瓦',
    // concentrations
    '微克/立方米',
    '毫克/立方米',
  ].map((unit) => ({ unit, role: 'amount' as const })),
];

/**
 * What a rate is counted per, written after a unit and a slash (0.9吨标煤/万元, 500千克/亩,
 * 30元/人): the 计量单位 of the 国家统计局 bulletins' intensity indicators (能耗 吨标准煤/万元,
 * 用水量 立方米/万元, 单产 公斤/亩) and per-head standards.
 */
export const PER_UNITS = [
  '万元',
  '亿元',
  '元',
  '人',
  '户',
  '亩',
  '公顷',
  '平方米',
  '吨',
  '千瓦时',
  '年',
  '月',
  '天',
  '日',
] as const;

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
