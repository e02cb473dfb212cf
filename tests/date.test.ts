import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, readDamagedDate, readDate } from '../src/extract/date.js';
import { expectLinearTime, repeatTo } from './support/linear.js';

describe('readDate', () => {
  it.each([
    ['2024年9月13日', '2024-09-13'],
    ['2024年09月13日', '2024-09-13'],
    ['2024-09-13', '2024-09-13'],
    ['2024/9/13', '2024-09-13'],
    ['2024.09.13', '2024-09-13'],
    ['二〇二四年九月十三日', '2024-09-13'],
    ['二〇二四年十二月三十一日', '2024-12-31'],
    ['2024年 4月 20 日', '2024-04-20'],
    ['2021-10-01 09:45', '2021-10-01'],
    ['2024年9月', '2024-09'],
    ['2026年', '2026'],
    ['2024年2月29日', '2024-02-29'],
  ])('%s → %s', (s, iso) => {
    const d = readDate(s);
    expect(d).toMatchObject({ raw: s, iso, start: 0, end: s.length, damaged: false });
  });

  it('gives offsets into the string read, spaces included', () => {
    expect(readDate('  2024年9月13日 ')).toMatchObject({ raw: '2024年9月13日', start: 2, end: 12 });
  });

  it.each(['2024年96', '2018126', '2024年9月6', '20181206'])('reads %s as damaged', (s) => {
    expect(readDate(s)).toMatchObject({ raw: s, iso: null, damaged: true, start: 0, end: s.length });
  });

  it.each([
    '',
    '2024年13月1日',
    '2023年2月29日',
    '2024年9月13日印发',
    '发布日期: 2024-09-13',
    '1.5',
    '12345',
  ])('reads %j as no date', (s) => {
    expect(readDate(s)).toBeNull();
  });
});

describe('readDamagedDate', () => {
  it.each([
    ['2018126', ['2018-01-26', '2018-12-06']],
    ['2024年96', ['2024-09-06']],
    ['2024年9月6', ['2024-09-06']],
    ['2024年1231', ['2024-12-31']],
    ['2024年96日', ['2024-09-06']],
    [' 2018126 ', ['2018-01-26', '2018-12-06']],
    // a Chinese year that lost its 〇s: they go back anywhere after its first digit
    ['二三年十月十五日', ['2003-10-15', '2030-10-15']],
    ['二二三年五月八日', ['2023-05-08']],
    ['二○三年十月十五日', ['2003-10-15', '2030-10-15']],
    ['一九九年三月一日', ['1909-03-01', '1990-03-01']],
  ])('%j could be %j', (s, guesses) => {
    expect(readDamagedDate(s)).toEqual({ raw: s.trim(), guesses });
  });

  it.each([
    '2024年9月13日',
    '2024-09-13',
    '2024年',
    '2024年9月',
    '2024年1399',
    '3024126',
    '1234567',
    '2018126号',
    '二〇〇三年十月十五日',
    '二三年十月',
    '三三年十月十五日',
  ])('does not read %j as a damaged date', (s) => {
    expect(readDamagedDate(s)).toBeNull();
  });
});

describe('findDates', () => {
  it('finds dates in running text with their offsets', () => {
    const text = '发布时间: 2021-10-01 09:45 平潭综合实验区管委会办公室 2021年9月30日 到2023年,力争…';
    const found = findDates(text);
    expect(found.map((d) => [d.raw, d.iso])).toEqual([
      ['2021-10-01 09:45', '2021-10-01'],
      ['2021年9月30日', '2021-09-30'],
      ['2023年', '2023'],
    ]);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.raw);
  });

  it('finds a damaged date only when it stands alone on its line', () => {
    const text = '邯山区人民政府办公室\n  2024年96 \n共2018126人';
    expect(findDates(text)).toEqual([{ raw: '2024年96', iso: null, start: 13, end: 20, damaged: true }]);
  });

  it.each(['索引号: 000014348/2024-06242', '邯山政办〔2024〕28号', '1.2.2024', '增长10.5%', '20240'])(
    'finds no full date in %j',
    (s) => {
      expect(findDates(s).filter((d) => d.iso !== null && d.iso.length > 4)).toEqual([]);
    },
  );

  it('keeps offsets in bounds and raw equal to the text it covers, on any input', () => {
    const alphabet = fc.constantFrom(...'0123456789年月日号-/.: \n〇一二三九十');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: alphabet }), fc.string()), (text) => {
        for (const d of findDates(text)) {
          expect(d.start).toBeGreaterThanOrEqual(0);
          expect(d.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(d.start, d.end)).toBe(d.raw);
          expect(d.iso === null ? d.damaged : /^\d{4}(-\d\d){0,2}$/.test(d.iso)).toBe(true);
        }
        const whole = readDate(text);
        if (whole) expect(text.slice(whole.start, whole.end)).toBe(whole.raw);
        readDamagedDate(text);
      }),
    );
  });

  it('reads long adversarial input in linear time', () => {
    const inputs: [string, (n: number) => string][] = [
      ['digits', repeatTo('2')],
      ['years', repeatTo('2024年')],
      ['damaged dates', repeatTo('2018126\n')],
      ['spaced year', (n) => `2024${' '.repeat(n)}年`],
    ];
    for (const [label, make] of inputs) {
      expectLinearTime(label, make, (s) => {
        findDates(s);
        readDate(s);
        readDamagedDate(s);
      });
    }
  });
});

describe('years typed with a zero look-alike', () => {
  it.each([
    ['二○一八年三月五日', '2018-03-05'],
    ['二OO八年三月五日', '2008-03-05'],
  ])('%s', (text, iso) => {
    expect(findDates(text).map((d) => d.iso)).toEqual([iso]);
  });

  it('letters alone make no year', () => {
    expect(findDates('Oooo年')).toEqual([]);
  });
});
