import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { titleYear } from '../src/extract/target-list.js';
import { findQuantities } from '../src/extract/quantity.js';
import { findTargets, type TargetMatch } from '../src/extract/targets.js';
import { parseText } from '../src/index.js';
import { expectLinearTime, repeatTo } from './support/linear.js';

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
const GOLD_DIR = `${SHARED}eval/gold`;
const SEEDS_DIR = `${SHARED}seeds`;
const CORPUS_DIR = `${SHARED}corpus`;

/** The one target found in `text`, as the fields the tables below compare. */
function only(text: string) {
  const found = findTargets(text);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const { year, value, valueMax, unit, comparator, kind, metric } = found[0]!;
  return { year, value, valueMax, unit, comparator, kind, metric };
}

describe('findQuantities', () => {
  it.each([
    ['3千张', 3000, null, '张', 3000, '张'],
    ['40亿元', 40, null, '亿元', 4e9, '元'],
    ['1.5万人', 1.5, null, '万人', 15000, '人'],
    ['三千张', 3000, null, '张', 3000, '张'],
    ['二十万人次', 20, null, '万人次', 200000, '人次'],
    ['1至3家', 1, 3, '家', 1, '家'],
    // a range with its percent sign or 万/亿 written at both ends
    ['7.5%—8%', 7.5, 8, '%', 7.5, '%'],
    ['7.5%-8%', 7.5, 8, '%', 7.5, '%'],
    ['7.5%~8%', 7.5, 8, '%', 7.5, '%'],
    ['7.5%至8%', 7.5, 8, '%', 7.5, '%'],
    ['7.5—8%', 7.5, 8, '%', 7.5, '%'],
    ['3万至5万人', 3, 5, '万人', 30000, '人'],
    ['百分之九十五', 95, null, '%', 95, '%'],
    ['0.5个百分点', 0.5, null, '个百分点', 0.5, '个百分点'],
    ['过亿', 1, null, '亿', 1e8, ''],
    ['3千万元', 3000, null, '万元', 3e7, '元'],
    // 亿/万 with the measure words of the statistical yearbooks
    ['500亿斤', 500, null, '亿斤', 5e10, '斤'],
    ['1200万吨', 1200, null, '万吨', 1.2e7, '吨'],
    ['3万公斤', 3, null, '万公斤', 30000, '公斤'],
    ['1000万头', 1000, null, '万头', 1e7, '头'],
    ['2亿只', 2, null, '亿只', 2e8, '只'],
    ['500万尾', 500, null, '万尾', 5e6, '尾'],
    ['10万亩', 10, null, '万亩', 100000, '亩'],
    ['20万株', 20, null, '万株', 200000, '株'],
    ['300万标准箱', 300, null, '万标准箱', 3e6, '标准箱'],
    ['5000万千瓦', 5000, null, '万千瓦', 5e7, '千瓦'],
    ['800亿千瓦时', 800, null, '亿千瓦时', 8e10, '千瓦时'],
    ['100亿人公里', 100, null, '亿人公里', 1e10, '人公里'],
    ['2亿吨公里', 2, null, '亿吨公里', 2e8, '吨公里'],
    ['500万吨标准煤', 500, null, '万吨标准煤', 5e6, '吨标准煤'],
    ['1.2亿人次', 1.2, null, '亿人次', 1.2e8, '人次'],
    ['5万架次', 5, null, '万架次', 50000, '架次'],
    ['2万宗', 2, null, '万宗', 20000, '宗'],
    // a rate per unit of what it is counted against (intensity indicators, per-head standards)
    ['0.9吨标煤/万元', 0.9, null, '吨标煤/万元', 0.9, '吨标煤/万元'],
    ['1.5万元/人', 1.5, null, '万元/人', 15000, '元/人'],
  ])('%s → %d..%s %s (%d %s)', (text, value, valueMax, unit, base, baseUnit) => {
    const [q] = findQuantities(text);
    expect(q).toMatchObject({ raw: text, value, valueMax, unit });
    expect(q!.normalized).toMatchObject({ value: base, unit: baseUnit });
  });

  it('reads the bound written with a quantity', () => {
    const bounds = [
      '3000张以上',
      '38%以下',
      '10%左右',
      '5.5%以内',
      '3000余家',
      '1-3家',
      '500亿斤左右',
      '10万亩以上',
      // a page's space before the bound
      '65% 以上',
    ].map((s) => findQuantities(s)[0]?.comparator);
    expect(bounds).toEqual(['gte', 'lte', 'approx', 'lte', 'gt', 'range', 'approx', 'gte', 'gte']);
  });

  it('does not join two quantities of different units into a range', () => {
    expect(findQuantities('3万-5亿元 10%-20个百分点').map((q) => q.raw)).toEqual([
      '3万',
      '5亿元',
      '10%',
      '20个百分点',
    ]);
  });

  it('reads a count after a clause comma, but not a group of three digits', () => {
    expect(findQuantities('10名,60名 共1,500名 增长3,5个').map((q) => q.raw)).toEqual([
      '10名',
      '60名',
      '1,500名',
      '5个',
    ]);
  });

  it('reads a space between a number and its 万/亿 or unit, as pages set it', () => {
    expect(
      findQuantities('供应 300 万件 装配 7 万例 发放 30 件').map((q) => [q.raw, q.value, q.unit]),
    ).toEqual([
      ['300 万件', 300, '万件'],
      ['7 万例', 7, '万例'],
      ['30 件', 30, '件'],
    ]);
    // a space before anything but a unit is no part of the quantity
    expect(findQuantities('编号 12 号文件 2 个').map((q) => q.raw)).toEqual(['2 个']);
  });

  it('needs a unit or a magnitude', () => {
    expect(findQuantities('共12 PM2.5 1.认真 编号2024')).toEqual([]);
  });

  it('leaves out measure words that form set phrases with a numeral', () => {
    expect(findQuantities('三级医院 五位一体 三期工程 三方协议 220千伏').map((q) => q.raw)).toEqual([]);
  });
});

describe('findTargets: forms', () => {
  it('reads the level goals of a dated sentence (到2026年…)', () => {
    const text =
      '确保到2026年全区培育具有区域影响力的康养旅游基地1至3家,建成养老床位3千张以上,康养产业规模达到40亿元,成为全区经济发展新的增长极。';
    const found = findTargets(text);
    expect(found.map((t) => [t.year, t.value, t.valueMax, t.unit, t.comparator, t.kind, t.metric])).toEqual([
      [2026, 1, 3, '家', 'range', 'level', '康养旅游基地'],
      [2026, 3000, null, '张', 'gte', 'level', '养老床位'],
      [2026, 40, null, '亿元', 'eq', 'level', '康养产业规模'],
    ]);
    expect(found[2]!.normalized).toEqual({ value: 4e9, valueMax: null, unit: '元' });
    for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(found[1]!.text).toBe('建成养老床位3千张以上');
  });

  it.each([
    [
      '2020年,全市康养产业年均增长10%左右。',
      { year: 2020, value: 10, unit: '%', comparator: 'approx', kind: 'growth', metric: '康养产业' },
    ],
    [
      '到2030年,社区养老服务覆盖率达到90%以上。',
      { year: 2030, value: 90, unit: '%', comparator: 'gte', kind: 'share' },
    ],
    [
      '到2023年,近视率在2021年的基础上每年降低0.5个百分点以上。',
      { year: 2023, value: 0.5, unit: '个百分点', comparator: 'gte', kind: 'growth', metric: '近视率' },
    ],
    [
      '到2027年,规上企业产值突破4000亿元。',
      { year: 2027, value: 4000, unit: '亿元', comparator: 'gt', metric: '规上企业产值' },
    ],
    [
      '到2030年,6岁儿童近视率控制在3%左右。',
      { year: 2030, value: 3, unit: '%', comparator: 'approx', metric: '6岁儿童近视率' },
    ],
    [
      '到2030年,小学生近视率下降到38%以下。',
      { year: 2030, value: 38, unit: '%', comparator: 'lte', kind: 'share' },
    ],
    ['到2030年,覆盖率达到百分之九十五。', { year: 2030, value: 95, unit: '%', comparator: 'eq' }],
    ['到“十四五”末,全区新增养老床位500张。', { year: 2025, value: 500, unit: '张', metric: '养老床位' }],
    // a verb right before its count names the work counted; the clause's opening verb is no part of it
    [
      '到2025年,组织开展残疾人职业技能培训1300人次以上。',
      { year: 2025, value: 1300, unit: '人次', comparator: 'gte', metric: '残疾人职业技能培训' },
    ],
    ['十四五期末,全市旅游总收入突破1000亿元。', { year: 2025, value: 1000, unit: '亿元', comparator: 'gt' }],
    // a period compared with is a baseline, not the deadline
    [
      '到2025年,相较于“十三五”末,废旧物资回收量增长10%左右。',
      { year: 2025, value: 10, unit: '%', metric: '废旧物资回收量' },
    ],
    ['到2025年,与“十三五”末相比,废旧物资回收量增长10%左右。', { year: 2025, value: 10, unit: '%' }],
    [
      '2021年起,0—6岁儿童眼保健和视力检查覆盖率达90%以上。',
      { year: 2021, value: 90, unit: '%', comparator: 'gte' },
    ],
    [
      '力争2023年底实现学校教室照明卫生标准达标率100%。',
      { year: 2023, value: 100, unit: '%', metric: '学校教室照明卫生标准达标率' },
    ],
    ['2021年拟建试点校5所。', { year: 2021, value: 5, unit: '所', metric: '试点校' }],
    ['到2026年,全市培育省级康养示范基地1-3家。', { value: 1, valueMax: 3, unit: '家', comparator: 'range' }],
    ['规划建设100条研学康养特色线。', { year: null, value: 100, unit: '条', metric: '研学康养特色线' }],
    ['力争到2025年,全省康养产业总产值过亿。', { year: 2025, value: 1, unit: '亿元', comparator: 'gt' }],
    ['到2025年,每千名老年人拥有养老床位40张以上。', { year: 2025, value: 40, unit: '张', comparator: 'gte' }],
    ['到2025年,居民人均预期寿命达到79岁。', { year: 2025, value: 79, unit: '岁' }],
    [
      '到2025年,单位GDP能耗比2020年下降13.5%。',
      { year: 2025, value: 13.5, kind: 'growth', metric: '单位GDP能耗' },
    ],
    [
      '2022年起,每年新增护理型床位不少于200张。',
      { year: 2022, value: 200, comparator: 'gte', metric: '护理型床位' },
    ],
    ['到2025年12月底,城镇调查失业率控制在5.5%以内。', { year: 2025, value: 5.5, comparator: 'lte' }],
  ])('%s', (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });

  it('carries a year (not a metric) over the following clauses and sentences of its paragraph', () => {
    const text =
      '到2027年,基本形成康养产业体系,规上企业产值突破4000亿元,年均增长10%以上,规上企业数量达到4000家。到2030年,规上企业产值达到5500亿元左右。\n规划建设100条研学康养特色线。';
    expect(findTargets(text).map((t) => [t.year, t.value, t.unit, t.comparator, t.kind, t.metric])).toEqual([
      [2027, 4000, '亿元', 'gt', 'level', '规上企业产值'],
      [2027, 10, '%', 'gte', 'growth', '规上企业产值'],
      [2027, 4000, '家', 'eq', 'level', '规上企业数量'],
      [2030, 5500, '亿元', 'approx', 'level', '规上企业产值'],
      [null, 100, '条', 'eq', 'level', '研学康养特色线'],
    ]);
  });

  it('stops a year at a heading marker run into the text', () => {
    const found = findTargets('二、工作目标到2023年,覆盖率达到90%以上。三、工作措施(一)建成服务站10个。');
    expect(found.map((t) => [t.year, t.value])).toEqual([
      [2023, 90],
      [null, 10],
    ]);
  });

  it('does not take a baseline year for a deadline', () => {
    expect(only('总体近视率在2021年的基础上每年降低0.5个百分点以上。').year).toBeNull();
  });
});

