import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, parseKeepingText, parseText, type PolicyDocument } from '../src/index.js';
import { diff } from '../src/diff/index.js';
import { DiffSchema, type Alignment, type Diff, type ItemRef, type MatchLabel } from '../src/diff/schema.js';
import { assignPairs } from '../src/diff/assign.js';
import { readStockCore } from '../src/diff/align.js';
import { dropFormulas } from '../src/diff/compare.js';
import { buildTfIdfVectors, collectShingles, measureCosine, measureOverlap } from '../src/diff/similarity.js';
import { loadTokenizer } from '../src/diff/tokens.js';
import { renderDiffText } from '../src/render/diff-text.js';
import { runCli } from './support/cli.js';
import { FIXTURES, ROOT } from './support/files.js';
import { expectLinearTime, repeatTo } from './support/linear.js';

const HANSHAN = 'hanshan-2024-28.txt';
const HENGSHUI = 'hengshui-2018-113.txt';

async function parseFixture(name: string): Promise<PolicyDocument> {
  return parse(readFileSync(join(FIXTURES, name)), { path: `fixtures/${name}` });
}

function listPairs(alignment: Alignment): string[] {
  return alignment.matches.map((m) => `${m.a.title} ↔ ${m.b.title}`);
}

function compact(text: string): string {
  return text.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '');
}

const MIRRORED: Record<MatchLabel, MatchLabel> = {
  identical: 'identical',
  'nearly-identical': 'nearly-identical',
  'a-in-b': 'b-in-a',
  'b-in-a': 'a-in-b',
  related: 'related',
};

/** What diff(B, A) must be, given diff(A, B): sides swapped, lists in the new A's order. */
function mirrorDiff(d: Diff): Diff {
  const mirrorAlignment = (al: Alignment): Alignment => ({
    matches: al.matches
      .map((m) => ({
        ...m,
        a: m.b,
        b: m.a,
        overlapA: m.overlapB,
        overlapB: m.overlapA,
        label: MIRRORED[m.label],
      }))
      .sort((x, y) => x.a.span.start - y.a.span.start),
    onlyA: al.onlyB,
    onlyB: al.onlyA,
  });
  return {
    schemaVersion: d.schemaVersion,
    a: d.b,
    b: d.a,
    metadata: d.metadata.map((r) => ({ ...r, a: r.b, b: r.a })),
    sections: mirrorAlignment(d.sections),
    measures: mirrorAlignment(d.measures),
    targets: {
      matches: d.targets.matches
        .map((m) => ({ ...m, a: m.b, b: m.a }))
        .sort((x, y) => x.a.span.start - y.a.span.start),
      onlyA: d.targets.onlyB,
      onlyB: d.targets.onlyA,
    },
    departments: {
      shared: d.departments.shared.map((s) => ({ ...s, a: s.b, b: s.a, sideA: s.sideB, sideB: s.sideA })),
      onlyA: d.departments.onlyB,
      onlyB: d.departments.onlyA,
    },
    personnel: {
      a: d.personnel.b,
      b: d.personnel.a,
      roles: d.personnel.roles.map((r) => ({ ...r, a: r.b, b: r.a })),
      functions: {
        ...d.personnel.functions,
        onlyA: d.personnel.functions.onlyB,
        onlyB: d.personnel.functions.onlyA,
      },
    },
    keywords: { ...d.keywords, onlyA: d.keywords.onlyB, onlyB: d.keywords.onlyA },
    references: {
      aCitesB: d.references.bCitesA,
      bCitesA: d.references.aCitesB,
      shared: d.references.shared
        .map((s) => ({ ...s, a: s.b, b: s.a }))
        .sort((x, y) => x.a.start - y.a.start),
      onlyA: d.references.onlyB,
      onlyB: d.references.onlyA,
    },
    // A near copy's text is the A side's wording, which the mirror cannot know: compared apart.
    reuse: d.reuse
      .map((r) => ({ ...r, a: r.b, b: r.a }))
      .sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start),
  };
}

function expectMirrored(ab: Diff, ba: Diff): void {
  const expected = mirrorDiff(ab);
  for (const key of Object.keys(expected) as (keyof Diff)[]) {
    if (key === 'reuse') continue;
    expect(ba[key], key).toEqual(expected[key]);
  }
  const withoutNearText = (r: Diff['reuse'][number]) => ({ ...r, text: r.similarity === 1 ? r.text : '' });
  expect(ba.reuse.map(withoutNearText), 'reuse').toEqual(expected.reuse.map(withoutNearText));
}

