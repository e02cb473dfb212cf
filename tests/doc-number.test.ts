import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDocNumbers, readNumberLine } from '../src/extract/doc-number.js';
import { SESSION_NUMBER } from '../src/knowledge/stop-words.js';
import { expectLinearTime, repeatTo } from './support/linear.js';

describe('findDocNumbers', () => {
  it.each([
    ['邯山政办〔2024〕28号', '邯山政办〔2024〕28号', '邯山政办', 2024, 28],
    ['衡政办字〔2018〕113号', '衡政办字〔2018〕113号', '衡政办字', 2018, 113],
    ['穗府办规〔2022〕13号', '穗府办规〔2022〕13号', '穗府办规', 2022, 13],
    ['国办函〔2018〕74号', '国办函〔2018〕74号', '国办函', 2018, 74],
    ['许政 [2017] 48号', '许政〔2017〕48号', '许政', 2017, 48],
    ['皖政秘(2024)218號', '皖政秘〔2024〕218号', '皖政秘', 2024, 218],
    ['国发【2019】第5号', '国发〔2019〕5号', '国发', 2019, 5],
    ['国发〔2019〕 第 5 号', '国发〔2019〕5号', '国发', 2019, 5],
  ])('%s → %s', (raw, normalized, agency, year, serial) => {
    expect(findDocNumbers(raw)).toEqual([
      { raw, normalized, agency, year, serial, start: 0, end: raw.length, damaged: false },
    ]);
  });

  it.each([
    ['衡政办字〔2018113', '衡政办字〔2018〕113号', 2018, 113],
    ['冀政办字〔2018160号', '冀政办字〔2018〕160号', 2018, 160],
    ['国办函〔2018〕74', '国办函〔2018〕74号', 2018, 74],
  ])('reads the damaged %s as %s', (raw, normalized, year, serial) => {
    expect(findDocNumbers(raw)).toMatchObject([{ raw, normalized, year, serial, damaged: true }]);
  });

  it.each([
    ['根据冀政办字〔2018〕160号文件', '冀政办字'],
    ['根据河北省人民政府办公厅冀政办字〔2018〕160号文件', '冀政办字'],
    ['印发国办函〔2018〕74号', '国办函'],
    ['(冀政办字〔2018160号)文件要求', '冀政办字'],
    ['《…的通知》(教体艺〔2018〕3号)', '教体艺'],
    ['文号:岚综管办〔2020〕100号', '岚综管办'],
  ])('cuts the agency out of %s', (text, agency) => {
    const [found] = findDocNumbers(text);
    expect(found?.agency).toBe(agency);
    expect(text.slice(found!.start, found!.end)).toBe(found!.raw);
  });

  it.each([
    ['和东办发〔2008〕31号', '和东办发'],
    ['(和东办发〔2008〕31号)', '和东办发'],
    ['文号:和东办发〔2008〕31号', '和东办发'],
    ['- 备注/文号:与政发〔2008〕1号', '与政发'],
  ])('keeps the first character of %s, where no conjunction joins it to anything', (text, agency) => {
    expect(findDocNumbers(text).map((n) => n.agency)).toEqual([agency]);
  });

  it.each([
    ['国发〔2018〕1号和国办发〔2018〕2号', '国办发'],
    ['《甲办法》和国办发〔2018〕2号', '国办发'],
    ['根据国发〔2018〕1号 及国办发〔2018〕2号', '国办发'],
  ])('cuts the conjunction that joins %s', (text, agency) => {
    expect(findDocNumbers(text).at(-1)?.agency).toBe(agency);
  });

  it('finds every number in a list', () => {
    const found = findDocNumbers('国发〔2018〕1号和国办发〔2018〕2号、财社〔2019〕3号');
    expect(found.map((d) => d.normalized)).toEqual([
      '国发〔2018〕1号',
      '国办发〔2018〕2号',
      '财社〔2019〕3号',
    ]);
  });

  it.each([
    '行动计划(2017—2020年)',
    '发展规划(2021-2025)',
    '2024年9月13日',
    '方案(2021)15',
    '〔2018〕5号',
    '《规划》(2018)',
    '索引号: 000014348/2024-06242',
    '第(2018)号',
  ])('finds nothing in %j', (text) => {
    expect(findDocNumbers(text)).toEqual([]);
  });

  it('keeps offsets in bounds and raw equal to the text it covers, on any input', () => {
    const alphabet = fc.constantFrom(...'国办发函政字〔〕[]()【】 0123456789号號第和、《》');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: alphabet }), fc.string()), (text) => {
        for (const d of findDocNumbers(text)) {
          expect(d.start).toBeGreaterThanOrEqual(0);
          expect(d.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(d.start, d.end)).toBe(d.raw);
          expect(d.normalized).toBe(`${d.agency}〔${d.year}〕${d.serial}号`);
        }
      }),
    );
  });

  it('reads long adversarial input in linear time', () => {
    const inputs: [string, (n: number) => string][] = [
      ['brackets', repeatTo('〔')],
      ['open years', repeatTo('〔2018')],
      ['a long agency', (n) => `${'政'.repeat(n)}〔2018〕1号`],
      ['digits', repeatTo('2')],
      ['dates before 令', repeatTo('30日政府令第1号')],
      ['quoted years', repeatTo('甲发“2009”')],
      ['old-style years', repeatTo('〔94〕甲字')],
    ];
    for (const [label, make] of inputs) expectLinearTime(label, make, findDocNumbers);
  });

  it('reads a 文号 line closed by a long run of brackets, and a run of numerals before 届, in linear time', () => {
    expectLinearTime('closing brackets', (n) => `(东政发〔2012〕33号${')'.repeat(n)}。`, readNumberLine);
    expect(readNumberLine('(东政发〔2012〕33号 2012年5月8日)')?.date).toBe('2012-05-08');
    expectLinearTime('numerals', repeatTo('十'), (s) => s.match(SESSION_NUMBER));
  });
});