describe('findTargets: names of programmes (行动, 计划, 规划, 工程)', () => {
  it.each([
    '2025年是全面振兴新突破三年行动的决胜之年。',
    '聚焦辽宁省全面振兴新突破三年行动、鞍山市专项行动,做好今年政府工作。',
    '到2025年,深入实施三年攻坚行动和五年规划。',
    '开展百日攻坚行动,启动3年行动计划。',
    '到2025年,全面完成“九五”计划和十年规划纲要。',
    '到2025年,全市取得重大突破3项。',
  ])('%s has no target', (text) => {
    expect(findTargets(text)).toEqual([]);
  });

  it.each([
    [
      '到2025年,实施三年行动计划,建成示范基地10个。',
      { year: 2025, value: 10, unit: '个', metric: '示范基地' },
    ],
    ['实施百日攻坚行动,到2025年建成示范基地10个。', { year: 2025, value: 10, unit: '个' }],
    ['到2025年,全市取得新突破,规上企业产值突破4000亿元。', { value: 4000, unit: '亿元', comparator: 'gt' }],
    ['到2025年,开展三年行动,城镇新增就业5万人以上。', { value: 5, unit: '万人', comparator: 'gte' }],
  ])('%s keeps its real target', (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });
});

describe('findTargets: units with 亿/万', () => {
  it.each([
    [
      '到2025年,全市粮食产量稳定在500亿斤左右。',
      { value: 500, unit: '亿斤', comparator: 'approx', metric: '粮食产量' },
    ],
    ['到2025年,生猪出栏量达到1000万头以上。', { value: 1000, unit: '万头', comparator: 'gte' }],
    ['到2025年,港口集装箱吞吐量达到300万标准箱。', { value: 300, unit: '万标准箱', comparator: 'eq' }],
    ['到2025年,发电装机容量突破5000万千瓦。', { value: 5000, unit: '万千瓦', comparator: 'gt' }],
    ['到2025年,接待游客1.2亿人次以上。', { value: 1.2, unit: '亿人次', comparator: 'gte' }],
    ['到2025年,新增造林10万亩。', { value: 10, unit: '万亩' }],
  ])('%s', (text, expected) => {
    expect(only(text)).toMatchObject(expected);
    expect(findTargets(text)[0]!.normalized!.unit).toBe(expected.unit.replace(/^[万亿]/u, ''));
  });
});

describe('findTargets: payments are left out per clause', () => {
  it.each([
    ['到2025年,年均增长10%左右,对新建企业给予50万元补助。', [[10, '%', 'approx']]],
    ['对新建企业给予50万元补助,年均增长10%左右。', [[10, '%', 'approx']]],
    ['到2025年,建成示范基地10个,每个给予30万元奖励。', [[10, '个', 'eq']]],
    ['一年内开展医疗护理服务达到1000人次的,给予一次性补贴15万元。', []],
    ['对符合条件的企业给予一次性奖励,最高不超过100万元。', []],
    ['凡年营业收入增长20%以上,给予10万元奖励。', []],
    ['对年营业收入达到1000万元以上的企业,给予10万元奖励。', []],
  ])('%s', (text, expected) => {
    expect(findTargets(text).map((t) => [t.value, t.unit, t.comparator])).toEqual(expected);
  });
});

describe('findTargets: a metric stays in its clause', () => {
  it.each([
    ['到2025年,培育3至5家龙头企业,年均增长10%左右。', ['龙头企业', '']],
    ['到2025年,建成10个示范基地,培育3至5家龙头企业,年均增长10%左右。', ['示范基地', '龙头企业', '']],
    ['到2025年,培育3至5家龙头企业,营业收入年均增长10%左右。', ['龙头企业', '营业收入']],
    // 、 joins the parts of one clause: the growth still measures the level before it
    ['到2027年,规上企业产值突破4000亿元、年均增长10%以上。', ['规上企业产值', '规上企业产值']],
    // a clause of nothing but growth words continues the subject of the clause right before it
    ['到2027年,乙产业产值突破800亿元,年均增长10%以上。', ['乙产业产值', '乙产业产值']],
    ['到2025年,甲产业营业收入达到500亿元,年均下降3%。', ['甲产业营业收入', '甲产业营业收入']],
    // not across a clause between them, nor from a count a verb governs
    ['到2025年,甲产业营业收入达到500亿元,产业结构持续优化,年均增长10%。', ['甲产业营业收入', '']],
    ['到2025年,培育龙头企业5家,年均增长10%。', ['龙头企业', '']],
  ])('%s', (text, metrics) => {
    expect(findTargets(text).map((t) => t.metric)).toEqual(metrics);
  });
});

describe('findTargets: goals paragraphs', () => {
  it('reads every goal of a list of expected goals (预期目标), bounded or not', () => {
    const text =
      '对地区生产总值增长5%以上、固定资产投资增长8%左右、一般公共预算收入增长4%、城镇新增就业47万人左右、城镇调查失业率5.5%左右、粮食产量500亿斤左右等经济社会发展预期目标完成情况进行监测和督导。';
    expect(findTargets(text).map((t) => [t.metric, t.value, t.unit, t.comparator])).toEqual([
      ['地区生产总值', 5, '%', 'gte'],
      ['固定资产投资', 8, '%', 'approx'],
      ['一般公共预算收入', 4, '%', 'eq'],
      ['就业', 47, '万人', 'approx'],
      ['城镇调查失业率', 5.5, '%', 'approx'],
      ['粮食产量', 500, '亿斤', 'approx'],
    ]);
  });

  it('reads a level after a rise named earlier in the list as a level (…涨幅2%左右、粮食产量500亿斤左右)', () => {
    const text = '对居民消费价格涨幅2%左右、粮食产量500亿斤左右等预期目标完成情况进行监测。';
    expect(findTargets(text).map((t) => [t.metric, t.kind])).toEqual([
      ['居民消费价格涨幅', 'growth'],
      ['粮食产量', 'level'],
    ]);
  });

  it('keeps 使用 and 对外 in a metric, and drops a 对 that introduces the list', () => {
    const text = '主要预期目标:使用外资(FDI)增长20%左右,对外贸易进出口总额增长5%左右。';
    expect(findTargets(text).map((t) => t.metric)).toEqual(['使用外资(FDI)', '对外贸易进出口总额']);
  });

  it('reads the counts after the first of a goals list, each with its own noun', () => {
    const text =
      '主要预期目标是:新增城镇就业2.5万人,失业人员再就业8000人,就业困难人员就业3000人;居民消费价格涨幅3%左右。';
    expect(findTargets(text).map((t) => [t.text, t.metric, t.value, t.unit])).toEqual([
      ['新增城镇就业2.5万人', '城镇就业', 2.5, '万人'],
      ['失业人员再就业8000人', '失业人员再就业', 8000, '人'],
      ['就业困难人员就业3000人', '就业困难人员就业', 3000, '人'],
      ['居民消费价格涨幅3%左右', '居民消费价格涨幅', 3, '%'],
    ]);
  });

  it.each([
    ['主要目标:一般公共预算收入增长4%,居民收入增长与经济增长同步。', { value: 4, unit: '%', kind: 'growth' }],
    ['发展目标是一般公共预算收入增长4%。', { value: 4, unit: '%', year: null }],
    ['2025年,一般公共预算收入增长4%。', { value: 4, unit: '%', year: 2025 }],
    ['到2025年,一般公共预算收入增长4%。', { value: 4, unit: '%', year: 2025 }],
    ['主要预期目标:地区生产总值比上年增长5%左右。', { value: 5, comparator: 'approx', kind: 'growth' }],
    [
      '主要预期目标:地区生产总值增长6%—6.5%。',
      { value: 6, valueMax: 6.5, unit: '%', comparator: 'range', kind: 'growth' },
    ],
  ])('%s', (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });

  it('reads the goals word anywhere in the paragraph', () => {
    const text = `一般公共预算收入增长4%、${'居民收入增长与经济增长基本同步、'.repeat(20)}等预期目标完成情况进行监测。`;
    expect(findTargets(text).map((t) => [t.value, t.unit])).toEqual([[4, '%']]);
  });

  it('needs the goals paragraph, a year or a bound for an unbounded value', () => {
    expect(findTargets('一般公共预算收入增长4%。')).toEqual([]);
    // the goals word must stand in the same paragraph (a heading is a block of its own)
    expect(findTargets('主要目标\n一般公共预算收入增长4%。')).toEqual([]);
    expect(findTargets('一般公共预算收入增长4%。', { goalSection: true }).map((t) => t.value)).toEqual([4]);
  });
});

describe('findTargets: rates named right before their bounded value', () => {
  it('reads a rate or price rise with 左右/以内 in a goals paragraph', () => {
    const text =
      '主要预期目标:地区生产总值增长6%;城镇调查失业率5.5%左右;居民消费价格涨幅3%左右;城镇登记失业率4.5%以内。';
    expect(findTargets(text).map((t) => [t.metric, t.value, t.comparator, t.kind])).toEqual([
      ['地区生产总值', 6, 'eq', 'growth'],
      ['城镇调查失业率', 5.5, 'approx', 'share'],
      ['居民消费价格涨幅', 3, 'approx', 'growth'],
      ['城镇登记失业率', 4.5, 'lte', 'share'],
    ]);
  });

  it.each([
    ['without a goals paragraph or intent', '全市城镇调查失业率5.5%左右,居民消费价格涨幅3%左右。'],
    ['without a bound', '主要预期目标:城镇调查失业率5.2%。'],
    ['describing', '主要目标:对资产负债率70%以上的企业开展监测。'],
  ])('no target %s', (_name, text) => {
    expect(findTargets(text)).toEqual([]);
  });
});