describe('diff of the seeds (A = district 实施意见 2024, B = city 实施方案 2018)', () => {
  let a: PolicyDocument;
  let b: PolicyDocument;
  let ab: Diff;
  let ba: Diff;

  beforeAll(async () => {
    [a, b] = await Promise.all([parseFixture(HANSHAN), parseFixture(HENGSHUI)]);
    ab = await diff(a, b);
    ba = await diff(b, a);
  });

  it('pairs the measures a policy researcher would pair', () => {
    const pairs = listPairs(ab.measures);
    for (const pair of [
      '康养+中医药 ↔ 提升中医药健康服务品牌',
      '康养+体育 ↔ 拓展体育健身休闲品牌',
      '康养+文旅 ↔ 推介旅游康养品牌',
      '康养+田园休闲 ↔ 发展农业休闲康养品牌',
      '康养+医疗 ↔ 打造医养结合平台',
      '积极拓宽融资渠道 ↔ 拓展融资渠道',
      '培养康养人才队伍 ↔ 构建康养人才平台',
      '提高智慧应用水平 ↔ 建立智慧康养平台',
      '强化组织保障 ↔ 加强组织领导',
    ]) {
      expect(pairs).toContain(pair);
    }
  });

  it('pairs the sections, chapters by the measures they hold and stock headings with each other', () => {
    const pairs = listPairs(ab.sections);
    for (const pair of [
      '强化组织保障 ↔ 组织保障',
      '康养+中医药 ↔ 提升中医药健康服务品牌',
      '积极拓宽融资渠道 ↔ 拓展融资渠道',
      '推动康养产业融合发展 ↔ 实施康养品牌战略',
      '提升康养产业服务质量 ↔ 搭建康养产业支撑平台',
    ]) {
      expect(pairs).toContain(pair);
    }
  });

  it('leaves what has no counterpart unpaired', () => {
    const titles = (refs: ItemRef[]) => refs.map((r) => r.title);
    // Real estate is the district's own idea; the city's plan has no such measure.
    expect(titles(ab.measures.onlyA)).toContain('康养+地产');
    expect(titles(ab.sections.onlyA)).toContain('康养+地产');
    // The work group's roster and rules (the district's attachment) have no counterpart.
    expect(titles(ab.sections.onlyA)).toEqual(
      expect.arrayContaining(['组成人员', '工作职责', '问题协调机制']),
    );
    // The city's frame (总体要求, principles, goals) has none in the district's opinion.
    expect(titles(ab.sections.onlyB)).toEqual(expect.arrayContaining(['总体要求', '基本原则', '主要目标']));
    const pairs = [...listPairs(ab.measures), ...listPairs(ab.sections)];
    expect(pairs).not.toContain('康养+中医药 ↔ 推介旅游康养品牌');
    expect(pairs.filter((p) => p.startsWith('问题协调机制'))).toEqual([]);
    expect(pairs.filter((p) => p.startsWith('康养+地产'))).toEqual([]);
  });

  it('labels paraphrased counterparts related and keeps scores within 0..1', () => {
    for (const m of [...ab.measures.matches, ...ab.sections.matches]) {
      expect(m.label).toBe('related');
      expect(m.score).toBeGreaterThanOrEqual(0.15);
      expect(m.score).toBeLessThanOrEqual(1);
    }
  });

  it('is a valid DiffSchema value whose spans point into the input files', () => {
    expect(() => DiffSchema.parse(ab)).not.toThrow();
    const sources = {
      a: readFileSync(join(FIXTURES, HANSHAN), 'utf8'),
      b: readFileSync(join(FIXTURES, HENGSHUI), 'utf8'),
    };
    for (const side of ['a', 'b'] as const) {
      const refs = [...ab.sections.matches.map((m) => m[side]), ...ab.measures.matches.map((m) => m[side])];
      refs.push(
        ...(side === 'a'
          ? [...ab.sections.onlyA, ...ab.measures.onlyA]
          : [...ab.sections.onlyB, ...ab.measures.onlyB]),
      );
      for (const ref of refs) {
        expect(compact(sources[side].slice(ref.span.start, ref.span.end))).toContain(compact(ref.title));
      }
    }
  });

  it('compares metadata, targets, departments, rosters and keywords', () => {
    expect(ab.a).toMatchObject({
      level: 'district-county',
      genre: '实施意见',
      docNumber: '邯山政办〔2024〕28号',
    });
    expect(ab.b).toMatchObject({ level: 'municipal', genre: '实施方案', docNumber: '衡政办字〔2018〕113号' });
    expect(ab.metadata.find((r) => r.field === 'type')).toEqual({
      field: 'type',
      a: '实施意见',
      b: '实施方案',
      same: false,
    });
    // 40亿元 of scale and 10% of growth measure different things: no pair across unit families.
    expect(ab.targets.matches).toEqual([]);
    expect(ab.targets.onlyA.map((t) => t.metric)).toEqual(['康养旅游基地', '养老床位', '康养产业规模']);
    const health = ab.departments.shared.find((s) => s.canonical === '卫生健康');
    expect(health).toMatchObject({
      a: ['区卫健局'],
      b: ['市卫生计生委'],
      renamed: '卫生计生委 → 卫生健康, 2018',
    });
    expect(health?.sideB.leads).toBeGreaterThan(0);
    // 教体局 carries both functions; the city names 教育局 and 体育局.
    expect(ab.departments.shared.filter((s) => s.a.includes('区教体局')).map((s) => s.canonical)).toEqual([
      '教育',
      '体育',
    ]);
    expect(ab.departments.onlyB.map((s) => s.canonical)).toContain('人力资源社会保障');
    expect(ab.personnel.a.people).toBeGreaterThan(40);
    expect(ab.personnel.b.people).toBe(0);
    expect(ab.personnel.functions.onlyA).toEqual(expect.arrayContaining(['发展改革', '卫生健康']));
    expect(ab.keywords.shared).toEqual(expect.arrayContaining(['康养', '中医药', '医养结合']));
    expect(ab.keywords.onlyA).toContain('地产');
    expect(ab.keywords.onlyB).toContain('治未病');
    // The plans paraphrase each other; no passage of 20 characters recurs.
    expect(ab.reuse).toEqual([]);
  });

  it('mirrors: diff(B, A) is diff(A, B) with the sides swapped, field by field', () => {
    expectMirrored(ab, ba);
  });

  it('matches the golden JSON (UPDATE=1 rewrites it)', () => {
    const expectedPath = join(FIXTURES, 'expected', 'diff-hanshan-hengshui.json');
    const actual = JSON.stringify(ab, null, 2) + '\n';
    if (process.env.UPDATE || !existsSync(expectedPath)) writeFileSync(expectedPath, actual);
    expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});

describe('diff of small documents', () => {
  const textA = [
    '关于推进甲产业发展的实施方案',
    '',
    '一、主要任务',
    '',
    '(一)发展养老服务。鼓励社会力量举办养老机构,支持医疗机构开展医养结合服务,推动医疗卫生与养老服务深度融合。',
    '',
    '(二)加强人才培养。完善职业教育体系,提高养老护理人才培养质量,开展养老护理员职业技能等级评价。' +
      '鼓励院校开设养老服务相关专业,对在养老机构就业的毕业生给予补贴。',
    '',
    '(三)做好安全监管。落实养老机构安全生产责任,定期开展消防安全检查,及时消除隐患。',
    '',
  ].join('\n');
  const textB = [
    '关于加快乙产业发展的实施意见',
    '',
    '一、重点任务',
    '',
    '1.加强人才培养。完善职业教育体系,提高养老护理人才培养质量,全面开展养老护理员职业技能等级评价。' +
      '鼓励院校开设养老服务相关专业,对在养老机构就业的毕业生给予补贴。',
    '',
    '2.壮大养老服务。鼓励社会力量举办养老机构,支持医疗机构开展医养结合服务,推动医疗卫生与养老服务深度融合。' +
      '推进居家社区养老服务网络建设,发展老年助餐、助浴、助洁服务,建设县乡村三级养老服务设施,培育连锁化品牌化养老企业。',
    '',
    '3.繁荣体育赛事。举办全民健身运动会,建设体育公园和健身步道。',
    '',
  ].join('\n');

  it('labels containment and reports verbatim reuse with exact spans, both ways', async () => {
    const a = await parseText(textA, 'a.txt');
    const b = await parseText(textB, 'b.txt');
    const ab = await diff(a, b);
    const ba = await diff(b, a);
    const labels = Object.fromEntries(
      ab.measures.matches.map((m) => [`${m.a.title} ↔ ${m.b.title}`, m.label]),
    );
    expect(labels).toEqual({
      '发展养老服务 ↔ 壮大养老服务': 'a-in-b',
      '加强人才培养 ↔ 加强人才培养': 'nearly-identical',
    });
    expect(ab.measures.onlyA.map((r) => r.title)).toEqual(['做好安全监管']);
    expect(ab.measures.onlyB.map((r) => r.title)).toEqual(['繁荣体育赛事']);
    // One passage copied whole, one copied with two characters inserted (two runs).
    expect(ab.reuse).toHaveLength(3);
    for (const r of ab.reuse) {
      expect(r.similarity).toBe(1);
      expect(textA.slice(r.a.start, r.a.end)).toBe(r.text);
      expect(textB.slice(r.b.start, r.b.end)).toBe(r.text);
      const lineA = textA.slice(0, r.a.start).split('\n');
      expect([r.a.line, r.a.column]).toEqual([lineA.length, lineA.at(-1)!.length + 1]);
    }
    expectMirrored(ab, ba);
    expect(ba.measures.matches.find((m) => m.a.title === '壮大养老服务')?.label).toBe('b-in-a');
  });

  it('calls a section identical to its copy, and pairs a document with itself one to one', async () => {
    const a = await parseText(textA, 'a.txt');
    const copy = await parseText(textA, 'copy.txt');
    const d = await diff(a, copy);
    expect(d.sections.matches.every((m) => m.label === 'identical' && m.a.id === m.b.id)).toBe(true);
    expect(d.sections.onlyA).toEqual([]);
    expect(d.sections.onlyB).toEqual([]);
    expectMirrored(d, await diff(copy, a));
  });
});

describe('assignPairs (Hungarian algorithm)', () => {
  it('finds the optimum where greedy picking fails', () => {
    expect(
      assignPairs(
        [
          [0.9, 0.8],
          [0.8, 0.1],
        ],
        0.2,
      ),
    ).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('solves a 3×3 with a known optimum', () => {
    // Best total: 0.7 (row 0) + 0.8 (row 1) + 0.9 (row 2) = 2.4.
    const scores = [
      [0.1, 0.7, 0.3],
      [0.8, 0.2, 0.4],
      [0.3, 0.5, 0.9],
    ];
    expect(assignPairs(scores, 0)).toEqual([
      [0, 1],
      [1, 0],
      [2, 2],
    ]);
  });

  it('handles rectangular matrices both ways', () => {
    expect(
      assignPairs(
        [
          [0.5, 0.9, 0.4],
          [0.6, 0.95, 0.1],
        ],
        0.2,
      ),
    ).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(
      assignPairs(
        [
          [0.5, 0.6],
          [0.9, 0.95],
          [0.4, 0.1],
        ],
        0.2,
      ),
    ).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('makes no pair below the minimum score, and none of an empty matrix', () => {
    expect(
      assignPairs(
        [
          [0.1, 0.05],
          [0.3, 0.19],
        ],
        0.2,
      ),
    ).toEqual([[1, 0]]);
    expect(assignPairs([], 0.2)).toEqual([]);
    expect(assignPairs([[]], 0.2)).toEqual([]);
  });

  it('reaches the brute-force optimum on random matrices', () => {
    const bestTotal = (scores: number[][], min: number, row = 0, used = new Set<number>()): number => {
      if (row === scores.length) return 0;
      let best = bestTotal(scores, min, row + 1, used);
      scores[row]!.forEach((s, j) => {
        if (s < min || used.has(j)) return;
        used.add(j);
        best = Math.max(best, s + bestTotal(scores, min, row + 1, used));
        used.delete(j);
      });
      return best;
    };
    const matrix = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })).chain(([n, m]) =>
      fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: m, maxLength: m }), {
        minLength: n,
        maxLength: n,
      }),
    );
    fc.assert(
      fc.property(matrix, fc.double({ min: 0, max: 0.6, noNaN: true }), (scores, min) => {
        const pairs = assignPairs(scores, min);
        expect(new Set(pairs.map(([, j]) => j)).size).toBe(pairs.length);
        for (const [i, j] of pairs) expect(scores[i]![j]!).toBeGreaterThanOrEqual(min);
        const total = pairs.reduce((sum, [i, j]) => sum + scores[i]![j]!, 0);
        expect(total).toBeCloseTo(bestTotal(scores, min), 9);
      }),
    );
  });
});

