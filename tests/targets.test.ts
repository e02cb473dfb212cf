import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../src/extract/quantity.js';
import { findTargets, type TargetMatch } from '../src/extract/targets.js';

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
    ['百分之九十五', 95, null, '%', 95, '%'],
    ['0.5个百分点', 0.5, null, '个百分点', 0.5, '个百分点'],
    ['过亿', 1, null, '亿', 1e8, ''],
    ['3千万元', 3000, null, '万元', 3e7, '元'],
  ])('%s → %d..%s %s (%d %s)', (text, value, valueMax, unit, base, baseUnit) => {
    const [q] = findQuantities(text);
    expect(q).toMatchObject({ raw: text, value, valueMax, unit });
    expect(q!.normalized).toMatchObject({ value: base, unit: baseUnit });
  });

  it('reads the bound written with a quantity', () => {
    const bounds = ['3000张以上', '38%以下', '10%左右', '5.5%以内', '3000余家', '1-3家'].map(
      (s) => findQuantities(s)[0]?.comparator,
    );
    expect(bounds).toEqual(['gte', 'lte', 'approx', 'lte', 'gt', 'range']);
  });

  it('needs a unit or a magnitude', () => {
    expect(findQuantities('共12 PM2.5 1.认真 编号2024')).toEqual([]);
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
    ['十四五期末,全市旅游总收入突破1000亿元。', { year: 2025, value: 1000, unit: '亿元', comparator: 'gt' }],
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

  it('carries a year over the following clauses and sentences of its paragraph', () => {
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

describe('findTargets: robustness', () => {
  it('never throws; clauses are in bounds and equal to the text they cover', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789.%,。;\n到年起底达增长以上左右下张家亿万千百分之一二三十四五〔〕号每补贴(一)、 ',
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
    const inputs = [
      '2'.repeat(100_000),
      '〔'.repeat(50_000),
      '1张'.repeat(50_000),
      '到2026年达到1张'.repeat(10_000),
      '(一)1.'.repeat(20_000),
      `${'在'.repeat(100_000)}达到1%`,
      '国发〔2018〕1号2024年'.repeat(10_000),
    ];
    for (const s of inputs) {
      const t0 = performance.now();
      findTargets(s);
      expect(performance.now() - t0, s.slice(0, 20)).toBeLessThan(1500);
    }
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
