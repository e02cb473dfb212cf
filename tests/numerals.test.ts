import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readChineseNumber } from '../src/extract/numerals.js';
import { expectLinearTime, repeatTo } from './support/linear.js';

describe('readChineseNumber', () => {
  it.each([
    ['1,234.5', 1234.5],
    ['1.5', 1.5],
    ['2024', 2024],
    ['三千', 3000],
    ['两万', 20000],
    ['一百二十', 120],
    ['十五', 15],
    ['十', 10],
    ['二十万', 200000],
    ['一千二百万', 12000000],
    ['一百零五', 105],
    ['一万零五百', 10500],
    ['一亿二千万', 120000000],
    ['三万亿', 3e12],
    ['1.5万', 15000],
    ['3千', 3000],
    ['40亿', 4e9],
    ['1.2亿', 1.2e8],
    ['二〇二四', 2024],
    ['一九九八', 1998],
    ['零', 0],
    ['两万五', 25000],
    ['三千五', 3500],
    ['壹佰贰拾', 120],
    [' 十五 ', 15],
  ])('%s → %d', (s, n) => {
    expect(readChineseNumber(s)).toBe(n);
  });

  it.each([
    '',
    '万',
    '百',
    '千',
    '五五万',
    '五百三千',
    '一万二万',
    '12三',
    '过亿',
    '百分之九十五',
    'abc',
    '1.2.3',
    '三个',
  ])('reads %j as no number', (s) => {
    expect(readChineseNumber(s)).toBeNull();
  });

  it('reads back any integer written in Chinese', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => {
        expect(readChineseNumber(writeChinese(n))).toBe(n);
      }),
    );
  });

  it('never throws and returns a finite number or null', () => {
    const alphabet = fc.constantFrom(...'0123456789.,〇零一二两三四五六七八九十百千万亿壹拾佰仟 a过');
    fc.assert(
      fc.property(fc.string({ unit: alphabet }), fc.string(), (s, t) => {
        for (const x of [s, t]) {
          const n = readChineseNumber(x);
          expect(n === null || Number.isFinite(n)).toBe(true);
        }
      }),
    );
  });

  it('reads long input in linear time', () => {
    for (const unit of ['2', '二', '一十百千万亿', '1,'])
      expectLinearTime(unit, repeatTo(unit), readChineseNumber);
  });
});

/** Writes 0 … 99 999 999 the way 公文 do (一千二百万, 一百零五, 十五). */
function writeChinese(n: number): string {
  const digits = '零一二三四五六七八九';
  const below10k = (x: number, leading: boolean): string => {
    let s = '';
    let zero = false;
    for (const [unit, size] of [
      ['千', 1000],
      ['百', 100],
      ['十', 10],
      ['', 1],
    ] as const) {
      const d = Math.floor(x / size) % 10;
      if (d === 0) {
        zero = s !== '';
        continue;
      }
      if (zero) s += '零';
      zero = false;
      s += unit === '十' && d === 1 && s === '' && leading ? '十' : digits[d] + unit;
    }
    return s;
  };
  if (n === 0) return '零';
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  if (high === 0) return below10k(low, true);
  const lowText = low === 0 ? '' : (low < 1000 ? '零' : '') + below10k(low, false);
  return `${below10k(high, true)}万${lowText}`;
}