describe('similarity measures', () => {
  it('TF-IDF cosine: 1 for the same words, 0 for none shared, symmetric', () => {
    const [x, y, z, w] = buildTfIdfVectors([
      ['养老', '服务', '机构'],
      ['养老', '服务', '机构'],
      ['体育', '赛事'],
      ['养老', '赛事', '公园'],
    ]);
    expect(measureCosine(x!, y!)).toBeCloseTo(1, 12);
    expect(measureCosine(x!, z!)).toBe(0);
    expect(measureCosine(x!, w!)).toBeGreaterThan(0);
    expect(measureCosine(x!, w!)).toBe(measureCosine(w!, x!));
  });

  it('gives a word every unit uses no weight', () => {
    const [x, y] = buildTfIdfVectors([
      ['康养', '地产'],
      ['康养', '体育'],
    ]);
    expect(measureCosine(x!, y!)).toBe(0);
  });

  it('shingles drop punctuation; a short text is one shingle', () => {
    expect([...collectShingles('康养产业,发展')]).toEqual(['康养产业', '养产业发', '产业发展']);
    expect([...collectShingles('康养')]).toEqual(['康养']);
    expect(collectShingles('。、').size).toBe(0);
  });

  it('overlap is one-directional: the share of one side found in the other', () => {
    const part = collectShingles('养老服务体系');
    const whole = collectShingles('完善养老服务体系建设');
    expect(measureOverlap(part, whole)).toBe(1);
    expect(measureOverlap(whole, part)).toBeCloseTo(3 / 7, 12);
    expect(measureOverlap(new Set(), whole)).toBe(0);
  });
});