describe('令 numbers', () => {
  it.each([
    ['依据《粮食流通管理条例》(国务院令第407号)', '国务院令第407号', 407, null],
    ['根据交通运输部令2019年第1号', '交通运输部令2019年第1号', 1, 2019],
    ['某市人民政府令第3号', '某市人民政府令第3号', 3, null],
    ['(中华人民共和国国务院令第1号)', '中华人民共和国国务院令第1号', 1, null],
    ['中华人民共和国主席令 第十二号', '中华人民共和国主席令第12号', 12, null],
    ['和东地区行政公署令第5号', '和东地区行政公署令第5号', 5, null],
    // after the date of a 题注's record: the whole organ, not a window of its last characters
    ['(2016年5月10日东河维吾尔自治区人民政府令第19号发布', '东河维吾尔自治区人民政府令第19号', 19, null],
    ['根据2021年3月2日东河省人民政府令第120号', '东河省人民政府令第120号', 120, null],
    ['二〇一五年十二月三十一日东河市人民政府令第7号', '东河市人民政府令第7号', 7, null],
    // a 日 that opens the organ's name is its own
    ['2015年8月30日日东市人民政府令第3号', '日东市人民政府令第3号', 3, null],
  ])('%s', (text, normalized, serial, year) => {
    expect(findDocNumbers(text).map((n) => [n.normalized, n.serial, n.year])).toEqual([
      [normalized, serial, year],
    ]);
  });

  it.each(['他下令第3号', '命令第5号', '《中华人民共和国国务院令》', '某市人民政府令第十十号'])(
    '%s is none',
    (text) => {
      expect(findDocNumbers(text)).toEqual([]);
    },
  );
});

describe('文号 of the old style (H6)', () => {
  it('reads (YY)code NNN号 with the year of the 1900s, and no bracketed count before words', () => {
    expect(findDocNumbers('按照(81)南发字第12号文件办理')).toMatchObject([
      { raw: '(81)南发字第12号', agency: '南发字', year: 1981, serial: 12, damaged: false },
    ]);
    expect(findDocNumbers('(12)住房3号楼')).toEqual([]);
    // an item marker before a sentence citing a number
    expect(findDocNumbers('(11)认真执行国发12号文件精神')).toEqual([]);
  });

  it('reads the year in 〔〕 [] 【】 too, as one number with the same normalized form', () => {
    expect(findDocNumbers('《关于乙的通知》(〔94〕甲农字第345号)')).toMatchObject([
      {
        raw: '〔94〕甲农字第345号',
        normalized: '(94)甲农字345号',
        agency: '甲农字',
        year: 1994,
        serial: 345,
      },
    ]);
    expect(findDocNumbers('【88】甲发12号').map((n) => n.normalized)).toEqual(['(88)甲发12号']);
  });
});

describe('文号 whose year brackets became quotes', () => {
  it.each([
    ['(甲发"2009"27 号)', '甲发"2009"27 号'],
    ['(甲发“2009”27号)', '甲发“2009”27号'],
  ])('%s is read, repaired', (text, raw) => {
    expect(findDocNumbers(text)).toMatchObject([
      { raw, normalized: '甲发〔2009〕27号', agency: '甲发', year: 2009, serial: 27, damaged: true },
    ]);
  });

  it('a year in quotes with no number after it, or left open, is none', () => {
    expect(findDocNumbers('开展“2023”专项行动')).toEqual([]);
    expect(findDocNumbers('甲发“202327号')).toEqual([]);
  });
});
