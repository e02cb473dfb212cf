import { describe, expect, it } from 'vitest';
import { parseText } from '../src/index.js';
import { findDates } from '../src/extract/date.js';
import { findDocNumbers } from '../src/extract/doc-number.js';

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

describe('文号 whose 〔〕 came through a legacy code page as „‟', () => {
  it('findDocNumbers repairs the brackets and flags the number', () => {
    const [n] = findDocNumbers('按照省政府办公厅(某政办发„2015‟21号)要求');
    expect(n).toMatchObject({
      raw: '某政办发„2015‟21号',
      normalized: '某政办发〔2015〕21号',
      year: 2015,
      serial: 21,
      damaged: true,
    });
  });

  it('a cited document keeps its repaired number, with a warning', async () => {
    const d = await parseText(
      'X市人民政府关于做好就业工作的通知\n各县区人民政府:\n根据《X省人民政府关于促进就业的意见》(某政发„2015‟8号)精神,现通知如下:\n一、提高认识\n做好就业工作。\n',
    );
    expect(d.references).toEqual([
      expect.objectContaining({
        title: 'X省人民政府关于促进就业的意见',
        docNumber: expect.objectContaining({ normalized: '某政发〔2015〕8号' }),
      }),
    ]);
    expect(d.messages.map((m) => m.ruleId)).toContain('reference/damaged-doc-number');
  });
});