describe('tokens and stock headings', () => {
  it('keeps policy terms whole, drops stop words, expands contractions', async () => {
    const tokenizer = await loadTokenizer();
    const tokens = tokenizer.tokenize('积极开展医养结合试点,推动康养+文旅融合发展');
    expect(tokens).toEqual(expect.arrayContaining(['医养结合', '康养', '文旅', '文化', '旅游']));
    for (const stop of ['积极开展', '推动', '积极']) expect(tokens).not.toContain(stop);
    expect(tokenizer.words('提升中医药健康服务品牌')).toEqual(['中医药健康服务', '品牌']);
  });

  it('reads the stock core of a heading', () => {
    expect(readStockCore('强化组织保障')).toBe('组织保障');
    expect(readStockCore('加强组织领导')).toBe('组织领导');
    expect(readStockCore('康养+文旅')).toBeNull();
  });

  it('parse never loads jieba', () => {
    const script = [
      "const { parseText } = await import('./dist/index.js');",
      "await parseText('一、总体要求\\n加强组织领导。');",
      "const { createRequire } = await import('node:module');",
      'const loaded = Object.keys(createRequire(import.meta.url).cache);',
      "console.log(loaded.some((k) => k.includes('jieba')));",
    ].join('\n');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('false');
  });
});

describe('notices with no headings', () => {
  const notice = (place: string, season: string, duty: string) =>
    parseText(
      `${place}县人民政府办公室关于做好${season}期间安全生产工作的通知\n各乡镇人民政府,县直各单位:\n${season}将至,为做好安全生产工作,请各单位加强隐患排查,${duty},确保全县安全形势稳定。\n${place}县人民政府办公室\n2024年1月20日\n`,
    );

  it('keep their text as the preamble, and the diff compares it', async () => {
    const a = await notice('甲', '春节', '落实值班制度');
    const b = await notice('乙', '国庆', '严格执行领导带班制度');
    expect(a.outline).toEqual([]);
    expect(a.preamble?.text).toBe(
      '春节将至,为做好安全生产工作,请各单位加强隐患排查,落实值班制度,确保全县安全形势稳定。',
    );
    const d = await diff(a, b);
    expect(d.sections.matches).toHaveLength(1);
    expect(d.keywords.shared).toContain('安全生产');
    expect(d.reuse.map((r) => r.text)).toContain('将至,为做好安全生产工作,请各单位加强隐患排查');
  });
});