describe('findTargets: reductions', () => {
  it.each([
    // value and bound as written; the normalised value of a reduction is negative
    ['主要预期目标:万元地区生产总值能耗下降2.5%。', 2.5, null, 'eq', -2.5, null],
    ['主要预期目标:农村低收入人口减少6万以上。', 6, null, 'gte', -60000, null],
    ['到2025年,化石能源消费量压减10%左右。', 10, null, 'approx', -10, null],
    ['到2025年,审批时限降低30%—50%。', 30, 50, 'range', -50, -30],
    ['到2025年,单位GDP二氧化碳排放降低不少于18%。', 18, null, 'gte', -18, null],
    ['到2025年,营业收入增长10%以上。', 10, null, 'gte', 10, null],
  ])('%s', (text, value, valueMax, comparator, base, baseMax) => {
    const [t] = findTargets(text);
    expect(t).toMatchObject({ value, valueMax, comparator, kind: 'growth' });
    expect(t!.normalized).toMatchObject({ value: base, valueMax: baseMax });
  });

  it('reads a rate per unit whole, with the bound written after it', () => {
    expect(only('到2025年,单位地区生产总值能耗控制在0.5吨标准煤/万元以下。')).toMatchObject({
      value: 0.5,
      unit: '吨标准煤/万元',
      comparator: 'lte',
    });
  });

  it('reads a goal whose metric is counted per area, or is a rate of an area', () => {
    expect(only('到2025年,单位耕地面积化肥使用量下降6%。')).toMatchObject({ value: 6, unit: '%' });
    expect(only('到2025年,湿地面积保存率达到99%以上。')).toMatchObject({ value: 99, comparator: 'gte' });
  });

  it('keeps a level reached by lowering positive', () => {
    const [t] = findTargets('到2030年,小学生近视率下降到38%以下。');
    expect(t).toMatchObject({ value: 38, kind: 'share' });
    expect(t!.normalized!.value).toBe(38);
  });
});

describe('findTargets: the text of a goal', () => {
  it('ends before a parenthesis opened after the value (who is responsible)', () => {
    const text =
      '主要预期目标:单位GDP能耗下降3%(区发展改革局牵头,区工业和信息化局配合);粮食产量稳定在20万吨。';
    expect(findTargets(text).map((t) => t.text)).toEqual(['单位GDP能耗下降3%', '粮食产量稳定在20万吨']);
  });

  it('keeps a parenthesis before the value', () => {
    expect(only('到2025年,规上工业增加值(可比价)增长8%。').metric).toBe('规上工业增加值(可比价)');
  });
});

describe('findTargets: units counted before the verb that completes them', () => {
  it.each([
    [
      '到2026年底前,全区首批20个智慧养老示范社区全面建成。',
      { year: 2026, value: 20, unit: '个', kind: 'level', metric: '智慧养老示范社区' },
    ],
    [
      '到2026年,确保80%的行政村建成标准化卫生室。',
      { year: 2026, value: 80, unit: '%', kind: 'share', metric: '行政村建成标准化卫生室' },
    ],
    [
      '到2027年,全县60%以上的乡镇实现集中供水。',
      { year: 2027, value: 60, comparator: 'gte', kind: 'share', metric: '乡镇实现集中供水' },
    ],
  ])('%s', (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });

  it.each([
    ['without a deadline', '全区20个示范社区全面建成。'],
    ['a share without a verb', '到2025年,60%的企业位于园区。'],
    ['a duration', '到2025年底前,用6个月完成整改。'],
    ['money', '到2025年,100万元资金全部到位。'],
    ['a past result', '截至2023年底,全区20个示范社区全面建成。'],
  ])('no target: %s', (_name, text) => {
    expect(findTargets(text)).toEqual([]);
  });
});

describe('findTargets: slogans and repeats', () => {
  it.each([
    '推动在建设“两个高地”、“两个中心”、“一个枢纽”上展现新作为。',
    '增强“四个意识”、坚定“四个自信”、做到“两个维护”。',
    '到2025年,增强四个意识,做到两个维护,建设“三个示范区”。',
    '这是努力实现“一个翻番、两个突破、三个建成”的发展目标的现实需要。',
  ])('%s has no target', (text) => {
    expect(findTargets(text)).toEqual([]);
  });

  it('reads a quoted goal that counts in figures', () => {
    expect(only('到2025年,实现“新增示范基地10个”。')).toMatchObject({ value: 10, unit: '个' });
  });

  it('keeps a quoted name out but reads the goal beside it', () => {
    expect(only('到2025年,建设“三个示范区”,建成示范基地10个。')).toMatchObject({ value: 10, unit: '个' });
  });

  it('takes no count of aims or principles the text spells out after 即 or a colon for a goal', () => {
    const text =
      '通过政务公开,实现一个总体目标:即构架高效廉洁的运行体系;达到二个加强:即加强民主建设和廉政建设;' +
      '建立三个良好机制:即方便群众的服务机制,简便快速的办事机制。到2025年,坚持两项原则,即公开和便民。';
    expect(findTargets(text)).toEqual([]);
    // a count of concrete things before a colon, or a large count, stays a goal
    expect(only('到2025年,建设三个示范基地:东河基地、西河基地和北河基地。')).toMatchObject({ value: 3 });
    expect(
      findTargets('到2025年,建设三千个重点项目:其中新开工一千个。').map((t) => [t.metric, t.value]),
    ).toEqual([
      ['重点项目', 3000],
      ['新开工', 1000],
    ]);
  });

  it('emits a goal read twice alike once', () => {
    expect(findTargets('到2025年,城市和农村分别新建示范点10个、10个。')).toHaveLength(1);
  });
});

describe('target years from headings and titles', () => {
  it.each([
    ['一、2021年经济社会发展主要预期目标', 2021],
    ['2023年区《政府工作报告》重点工作分工方案', 2023],
    ['养老服务体系建设行动计划(2023—2025年)', null],
    ['2023年和2024年工作安排', null],
    ['主要目标', null],
  ])('%s → %s', (title, year) => {
    expect(titleYear(title)).toBe(year);
  });

  it('dates only goals the text leaves undated', () => {
    const text = '主要预期目标:地区生产总值增长6%。到2025年,覆盖率达到90%。';
    expect(findTargets(text, { defaultYear: 2021 }).map((t) => t.year)).toEqual([2021, 2025]);
    // it makes no number a goal
    expect(findTargets('一般公共预算收入增长4%。', { defaultYear: 2021 })).toEqual([]);
  });

  it('takes the year of the enclosing heading, else of the title', async () => {
    const doc = await parseText(
      [
        '2023年全区重点工作任务分工方案',
        '一、2022年主要预期目标',
        '1.地区生产总值增长6%以上。',
        '二、主要预期目标',
        '1.一般公共预算收入增长5%左右。',
      ].join('\n'),
    );
    expect(doc.targets.map((t) => [t.value, t.year])).toEqual([
      [6, 2022],
      [5, 2023],
    ]);
  });
});

describe('findTargets: past results are no targets', () => {
  it.each([
    ['report verb under a bare year', '2023年全市实现旅游收入50亿元。'],
    ['year-on-year', '2023年全市实现旅游收入50亿元,同比增长12%。'],
    ['year-on-year with a bound', '2023年,全市实现旅游收入50亿元以上,同比增长12%。'],
    ['as of', '截至2023年底,全市旅游收入增长10%以上。'],
    ['compared with last year', '2023年,全市地区生产总值比上年增长5.2%。'],
    ['last year', '去年全市地区生产总值增长5%左右。'],
    ['already', '全市已建成养老床位3000张以上。'],
    ['perfective 了', '2022年全市完成了造林10万亩,新增就业达到了5万人以上。'],
    ['completed goals', '去年经济社会发展预期目标全面完成,地区生产总值增长5.2%。'],
    [
      'a year before the one reported on',
      '截至2024年底,全市共有养老机构120家。2023年,全市旅游收入增长10%左右。',
    ],
  ])('%s', (_name, text) => {
    expect(findTargets(text)).toEqual([]);
  });

  it.each([
    ['a future deadline overrides', '到2025年,全市旅游收入比上年增长10%以上。', { year: 2025, value: 10 }],
    ['intent dates the year', '力争2025年旅游收入达到80亿元。', { year: 2025, value: 80, unit: '亿元' }],
    [
      'a year after the one the text reports on',
      '2023年全市实现旅游收入50亿元,同比增长12%。2025年,全市旅游收入达到80亿元。',
      { year: 2025, value: 80, unit: '亿元' },
    ],
    ['a bare year with a value verb', '2025年,全市旅游收入达到80亿元。', { year: 2025, value: 80 }],
    ['关于 is no deadline word', '关于2023年重点工作部署,全市新增就业5万人以上。', { year: null, value: 5 }],
    ['a deadline with 底前', '2023年底前,建成养老机构120家。', { year: 2023, value: 120 }],
  ])('%s', (_name, text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });

  it('reads bare years against the year the document speaks from, when given', () => {
    const text = '2025年,全市旅游收入达到80亿元。';
    expect(findTargets(text, { contextYear: 2024 }).map((t) => t.year)).toEqual([2025]);
    expect(findTargets(text, { contextYear: 2025 }).map((t) => t.year)).toEqual([2025]);
    expect(findTargets(text, { contextYear: 2026 })).toEqual([]);
    // a deadline word keeps a goal even when the date has passed
    expect(findTargets('到2025年,旅游收入达到80亿元。', { contextYear: 2026 }).map((t) => t.year)).toEqual([
      2025,
    ]);
  });

  it('does not carry the date of a report beyond its sentence', () => {
    const found = findTargets('截至2023年底,全市共有养老机构120家。力争养老床位达到2万张以上。');
    expect(found.map((t) => [t.year, t.value, t.unit])).toEqual([[null, 2, '万张']]);
  });
});

describe('findTargets: what is not a target', () => {
  it.each([
    ['subsidy', '对新建养老机构,按每张床位1万元给予一次性建设补贴。'],
    ['reward', '被评为五星级的给予10万元,四星级的给予5万元。'],
    ['grant per person', '第一类资助对象每人每月400元。'],
    ['condition of a subsidy', '一年内开展医疗护理服务达到1000人次的,给予一次性补贴15万元。'],
    ['operating funds', '区级社区养老服务设施每年每个分别不少于60万元运营经费。'],
    ['fine', '处三万元以上十万元以下罚款。'],
    ['payment ratio', '医保基金支付比例为70%。'],
    ['reimbursement', '到2025年,住院费用报销比例达到70%。'],
    ['contribution rate', '单位缴费费率为0.15%。'],
    ['allocation rule', '福利彩票公益金百分之五十以上应当用于支持养老服务业发展。'],
    ['staffing standard', '每5000名户籍老年人配备1名,每个学校至少配备1名兼职视力健康员。'],
    ['floor area', '每处建筑面积不少于1000平方米。'],
    ['threshold', '规模在五百张床位以上的养老机构。'],
    ['per-item standard', '每学期不少于2次视力监测。'],
    ['age', '年满60周岁的老年人,0-6岁儿童。'],
    ['duration', '确保每天1小时以上体育活动时间,作业不超过60分钟。'],
    ['usage cap', '使用电子产品开展教学时长原则上不超过教学总时长的30%。'],
    ['quota rule', '教育部门办幼儿园面向社会电脑派位招生的比例为90%。'],
    ['count of items', '聚焦11个重点产业链,从四个方面推进。'],
    ['skill count', '培养孩子掌握1-2项体育运动技能。'],
    ['each', '公办幼儿园、小学、初中、高中各1所。'],
    ['descriptive batch', '打造一批总产值过亿、具有较强竞争力的康养产业园区。'],
    ['present state', '目前全市60岁以上老年人口达30万人,占总人口的20%。'],
    ['stock count', '截至2023年底,全市共有养老机构120家,床位1.2万张。'],
    ['date', '2024年9月13日'],
    ['document number', '根据冀政办字〔2018〕160号文件,衡政办字〔2018〕113号。'],
    ['period', '许昌市加快健康养生养老产业发展行动计划(2017—2020年)'],
    ['heading numbers', '1.提升“旅居康养”。(2)加强组织领导。第三章 保障措施'],
    ['five-year plan', '“十四五”规划实施以来,全面贯彻党的二十大和二十届三中全会精神。'],
    ['one of', '建立视力档案,一人一档。'],
  ])('%s', (_name, text) => {
    expect(findTargets(text)).toEqual([]);
  });
});

