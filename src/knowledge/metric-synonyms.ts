/**
 * Names of one statistical indicator that documents use interchangeably, so that the diff pairs
 * their targets (经济增长 7.5% ↔ 地区生产总值增长 6%). From the indicator names of the
 * 国民经济和社会发展统计公报 (国内生产总值/地区生产总值, 规模以上工业增加值, 一般公共预算收入,
 * 居民消费价格, 单位国内生产总值能耗 …) and the shorter forms the 政府工作报告 and their 分工
 * documents write for the same indicators (经济增长, GDP, 规模工业增加值, 万元GDP能耗). The first
 * name of each group is the one the 统计公报 uses. A name ending in 增长 stands for the growth
 * target only (经济增长 is the growth of 地区生产总值; 经济 alone names nothing).
 */
// prettier-ignore
export const METRIC_SYNONYMS: readonly (readonly string[])[] = [
  ['地区生产总值', '国内生产总值', '生产总值', 'GDP', '地区GDP', '经济总量', '经济增长', '经济增速'],
  ['规模以上工业增加值', '规模工业增加值', '规上工业增加值', '规模以上工业企业增加值'],
  ['一般公共预算收入', '地方一般公共预算收入', '公共财政预算收入', '地方公共财政预算收入', '地方财政一般预算收入'],
  ['居民消费价格', '居民消费价格涨幅', '居民消费价格指数', '居民消费价格总水平', 'CPI', 'CPI涨幅'],
  ['单位地区生产总值能耗', '单位国内生产总值能耗', '单位生产总值能耗', '单位GDP能耗', '万元GDP能耗', '万元地区生产总值能耗', '万元生产总值能耗'],
  ['社会消费品零售总额', '社会消费品零售额', '全社会消费品零售总额'],
  ['固定资产投资', '全社会固定资产投资', '固定资产投资总额'],
  ['进出口总额', '外贸进出口总额', '货物进出口总额', '外贸进出口', '进出口'],
  ['实际使用外资', '实际利用外资', '实际使用外商直接投资'],
  ['城镇居民人均可支配收入', '城镇常住居民人均可支配收入'],
  ['农村居民人均可支配收入', '农村常住居民人均可支配收入'],
];