describe('targets: implicit subjects, indicator synonyms, direction', () => {
  const plan = (place: string, goals: string) =>
    parseText(
      `关于${place}经济发展的意见\n一、主要目标\n${goals}\n二、保障措施\n加强组织领导,落实工作责任。\n`,
    );

  it('pairs a target with no metric of its own with its copy, or with one of like kind, unit and year in the paired section', async () => {
    const goals = '到2027年,培育3至5家龙头企业,年均增长8%以上。';
    const a = await plan('甲县', goals);
    expect(a.targets.map((t) => t.metric)).toContain('');
    const same = await diff(a, await plan('乙县', goals));
    expect(same.targets.onlyA).toEqual([]);
    expect(same.targets.onlyB).toEqual([]);
    const other = await diff(a, await plan('乙县', '到2027年,培育2至4家龙头企业,年均增长6%以上。'));
    const growth = other.targets.matches.find((m) => m.a.metric === '');
    expect(growth?.b.text).toBe('年均增长6%以上');
    expect(growth?.differences).toEqual(['value']);
  });

  it('pairs two names of one statistical indicator (经济增长 ↔ 地区生产总值增长, 万元GDP能耗 ↔ 单位地区生产总值能耗)', async () => {
    const a = await plan('甲县', '2021年全县地区生产总值增长6%以上;单位地区生产总值能耗下降3%。');
    const b = await plan('乙县', '2019年经济增长7.5%—8%;万元GDP能耗下降2.5%。');
    const d = await diff(a, b);
    expect(d.targets.matches.map((m) => `${m.a.metric} ↔ ${m.b.metric}`).sort()).toEqual(
      ['地区生产总值 ↔ 经济', '单位地区生产总值能耗 ↔ 万元GDP能耗'].sort(),
    );
  });

  it('pairs two targets of the same wording by their metrics: the bare 50% of two list members measure two things', async () => {
    const a = await plan('东河市', '到2025年,甲类设施覆盖率、乙类设施覆盖率分别达到45%和50%。');
    const b = await plan('西河市', '到2025年,某某处理率、某某普及率分别达到95%和50%。');
    expect(a.targets.map((t) => t.text)).toContain('50%');
    expect(b.targets.map((t) => t.text)).toContain('50%');
    const d = await diff(a, b);
    expect(d.targets.matches.filter((m) => m.a.text === '50%' && m.b.text === '50%')).toEqual([]);
    // the same wording of the same subject is still the same target
    const same = await diff(
      a,
      await plan('西河市', '到2025年,甲类设施覆盖率、乙类设施覆盖率分别达到40%和50%。'),
    );
    const ratio = same.targets.matches.find((m) => m.b.text === '50%')!;
    expect([ratio.a.metric, ratio.score, ratio.differences]).toEqual(['乙类设施覆盖率', 1, []]);
  });

  it('tells a reduction from a growth of the same size', async () => {
    const a = await plan('甲县', '2019年万元GDP能耗下降2.5%;农村贫困人口减少3万以上。');
    const b = await plan('乙县', '2019年万元GDP能耗增长2.5%;农村贫困人口减少3万以上。');
    const d = await diff(a, b);
    const energy = d.targets.matches.find((m) => m.a.metric === '万元GDP能耗')!;
    expect([energy.a.direction, energy.b.direction]).toEqual(['down', 'up']);
    expect(energy.differences).toEqual(['direction']);
    const poor = d.targets.matches.find((m) => m.a.metric === '农村贫困人口')!;
    expect([poor.a.direction, poor.differences]).toEqual(['down', []]);
  });
});

describe('wording compared: the preamble, book titles, keywords', () => {
  const goal =
    '以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神,发挥山水资源优势,推动森林康养特色化、集群化、智慧化发展,形成布局合理的康养产业格局。';

  it('finds passages and keywords in the text before the first heading', async () => {
    const a = await parseText(`关于发展甲市康养产业的意见\n${goal}\n一、重点任务\n建设一批森林康养基地。\n`);
    const b = await parseText(
      `关于发展乙市康养产业的意见\n一、总体要求\n${goal}\n二、重点任务\n建设一批温泉康养基地。\n`,
    );
    const d = await diff(a, b);
    expect(d.reuse.map((r) => r.text)).toEqual([goal.slice(0, -1)]);
    expect(d.keywords.onlyB).not.toContain('康养产业');
    expect(d.keywords.shared).toContain('森林康养');
    // stock formulas and the pieces a suffix leaves are no keywords
    for (const noise of ['习近平', '中国', '特色', '社会主义', '思想', '时代', '二十大', '化发展']) {
      expect([...d.keywords.shared, ...d.keywords.onlyA, ...d.keywords.onlyB]).not.toContain(noise);
    }
  });

  it("takes no keywords from a roster, a 文号 or a cover notice's formulas", async () => {
    const notice = (place: string, boss: string, member: string) =>
      parseText(
        [
          `${place}市人民政府办公室关于成立${place}市河湖治理领导小组的通知`,
          `${place}政办发〔2021〕12号`,
          '各区人民政府,市政府各部门:',
          `为推进河湖治理,经市政府同意,决定成立${place}市河湖治理领导小组。现将组成人员通知如下:`,
          `组  长:${boss} 市长`,
          `成  员:${member} 市水务局局长`,
          '今后,领导小组成员如有变动,由其所在单位接任领导自然替补。',
          `${place}市人民政府办公室`,
          '2021年3月1日',
          '',
        ].join('\n'),
      );
    const a = await notice('甲', '郑秋实', '钱立民');
    const b = await notice('乙', '孙海潮', '周永年');
    expect(a.personnel.map((p) => p.name)).toEqual(['郑秋实', '钱立民']);
    const d = await diff(a, b);
    const words = [...d.keywords.shared, ...d.keywords.onlyA, ...d.keywords.onlyB];
    expect(words).toContain('河湖');
    for (const noise of [
      '秋实',
      '立民',
      '海潮',
      '永年',
      '政办发',
      '通知',
      '同意',
      '替补',
      '接任',
      '所在单位',
    ]) {
      expect(words).not.toContain(noise);
    }
  });

  it("leaves out the places the issuers are named after (each region's own name)", async () => {
    const plan = (issuer: string, place: string, topic: string) =>
      parseText(
        [
          `${issuer}关于印发${place}${topic}发展行动计划的通知`,
          '各有关单位:',
          `现将《${place}${topic}发展行动计划》印发给你们,请认真贯彻执行。`,
          issuer,
          '2021年3月1日',
          `${place}${topic}发展行动计划`,
          '一、重点任务',
          `支持${place}${topic}企业做大做强,打造${place}${topic}品牌,推动${place}${topic}集群发展,提升${place}${topic}服务水平。`,
          '',
        ].join('\n'),
      );
    const d = await diff(
      await plan('东河市人民政府办公室', '东河', '茶叶'),
      await plan('西山县人民政府', '西山', '茶叶'),
    );
    const words = [...d.keywords.shared, ...d.keywords.onlyA, ...d.keywords.onlyB];
    expect(words).toContain('茶叶');
    for (const place of ['东河', '东河市', '西山', '西山县']) expect(words).not.toContain(place);
  });

  it("leaves an official's given name a keyword where it is a word of its own (振兴 of 王振兴)", async () => {
    const plan = (place: string, member: string) =>
      parseText(
        [
          `${place}乡村振兴实施方案`,
          '一、总体要求',
          `推动${place}乡村产业振兴、人才振兴、文化振兴,促进农业增效、农民增收。`,
          '二、组织保障',
          `成立${place}乡村振兴工作领导小组,由${member}同志牵头负责。`,
          `组  长:${member} 区长`,
          '',
        ].join('\n'),
      );
    const a = await plan('东河区', '王振兴');
    const b = await plan('西河区', '李某某');
    expect(a.personnel.map((p) => p.name)).toContain('王振兴');
    const d = await diff(a, b);
    const words = [...d.keywords.shared, ...d.keywords.onlyA, ...d.keywords.onlyB];
    expect(d.keywords.shared).toContain('振兴');
    for (const name of ['王振兴', '李某某', '某某']) expect(words).not.toContain(name);
  });

  it('leaves out 文号 and bodies of a long list in linear time', () => {
    expect(dropFormulas('东河市民政局、财政局负责资金保障(东政发〔2021〕3号)').replace(/\s/g, '')).toBe(
      '东河、负责资金保障()',
    );
    for (const [label, make] of [
      ['a list of bodies', repeatTo('市民政局、')],
      ['a list of 文号', repeatTo('东政发〔2021〕3号、')],
    ] as const) {
      expectLinearTime(label, make, dropFormulas);
    }
  });

  it('ends a reused passage with the book title it cites, and keeps 1.00 for items that are the same', async () => {
    const rules = (county: string, basis: string, aim: string) =>
      parseText(
        `${county}人民政府工作规则\n第一章 总则\n一、根据《中华人民共和国宪法》《中华人民共和国地方各级人民政府组织法》${basis},制定本规则。\n二、${aim}\n`,
      );
    const d = await diff(
      await rules('甲县', '等法律', '县政府工作的宗旨是全心全意为人民服务。'),
      await rules('乙县', '和有关规定', '县政府坚持依法行政,建设法治政府。'),
    );
    expect(d.reuse[0]?.text).toBe('根据《中华人民共和国宪法》《中华人民共和国地方各级人民政府组织法》');
    // the articles have no titles: a match names them by their opening words
    expect(d.sections.matches.map((m) => m.a.excerpt ?? m.a.title)).toContain(
      '一、根据《中华人民共和国宪法》《中华…',
    );
    for (const m of d.sections.matches) expect(m.score === 1).toBe(m.label === 'identical');
  });
});