describe('findTargets: lists of counts in talent and housing programmes', () => {
  const rows = (text: string, options = {}) =>
    findTargets(text, options).map((t) => [t.text, t.metric, t.value, t.unit, t.comparator, t.year]);

  it('reads every member of a list of counts, each with its own noun and text', () => {
    expect(
      rows(
        '5年内重点引进100名市管企业中高级经营管理人才,选拔100名正职后备人才、200名副职后备人才,培养100名优秀企业家。',
      ),
    ).toEqual([
      ['5年内重点引进100名市管企业中高级经营管理人才', '市管企业中高级经营管理人才', 100, '名', 'eq', null],
      ['选拔100名正职后备人才', '正职后备人才', 100, '名', 'eq', null],
      ['200名副职后备人才', '副职后备人才', 200, '名', 'eq', null],
      ['培养100名优秀企业家', '优秀企业家', 100, '名', 'eq', null],
    ]);
    expect(rows('5年内筹集建设1000套专家公寓和10000套人才公寓。')).toEqual([
      ['5年内筹集建设1000套专家公寓', '专家公寓', 1000, '套', 'eq', null],
      ['10000套人才公寓', '人才公寓', 10000, '套', 'eq', null],
    ]);
  });

  it('carries a bound list over its commas (不少于N名…,不少于M名…)', () => {
    expect(
      rows(
        '重点培养不少于10名院士后备人才,不少于20名国家级人选后备人才,不少于100名享受国务院政府特殊津贴的后备人才。',
      ),
    ).toEqual([
      ['重点培养不少于10名院士后备人才', '院士后备人才', 10, '名', 'gte', null],
      ['不少于20名国家级人选后备人才', '国家级人选后备人才', 20, '名', 'gte', null],
      ['不少于100名享受国务院政府特殊津贴的后备人才', '后备人才', 100, '名', 'gte', null],
    ]);
    expect(rows('5年内选拔资助高层次医疗卫生专家不少于100名,高层次医疗卫生人才不少于500名。')).toEqual([
      ['5年内选拔资助高层次医疗卫生专家不少于100名', '高层次医疗卫生专家', 100, '名', 'gte', null],
      ['高层次医疗卫生人才不少于500名', '高层次医疗卫生人才', 500, '名', 'gte', null],
    ]);
    // a count opening the next clause, its noun after it
    expect(
      rows('选拔培养10名在全国有影响的青年拔尖人才,60名在全省有影响的青年优秀人才。').map((r) => r[1]),
    ).toEqual(['青年拔尖人才', '青年优秀人才']);
    // nouns before their counts
    expect(
      rows('5年内选拔认定教育专家10名、名校长100名、名教师200名。').map((r) => [r[0], r[1], r[2]]),
    ).toEqual([
      ['5年内选拔认定教育专家10名', '教育专家', 10],
      ['名校长100名', '名校长', 100],
      ['名教师200名', '名教师', 200],
    ]);
  });

  it('reads the noun of a later member from where the member starts', () => {
    expect(rows('争取引进高层次人才20名和团队5个。')).toEqual([
      ['争取引进高层次人才20名', '高层次人才', 20, '名', 'eq', null],
      ['团队5个', '团队', 5, '个', 'eq', null],
    ]);
  });

  it('reads quotas: a funding verb before a count, a count after its noun', () => {
    expect(rows('每年选拔资助不少于100名青年科技人员。')).toEqual([
      ['每年选拔资助不少于100名青年科技人员', '青年科技人员', 100, '名', 'gte', null],
    ]);
    expect(rows('5年内培养资助博士后研究人员不少于400名。')).toEqual([
      ['5年内培养资助博士后研究人员不少于400名', '博士后研究人员', 400, '名', 'gte', null],
    ]);
    // 资助 of an amount is still a payment
    expect(findTargets('每年选拔资助青年科技人员,每人资助10万元。').map((t) => t.unit)).toEqual([]);
  });

  it.each([
    ['5年内重点引进和培养1万名左右具有博士、硕士学位的企业紧缺人才。', '企业紧缺人才', 1, '万名', 'approx'],
    ['5年内重点引进扶持200名左右创新创业领军人才。', '创新创业领军人才', 200, '名', 'approx'],
    [
      '5年内重点培训15万名紧跟科技发展前沿、创新能力强的中高级紧缺专业技术人才。',
      '中高级紧缺专业技术人才',
      15,
      '万名',
      'eq',
    ],
    [
      '5年内引进不少于200名诺贝尔奖获得者、外国科学院院士和知名专家来穗进行学术交流。',
      '诺贝尔奖获得者、外国科学院院士和知名专家',
      200,
      '名',
      'gte',
    ],
    [
      '5年内选派不少于1000名经济社会发展重点领域紧缺人才赴海外培训。',
      '经济社会发展重点领域紧缺人才',
      1000,
      '名',
      'gte',
    ],
    [
      '5年内重点引进和培养500名法院、检察院、公安、律师、公证、法学理论等高层次民主法治专门人才。',
      '高层次民主法治专门人才',
      500,
      '名',
      'eq',
    ],
    ['5年内引进和培养文化创意产业领军人才不少于100名。', '文化创意产业领军人才', 100, '名', 'gte'],
    ['5年内遴选评定“羊城文化名家”达到50名。', '羊城文化名家', 50, '名', 'eq'],
    ['重点扶持50个市级示范性高级研修班和50场次知识更新名家讲座。', '市级示范性高级研修班', 50, '个', 'eq'],
  ])('the noun counted: %s', (text, metric, value, unit, comparator) => {
    expect(findTargets(text)[0]).toMatchObject({ metric, value, unit, comparator, kind: 'level' });
  });

  it('reads counts supplied, handed out or fitted (供应, 发放, 装配), spaced or not', () => {
    const text =
      '一、任务目标\n组织供应各类辅助器具 300 万件,其中为贫困残疾人免费发放 30 万件。\n装配7万例普及型下肢假肢、 1 万例功能补偿型矫形器。';
    expect(rows(text).map((r) => [r[1], r[2], r[3]])).toEqual([
      ['各类辅助器具', 300, '万件'],
      ['贫困残疾人免费发放', 30, '万件'],
      ['普及型下肢假肢', 7, '万例'],
      ['功能补偿型矫形器', 1, '万例'],
    ]);
    // reported as done (装配了, 发放了) they are results
    expect(findTargets('“十五”期间,装配了 7 万例普及型下肢假肢,免费发放了 30 余万件各类辅助器具。')).toEqual(
      [],
    );
  });

  it('reads 场次 as a unit', () => {
    expect(findTargets('重点扶持50个市级示范性高级研修班和50场次知识更新名家讲座。')[1]).toMatchObject({
      metric: '知识更新名家讲座',
      value: 50,
      unit: '场次',
    });
  });

  it('keeps a short parenthesis of the wording in the text of a goal', () => {
    expect(findTargets('鼓励并资助250名技能型人才出国(境)培训。')[0]!.text).toBe(
      '鼓励并资助250名技能型人才出国(境)培训',
    );
  });

  it('reads each member of a list in brackets (after 即, or split by ;) on its own, money raised with its fund', () => {
    const text =
      '从2024年至2025年,组织实施东河市创业“2345”工程(即全市筹集2000万元创业引导资金;收集300个创业项目;' +
      '培育5个创业孵化基地;培训800名创办小微企业的创业者)。';
    expect(rows(text)).toEqual([
      ['全市筹集2000万元创业引导资金', '创业引导资金', 2000, '万元', 'eq', 2025],
      ['收集300个创业项目', '创业项目', 300, '个', 'eq', 2025],
      ['培育5个创业孵化基地', '创业孵化基地', 5, '个', 'eq', 2025],
      ['培训800名创办小微企业的创业者', '创业者', 800, '名', 'eq', 2025],
    ]);
    expect(
      rows('到2025年,建成养老床位3000张(其中,护理型床位1200张;普惠型床位800张)。').map((r) => r[0]),
    ).toEqual(['建成养老床位3000张', '护理型床位1200张', '普惠型床位800张']);
    expect(rows('到2025年,全县筹措不少于1亿元产业发展基金。')).toEqual([
      ['全县筹措不少于1亿元产业发展基金', '产业发展基金', 1, '亿元', 'gte', 2025],
    ]);
  });

  it('reads a goal followed by 的…目标', () => {
    const text = '实现高层次人才达到2000名左右,人才贡献率达到40%的发展目标。';
    expect(rows(text, { goalSection: true })).toEqual([
      ['实现高层次人才达到2000名左右', '高层次人才', 2000, '名', 'approx', null],
      ['人才贡献率达到40%的发展目标', '人才贡献率', 40, '%', 'eq', null],
    ]);
    // 的 before any other noun still describes
    expect(findTargets('主要目标:对资产负债率70%以上的企业开展监测。')).toEqual([]);
  });

  it.each([
    ['a clause of the object', '培养孩子掌握1-2项体育运动技能。'],
    ['a per-village standard', '有条件的地方力争实现“一村两名或多名大学生村官”目标。'],
    [
      'a verb with 了 reports a result',
      '你省在《规划》的基础上新增了228个水环境保护项目,希望国家将其纳入《规划》。',
    ],
    ['a completed building', '全市新建了养老机构30家,培养了护理人员500名。'],
    ['support of an object doing something', '支持企业开展10项技术攻关。'],
  ])('no target: %s', (_name, text) => {
    expect(findTargets(text)).toEqual([]);
  });
});

