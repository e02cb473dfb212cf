import { describe, expect, it } from 'vitest';
import { parseText } from '../src/index.js';
import { findDates } from '../src/extract/date.js';

describe('signed date whose year has its 〇 typed as ○, O or 0', () => {
  it.each([
    ['二○一二年三月五日', '2012-03-05'],
    ['二OO九年十月二十日', '2009-10-20'],
    ['二00七年六月一日', '2007-06-01'],
    ['二〇一二年三月五日', '2012-03-05'],
  ])('%s', async (date, iso) => {
    const d = await parseText(
      `X县人民政府办公室关于成立X县安全生产委员会的通知\n各乡镇人民政府,县直各单位:\n县政府决定成立县安全生产委员会。\nX县人民政府办公室\n${date}\n`,
    );
    expect(d.notice?.signature).toBe('X县人民政府办公室');
    expect(d.notice?.signedDateRaw).toBe(date);
    expect(d.notice?.signedDate).toBe(iso);
    expect(d.metadata.signedDate).toBe(iso);
  });

  it('findDates reads the digit 0 as the zero of a Chinese year', () => {
    expect(findDates('于二00八年五月十二日起施行').map((x) => x.iso)).toEqual(['2008-05-12']);
  });
});