describe('rosters', () => {
  it('count a person who holds two posts (成员, 办公室主任) once', async () => {
    const notice = (place: string) =>
      parseText(
        `${place}县人民政府办公室关于成立${place}县政务公开工作领导小组的通知\n各乡镇人民政府:\n为加强政务公开工作,决定成立${place}县政务公开工作领导小组。\n组 长:张某 县长\n副组长:李某 副县长\n成 员:王某 县政府办公室主任\n赵某 县财政局局长\n领导小组办公室设在县政府办公室,王某同志兼任办公室主任。\n`,
      );
    const a = await notice('甲');
    expect(a.personnel.map((p) => `${p.role}:${p.name}`)).toEqual([
      '组长:张某',
      '副组长:李某',
      '成员:王某',
      '成员:赵某',
      '办公室主任:王某',
    ]);
    const d = await diff(a, await notice('乙'));
    expect(d.personnel.a.people).toBe(4);
    expect(d.personnel.a.groups.map((g) => g.size)).toEqual([4]);
  });
});

describe('departments, rosters and measures of two plans (diff review round 15)', () => {
  const plan = (lines: string[]) => parseText(`关于推进人才工程的实施意见\n${lines.join('\n')}\n`);

  it('pairs a unit the taxonomy does not know by its name without the level word, each in its own row', async () => {
    const a = await plan([
      '一、重点项目',
      '1.创业交流会。办好交流会。(牵头单位:区创业协调办,配合单位:区侨联办)',
    ]);
    const b = await plan([
      '一、重点项目',
      '1.创业交流会。办好交流会。(牵头单位:市创业协调办,配合单位:市科协)',
    ]);
    const d = await diff(a, b);
    expect(d.departments.shared.map((s) => [s.canonical, s.a, s.b])).toContainEqual([
      '创业协调办',
      ['区创业协调办'],
      ['市创业协调办'],
    ]);
    expect(d.departments.onlyA.map((o) => [o.canonical, o.side.names])).toEqual([[null, ['区侨联办']]]);
    expect(d.departments.onlyB.map((o) => [o.canonical, o.side.names])).toEqual([['科协', ['市科协']]]);
    const same = await diff(a, a);
    expect([same.departments.onlyA, same.departments.onlyB]).toEqual([[], []]);
  });

  it('knows the short forms of merged bureaus (交运局, 文广旅体局)', async () => {
    const a = await plan([
      '一、提高审批效率',
      '1.精简审批手续。推进网上审批。(区政务服务局牵头,区交运局、区文广旅体局配合)',
    ]);
    const b = await plan([
      '一、提高审批效率',
      '1.简化审批手续。推进网上审批。(市政务服务局牵头,市交通运输局、市文化广电旅游体育局配合)',
    ]);
    const d = await diff(a, b);
    expect(d.departments.shared.map((s) => s.canonical)).toEqual([
      '文化和旅游',
      '体育',
      '交通运输',
      '广播电视',
      '政务服务',
    ]);
    expect([d.departments.onlyA, d.departments.onlyB]).toEqual([[], []]);
  });

  it('reads the bare units of a 成员 list, two posts under one role, and 由X兼任办公室主任', async () => {
    const a = await parseText(
      '关于成立市甲工作领导小组的通知\n市政府决定成立市甲工作领导小组。领导小组成员名单如下:\n组 长:张某(市政府副市长)\n副组长:李某(市住房城乡建设局局长)\n王某(市发展改革局局长)\n成员:\n陈某(市财政局)\n黎某(市城管局)\n',
    );
    const b = await parseText(
      '关于成立市乙工作领导小组的通知\n市人民政府决定成立市乙工作领导小组。\n一、组成人员\n组 长:负责住房和城乡建设工作的副市长\n副组长:协调住房和城乡建设工作的市政府副秘书长、市住房城乡建设局主要负责同志\n成 员:市发展改革局、财政局、城管执法局分管负责同志。\n二、工作机制\n领导小组下设办公室,办公室设在市住房城乡建设局,由市住房城乡建设局分管负责同志兼任办公室主任。\n',
    );
    expect(b.personnel.map((p) => `${p.role}:${p.titles.join('、')}`)).toContain(
      '办公室主任:市住房城乡建设局分管负责同志',
    );
    const d = await diff(a, b);
    expect(d.personnel.functions).toEqual({
      shared: ['发展改革', '财政', '住房城乡建设', '城市管理'],
      onlyA: [],
      onlyB: [],
    });
    const roles = Object.fromEntries(d.personnel.roles.map((r) => [r.role, [r.a, r.b]]));
    expect(roles).toMatchObject({ 组长: [1, 1], 副组长: [2, 2], 成员: [2, 3], 办公室主任: [0, 1] });
    expect(d.personnel.b.people).toBe(7);
    // one person holding two posts of his own (县委常委、常务副县长) is still one
    const c = await parseText('关于成立丙县指挥部的通知\n指挥长由县委常委、常务副县长担任。\n');
    expect((await diff(c, c)).personnel.roles).toEqual([{ role: '指挥长', a: 1, b: 1 }]);
  });

  it('a measure the outline pairs as identical is compared as a measure on both sides', async () => {
    const lines = (second: string) => [
      '一、总体目标',
      '1.目标。到2026年,引进高层次人才2000名左右。',
      second,
      '(一)产业人才行动计划。围绕主导产业,实施如下重点项目:',
      '2.紧缺人才开发项目。5年内引进1万名企业紧缺人才。(牵头单位:市发展改革委)',
      '3.企业家培养项目。5年内培养100名优秀企业家。(牵头单位:市委组织部)',
      '三、强化组织实施',
      '4.加强组织领导。市人才工作领导小组负责统筹协调。(牵头单位:市委组织部)',
    ];
    // the second side lost the marker of a heading that runs into its text: no heading is left
    const a = await plan(lines('二、实施人才行动计划。围绕人才发展,实施如下计划。'));
    const b = await plan(lines('实施人才行动计划。围绕人才发展,实施如下计划。'));
    const d = await diff(a, b);
    expect(d.measures.onlyA).toEqual([]);
    expect(listPairs(d.measures)).toEqual([
      '紧缺人才开发项目 ↔ 紧缺人才开发项目',
      '企业家培养项目 ↔ 企业家培养项目',
      '加强组织领导 ↔ 加强组织领导',
    ]);
  });
});