describe('findTargets: shares of spending, size classes, respective values', () => {
  const read = (text: string) =>
    findTargets(text, { contextYear: 2020, goalSection: true }).map((t) => [
      t.metric,
      t.value,
      t.unit,
      t.kind,
      t.year,
    ]);

  it('the share spending makes of revenue is a goal, not money paid', () => {
    expect(read('到2022年,全市研发经费支出占地区生产总值比重达到2.5%以上。')).toEqual([
      ['研发经费支出占地区生产总值比重', 2.5, '%', 'share', 2022],
    ]);
  });

  it('a size class (五百亿级) is the kind of thing counted, no value', () => {
    expect(read('到2025年,培育形成2个千亿级产业集群和6个五百亿级产业集群。')).toEqual([
      ['千亿级产业集群', 2, '个', 'level', 2025],
      ['五百亿级产业集群', 6, '个', 'level', 2025],
    ]);
  });

  it('piles and poles are counted by 根', () => {
    expect(read('到2025年,新增公共充电设施260根以上。')).toEqual([
      ['公共充电设施', 260, '根', 'level', 2025],
    ]);
  });

  it('a share of a base named after the verb (达到城市社区的60%) measures what stands before it', () => {
    expect(read('到2025年,充分就业社区数量达到城市社区总数的60%以上。')).toEqual([
      ['充分就业社区数量', 60, '%', 'share', 2025],
    ]);
  });

  it('分别 with two values: both grow, and the adverb is no part of the metric', () => {
    expect(read('到2025年,城乡居民人均可支配收入分别增长6%、6.5%。')).toEqual([
      ['城镇居民人均可支配收入', 6, '%', 'growth', 2025],
      ['农村居民人均可支配收入', 6.5, '%', 'growth', 2025],
    ]);
  });

  it('subjects listed before 分别 measure the values after it, in order', () => {
    expect(
      read('到2027年,甲类指数保持在85%左右,东河覆盖率、西河保护率分别达到41.5%和40.25%,打造一批样板。'),
    ).toEqual([
      ['甲类指数', 85, '%', 'share', 2027],
      ['东河覆盖率', 41.5, '%', 'share', 2027],
      ['西河保护率', 40.25, '%', 'share', 2027],
    ]);
    expect(read('到2027年,东河覆盖率和西河保护率分别达到41.5%、40.25%。').map((r) => r[0])).toEqual([
      '东河覆盖率',
      '西河保护率',
    ]);
    expect(read('到2025年,甲类收入、乙类收入和丙类收入分别增长6%、6.5%和3%以上。').map((r) => r[0])).toEqual([
      '甲类收入',
      '乙类收入',
      '丙类收入',
    ]);
    // a bare modifier before the noun only the last subject writes out: the list is not parted
    for (const text of [
      '到2025年,东河城镇、乡村居民人均可支配收入分别增长6%和8%。',
      '到2025年,东河城镇和乡村居民人均可支配收入分别增长6%和8%。',
    ]) {
      expect(read(text).map((r) => r[0])).not.toContain('东河城镇');
      expect(read(text).map((r) => r[0])).not.toContain('城镇');
    }
    // places that build a counted thing are no metrics: the thing is
    expect(read('到2025年,城市和农村分别新建示范点10个、20个。').map((r) => r[0])).toEqual([
      '示范点',
      '示范点',
    ]);
  });

  it('a count of kinds a list closed by 等 sums up is part of the subject, not a goal', () => {
    expect(
      read('到2026年,甲类产业营业收入力争达到5000亿元,旧甲、旧乙等6种物资回收量力争达到3200万吨。'),
    ).toEqual([
      ['甲类产业营业收入', 5000, '亿元', 'level', 2026],
      ['旧甲、旧乙等6种物资回收量', 3200, '万吨', 'level', 2026],
    ]);
  });
});

describe('findTargets: pages that set numbers apart with spaces', () => {
  const read = (text: string) =>
    findTargets(text, { contextYear: 2026 }).map((t) => [
      t.metric,
      t.year,
      t.value,
      t.normalized?.value,
      t.comparator,
      t.kind,
    ]);

  it('the year opening the goals dates them; 较 2020 年 is a baseline; 降 is a fall, 超 more than', () => {
    expect(
      read('主要目标:2030 年,全县单位 GDP 能耗较 2020 年降 12%,乙类产业占比超 40%,丙类出行比例达 65% 以上。'),
    ).toEqual([
      ['单位GDP能耗', 2030, 12, -12, 'eq', 'growth'],
      ['乙类产业占比', 2030, 40, 40, 'gt', 'share'],
      ['丙类出行比例', 2030, 65, 65, 'gte', 'share'],
    ]);
    // the same without the spaces
    expect(read('主要目标:2030年,全县单位GDP能耗较2020年降12%。')).toEqual([
      ['单位GDP能耗', 2030, 12, -12, 'eq', 'growth'],
    ]);
  });
});

describe('findTargets: the subject of a value', () => {
  const metrics = (text: string) => findTargets(text).map((t) => t.metric);

  it('bare modifiers listed with 、 before it name parts of the one thing measured', () => {
    expect(metrics('到2025年,水电、风能和地热发电装机容量达到150万千瓦以上。')).toEqual([
      '水电、风能和地热发电装机容量',
    ]);
    expect(metrics('到2025年,东河、西河充电站保有量达到500座。')).toEqual(['东河、西河充电站保有量']);
    // two subjects of their own, and a clause before the subject, stay apart
    expect(metrics('到2025年,甲类覆盖率、乙类保护率达到90%。')).toEqual(['乙类保护率']);
    expect(metrics('到2025年,优化结构、单位能耗下降10%。')).toEqual(['单位能耗']);
  });

  it('a goal verb inside the name of a rate is part of the name: a rate is measured, not built', () => {
    expect(metrics('到2025年,新建学校建筑屋顶光伏覆盖率达到40%。')).toEqual(['新建学校建筑屋顶光伏覆盖率']);
    expect(metrics('到2025年,东河县建成区绿地率达到38%。')).toEqual(['东河县建成区绿地率']);
    expect(metrics('到2025年,残疾人培训合格率达到90%。')).toEqual(['残疾人培训合格率']);
    // a count is built: the verb is no part of what it counts
    expect(metrics('到2025年,新建示范基地10个。')).toEqual(['示范基地']);
  });
});

describe('findTargets: words that hold a status word or a value verb across their parts', () => {
  it('项目前期 says no 目前: an amount before it in the sentence blocks no later goal', () => {
    const text =
      '市财政新增筹措东河项目前期工作经费2亿元,确保一批工程开工;各区财政部门要加强收入管理,确保实现财政收入增长5%的目标。';
    expect(findTargets(text).map((t) => [t.metric, t.value, t.unit, t.kind])).toEqual([
      ['财政收入', 5, '%', 'growth'],
    ]);
    // a status word itself still reports the present
    expect(findTargets('目前全省财政收入达到300亿元以上。')).toEqual([]);
  });

  it('下达 is no 达(到), nor a metric: a share passed down by a date with no noun before it is no goal', () => {
    expect(findTargets('各区某某资金须于2018年3月底前下达50%以上、6月底前下达90%以上。')).toEqual([]);
    expect(
      findTargets('到2025年,某某资金下达90%以上。').map((t) => [t.metric, t.value, t.comparator]),
    ).toEqual([['某某资金', 90, 'gte']]);
  });

  it('a completion verb before 率 is part of the noun (完成率), the status-word exception keeps the metric whole', () => {
    expect(findTargets('到2025年,东河项目前期工作完成率达到90%。').map((t) => t.metric)).toEqual([
      '东河项目前期工作完成率',
    ]);
    expect(
      findTargets('到2025年,某某工作完成率达到90%,某某设施建成率达到80%。').map((t) => t.metric),
    ).toEqual(['某某工作完成率', '某某设施建成率']);
  });
});

describe('goals dated by their heading', () => {
  it("the deadline a heading's run-in text sets dates the paragraphs under it", async () => {
    const d = await parseText(
      '东河市制造强市行动计划\n一、发展目标。到2025年,初步建成先进制造业强市。\n制造业增加值占全市生产总值的比重稳定在30%以上,规模以上工业企业达到2200家以上。\n二、重点任务\n加快转型。\n',
    );
    expect(d.targets.map((t) => [t.metric, t.value, t.year])).toEqual([
      ['制造业增加值占全市生产总值的比重', 30, 2025],
      ['规模以上工业企业', 2200, 2025],
    ]);
  });
});

describe('findTargets: start years and relative periods', () => {
  it('dates goals by the end of the period a start year opens (start + N − 1), not by the start', () => {
    const text = '2012年起5年内,实现重点引进和培养高层次人才达到2000名左右,人才贡献率达到40%的发展目标。';
    expect(rows2(text)).toEqual([
      ['高层次人才', 2000, 2016],
      ['人才贡献率', 40, 2016],
    ]);
    expect(rows2('从2021年开始,用3年时间,建成示范基地10个。')).toEqual([['示范基地', 10, 2023]]);
    expect(rows2('2021年起三年内,建成示范基地10个。')).toEqual([['示范基地', 10, 2023]]);
  });

  it('leaves a relative period without a start year undated, and a start year alone as it is', () => {
    expect(rows2('5年内重点引进30名金融高级管理人才。')).toEqual([['金融高级管理人才', 30, null]]);
    expect(rows2('2022年起,每年新增护理型床位不少于200张。')).toEqual([['护理型床位', 200, 2022]]);
  });

  function rows2(text: string) {
    return findTargets(text, { goalSection: true }).map((t) => [t.metric, t.value, t.year]);
  }
});

describe('findTargets: robustness', () => {
  it('never throws; clauses are in bounds and equal to the text they cover', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789.%,。;\n到年起底前达增长以上左右下张家亿万千百分之一二三十四五〔〕号每补贴(一)、 行动规划突破已同比截至目标斤',
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: alphabet, maxLength: 200 }), fc.string()), (text) => {
        for (const t of findTargets(text)) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.value === null || Number.isFinite(t.value)).toBe(true);
        }
        for (const q of findQuantities(text)) expect(text.slice(q.start, q.end)).toBe(q.raw);
      }),
    );
  });

  it('reads long adversarial input in linear time', () => {
    const inputs: [string, (n: number) => string][] = [
      ['digits', repeatTo('2')],
      ['brackets', repeatTo('〔')],
      ['counts', repeatTo('1张')],
      ['goals', repeatTo('到2026年达到1张')],
      ['markers', repeatTo('(一)1.')],
      ['a long lead', (n) => `${'在'.repeat(n)}达到1%`],
      ['文号 and years', repeatTo('国发〔2018〕1号2024年')],
      ['a long number', (n) => `${'1'.repeat(n)}五`],
      ['a long numeral', (n) => `${'三'.repeat(n)}年行动`],
      ['goal headings', repeatTo('主要目标')],
      ['past dates', repeatTo('截至2023年底,')],
      ['past results', repeatTo('2023年全市实现收入5亿元,同比增长1%。')],
      ['a list of counts', repeatTo('选拔1名甲类人才、')],
      ['counts after commas', repeatTo('不少于1名,')],
      ['start years', repeatTo('2012年起5年内,')],
      ['a long noun after a count', (n) => `选拔1名${'人'.repeat(n)}`],
      ['a long list closed by 等', (n) => `选拔1名${'甲、'.repeat(n)}等人才`],
      ['brackets that spell out', repeatTo('(即筹集1万元资金;')],
      ['counts of principles', repeatTo('三个原则:即')],
      ['counts of kinds', repeatTo('三类三种')],
      ['counts of lists', repeatTo('甲、乙两个重点,')],
      ['a list of measures', repeatTo('甲产量达到1吨、产量达到1吨、')],
    ];
    for (const [label, make] of inputs) expectLinearTime(label, make, findTargets);
  });
});

// ---- against the gold annotations of the seeds and the corpus --------------------------------

interface GoldTarget {
  year?: number | null;
  value: number;
  valueMax?: number;
  unit: string;
}

interface Score {
  tp: number;
  out: number;
  gold: number;
}

/** Value and unit in base units, as eval/score.mjs compares them. */
function baseQuantity(value: number | null, unit: string | null): { v: number; u: string } | null {
  if (value === null) return null;
  let v = value;
  let u = (unit ?? '').normalize('NFKC').replace(/\s+/g, '');
  for (const [prefix, k] of [
    ['亿', 1e8],
    ['万', 1e4],
    ['千', 1e3],
    ['百', 1e2],
  ] as const) {
    if (u.startsWith(prefix) && u.length > 1) {
      v *= k;
      u = u.slice(1);
      break;
    }
  }
  if (u === '个百分点') u = '%';
  return { v: Math.round(v * 1e6) / 1e6, u };
}