describe('class 6: a reused passage is placed at its own text', () => {
  // full-width punctuation and indents, which normalising rewrites: spans must still be the input's
  const textA = [
    '甲县人民政府关于印发甲县河道管理实施意见的通知',
    '各乡镇人民政府:',
    '　　现将《甲县河道管理实施意见》印发给你们，请结合巡河护河工作实际，认真组织实施并按季度报送进展。',
    '甲县人民政府',
    '2024年3月1日',
    '甲县河道管理实施意见',
    '一、总体要求',
    '　　落实河长责任制度，健全河道巡查长效机制，推动管护任务落地见效。',
    '二、重点任务',
    '开展河道清淤。',
    '',
  ].join('\n');
  const textB = [
    '关于加强乙县河道管理的实施方案',
    '一、工作要求',
    '',
    '各单位要结合巡河护河工作实际，认真组织实施并按季度报送进展。',
    '',
    '　　落实河长责任制度，健全河道巡查长效机制，推动管护任务落地见效。',
    '二、保障措施',
    '加强经费保障。',
    '',
  ].join('\n');
  const bare = (text: string) => compact(text.normalize('NFKC'));
  const expectOwnSpans = (d: Diff, inputA: string, inputB: string) => {
    expect(d.reuse).toHaveLength(2);
    for (const r of d.reuse) {
      for (const [span, input] of [
        [r.a, inputA],
        [r.b, inputB],
      ] as const) {
        expect(bare(input.slice(span.start, span.end))).toBe(bare(r.text));
        const before = input.slice(0, span.start).split('\n');
        expect([span.line, span.column]).toEqual([before.length, before.at(-1)!.length + 1]);
      }
    }
  };

  it('under a heading of its own line and in a cover notice, both ways', async () => {
    const read = (text: string, path: string) =>
      parseKeepingText(new TextEncoder().encode(text), { path, encoding: 'utf-8' });
    const a = await read(textA, 'a.txt');
    const b = await read(textB, 'b.txt');
    const ab = await diff(a.document, b.document, { a: a.norm, b: b.norm });
    expect(ab.reuse.map((r) => [r.a.line, r.b.line])).toEqual([
      [3, 4],
      [8, 6],
    ]);
    expectOwnSpans(ab, textA, textB);
    expectMirrored(ab, await diff(b.document, a.document, { a: b.norm, b: a.norm }));
  });

  it('in the output of policy-parse diff', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-parse-reuse-'));
    writeFileSync(join(dir, 'a.txt'), textA);
    writeFileSync(join(dir, 'b.txt'), textB);
    const r = runCli(['diff', join(dir, 'a.txt'), join(dir, 'b.txt'), '--format', 'json']);
    expect(r.status).toBe(0);
    expectOwnSpans(DiffSchema.parse(JSON.parse(r.stdout)), textA, textB);
  });
});

describe('class 7: guiding formulas and numbers cut in reused passages', () => {
  const plan = (year: string, aim: string, due: string, item: number) =>
    parseText(
      [
        `${year}年全市卫生健康工作要点`,
        '一、总体要求',
        `坚持以习近平新时代中国特色社会主义思想为指导，${aim}。`,
        '二、工作安排',
        `${year}年全市卫生健康工作要点由各牵头单位分解落实，各牵头单位要统筹相关责任单位制订具体工作方案，` +
          `实行清单管理，形成工作闭环。各牵头单位于${due}前报送。`,
        `重点工作如下:(${item})落实河长责任制度，健全河道巡查长效机制，推动管护任务落地见效。`,
        '',
      ].join('\n'),
    );

  it('leaves out a passage of formulas only, and ends or starts a run at a whole clause, not in a number', async () => {
    const d = await diff(
      await plan('2023', '加快推动健康服务体系均衡', '2024年2月8日', 1),
      await plan('2025', '以健康城市建设为统领', '2025年2月5日', 2),
    );
    expect(d.reuse.map((r) => r.text)).toEqual([
      '各牵头单位要统筹相关责任单位制订具体工作方案,实行清单管理,形成工作闭环',
      // after a list marker, a passage starts where it starts
      '落实河长责任制度,健全河道巡查长效机制,推动管护任务落地见效',
    ]);
  });
});

describe('class 5: the documents two documents cite', () => {
  it('says A cites B (by 文号 or title), and which documents both or one cite', async () => {
    const city = await parseText(
      [
        '丙市人民政府关于印发丙市稳增长若干措施的通知',
        '丙政发〔2016〕13号',
        '各县(市)、区人民政府:',
        '《丙市稳增长若干措施》已经市人民政府同意,现印发给你们,请认真贯彻落实。',
        '丙市人民政府',
        '2016年2月27日',
        '丙市稳增长若干措施',
        '依据《中华人民共和国行政许可法》《丙省优化营商环境条例》,制定如下措施。',
        '一、提高项目审批效率',
        '1.简化项目审批手续。加快推进网上审批。',
        '',
      ].join('\n'),
      'city.txt',
    );
    const district = await parseText(
      [
        '丁区稳增长政策措施',
        '根据《丙市人民政府关于印发丙市稳增长若干措施的通知》(丙政发〔2016〕13号),依据《中华人民共和国行政许可法》《丁区招商引资办法》(丁政发〔2015〕2号),制定如下措施。',
        '一、提高投资项目审批效率',
        '1.精简项目审批手续。加快推进网上审批。',
        '',
      ].join('\n'),
      'district.txt',
    );
    const d = await diff(district, city);
    const named = (c: { title: string | null; docNumber: string | null } | null) =>
      c && [c.title, c.docNumber].filter(Boolean).join(' ');
    expect(named(d.references.aCitesB)).toBe(
      '丙市人民政府关于印发丙市稳增长若干措施的通知 丙政发〔2016〕13号',
    );
    expect(d.references.aCitesB?.span.line).toBe(2);
    expect(d.references.bCitesA).toBeNull();
    expect(d.references.shared.map(named)).toEqual(['中华人民共和国行政许可法']);
    expect(d.references.onlyA.map(named)).toEqual(['丁区招商引资办法 丁政发〔2015〕2号']);
    expect(d.references.onlyB.map(named)).toEqual(['丙省优化营商环境条例']);
    expectMirrored(d, await diff(city, district));
    expect(renderDiffText(d, { color: false, width: 140 })).toMatch(
      /^ {2}A cites B +2 +— +《丙市人民政府关于印发/m,
    );
    // a diff saved before references were compared still reads, as citing nothing
    const older: Partial<Diff> = { ...d };
    delete older.references;
    expect(DiffSchema.parse(older).references).toEqual({
      aCitesB: null,
      bCitesA: null,
      shared: [],
      onlyA: [],
      onlyB: [],
    });
  });
});

describe('the documents table names each issuer with its place and counts the preamble', () => {
  it('gives the publisher’s full name when the notice names its body without the place', async () => {
    const a = await parseText(
      '发布机构:南岭区人民政府办公室\n区人民政府办公室关于印发甲方案的通知\n各街道:\n现将甲方案印发给你们。\n区人民政府办公室\n2023年3月1日\n甲方案\n为推进工作,制定本方案。\n一、总体要求\n坚持稳中求进。\n',
    );
    const b = await parseText(
      '发布机构:北川区人民政府办公室\n区人民政府办公室关于印发乙方案的通知\n各街道:\n现将乙方案印发给你们。\n区人民政府办公室\n2023年4月1日\n乙方案\n一、总体要求\n坚持稳中求进。\n',
    );
    const d = await diff(a, b);
    expect([d.a.issuer, d.b.issuer]).toEqual(['南岭区人民政府办公室', '北川区人民政府办公室']);
    // A's preamble (为推进工作,制定本方案。) is counted beside its section
    expect(d.a.chars - d.b.chars).toBe([...'为推进工作,制定本方案。'].length);
    expect(renderDiffText(d, { color: false, width: 120 })).toContain('1 section, ');
  });
});