/** Matches found targets to gold ones on value + unit (+ valueMax, + year when gold has one). */
function scoreTargets(found: TargetMatch[], gold: GoldTarget[]): Score {
  const out = found.filter((t) => t.value !== null);
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const gq = baseQuantity(g.value, g.unit)!;
    const i = out.findIndex((o, k) => {
      const oq = baseQuantity(o.value, o.unit);
      if (used.has(k) || !oq || oq.v !== gq.v || oq.u !== gq.u) return false;
      if (
        g.valueMax !== undefined &&
        baseQuantity(o.valueMax, o.unit)?.v !== baseQuantity(g.valueMax, g.unit)!.v
      ) {
        return false;
      }
      return g.year === undefined || g.year === null || o.year === g.year;
    });
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  return { tp, out: out.length, gold: gold.length };
}

/** Rough text of a document as the pipeline would see it: tags dropped, NFKC, spaces folded. */
function readDocument(path: string): string {
  let text = readFileSync(path, 'utf8');
  if (/\.html?$/i.test(path)) {
    text = text
      .replace(/<(script|style)\b[^>]*>[^]*?<\/\1>/gi, '')
      .replace(/<[^>]*>/g, '\n')
      .replace(/&nbsp;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  }
  return text.normalize('NFKC').replace(/[\u00a0\u3000]/g, ' ');
}

/** Scores every gold document found in `dir`, printing one line per document and the total. */
function scoreDirectory(dir: string, label: string): Score {
  const total: Score = { tp: 0, out: 0, gold: 0 };
  for (const file of readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(`${GOLD_DIR}/${file}`, 'utf8')) as {
      doc: string;
      targets?: GoldTarget[];
    };
    if (!gold.targets || !existsSync(`${dir}/${gold.doc}`)) continue;
    const s = scoreTargets(findTargets(readDocument(`${dir}/${gold.doc}`)), gold.targets);
    console.log(`targets ${label} ${gold.doc}: tp ${s.tp} found ${s.out} gold ${s.gold}`);
    total.tp += s.tp;
    total.out += s.out;
    total.gold += s.gold;
  }
  const { p, r, f1 } = rates(total);
  console.log(
    `targets ${label}: P ${pct(p)} R ${pct(r)} F1 ${pct(f1)} (tp ${total.tp}, found ${total.out}, gold ${total.gold})`,
  );
  return total;
}

function rates({ tp, out, gold }: Score): { p: number; r: number; f1: number } {
  const p = out ? tp / out : gold ? 0 : 1;
  const r = gold ? tp / gold : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

const haveGold = existsSync(GOLD_DIR);
const haveCorpus = existsSync(CORPUS_DIR);
if (!haveGold) console.warn(`WARNING: ${GOLD_DIR} is absent; the gold target scores are skipped.`);
if (!haveCorpus) console.warn(`WARNING: ${CORPUS_DIR} is absent; the corpus target scores are skipped.`);

describe.skipIf(!haveGold || !existsSync(SEEDS_DIR))('findTargets against the seeds gold', () => {
  it('finds the gold targets of the seeds (F1 ≥ 85%)', () => {
    expect(rates(scoreDirectory(SEEDS_DIR, 'seeds')).f1).toBeGreaterThanOrEqual(0.85);
  });
});

describe.skipIf(!haveGold || !haveCorpus)('findTargets against the corpus gold', () => {
  it('finds the gold targets of seeds + corpus (F1 ≥ 85%)', () => {
    const seeds = existsSync(SEEDS_DIR) ? scoreDirectory(SEEDS_DIR, 'seeds') : { tp: 0, out: 0, gold: 0 };
    const corpus = scoreDirectory(CORPUS_DIR, 'corpus');
    const all = { tp: seeds.tp + corpus.tp, out: seeds.out + corpus.out, gold: seeds.gold + corpus.gold };
    const { p, r, f1 } = rates(all);
    console.log(`targets seeds+corpus: P ${pct(p)} R ${pct(r)} F1 ${pct(f1)}`);
    expect(f1).toBeGreaterThanOrEqual(0.85);
  });
});

describe('findTargets: round 15 and the second diff review', () => {
  it('a goal in a goals paragraph sets a life expectancy (an age) without a year of its own', () => {
    const text = '一、主要目标指标\n人均预期寿命达82.4岁,居民健康素养水平达39%以上。';
    expect(findTargets(text, { goalSection: true }).map((t) => [t.metric, t.value, t.unit])).toEqual([
      ['人均预期寿命', 82.4, '岁'],
      ['居民健康素养水平', 39, '%'],
    ]);
    // an age outside a goal stays a standard
    expect(findTargets('为60岁以上老年人提供服务。')).toEqual([]);
  });

  it('a fact stated with emphasis (高达, 多达) is no goal', () => {
    expect(findTargets('地铁工程建设年度投资高达30亿元,筹资任务十分艰巨。')).toEqual([]);
  });

  it('a gloss in brackets and a noun opening with a verb stay out of and in the metric', () => {
    expect(
      only(
        '到2019年6月底,基本实现工程建设项目(主要是房屋建筑和城市基础设施)全流程审批时间压缩至90个工作日以内。',
      ),
    ).toMatchObject({ metric: '工程建设项目全流程审批时间', value: 90, comparator: 'lte', year: 2019 });
  });
});

describe('为民办实事 lists and counts in brackets (round 16)', () => {
  it('a count set up or provided (开设, 提供) is a goal', () => {
    const read = (text: string) => findTargets(text).map((t) => [t.metric, t.value, t.unit, t.comparator]);
    expect(read('开设30个暑期托管班办班点;新增4个普惠性托育点。')).toEqual([
      ['暑期托管班办班点', 30, '个', 'eq'],
      ['普惠性托育点', 4, '个', 'eq'],
    ]);
    expect(read('全年提供不少于1200场文化活动。')).toEqual([['文化活动', 1200, '场', 'gte']]);
  });

  it('a count in brackets after a building verb glosses the text before it', () => {
    expect(findTargets('1.在“着力打造区域物流中心”方面(分解任务12项)。')).toEqual([]);
    // inside the brackets, a verb still governs its count; a bare count in brackets is its noun's
    expect(findTargets('着力打造物流中心(新建5个物流园区)。').map((t) => t.value)).toEqual([5]);
    // (its metric without the bracket)
    expect(findTargets('1.新增城镇就业(1.2万人)。').map((t) => [t.metric, t.value, t.unit])).toEqual([
      ['城镇就业', 1.2, '万人'],
    ]);
    expect(findTargets('2.引进高层次人才(50名以上)。').map((t) => [t.value, t.comparator])).toEqual([
      [50, 'gte'],
    ]);
  });
});

describe('goals counted before their noun and verb; verb-only list members (round 16, class 7)', () => {
  it('an area counted before the noun and the verb it reaches is a dated goal', () => {
    const text =
      '东川区到2025年底,30平方公里以上建设用地面积达到海绵城市建设目标要求;到2030年底,60平方公里以上建设用地面积达到海绵城市建设目标要求。';
    expect(findTargets(text).map((t) => [t.metric, t.value, t.unit, t.comparator, t.year])).toEqual([
      ['建设用地面积', 30, '平方公里', 'gte', 2025],
      ['建设用地面积', 60, '平方公里', 'gte', 2030],
    ]);
    // a floor area as a standard, or the threshold of what is counted, stays none
    expect(findTargets('每处建筑面积不少于800平方米。')).toEqual([]);
    expect(findTargets('到2025年,3000平方米以上建筑面积的公共建筑达到绿色建筑标准。')).toEqual([]);
  });

  it('a member of a list that is nothing but a verb of completion counts the noun before it', () => {
    expect(findTargets('1.老旧住宅加装电梯新增300台、完工150台。').map((t) => [t.metric, t.value])).toEqual([
      ['老旧住宅加装电梯', 300],
      ['老旧住宅加装电梯完工', 150],
    ]);
  });
});

describe('units served in a list of the year’s commitments (民生实事)', () => {
  const read = (text: string, commitments: boolean) =>
    findTargets(text, { commitments }).map((t) => [t.metric, t.value, t.unit]);

  it('counts the units a programme serves, with what they receive, in a 实事 list', () => {
    const text =
      '1.为3000名独居老人提供上门探访服务;为12个老旧小区实施雨污分流改造。30个小区新增智能快递柜;推进5000户居民加装烟感报警器。';
    expect(read(text, true)).toEqual([
      ['独居老人提供上门探访服务', 3000, '名'],
      ['老旧小区实施雨污分流改造', 12, '个'],
      ['小区新增智能快递柜', 30, '个'],
      ['居民加装烟感报警器', 5000, '户'],
    ]);
    // outside such a list, with no deadline or intent, they describe work and state no goal
    expect(read(text, false)).toEqual([]);
  });

  it('reads no units served inside a list of parties (…和8个部门实施…)', () => {
    expect(read('1.省政府对各市政府和8个重点部门实施年度目标责任管理。', true)).toEqual([]);
  });

  it('takes the 实事 of a document’s title as such a list', async () => {
    const doc = await parseText(
      '关于印发2025年区政府民生实事项目的通知\n一、民生实事\n1.为20个老旧小区实施屋面防水改造。\n',
    );
    expect(doc.targets.map((t) => [t.metric, t.value, t.year])).toEqual([
      ['老旧小区实施屋面防水改造', 20, 2025],
    ]);
  });
});

describe('metrics of listed subjects sharing a noun (round 17, class 5)', () => {
  const read = (text: string) => findTargets(text).map((t) => [t.metric, t.value, t.unit]);

  it('each subject of a list closed by 等 before 分别 measures the noun after 等', () => {
    expect(
      read('到2025年,甲醛、乙醛、丙醛、丁醛等重点项目削减量分别达到120吨、9吨、300.5吨、50.2吨。'),
    ).toEqual([
      ['甲醛重点项目削减量', 120, '吨'],
      ['乙醛重点项目削减量', 9, '吨'],
      ['丙醛重点项目削减量', 300.5, '吨'],
      ['丁醛重点项目削减量', 50.2, '吨'],
    ]);
    // a 等 inside a word (高等) closes no list
    expect(read('到2025年,中职教育、高等教育毛入学率分别达到95%和60%。').map((r) => r[0])).toEqual([
      '中职教育',
      '高等教育毛入学率',
    ]);
  });

  it('named pollutants listed without 等 share the noun after the last one', () => {
    expect(read('到2025年,化学需氧量、氨氮重点工程减排量分别达到45吨、8吨。')).toEqual([
      ['化学需氧量重点工程减排量', 45, '吨'],
      ['氨氮重点工程减排量', 8, '吨'],
    ]);
    expect(
      read('到2025年,化学需氧量、氨氮、氮氧化物等重点工程减排量分别达到45吨、8吨、30吨。').map((r) => r[0]),
    ).toEqual(['化学需氧量重点工程减排量', '氨氮重点工程减排量', '氮氧化物重点工程减排量']);
  });
});

describe('metrics of a bare share and before an adverb (round 17, class 7)', () => {
  const read = (text: string) => findTargets(text).map((t) => [t.metric, t.value, t.unit]);

  it('a bare share (比重) measures the subject of the clause before it', () => {
    expect(read('到2025年,全市清洁能源消费比例逐步提升,比重达到20%左右。')).toEqual([
      ['清洁能源消费比重', 20, '%'],
    ]);
  });

  it('an adverb before the value verb is no part of the metric', () => {
    for (const adverb of ['持续', '始终', '继续', '稳定']) {
      expect(read(`到2030年,全市湿地保护率${adverb}保持在45%以上。`)).toEqual([['湿地保护率', 45, '%']]);
    }
  });
});

describe('findTargets: many years in one sentence (linear time)', () => {
  it('reads whether a sentence reports the past once, however many years it holds', () => {
    const inputs: [string, (n: number) => string][] = [
      ['years with headings', repeatTo('一、2025年主要预期目标')],
      ['years with counts', repeatTo('2022年,全县新建甲站260个以上,')],
    ];
    for (const [label, make] of inputs) expectLinearTime(label, make, findTargets);
  });
});

describe('review of round 17: a report on 实事, a share by manner', () => {
  it('counts no goals in a report on the year’s 实事 (完成情况的通报)', async () => {
    const doc = await parseText(
      '南岭区人民政府关于2023年区政府民生实事项目完成情况的通报\n各街道办事处:\n现将有关情况通报如下:\n一、养老服务。全年为3000名老年人提供助餐服务,为15个老旧小区实施改造。\n',
    );
    expect(doc.targets).toEqual([]);
  });

  it('a share named as a manner (按比例安排) names no share for the bare 比例 after it', () => {
    expect(
      findTargets('到2025年,全面落实按比例安排残疾人就业制度,比例达到1.5%。').map((t) => t.metric),
    ).toEqual(['比例']);
  });
});

describe('实事 named in a page’s first words, and nouns opening with 共享 (round 18)', () => {
  it('a page without its title that opens on its 实事 lists the units they serve', async () => {
    const doc = await parseText(
      '2024年南岭县为民办实事项目主要包括:建设12家社区食堂,为40栋老旧住宅楼实施消防设施改造。\n',
    );
    expect(doc.targets.map((t) => [t.metric, t.value, t.year])).toEqual([
      ['社区食堂', 12, 2024],
      ['老旧住宅楼实施消防设施改造', 40, 2024],
    ]);
  });

  it('a count of things named 共享… measures them (新增3个共享充电桩)', () => {
    expect(findTargets('新增3个共享充电桩示范小区。').map((t) => t.metric)).toEqual(['共享充电桩示范小区']);
  });
});

describe('metrics after a count and of 分别 lists (round 18, H6, H7, M3)', () => {
  const read = (text: string) =>
    findTargets(text).map((t) => [t.metric, t.value, t.unit, t.comparator, t.normalized?.value]);

  it('a gloss and a bound between a count and its noun (300个(标准桩)以上…)', () => {
    expect(read('2024年拟新建200个(快充桩)以上社区公共充电桩、新增公共停车泊位900个。')).toEqual([
      ['社区公共充电桩', 200, '个', 'gte', 200],
      ['公共停车泊位', 900, '个', 'eq', 900],
    ]);
  });

  it('the noun after a count ends before a 、 that opens a clause or the next count’s verb', () => {
    expect(read('2024年拟建设12个社区食堂、因地制宜解决老年人就餐难问题。')).toEqual([
      ['社区食堂', 12, '个', 'eq', 12],
    ]);
    expect(read('2024年计划完成6个以上老旧小区管网改造、安装30万个以上燃气报警器。')).toEqual([
      ['老旧小区管网改造', 6, '个', 'gte', 6],
      ['燃气报警器', 30, '万个', 'gte', 300000],
    ]);
  });

  it('units a light verb (进行) sets work on name the work', () => {
    expect(read('到2025年,拟对40处城区积水点进行整治。')).toEqual([['城区积水点整治', 40, '处', 'eq', 40]]);
  });

  it('a 、 list in a gloss is no list of 分别, and a bound after the last value is that of each', () => {
    expect(read('2016年,COD和氨氮排放总量(含工业、生活)分别控制在8.0万吨、0.65万吨以内。')).toEqual([
      ['COD排放总量', 8, '万吨', 'lte', 80000],
      ['氨氮排放总量', 0.65, '万吨', 'lte', 6500],
    ]);
  });

  it('分别为 gives the values of the subjects, with the verb that opens the first', () => {
    expect(read('2016年,削减化学需氧量、氨氮分别为5100吨、420吨。')).toEqual([
      ['削减化学需氧量', 5100, '吨', 'eq', 5100],
      ['削减氨氮', 420, '吨', 'eq', 420],
    ]);
  });

  it('the base of an intensity and a fall are shared by each subject of 分别', () => {
    expect(read('2025年,单位地区生产总值能源消耗和二氧化碳排放分别降低2.5%左右、3.2%左右。')).toEqual([
      ['单位地区生产总值能源消耗', 2.5, '%', 'approx', -2.5],
      ['单位地区生产总值二氧化碳排放', 3.2, '%', 'approx', -3.2],
    ]);
  });

  it('a baseline (较去年) is no part of the metric', () => {
    const [found] = findTargets('2025年,氨氮排放量较去年下降1.2%。', { goalSection: true });
    expect(found?.metric).toBe('氨氮排放量');
  });
});

describe('a plan for one year compares its goals with the year before', () => {
  const read = async (text: string) =>
    (await parseText(text)).targets.map((t) => [t.metric, t.value, t.year]);
  const sentence = '2025年,全县化学需氧量排放量较去年下降2.1%,城市生活垃圾回收利用率比上年提高3个百分点。\n';

  it('reads a comparison with last year as the goal of the year a plan’s title names', async () => {
    expect(await read(`平川县2025年污染减排工作方案\n${sentence}`)).toEqual([
      ['化学需氧量排放量', 2.1, 2025],
      ['城市生活垃圾回收利用率', 3, 2025],
    ]);
  });

  it('reads it as a result in a report, in a plan for another year, or for a year before', async () => {
    expect(await read(`平川县2025年污染减排工作完成情况\n${sentence}`)).toEqual([]);
    expect(await read(`平川县污染减排工作方案\n${sentence}`)).toEqual([]);
    expect(await read(`平川县2026年污染减排工作方案\n${sentence}`)).toEqual([]);
  });
});

describe('H1 (round 19): an area a goal sets is a target', () => {
  const rows = (text: string) =>
    findTargets(text).map((t) => [t.metric, t.value, t.unit, t.comparator, t.year]);

  it('reads an area set by a value verb or counted by a goal verb, whatever its unit', () => {
    expect(
      rows('到2025年,全县完成植树面积2万亩,小麦种植面积稳定在150万亩以上,城区公园面积占比达到35%。'),
    ).toEqual([
      ['植树面积', 2, '万亩', 'eq', 2025],
      ['小麦种植面积', 150, '万亩', 'gte', 2025],
      ['城区公园面积占比', 35, '%', 'eq', 2025],
    ]);
    // the size of a place or a site, and a bound standard of a floor area, stay out
    expect(findTargets('到2025年,全区总面积达到120平方公里。')).toEqual([]);
    expect(findTargets('到2025年,项目占地面积达到80亩。')).toEqual([]);
    expect(findTargets('到2025年,新建社区用房建筑面积不少于500平方米。')).toEqual([]);
    expect(findTargets('新建公共租赁住房单套建筑面积控制在60平方米以内。')).toEqual([]);
    expect(findTargets('新建农房建筑面积控制在200平方米以内。')).toEqual([]);
  });

  it('continues a list of goals over a comma with a level verb (达, 稳定在)', () => {
    expect(
      rows('甲类牲畜存栏量稳定在10万头以上、养殖场保有量稳定在600家以上,淡水鱼产量达60万吨。').slice(-1),
    ).toEqual([['淡水鱼产量', 60, '万吨', 'eq', null]]);
  });
});

describe('M2 (round 19): places joined by 、 in a subject; the period of a plan’s title', () => {
  it('keeps the places a 、 joins in the subject of a member of a list', () => {
    const found = findTargets('全市优良天数比率达到80%以上,其中南坪、北坪两区优良天数比率达到82%。');
    expect(found.map((t) => t.metric)).toEqual(['优良天数比率', '南坪、北坪两区优良天数比率']);
  });

  it('dates the undated goals of a plan with the end of the period its title names', async () => {
    const years = async (title: string) =>
      (await parseText(`${title}\n一、工作目标\n经过3年努力,全市优良天数比率达到80%以上。\n`)).targets.map(
        (t) => t.year,
      );
    expect(await years('平川市蓝天保卫战三年行动方案(2018-2020年)')).toEqual([2020]);
    expect(await years('平川市蓝天保卫战行动计划(2018—2020年)')).toEqual([2020]);
    expect(await years('平川市蓝天保卫战行动计划(二〇一八—二〇二〇年)')).toEqual([2020]);
    // a year the title names alone still comes first; a title with no period dates nothing
    expect(await years('平川市2019年蓝天保卫战行动方案(2018-2020年)')).toEqual([2019]);
    expect(await years('平川市蓝天保卫战行动方案')).toEqual([null]);
  });
});

describe('T3 (round 20): a target with no unit: an index, a rate, a score', () => {
  const rows = (text: string) =>
    findTargets(text).map((t) => [t.metric, t.value, t.unit, t.comparator, t.year]);

  it('reads a bare number a value verb gives an index, a rate or a score', () => {
    expect(
      rows(
        '到2025年,健康平川发展指数达88,亿元GDP生产安全事故死亡率控制在0.015以内,空气质量综合指数达到3.9,群众满意度测评得分达到92分以上。',
      ),
    ).toEqual([
      ['健康平川发展指数', 88, null, 'eq', 2025],
      ['亿元GDP生产安全事故死亡率', 0.015, null, 'lte', 2025],
      ['空气质量综合指数', 3.9, null, 'eq', 2025],
      ['群众满意度测评得分', 92, '分', 'gte', 2025],
    ]);
  });

  it('reads no bare number elsewhere, and 分 only after a score', () => {
    expect(findTargets('到2025年,全市企业达到120,指数编号为5。')).toEqual([]);
    expect(findTargets('到2025年,综合指数达到15分。')).toEqual([]);
  });
});

describe('T2 (round 20): the goals of a plan for one year without a deadline word', () => {
  const read = async (text: string) =>
    (await parseText(text)).targets.map((t) => [t.metric, t.value, t.unit, t.kind, t.year]);
  const items =
    '一、稳增长\n1.固定资产投资增长18%。\n2.研究与试验发展(R&D)经费投入强度达到2.4%。\n3.发展特色产业,实现全产业链产值650亿元,产值突破60亿元。\n';

  it('reads a value verb’s number in a year’s task list as that year’s goal', async () => {
    expect(await read(`平川区2023年重点工作任务\n${items}`)).toEqual([
      ['固定资产投资', 18, '%', 'growth', 2023],
      ['研究与试验发展(R&D)经费投入强度', 2.4, '%', 'share', 2023],
      ['全产业链产值', 650, '亿元', 'level', 2023],
      ['产值', 60, '亿元', 'level', 2023],
    ]);
  });

  it('reads none in a report on the year or a plan with no year', async () => {
    expect(await read(`平川区2023年重点工作任务完成情况\n${items}`)).toEqual([]);
    expect(await read(`平川区重点工作任务\n${items}`)).toEqual([]);
  });
});

describe('T4 (round 20): the breakdown of a count; the year of a part', () => {
  it('reads the counts of a breakdown in brackets with their own metric', () => {
    expect(
      findTargets('到2025年,年内新增奶牛4.1万头(新引进1.3万头,自繁2.8万头)。').map((t) => [
        t.metric,
        t.value,
        t.text,
      ]),
    ).toEqual([
      ['奶牛', 4.1, '年内新增奶牛4.1万头'],
      ['新引进', 1.3, '新引进1.3万头'],
      ['自繁', 2.8, '自繁2.8万头'],
    ]);
  });

  it('dates a part with the year 其中 names', () => {
    const found = findTargets('2020年至2022年,全区开展职业技能培训2万人次,其中2020年培训0.4万人次。');
    expect(found.map((t) => [t.metric, t.value, t.year])).toEqual([
      ['职业技能培训', 2, 2022],
      ['培训', 0.4, 2020],
    ]);
  });
});

describe('L (round 20): a count of a document’s parts is no target', () => {
  it('reads no target from N部分', () => {
    expect(findTargets('该《意见》分指导思想、建设目标、主要任务、保障措施4部分。')).toEqual([]);
    expect(findTargets('本方案共分五个部分,建设目标明确。')).toEqual([]);
  });
});

describe('review of round 20: reports, standards and parts in plans', () => {
  const read = (text: string) => findTargets(text).map((t) => [t.metric, t.value, t.unit, t.year]);
  const planned = async (text: string) =>
    (await parseText(text)).targets.map((t) => [t.metric, t.value, t.year]);

  it('a plan for one year reads no goals in what it reports of the year so far, or of the year before', async () => {
    expect(
      await planned('南岭县2024年下半年经济工作方案\n上半年,全县实现地区生产总值150亿元,增长6.1%。\n'),
    ).toEqual([]);
    expect(
      await planned(
        '南岭县2024年重点工作任务\n一、上年完成情况\n全县实现地区生产总值210亿元,增长5.8%。\n二、主要任务\n全县地区生产总值增长6%。\n',
      ),
    ).toEqual([['地区生产总值', 6, 2024]]);
    expect(
      await planned('关于2023年南岭县重点任务落实情况的报告\n全县实现地区生产总值210亿元,增长5.8%。\n'),
    ).toEqual([]);
  });

  it('a land-use standard is no goal, and a space before the unit makes no second target', () => {
    expect(read('到2025年,新建工业项目容积率不低于1.2,建筑系数不低于40。')).toEqual([]);
    expect(read('到2025年,政务服务好评率达99.5 %。')).toEqual([['政务服务好评率', 99.5, '%', 2025]]);
  });

  it('the year of a part dates its own sentence only', () => {
    expect(read('到2023年,累计培训农民1.2万人次,其中2021年培训0.5万人次。新建实训基地12个。')).toEqual([
      ['农民', 1.2, '万人次', 2023],
      ['培训', 0.5, '万人次', 2021],
      ['实训基地', 12, '个', 2023],
    ]);
  });
});

describe('a payment word before 性 names a kind of work', () => {
  it('reads the count of a subsidised kind of training, and still no amount paid', () => {
    expect(
      findTargets('2019年至2021年,全区开展各类补贴性职业技能培训1.5万人次。').map((t) => [
        t.metric,
        t.value,
        t.year,
      ]),
    ).toEqual([['各类补贴性职业技能培训', 1.5, 2021]]);
    expect(findTargets('到2021年,对培训合格人员给予补贴,每人补贴1500元。')).toEqual([]);
  });
});

describe('rounds 21–22: metrics of glosses, shared subjects and pairs; counts of kinds; spaced years', () => {
  const rows = (text: string) => findTargets(text).map((t) => [t.metric, t.value, t.unit, t.year]);

  it('a count in words that sums up the list before it is no goal, unless a goal verb governs the list', () => {
    expect(
      rows('到2025年,突出稳产保供、现代农业、乡村建设、农民增收四个重点,强化人才、项目两个支撑。'),
    ).toEqual([]);
    expect(rows('到2025年,建设城东、城西两个产业园。')).toEqual([['产业园', 2, '个', 2025]]);
  });

  it('keeps a gloss in brackets whole in a metric or leaves it out, never cut open', () => {
    expect(rows('到2027年底前,确保甲区60%的行政村建成标准化的村级综合文化服务中心(文化礼堂);')).toEqual([
      ['行政村建成标准化的村级综合文化服务中心', 60, '%', 2027],
    ]);
  });

  it('a member of a list that names nothing but a measure measures the subject of the one before', () => {
    expect(rows('确保2025年全县蔬菜种植面积稳定在20万亩以上、产量稳定在50万吨以上。')).toEqual([
      ['蔬菜种植面积', 20, '万亩', 2025],
      ['蔬菜产量', 50, '万吨', 2025],
    ]);
    // a member that names its own subject keeps it
    expect(rows('确保2025年全县蔬菜种植面积稳定在20万亩以上、水果产量稳定在5万吨以上。')).toEqual([
      ['蔬菜种植面积', 20, '万亩', 2025],
      ['水果产量', 5, '万吨', 2025],
    ]);
    // and one naming the same measure again speaks of something else
    expect(rows('2025年甲产业产值达到60亿元,产值突破10亿元。').map((r) => r[0])).toEqual([
      '甲产业产值',
      '产值',
    ]);
  });

  it('a count of kinds before the colon that lists them is no goal', () => {
    expect(findTargets('乙用地供应方式包括三种:先租后让、长期租赁和直接出让。')).toEqual([]);
    expect(findTargets('新建甲类项目对以下两类简单的乙类项目试行简易程序:')).toEqual([]);
    // a count of kinds a verb sets is one
    expect(rows('推广甲类新品种20种。')).toEqual([['甲类新品种', 20, '种', null]]);
  });

  it('distributes the values of 分别 over the two halves of 城乡', () => {
    const metrics = (text: string) => findTargets(text).map((t) => [t.metric, t.value]);
    expect(metrics('2025年,城乡居民人均可支配收入分别增长6%、6.5%。')).toEqual([
      ['城镇居民人均可支配收入', 6],
      ['农村居民人均可支配收入', 6.5],
    ]);
    expect(metrics('2025年,城镇和农村居民人均可支配收入分别达到5万元和2万元。')).toEqual([
      ['城镇居民人均可支配收入', 5],
      ['农村居民人均可支配收入', 2],
    ]);
  });

  it('reads an amount invested in what a task builds, and an area a technique is spread over', () => {
    expect(rows('1.投资800万元建设甲县乙类养殖基地。')).toEqual([
      ['投资建设甲县乙类养殖基地', 800, '万元', null],
    ]);
    expect(rows('确保2025年推广甲稻旱种30万亩,大力发展乙薯。')).toEqual([['甲稻旱种', 30, '万亩', 2025]]);
    // the investment a project has is no goal
    expect(findTargets('该项目总投资800万元,占地50亩。')).toEqual([]);
  });

  it('reads a year set with spaces in a title and in a heading’s run-in text', async () => {
    expect(titleYear('甲县2024 年工作要点')).toBe(2024);
    expect(titleYear('甲县行动计划(2023 年—2025 年)')).toBe(null);
    const d = await parseText(
      '甲县乙行动计划\n一、发展目标。到 2025 年,初步建成乙强县。\n规模以上乙企业达到200家以上。\n二、重点任务\n加快转型。\n',
    );
    expect(d.targets.map((t) => [t.metric, t.value, t.year])).toEqual([['规模以上乙企业', 200, 2025]]);
  });
});

describe('round 23: titles cited and parts of a planned total', () => {
  const rows = (text: string, contextYear: number | null = null) =>
    findTargets(text, { contextYear }).map((t) => [t.metric, t.value, t.unit, t.year]);

  it('reads no goal from a number inside a cited or transmitted title', () => {
    expect(rows('某局起草了《X县乡村振兴支持政策三十条(征求意见稿)》,现公开征求意见。')).toEqual([]);
    expect(rows('到2025年,落实《X县两年行动方案》,新建示范点10个。')).toEqual([['示范点', 10, '个', 2025]]);
  });

  it('dates a part of a total due later as planned, even before the year the document speaks from', () => {
    const text = '2019年至2021年,全县开展职业技能培训3万人次,其中2019年培训0.6万人次。';
    expect(rows(text, 2020)).toEqual([
      ['职业技能培训', 3, '万人次', 2021],
      ['培训', 0.6, '万人次', 2019],
    ]);
    // a part of a total reported is reported too
    expect(rows('2019年全县培训3万人次,其中2018年培训0.6万人次。', 2020)).toEqual([]);
  });
});

describe('round 25: the targets of a task item', () => {
  const rows = (text: string) =>
    findTargets(text).map((t) => [t.metric, t.value, t.unit, t.year, t.comparator]);
  const read = async (text: string) =>
    (await parseText(text)).targets.map((t) => [t.metric, t.value, t.unit, t.measureId]);
  const items =
    '一、开展甲类整治行动\n1.加大整治力度。12月底前全县达标街道达到街道总数的80%。城区绿化覆盖率达到40%。\n2.强化保障。某局负责经费保障。\n';

  it('reads what a task of an action plan says a value reaches, with a month deadline or none', async () => {
    expect(await read(`X县甲类整治行动方案\n${items}`)).toEqual([
      ['达标街道', 80, '%', 'm1.1'],
      ['城区绿化覆盖率', 40, '%', 'm1.1'],
    ]);
    // a bare list of tasks with no year may be a ledger of work done: only the dated goal
    expect(await read(`X县重点工作任务\n${items}`)).toEqual([['达标街道', 80, '%', 'm1.1']]);
  });

  it('reads 开工 and 新开工 as verbs of a count, and a month deadline spaced out by the page', () => {
    expect(rows('5月底前开工甲类改造项目50个。加快乙村改造,新开工安置房800套。')).toEqual([
      ['甲类改造项目', 50, '个', null, 'eq'],
      ['安置房', 800, '套', null, 'eq'],
    ]);
    expect(rows('继续推进甲类设施改造,12 月底前开工建设 200部。')).toEqual([
      ['开工建设', 200, '部', null, 'eq'],
    ]);
    // the households a project touches are no member of a list of goals
    expect(rows('5月底前开工甲类改造项目50个,涉及居民6000户。')).toEqual([
      ['甲类改造项目', 50, '个', null, 'eq'],
    ]);
  });

  it('reads a goal after a task done to what has reached a state already', () => {
    expect(rows('对 2020 年已达标的部分街道进行提档升级,提档升级街道比例达到50%以上。')).toEqual([
      ['提档升级街道比例', 50, '%', null, 'gte'],
    ]);
    // a status of its own subject stays a report
    expect(rows('全县已达标的街道比例达到50%以上。')).toEqual([]);
  });

  it('dates a goal by its deadline, not by a plan period that names the span of a noun', () => {
    expect(rows('到2023年底,完成“十四五”期间甲类任务总数的60%以上。')).toEqual([
      ['甲类任务总数', 60, '%', 2023, 'gte'],
    ]);
    expect(rows('“十四五”期间,全县新增就业岗位10万个。')).toEqual([['就业岗位', 10, '万个', 2025, 'eq']]);
  });
});
