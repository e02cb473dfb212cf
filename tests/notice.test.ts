import { describe, expect, it } from 'vitest';
import { analyze, parseText } from '../src/index.js';
import { findDates } from '../src/extract/date.js';
import { findDocNumbers } from '../src/extract/doc-number.js';
import { splitRecipients } from '../src/structure/titles.js';
import { expectPageLinesInOutput } from './support/invariants.js';

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

  it('findDates finds a damaged date after a stray bracket', () => {
    expect(findDates('{ 2017 6 23').map((x) => [x.raw, x.damaged])).toEqual([['{ 2017 6 23', true]]);
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

describe('主送 recipients split only between complete recipients', () => {
  it.each([
    [
      '各市、县(区)人民政府,省政府各委、办、厅、局,各直属机构:',
      ['各市、县(区)人民政府', '省政府各委、办、厅、局', '各直属机构'],
    ],
    [
      '各省、自治区、直辖市人民政府,国务院各部委、各直属机构:',
      ['各省、自治区、直辖市人民政府', '国务院各部委', '各直属机构'],
    ],
    ['各区、县(市)人民政府,市政府各部门、直属单位:', ['各区、县(市)人民政府', '市政府各部门、直属单位']],
    ['各县(市、区)人民政府、管委会,市直各单位:', ['各县(市、区)人民政府、管委会', '市直各单位']],
    ['各市州、县市区人民政府:', ['各市州、县市区人民政府']],
    ['各乡(镇)人民政府、各街道办事处、区直各单位:', ['各乡(镇)人民政府', '各街道办事处', '区直各单位']],
    ['各街道办事处、乡人民政府;区人民政府各部门:', ['各街道办事处', '乡人民政府', '区人民政府各部门']],
    ['各乡镇、各街道,县直各部门:', ['各乡镇', '各街道', '县直各部门']],
    ['市发展改革委、市财政局、市民政局:', ['市发展改革委', '市财政局', '市民政局']],
    // places named alone share the organ after them; a court addressed with its government
    ['甲州区、乙湖区人民政府,市政府各部门:', ['甲州区、乙湖区人民政府', '市政府各部门']],
    ['共青团各省、自治区、直辖市委:', ['共青团各省、自治区、直辖市委']],
    ['各县(区)人民政府、法院,市政府各部门:', ['各县(区)人民政府、法院', '市政府各部门']],
    ['高新区、工业园区管委会:', ['高新区、工业园区管委会']],
    // kinds of 单位 listed before the word they share
    ['各县市人民政府,各事业、企业单位:', ['各县市人民政府', '各事业、企业单位']],
    ['各有关部门,各机关、事业单位:', ['各有关部门', '各机关、事业单位']],
  ])('%s', async (line, recipients) => {
    expect(splitRecipients(line)).toEqual(recipients);
    const d = await parseText(
      `X市人民政府关于印发X市养老服务实施方案的通知\n${line}\n现将《X市养老服务实施方案》印发给你们,请认真贯彻执行。\nX市人民政府\n2023年5月6日\n`,
    );
    expect(d.notice?.recipients).toEqual(recipients);
  });
});

describe('page chrome ending with ":" is not the 主送 line', () => {
  const body = '现将《X市养老服务实施方案》印发给你们,请认真贯彻执行。\nX市人民政府\n2023年5月6日\n';
  it.each([
    ['share button', '发布日期:2023-05-08 10:20 浏览次数: 字体:[ ]\n分享:\n'],
    ['eye-care and view count', '来源:X市政府办公室 日期:2023-05-08 17:08\n视力保护色:\n浏览量:\n'],
    ['font size toolbar', '【字体:大 中 小】\n字号:\n'],
  ])('%s', async (_name, chrome) => {
    const d = await parseText(
      `X市人民政府关于印发X市养老服务实施方案的通知\n${chrome}各区、县(市)人民政府,市政府各部门、各单位:\n${body}`,
    );
    expect(d.notice?.recipients).toEqual(['各区、县(市)人民政府', '市政府各部门', '各单位']);
    expect(d.notice?.body).toMatch(/^现将/);
  });

  it('a portal banner before a title broken over lines', async () => {
    const d = await parseText(
      'X省人民政府门户网站 www.x.gov.cn 发布时间: 2021-03-02 09:15 【字体:\n\nX省人民政府关于\n\n加快发展养老服务业的意见\n\n某政发〔2021〕5号\n\n各市州人民政府,省直有关单位:\n\n  为加快发展养老服务业,现提出如下意见:\n一、总体要求\n(一)指导思想。以人民为中心。\n',
    );
    expect(d.notice?.title).toBe('X省人民政府关于加快发展养老服务业的意见');
    expect(d.notice?.recipients).toEqual(['各市州人民政府', '省直有关单位']);
    expect(d.metadata.docNumber?.normalized).toBe('某政发〔2021〕5号');
    expect(d.references).toEqual([]);
  });
});

describe('the title survives what pages put around it', () => {
  const rest =
    '各区人民政府,市政府各部门:\n《X市养老服务实施方案》已经市政府同意,现印发给你们,请认真贯彻执行。\nX市人民政府办公室\n2023年5月6日\n';

  it('a 文号 after the title, separated by a space', async () => {
    const d = await parseText(
      `X市人民政府办公室关于印发X市养老服务实施方案的通知 (某政办发〔2023〕12号)\n${rest}`,
    );
    expect(d.notice?.title).toBe('X市人民政府办公室关于印发X市养老服务实施方案的通知');
    expect(d.metadata.title).toBe('X市人民政府办公室关于印发X市养老服务实施方案的通知');
    expect(d.notice?.transmits).toBe('X市养老服务实施方案');
    expect(d.metadata.docNumber?.normalized).toBe('某政办发〔2023〕12号');
  });

  it('a site label before the title is dropped; joint issuers keep a space', async () => {
    const d = await parseText(
      '“政府信息公开” 中共X区委办公室 X区人民政府办公室印发《X区优化营商环境行动方案》的通知\nX区优化营商环境行动方案\n为优化营商环境,制定本方案。\n一、总体要求\n坚持问题导向。\n',
    );
    expect(d.metadata.title).toBe('中共X区委办公室 X区人民政府办公室印发《X区优化营商环境行动方案》的通知');
  });

  it.each([
    [
      'on one line',
      'X市财政局 X市民政局 X市卫生健康委员会关于印发X市养老服务实施方案的通知',
      'X市财政局 X市民政局 X市卫生健康委员会',
    ],
    [
      'layout spaces inside a name',
      'X市人民 政府办公室关于印发X市养老服务 实施方案的通知',
      'X市人民政府办公室',
    ],
  ])('joint issuers: %s', async (_name, title, issuers) => {
    const d = await parseText(`${title}\n${rest}`);
    expect(d.notice?.title).toBe(`${issuers}关于印发X市养老服务实施方案的通知`);
  });

  it('an issuer named before 印发 when the title has no 关于', async () => {
    const d = await parseText(
      `X市财政局 X市民政局印发《X市养老服务实施方案》的通知\n${rest.replace('X市人民政府办公室\n2023', '2023')}`,
    );
    expect(d.notice?.issuer).toBe('X市财政局 X市民政局');
  });

  it('a title above a 信息公开 table and a summary', async () => {
    const d = await parseText(
      `X市人民政府关于印发X市养老服务实施方案的通知\n时间: 2023-05-08\n来源: X市人民政府\n核心提示:\n《X市养老服务实施方案》已经市政府同意,现印发给你们。\n发布单位 |\nX市人民政府\n|\n发布文号 | 某政发〔2023〕3号 |\n发布日期 | 2023-05-08 |\n备注 |\n${rest}`,
    );
    expect(d.notice?.title).toBe('X市人民政府关于印发X市养老服务实施方案的通知');
    expect(d.notice?.transmits).toBe('X市养老服务实施方案');
  });
});

describe('信息公开 header rows and values', () => {
  it('a label padded with many spaces after a value on its row is a field of its own', async () => {
    const d = await parseText(
      '东河县人民政府办公室关于印发重点工作责任分解方案的通知\n索引号 : 01105619X/2024-07672 文       号 : 东政办发〔2024〕1号\n名       称: 东河县人民政府办公室关于印发重点工作责任分解方案的通知 发布日期: 2024年03月18日\n各镇人民政府,县政府各部门:\n现将《重点工作责任分解方案》印发给你们,请认真贯彻执行。\n',
    );
    expect(d.metadata.indexNumber).toBe('01105619X/2024-07672');
    expect(d.metadata.docNumber?.normalized).toBe('东政办发〔2024〕1号');
    expect(d.metadata.publishDate).toBe('2024-03-18');
  });

  const notice =
    'X区人民政府办公室关于印发X区养老服务实施方案的通知\n各街道办事处,区直各单位:\n现将《X区养老服务实施方案》印发给你们,请认真贯彻执行。\n';

  it('rows scraped without colons: spaced labels, and several labels on a line', async () => {
    const d = await parseText(
      `索 引 号 000123/2023-00456 发文日期 2023-02-01\n发布机构 区人民政府办公室 文    号 某政办〔2023〕4号\n分   类 政务公开 有 效 性 有效\n\n${notice}`,
    );
    const fields = Object.fromEntries(d.metadata.fields.map((f) => [f.key, f.value]));
    expect(fields).toEqual({
      索引号: '000123/2023-00456',
      发文日期: '2023-02-01',
      发布机构: '区人民政府办公室',
      文号: '某政办〔2023〕4号',
      分类: '政务公开',
      有效性: '有效',
    });
    expect(d.metadata).toMatchObject({
      indexNumber: '000123/2023-00456',
      publisher: '区人民政府办公室',
      docNumber: expect.objectContaining({ normalized: '某政办〔2023〕4号' }),
      signedDate: '2023-02-01',
      validity: '有效',
    });
  });

  it('labels in square brackets without cell borders, several to a line', async () => {
    const d = await parseText(
      `[ 索引号 ] 11500237/2020-00160 [ 发文字号 ] 东政办发〔2017〕132号\n[ 发布机构 ] 东河县人民政府办公室\n[ 成文日期 ] 2020-10-28 [ 发布日期 ] 2020-10-29\n${notice}`,
    );
    const fields = Object.fromEntries(d.metadata.fields.map((f) => [f.key, f.value]));
    expect(fields).toEqual({
      索引号: '11500237/2020-00160',
      发文字号: '东政办发〔2017〕132号',
      发布机构: '东河县人民政府办公室',
      成文日期: '2020-10-28',
      发布日期: '2020-10-29',
    });
    expect(d.metadata).toMatchObject({ publisher: '东河县人民政府办公室', publishDate: '2020-10-29' });
  });

  it('an empty cell before the next label, and a law database line of page facts', async () => {
    const d = await parseText(
      `文件编号: | 发布机构: | 东河市人民政府 |\n作者:法律资料网 时间:2024-05-27 08:16:27  浏览:9388   来源:法律资料网\n${notice}`,
    );
    expect(d.metadata.fields.map((f) => [f.key, f.value])).toEqual([
      ['文件编号', ''],
      ['发布机构', '东河市人民政府'],
      ['作者', '法律资料网'],
      ['时间', '2024-05-27 08:16:27'],
      ['浏览', '9388'],
      ['来源', '法律资料网'],
    ]);
    // the page's time is no publish date
    expect(d.metadata.publishDate).toBeNull();
  });

  it.each([
    ['一、发布机构 各部门要按时报送。'],
    ['文号 和日期要写全。'],
    ['标题 应当准确简要。'],
    ['日期 标题 来源'],
  ])('a sentence that starts with a label word is not a field: %s', async (line) => {
    const d = await parseText(`${notice}${line}\n`);
    expect(d.metadata.fields).toEqual([]);
  });

  it('a header date that lost its 日 is read as the date it must be, with a warning', async () => {
    const d = await parseText(`发布日期:2019年04月15\n${notice}`);
    expect(d.metadata.publishDate).toBe('2019-04-15');
    expect(d.metadata.fields).toEqual([expect.objectContaining({ key: '发布日期', value: '2019年04月15' })]);
    expect(d.messages).toContainEqual(
      expect.objectContaining({ ruleId: 'date/incomplete', severity: 'warning', actual: '2019年04月15' }),
    );
  });

  it.each([
    ['组配分类:其他文件', '通知'],
    ['信息分类:政府文件', '通知'],
    ['体裁分类:决定', '决定'],
    // a portal's class of the issuer's documents is no kind of document
    ['体裁分类:区政府办公室文件', '通知'],
  ])('genre with %s', async (field, genre) => {
    const d = await parseText(
      `${field}\nX区人民政府办公室关于调整X区安全生产委员会组成人员的通知\n各街道办事处,区直各单位:\n因工作需要,现将有关事项通知如下。\n`,
    );
    expect(d.metadata.genre).toBe(genre);
  });

  it('a bulleted label alone on its line, its value on a line below after a blank line', async () => {
    const d = await parseText(
      `  • 索引号\n\n    0001/2021-00085\n  • 发布机构\n\n    东河市人民政府办公室\n  • 生成日期\n\n    2021-10-22 09:01\n  • 关键词\n\n  • 有效性\n\n  • 栏目导航\n\n${notice}`,
    );
    expect(d.metadata.fields.map((f) => [f.key, f.value])).toEqual([
      ['索引号', '0001/2021-00085'],
      ['发布机构', '东河市人民政府办公室'],
      ['生成日期', '2021-10-22 09:01'],
      ['关键词', ''],
      ['有效性', ''],
    ]);
    expect(d.metadata).toMatchObject({ indexNumber: '0001/2021-00085', publisher: '东河市人民政府办公室' });
    // a label word alone in the text is no field
    const later = await parseText(`${notice}一、工作要求\n来源\n各单位要注明资料来源。\n`);
    expect(later.metadata.fields).toEqual([]);
  });

  it('two rows run together, the second label glued after the first value', async () => {
    const d = await parseText(`• 信息来源:东河网发布时间:2016-06-28\n${notice}`);
    expect(d.metadata.fields.map((f) => [f.key, f.value])).toEqual([
      ['信息来源', '东河网'],
      ['发布时间', '2016-06-28'],
    ]);
    // a website is no publisher
    expect(d.metadata).toMatchObject({ publishDate: '2016-06-28', publisher: 'X区人民政府办公室' });
    // a label ending a longer, unknown one, its value of no field's shape, stays in the value
    const longer = await parseText(`来源:东河网公开事项名称:政务公开\n${notice}`);
    expect(longer.metadata.fields.map((f) => [f.key, f.value])).toEqual([
      ['来源', '东河网公开事项名称:政务公开'],
    ]);
  });

  it('a label the tables lack, between known ones on a row, ends the value before it', async () => {
    const d = await parseText(`索引号:0001/2018-00012 资料类别:安全生产 发文日期:2018年06月28日\n${notice}`);
    expect(d.metadata.fields.map((f) => [f.key, f.value])).toEqual([
      ['索引号', '0001/2018-00012'],
      ['资料类别', '安全生产'],
      ['发文日期', '2018年06月28日'],
    ]);
    expect(d.metadata.indexNumber).toBe('0001/2018-00012');
    // (a county catalogue's subject row is the topic)
    const topic = await parseText(
      `索引号:0001/2018-00012 公文目录:安全生产 发文日期:2018年06月28日\n${notice}`,
    );
    expect(topic.metadata.topic).toBe('安全生产');
    // (after the last known label, a word and a colon stay in the value)
    const last = await parseText(`发文日期:2018年06月28日 标题:东河县安全生产工作要点 说明:无\n${notice}`);
    expect(last.metadata.fields.at(-1)).toMatchObject({
      key: '标题',
      value: '东河县安全生产工作要点 说明:无',
    });
  });

  it('a colon-less row under the page navigation', async () => {
    const d = await parseText(
      `  • 首页\n  • 政务公开\n当前位置:首页 > 文件\n发布机构 东河市人民政府 文  号 东政发〔2013〕62号\n成文日期 2013-07-02\n${notice}`,
    );
    expect(d.metadata.fields.map((f) => [f.key, f.value])).toContainEqual(['成文日期', '2013-07-02']);
    expect(d.unplaced.map((u) => u.text)).not.toContain('成文日期 2013-07-02');
  });

  it('a catalogue class is the genre when the title names no kind', async () => {
    const d = await parseText('组配分类:其他文件\nX区2023年第一季度工作情况\n一、总体情况\n平稳运行。\n');
    expect(d.metadata.genre).toBe('其他文件');
  });
});

describe('来源 is the 发布机构 only when it names the issuer', () => {
  const notice = (header: string) =>
    `X县人民政府办公室关于成立X县政务公开工作领导小组的通知\n${header}\n各乡镇人民政府,县直各单位:\n县政府决定成立县政务公开工作领导小组。\n`;
  it.each([
    ['a website', '发布时间:2020-06-01 来源:X县人民政府门户网站', 'X县人民政府办公室'],
    ['a portal', '来源:X市政府门户网 日期:2020-06-01', 'X县人民政府办公室'],
    ['an id', '发布时间:2020-06-01 来源: abc20200601', 'X县人民政府办公室'],
    ['a newspaper', '来源:X日报', 'X县人民政府办公室'],
    ['another organ', '来源:X县县政府', 'X县人民政府办公室'],
    // (of two names of one organ, the longer)
    ['the issuer, short', '来源:县政府办公室', 'X县人民政府办公室'],
    ['the issuer', '来源:X县人民政府办公室', 'X县人民政府办公室'],
    ['a 发布机构 field', '发布机构:X县政务服务中心 来源:X县政务服务中心', 'X县政务服务中心'],
  ])('%s', async (_name, header, publisher) => {
    const d = await parseText(notice(header));
    expect(d.metadata.publisher).toBe(publisher);
  });

  it('one of joint issuers', async () => {
    const d = await parseText(
      'X市财政局 X市民政局关于印发X市养老服务补贴办法的通知\n来源:X市民政局\n各区财政局、民政局:\n现将《X市养老服务补贴办法》印发给你们。\nX市财政局 X市民政局\n2022年3月1日\n',
    );
    expect(d.metadata.publisher).toBe('X市民政局');
  });

  it('a source is kept when the document names no issuer', async () => {
    const d = await parseText('来源:X市民政局\nX市养老服务补贴办法\n第一条 为规范补贴发放,制定本办法。\n');
    expect(d.metadata.publisher).toBe('X市民政局');
  });
});

describe('header organ fields that name a website', () => {
  it('a 发文机构 that is a website is not the publisher', async () => {
    const d = await parseText(
      '发文机构:\n  县政府网站\n发文字号:\n  某政发〔2024〕7号\nX县人民政府工作规则\n第一章 总则\n第一条 为规范县政府工作,制定本规则。\n',
    );
    expect(d.metadata.publisher).toBeNull();
  });
});

describe('pinyin a mirror site puts after characters', () => {
  it('is a recorded removal, and the title and 文号 read as written without it', async () => {
    const d = await parseText(
      '甲縣人民政府辦公室關於印發(fā)甲縣促進專業(yè)鎮(zhèn)發(fā)展實施方案的通知\n甲政辦發(fā)〔2023〕14號\n各鄉(xiāng)(鎮(zhèn))人民政府:\n現(xiàn)將《甲縣促進專業(yè)鎮(zhèn)發(fā)展實施方案》印發(fā)給你們。\n甲縣人民政府辦公室\n2023年9月1日\n',
    );
    expect(d.metadata.title).toBe('甲县人民政府办公室关于印发甲县促进专业镇发展实施方案的通知');
    expect(d.metadata.docNumber?.normalized).toBe('甲政办发〔2023〕14号');
    expect(d.notice?.recipients).toEqual(['各乡(镇)人民政府']);
    expect(d.removals.filter((r) => r.kind === 'web-leftover').map((r) => r.text)).toContain('(fā)');
  });

  it('a reading with a space inside its brackets, 樂(lè ), is one too', async () => {
    const d = await parseText(
      '東河省人民政府辦公廳關(guān)于同意甲縣工業(yè)園區擴區的函\n一、同意樂(lè )甲工業(yè)園區和( lè)乙園區擴區調區。\n',
    );
    expect(d.outline[0]?.title).toContain('同意乐甲工业园区和乙园区扩区调区');
    expect(d.removals.map((r) => r.text)).toEqual(expect.arrayContaining(['(lè )', '( lè)']));
    // Latin words in brackets stay
    const plain = await parseText('东河市湿地保护办法\n第一条 湿地(wet land)和公园(park )按附表计算。\n');
    expect(plain.removals).toEqual([]);
  });

  it('without tone marks, when such readings recur: removed with the space after them', async () => {
    const d = await parseText(
      '東河市人民政府印發《關(guan) 於(yu) 加快發展數字經濟的實施意見》的通知\n各區政府,市各國家機關(guan) ,各國有企業(ye) :\n現將《關(guan) 於(yu) 加快發展數字經濟的實施意見》印發給你們(men) ,請按標準(iso)認真貫徹落實。\n東河市人民政府\n2023年6月20日\n',
    );
    expect(d.metadata.title).toBe('东河市人民政府印发《关于加快发展数字经济的实施意见》的通知');
    expect(d.notice?.recipients).toEqual(['各区政府', '市各国家机关', '各国有企业']);
    expect(d.notice?.transmits).toBe('关于加快发展数字经济的实施意见');
    expect(d.removals.map((r) => r.text)).toContain('(guan) ');
    // a word that is no syllable stays; so do syllables in brackets that do not recur (甲(a))
    expect(d.notice?.body).toContain('标准(iso)');
    const plain = await parseText('东河市湿地保护办法\n第一条 湿地面积(ha)按附表甲(a)计算。\n');
    expect(plain.removals).toEqual([]);
    // a unit written in brackets again and again is one syllable, not readings
    const units = await parseText(
      '东河市国土空间规划\n耕地面积(ha)保持在12000以上,林地面积(ha)达到8000,草地面积(ha)达到3000,建设用地面积(ha)控制在2500以内。\n',
    );
    expect(units.removals).toEqual([]);
  });
});

describe('pinyin repeated after a character (round 13)', () => {
  it('every reading of a run, 治(zhi)(zhi), 大(dà)(dà)(dà), is removed', async () => {
    const d = await parseText(
      '東河市固體廢物攻堅行動方案\n為(wei)標(biao)本(ben)兼治(zhi)(zhi)打(da)好攻堅戰,貫徹黨的二十大(dà)(dà)(dà)精神,制定本方案。\n',
    );
    expect(d.preamble?.text).toBe('為標本兼治打好攻堅戰,貫徹黨的二十大精神,制定本方案。');
  });
});

describe('page lines no field holds are given in `unplaced`', () => {
  const page = [
    '您的位置: 首页 » 政策文件 »',
    '下载地址: 点击此处下载',
    '东河市人民政府文件',
    '东政发〔2021〕5号',
    '东河市人民政府关于印发东河市河道管理办法的通知',
    '各县(市、区)人民政府,市政府各部门:',
    '现将《东河市河道管理办法》印发给你们,请认真贯彻执行。',
    '东河市人民政府',
    '2021年3月2日',
    '东河市人民政府办公室秘书科2021年3月3日印发',
  ].join('\n');

  it('lists the chrome, the masthead and the 印发 line with their lines, and nothing read elsewhere', async () => {
    const d = await parseText(page);
    expect(d.unplaced.map((u) => [u.span.line, u.text])).toEqual([
      [1, '您的位置: 首页 » 政策文件 »'],
      [2, '下载地址: 点击此处下载'],
      [3, '东河市人民政府文件'],
      [10, '东河市人民政府办公室秘书科2021年3月3日印发'],
    ]);
    // the 文号 line and the title are read into their fields
    expect(d.metadata.docNumber?.normalized).toBe('东政发〔2021〕5号');
    expect(d.notice?.title).toBe('东河市人民政府关于印发东河市河道管理办法的通知');
  });

  it('a closing date no calendar has is kept there; one read as a date is held by it', async () => {
    const regulation = (date: string) =>
      `东河市河道管理办法\n第一条 为加强河道管理,制定本办法。\n东河市人民政府\n${date}\n`;
    expect((await parseText(regulation('2023年13月45日'))).unplaced.map((u) => u.text)).toEqual([
      '2023年13月45日',
    ]);
    expect((await parseText(regulation('2023年5月8日'))).unplaced).toEqual([]);
  });

  it('a document saved before the field existed (a baseline) still validates', async () => {
    const { PolicyDocumentSchema } = await import('../src/schema/contract.js');
    const { unplaced, ...older } = await parseText(page);
    expect(unplaced.length).toBeGreaterThan(0);
    expect(PolicyDocumentSchema.parse(older).unplaced).toEqual([]);
  });
});

describe("the page's timestamp under the title (unseen round 21)", () => {
  it('is the publish date and a line of the header, not of the text', async () => {
    const d = await parseText(
      '东河省人民政府关于做好2022年农业生产工作的实施意见\n2022-05-19 14:17\n\n为推进农业生产,提出如下实施意见。\n一、稳定粮食生产\n(一)稳定面积。保持播种面积稳定。\n',
    );
    expect(d.metadata.publishDate).toBe('2022-05-19');
    expect(d.metadata.signedDate).toBeNull();
    expect(d.preamble?.text).toBe('为推进农业生产,提出如下实施意见。');
    expect(d.unplaced).toEqual([]);
  });
});

describe('a date under the title of a document without a cover notice', () => {
  const plan = (date: string) =>
    `东河市农田建设规划\n(2022—2030年)\n${date}\n目 录\n一、总体要求\n坚持稳中求进。\n二、主要任务\n建设高标准农田。\n`;

  it.each([['二〇二二年四月'], ['2022年4月']])('by month only (%s): its month', async (date) => {
    const d = await parseText(plan(date));
    expect(d.metadata).toMatchObject({ signedDate: null, signedMonth: '2022-04' });
    expect(d.unplaced).toEqual([]);
    expect(d.preamble?.text ?? '').not.toContain(date);
  });

  it('a full date: the signed date', async () => {
    const d = await parseText(plan('2022年4月8日'));
    expect(d.metadata).toMatchObject({ signedDate: '2022-04-08', signedMonth: null });
  });
});

describe('a date that lost characters is read as the one date its digits allow', () => {
  const notice = (date: string) =>
    `东河市人民政府办公室关于印发东河市防汛预案的通知\n各乡镇人民政府,县政府各部门:\n现将《东河市防汛预案》印发给你们。\n东河市人民政府办公室\n${date}\n`;

  it.each([
    ['2017817日', '2017-08-17'],
    ['2024年96', '2024-09-06'],
  ])('signed %s → %s, with a warning', async (date, iso) => {
    const d = await parseText(notice(date));
    expect(d.notice?.signature).toBe('东河市人民政府办公室');
    expect(d.notice?.signedDateRaw).toBe(date);
    expect(d.notice?.signedDate).toBe(iso);
    expect(d.notice?.body).toBe('现将《东河市防汛预案》印发给你们。');
    const m = d.messages.find((x) => x.ruleId === 'date/incomplete');
    expect(m?.message).toContain(`read as ${iso}`);
  });

  it('a date whose 年月日 became spaces, after a stray bracket, under a note', async () => {
    const d = await parseText(
      '东政办发〔2017〕46号\n各乡镇人民政府,县级有关部门:\n现将《东河县突发环境事件应急预案(试行)》印发给你们,请认真贯彻执行。\n东河县人民政府办公室\n(此件公开发布)\n{ 2017 6 23\n东河县突发环境事件应急预案(试行)\n一、总则\n',
    );
    expect(d.notice).toMatchObject({
      signature: '东河县人民政府办公室',
      signedDate: '2017-06-23',
      note: '(此件公开发布)',
      body: '现将《东河县突发环境事件应急预案(试行)》印发给你们,请认真贯彻执行。',
    });
    expect(d.metadata.title).toBe('东河县突发环境事件应急预案(试行)');
    expect(d.notice?.span.end).toBe(
      d.notice!.span.start +
        '各乡镇人民政府,县级有关部门:\n现将《东河县突发环境事件应急预案(试行)》印发给你们,请认真贯彻执行。\n东河县人民政府办公室\n(此件公开发布)\n{ 2017 6 23'
          .length,
    );
  });

  it('two digits that can be a month are no date of their own (2023年12: December, or 1-2)', async () => {
    const d = await parseText(notice('2023年12'));
    expect(d.notice?.signedDate).toBeNull();
    expect(d.messages.find((x) => x.ruleId === 'date/incomplete')?.message).toContain(
      '2023-01-02 or 2023-12',
    );
  });

  it('a date its digits allow two ways is kept raw, with both', async () => {
    const d = await parseText(notice('2019117'));
    expect(d.notice?.signedDate).toBeNull();
    expect(d.messages.find((x) => x.ruleId === 'date/incomplete')?.message).toContain(
      '2019-01-17 or 2019-11-07',
    );
  });

  it("of two readings, the one on or before the page's publish date (a notice is not signed later)", async () => {
    const d = await parseText(`发布日期:2019-01-20\n${notice('2019117')}`);
    expect(d.notice?.signedDate).toBe('2019-01-17');
    expect(d.metadata.signedDate).toBe('2019-01-17');
    expect(d.messages.find((x) => x.ruleId === 'date/incomplete')?.message).toBe(
      'signed date "2019117" lost characters; read as 2019-01-17, the only date its digits allow on or before the page\'s publish date 2019-01-20',
    );
    // (both readings before the page's date: kept raw)
    expect((await parseText(`发布日期:2019-12-01\n${notice('2019117')}`)).notice?.signedDate).toBeNull();
  });

  it('the closing date of a regulation without a cover notice, too', async () => {
    const d = await parseText(
      '东河市河道管理办法\n第一条 为加强河道管理,制定本办法。\n第二条 本办法自发布之日起施行。\n东河市人民政府\n2023年58\n',
    );
    expect(d.metadata.signedDate).toBe('2023-05-08');
    expect(d.messages.map((m) => m.message)).toContain(
      'closing date "2023年58" lost characters; read as 2023-05-08, the only date its digits allow',
    );
    expect(d.unplaced).toEqual([]);
  });
});

describe("the 题注 under a regulation's title gives its date", () => {
  it('an adoption record in brackets: the signed date, the line kept as found, not as text', async () => {
    const d = await parseText(
      '东河省湿地保护条例\n(2003年7月18日东河省第十届人民代表大会常务委员会第四次会议通过)\n第一章 总则\n第一条 为了加强湿地保护,制定本条例。\n',
    );
    expect(d.metadata).toMatchObject({
      title: '东河省湿地保护条例',
      signedDate: '2003-07-18',
      publishDate: null,
    });
    expect(d.preamble).toBeNull();
    expect(d.unplaced.map((u) => u.text)).toEqual([
      '(2003年7月18日东河省第十届人民代表大会常务委员会第四次会议通过)',
    ]);
  });

  it('a promulgation record (…令N号发布) is also the date it was published', async () => {
    const d = await parseText(
      '东河市文化市场管理规定\n(1991年3月26日东河市人民政府令19号发布)\n第一条 为了加强文化市场管理,制定本规定。\n',
    );
    expect(d.metadata).toMatchObject({ signedDate: '1991-03-26', publishDate: '1991-03-26' });
  });

  it('revision records broken over lines, their 年月 lost, right over the text: the latest, with warnings', async () => {
    const d = await parseText(
      '东河州人大常委会主任\n王某\n2017822日东河州第十二届人民代表大会\n常务委员会第六次主任会议修订\n2023828日东河州第十届人民代表大会\n常务委员会第二十次主任会议修订\n第一章 总则\n第一条 为了规范公文处理,制定本办法。\n',
    );
    expect(d.metadata.signedDate).toBe('2023-08-28');
    expect(d.preamble?.text).toBe('东河州人大常委会主任\n王某');
    expect(d.messages.filter((m) => m.ruleId === 'date/incomplete').map((m) => m.message)).toEqual([
      '题注 date "2017822日" lost characters; read as 2017-08-22, the only date its digits allow',
      '题注 date "2023828日" lost characters; read as 2023-08-28, the only date its digits allow',
    ]);
  });

  it('two records in one bracket: the latest, with its own verb (通过, then 发布)', async () => {
    const d = await parseText(
      '东河市城市管理办法\n(2005年1月10日市政府第5次常务会议通过 2005年2月1日东河市人民政府令第3号发布)\n第一条 为加强城市管理,制定本办法。\n',
    );
    expect(d.metadata).toMatchObject({ signedDate: '2005-02-01', publishDate: '2005-02-01' });
  });

  it('a record that goes on from the one before with 根据…修正 is read, and is the latest', async () => {
    const d = await parseText(
      '东河市城市管理条例\n(2003年7月18日东河市人民代表大会常务委员会第四次会议通过\n根据2010年7月30日东河市人民代表大会常务委员会《关于修改部分地方性法规的决定》修正)\n第一章 总则\n第一条 为加强城市管理,制定本条例。\n',
    );
    expect(d.metadata).toMatchObject({ signedDate: '2010-07-30', publishDate: null });
    expect(d.preamble).toBeNull();
  });

  it('a 令 promulgates, a later 令 revises: the first gives the 文号 and publish date, the second is cited', async () => {
    const d = await parseText(
      '东河自治区商品管理办法\n\n(2016年5月10日东河自治区人民政府令第88号发布 根据2021年3月2日东河自治区人民政府令第120号《关于修改〈东河自治区商品管理办法〉等9件政府规章的决定》修正)\n第一条 为加强商品管理,制定本办法。\n',
    );
    expect(d.metadata).toMatchObject({
      docNumber: expect.objectContaining({ normalized: '东河自治区人民政府令第88号', serial: 88 }),
      publishDate: '2016-05-10',
      // the text as last revised
      signedDate: '2021-03-02',
    });
    expect(d.references.map((r) => [r.title, r.docNumber?.normalized])).toEqual([
      ['关于修改〈东河自治区商品管理办法〉等9件政府规章的决定', '东河自治区人民政府令第120号'],
    ]);
  });

  it('a sentence of the text that opens with a date is no record', async () => {
    const d = await parseText(
      '东河市河道管理办法\n2023年5月8日市政府常务会议审议通过,现予公布。\n第一条 为加强河道管理,制定本办法。\n',
    );
    expect(d.metadata.signedDate).toBeNull();
    expect(d.preamble?.text).toBe('2023年5月8日市政府常务会议审议通过,现予公布。');
  });
});

describe('titles whose first line is the issuer, or the issuer and its verb', () => {
  it('a title whose first line ends at 转发 keeps it', async () => {
    const d = await parseText(
      '东河市人民政府办公室转发\n市发展改革委关于东河市2024年国民经济和\n社会发展计划的通知\n各区县人民政府,市政府直属各单位:\n市发展改革委《东河市2024年国民经济和社会发展计划》已经审议批准,现予转发,请认真组织实施。\n东河市人民政府办公室\n2024年4月3日\n',
    );
    expect(d.metadata.title).toBe(
      '东河市人民政府办公室转发市发展改革委关于东河市2024年国民经济和社会发展计划的通知',
    );
    expect(d.notice?.issuer).toBe('东河市人民政府办公室');
    expect(d.unplaced).toEqual([]);
  });

  it('a page label ending in 发布 is no first line of the title', async () => {
    const d = await parseText(
      '信息发布\n东河市人民政府关于加强河道管理的通知\n各县(市、区)人民政府:\n现就有关事项通知如下。\n',
    );
    expect(d.metadata.title).toBe('东河市人民政府关于加强河道管理的通知');
  });

  it('an issuer on its own line over 批转…的通知 issues it; 批转 is no part of its name', async () => {
    const d = await parseText(
      '东政发〔2025〕6号\n市人民政府\n批转市发改委关于2025年全市国民经济和社会发展计划报告的通知\n各县市区人民政府,市政府各部门:\n市发改委《关于2025年全市国民经济和社会发展计划的报告》已经审议通过,现批转给你们,请据此安排工作。\n2025年4月25日\n',
    );
    expect(d.metadata.title).toBe('市人民政府批转市发改委关于2025年全市国民经济和社会发展计划报告的通知');
    expect(d.metadata.publisher).toBe('市人民政府');
    expect(d.notice?.issuer).toBe('市人民政府');
  });
});

describe('a cover notice whose 主送 line the page left out', () => {
  it('is read from its title and the sentence that hands the document on', async () => {
    const d = await parseText(
      '东河市人民政府办公厅关于印发2023年目标任务责任分解方案的通知\n东政办〔2023〕1号\n《2023年目标任务责任分解方案》已经市人民政府同意,现印发给你们,请一并贯彻执行。\n东河市人民政府办公厅\n2023年1月10日\n2023年目标任务责任分解方案\n一、总体要求\n加快发展。\n',
    );
    expect(d.notice).toMatchObject({
      title: '东河市人民政府办公厅关于印发2023年目标任务责任分解方案的通知',
      recipients: [],
      transmits: '2023年目标任务责任分解方案',
      signature: '东河市人民政府办公厅',
      signedDate: '2023-01-10',
    });
    expect(d.metadata.docNumber?.normalized).toBe('东政办〔2023〕1号');
    expect(d.outline.map((s) => s.title)).toEqual(['总体要求']);
  });

  it('with nothing between the title and the body', async () => {
    const d = await parseText(
      '东河市人民政府办公室关于印发东河市河道管理办法的通知\n《东河市河道管理办法》已经市政府同意,现印发给你们,请认真贯彻执行。\n东河市人民政府办公室\n2023年5月8日\n东河市河道管理办法\n第一条 为加强河道管理,制定本办法。\n',
    );
    expect(d.notice?.title).toBe('东河市人民政府办公室关于印发东河市河道管理办法的通知');
    expect(d.unplaced).toEqual([]);
  });

  it('but a document issued directly that mentions 印发 is none', async () => {
    const d = await parseText('东河市养老服务实施意见\n一、总体要求\n各地要将本意见印发给所属单位。\n');
    expect(d.notice).toBeNull();
  });
});

describe('the issuer a title names, when no cover notice is read', () => {
  it('is the publisher', async () => {
    const d = await parseText(
      '东河市人民政府办公厅关于加快养老服务发展的实施意见\n东政办〔2023〕1号\n一、高度重视,精心组织。\n',
    );
    expect(d.notice).toBeNull();
    expect(d.metadata.publisher).toBe('东河市人民政府办公厅');
  });

  it('but no words before 关于 that name no organ', async () => {
    const d = await parseText('2023年关于加快养老服务发展的实施意见\n一、总体要求\n加快发展。\n');
    expect(d.metadata.publisher).toBeNull();
  });
});

describe('joint issuers signed on one line, set apart by runs of spaces', () => {
  it('are one space apart in the signature', async () => {
    const d = await parseText(
      '东河市财政局 东河市民政局关于印发东河市养老服务补贴办法的通知\n各区财政局、民政局:\n现将《东河市养老服务补贴办法》印发给你们。\n东河市财政局            东河市民政局\n2022年3月1日\n',
    );
    expect(d.notice?.signature).toBe('东河市财政局 东河市民政局');
  });
});

describe('a title broken before its 的通知', () => {
  it('the line that names a plan, then 的通知, is one title', async () => {
    const d = await parseText(
      '东河县人民政府办公室\n关于印发《东河县地震应急预案》\n的通知\n各乡(镇)人民政府,县直各单位:\n《东河县地震应急预案》已经县政府同意,现印发给你们,请认真贯彻落实。\n东河县人民政府办公室\n2020年3月2日\n',
    );
    expect(d.metadata.title).toBe('东河县人民政府办公室关于印发《东河县地震应急预案》的通知');
    expect(d.notice?.transmits).toBe('东河县地震应急预案');
    expect(d.unplaced).toEqual([]);
  });
});

describe('a title the page prints more than once', () => {
  it('the last copy over the text is the title; the issuer on its line under it the publisher', async () => {
    const d = await parseText(
      '您的位置: 首页 » 法律法规 »\n东河市政府采购实施办法(试行)\n作者:法律资料网 时间:2024-07-06 08:01:42  浏览:9640\n下载地址: 点击此处下载\n东河市政府采购实施办法(试行)\n某某省东河市人民政府\n东河市政府采购实施办法(试行)\n第一章 总则\n第一条 为规范政府采购行为,制定本办法。\n',
    );
    expect(d.metadata.title).toBe('东河市政府采购实施办法(试行)');
    expect(d.metadata.publisher).toBe('某某省东河市人民政府');
    expect(d.preamble).toBeNull();
    expect(d.outline.map((s) => s.title)).toEqual(['总则']);
    expect(d.metadata.fields.map((f) => f.key)).toEqual(['作者', '时间', '浏览']);
  });

  it('a bar of links over the first copy is no part of the title', async () => {
    const d = await parseText(
      '热门站点| 甲资料网 | 乙资料网 | 论坛\n收藏本站| 设为首页| 首页\n东河市文化市场管理规定\n下载地址: 点击此处下载\n东河市文化市场管理规定\n某某省东河市人民政府\n东河市文化市场管理规定\n第一条 为加强文化市场管理,制定本规定。\n第二条 本规定自发布之日起施行。\n',
    );
    expect(d.metadata.title).toBe('东河市文化市场管理规定');
    expect(d.metadata.publisher).toBe('某某省东河市人民政府');
    expect(d.unplaced.map((u) => u.text)).toEqual([
      '热门站点| 甲资料网 | 乙资料网 | 论坛',
      '收藏本站| 设为首页| 首页',
      '下载地址: 点击此处下载',
    ]);
  });

  it('an emergency plan (预案) printed twice with nothing between', async () => {
    const d = await parseText(
      '东河镇2023年突发事件总体应急预案(暂行)\n\n东河镇2023年突发事件总体应急预案(暂行)\n1.1 制定目的\n规范应对突发事件行为。\n1.2 制定依据\n根据有关法律法规,制定本预案。\n',
    );
    expect(d.metadata.title).toBe('东河镇2023年突发事件总体应急预案(暂行)');
    expect(d.metadata.genre).toBe('应急预案');
    expect(d.preamble).toBeNull();
  });
});

describe("a page's tables dumped as text with pipes", () => {
  it('a title in a one-cell row, lines of table borders and the notice under them are read', async () => {
    const d = await parseText(
      '索引号: | X-001/2022-1 | 公开方式: | 主动公开 |\n文号: | 东发改〔2022〕13号 | 成文日期: | 2022-10-20 |\n东河市发展和改革局 关于印发《东河市科技发展规划》的 通知 |\n||||||||||||||||||||\n|\n||||||||||||||||||||\n各镇人民政府、街道办事处: 现将《东河市科技发展规划》印发给你们,请认真组织实施。\n东河市发展和改革局 2022年6月7日 东河市科技发展规划\n为加快科技发展,制定本规划。\n',
    );
    expect(d.metadata.title).toBe('东河市发展和改革局关于印发《东河市科技发展规划》的通知');
    expect(d.notice).toMatchObject({
      recipients: ['各镇人民政府', '街道办事处'],
      transmits: '东河市科技发展规划',
      signature: '东河市发展和改革局',
      signedDate: '2022-06-07',
    });
    expect(d.metadata.docNumber?.normalized).toBe('东发改〔2022〕13号');
    expect(d.unplaced).toEqual([]);
    expect(d.removals.filter((r) => r.kind === 'markup').map((r) => r.text.trim())).toEqual([
      '|',
      '||||||||||||||||||||',
      '|',
      '||||||||||||||||||||',
    ]);
  });

  // a title cell spanning the empty cells of the header table over it, and an index number
  // printed alone over a title, are no part of the title
  it('a title row ending in empty cells, and an index number line over a title', async () => {
    const row = await parseText(
      '索引号 | X-001/2022-1 | ||\n组配分类 | 乡村振兴 | 发布机构 | 东河市农业农村局 |\n东河市乡村振兴示范行动方案(2021—2025年) | ||||||||\n|\n为推进乡村振兴,制定本方案。\n一、总体要求\n(一)指导思想。坚持农业农村优先发展。\n',
    );
    expect(row.metadata.title).toBe('东河市乡村振兴示范行动方案(2021—2025年)');
    expect(row.metadata.genre).toBe('行动方案');
    const line = await parseText(
      '11330000MB0000000X/2023-00017\n2023年东河市“三农”工作要点\n东河市农业农村局\n2023-05-19\n2023年,全市“三农”工作稳中求进。\n一、稳产保供\n(一)守牢底线。粮食播种面积稳定在120万亩以上。\n',
    );
    expect(line.metadata).toMatchObject({
      title: '2023年东河市“三农”工作要点',
      indexNumber: '11330000MB0000000X/2023-00017',
    });
  });

  it('a label alone in its row keeps its pipe: its value is the next line', async () => {
    const d = await parseText(
      '发布单位 |\n东河市人民政府\n|\n发布文号 | 东府〔2021〕22号 |\n东河市人民政府关于加强河道管理的通知\n各镇人民政府:\n现就有关事项通知如下。\n',
    );
    expect(d.metadata.fields.map((f) => [f.key, f.value])).toEqual([
      ['发布单位', '东河市人民政府'],
      ['发布文号', '东府〔2021〕22号'],
    ]);
  });
});

describe('covers and titles as round-9 pages print them', () => {
  it('a whole cover flattened onto one line with its title, 文号 and a 来源 label before the recipients', async () => {
    const d = await parseText(
      '东河市总工会关于印发《职工维权工作办法》的通知东工发〔2023〕23号来源:法律工作部各县(区)总工会,市直各单位:《职工维权工作办法》已经市总工会研究通过,现印发给你们,请认真贯彻执行。东河市总工会2023年12月28日职工维权工作办法第一章总则第一条为规范职工维权工作,制定本办法。第二条本办法适用于全市各级工会。\n',
    );
    expect(d.metadata.title).toBe('东河市总工会关于印发《职工维权工作办法》的通知');
    expect(d.metadata.docNumber?.normalized).toBe('东工发〔2023〕23号');
    expect(d.notice).toMatchObject({
      recipients: ['各县(区)总工会', '市直各单位'],
      transmits: '职工维权工作办法',
      signature: '东河市总工会',
      signedDate: '2023-12-28',
    });
    expect(d.outline.map((s) => s.title)).toEqual(['总则']);
  });

  it('a row of a list of documents (title and 文号) is not cut as a cover', async () => {
    const tree = await analyze(
      new TextEncoder().encode(
        '附件1:\n序号 文件名称 发布机关及文号 说明\n1 关于城市规划建设管理的通知 东府发〔2000〕65号 1、制定依据发生了重大变化,原规定已不适用于当前的城市规划管理工作,需要重新制定新的规定予以替代,因此予以废止。2、根据现行城市规划的需要,已制定了新的城市规划政策,原规定同时废止并不再执行,各有关单位应当按照新的规定执行,确保政策衔接。\n',
      ),
      { path: 'x.txt', encoding: 'utf-8' },
    );
    expect(tree.blocks.some((b) => b.text === '关于城市规划建设管理的通知')).toBe(false);
  });

  it("a 令's signer whose name is padded with a space", async () => {
    const d = await parseText(
      '东河市人民政府令\n第48号\n《东河市人民政府关于废止部分政策性文件的决定》已经2008年9月24日市政府常务会议通过,现予公布,自公布之日起施行。\n市长: 王 某\n二○○八年十月十三日\n',
    );
    expect(d.notice?.signature).toBe('市长: 王 某');
    expect(d.notice?.body).not.toContain('市长');
  });

  it("a page's spaces inside the 《》 of what a 令 公布s are none of its title", async () => {
    const d = await parseText(
      '东河市人民政府令\n第129号\n《 东河市公园管理办法》已经2011年8月8日市人民政府常务会议通过,现予公布。\n市长 王某\n2011年8月10日\n',
    );
    expect(d.notice?.transmits).toBe('东河市公园管理办法');
  });

  it("an organ's name over a whole title is its issuer, not its first line", async () => {
    const d = await parseText(
      '某某省人大常委会\n\n东河风景名胜区保护管理条例\n\n第一章 总则\n第一条 为了加强风景名胜区的保护和管理,制定本条例。\n',
    );
    expect(d.metadata.title).toBe('东河风景名胜区保护管理条例');
    expect(d.metadata.publisher).toBe('某某省人大常委会');
  });

  it.each([
    ['over the title', '栏目之窗\n东河州人大常委会主任\n王某某\n自身建设\n'],
    ['glued to it', '东河州人大常委会主任\n王某某\n自身建设\n'],
  ])('a sidebar %s: the title printed again below is the title', async (_, sidebar) => {
    const d = await parseText(
      `${sidebar}东河州人民代表大会常务委员会机关公文处理办法\n来源:州人大\n东河州人民代表大会\n常务委员会机关公文处理办法\n第一章 总则\n第一条 为规范公文处理工作,制定本办法。\n`,
    );
    expect(d.metadata.title).toBe('东河州人民代表大会常务委员会机关公文处理办法');
    expect(d.unplaced.map((u) => u.text)).toEqual(expect.arrayContaining(['王某某', '自身建设']));
  });

  it('joint issuers on a line of their own under the title are its publisher', async () => {
    const d = await parseText(
      '关于发展职业技术教育的意见\n甲部 乙部 财政部 等\n\n关于发展职业技术教育的意见\n甲部 乙部 财政部 国家计委\n\n为了发展职业技术教育,应着重解决好以下几个问题:\n一、提高认识\n职业技术教育是国民教育的重要组成部分。\n',
    );
    expect(d.metadata.publisher).toBe('甲部 乙部 财政部 国家计委');
    expect(d.preamble?.text).toBe('为了发展职业技术教育,应着重解决好以下几个问题:');
  });

  it.each([
    [
      '东河乡人民政府:\n你乡《关于申请批复总体规划的请示》收悉,现批复如下:\n一、同意实施。\n东河县人民政府\n2015年3月3日\n',
      '批复',
    ],
    ['县水务局:\n经县政府研究,原则同意你局意见。\n特此批复。\n二OO五年四月二十九日\n', '批复'],
    ['为维护公共安全,现通告如下:\n一、全县范围内禁止燃放烟花爆竹。\n', '通告'],
  ])('a page without a title takes its kind from the formulas of its text (%#)', async (text, genre) => {
    expect((await parseText(text)).metadata.genre).toBe(genre);
  });
});

describe("a mirror's line giving the page it copied", () => {
  it('is a web leftover, so the 令 and its number stand together', async () => {
    const d = await parseText(
      '东河市人民政府令\n\nOriginal URL: http://example.org/bin/view?rec=202&run=13\n\n第77号\n《东河市应急办法》已经2003年9月29日市政府常务会议研究通过,现予发布施行。\n\n市长王某某\n\n2003年10月15日\n东河市应急办法\n\n第一章总则\n第一条 为做好应急工作,制定本办法。\n',
    );
    expect(d.notice?.title).toBe('东河市人民政府令第77号');
    expect(d.notice?.body).toBe('《东河市应急办法》已经2003年9月29日市政府常务会议研究通过,现予发布施行。');
    expect(d.removals.map((r) => r.kind)).toContain('web-leftover');
  });
});

describe('titles and covers as round-10 pages print them', () => {
  it("a bookmark button's message and a link label between title and recipients are page lines", async () => {
    const d = await parseText(
      '东河市人民政府关于印发《东河市人民政府工作规则》的通知\n发布日期:2013-07-02 12:41\n\n取消收藏成功!\n\n相关办事指南\n\n各县人民政府,市直各部门:\n《东河市人民政府工作规则》已经市人民政府常务会议审议通过,现予印发。\n\n2013年7月2日\n',
    );
    expect(d.metadata.title).toBe('东河市人民政府关于印发《东河市人民政府工作规则》的通知');
    expect(d.removals.map((r) => r.text)).toEqual(['取消收藏成功!', '相关办事指南']);
  });

  it("a title listed as an item, and a column's 【tag】 before a title, are no part of it", async () => {
    const bullet = await parseText(
      '• 国务院办公厅关于成立东河改革工作领导小组的通知\n    • 国办发〔2016〕48号\n各省、自治区、直辖市人民政府,国务院各部委、各直属机构:\n为加快推进改革,国务院决定成立东河改革工作领导小组。\n',
    );
    expect(bullet.metadata.title).toBe('国务院办公厅关于成立东河改革工作领导小组的通知');
    expect(bullet.metadata.publisher).toBe('国务院办公厅');
    const tagged = await parseText(
      '【保基本民生】东河市民生工作领导小组办公室关于2024年实施47项民生实事的通知\n县、市、区人民政府,市直有关单位:\n经市政府同意,2024年我市实施47项民生实事,具体安排如下。\n一、促进就业\n',
    );
    expect(tagged.notice?.title).toBe('东河市民生工作领导小组办公室关于2024年实施47项民生实事的通知');
    expect(tagged.notice?.issuer).toBe('东河市民生工作领导小组办公室');
  });

  it('a title printed whole above a copy that lost its first half is the title', async () => {
    const d = await parseText(
      '国务院办公厅关于成立东河产业发展领导小组的通知\n国务院办公厅关于成立东河产业发展领导小组的通知 国办发〔2016〕97号 2016年12月23日\n东河产业发展领导小组的通知\n国办发〔2016〕97号\n各省、自治区、直辖市人民政府,国务院各部委、各直属机构:\n国务院决定成立东河产业发展领导小组。现将有关事项通知如下:\n',
    );
    expect(d.metadata.title).toBe('国务院办公厅关于成立东河产业发展领导小组的通知');
    expect(d.notice?.issuer).toBe('国务院办公厅');
  });

  it.each([
    ['东府令第 121 号', '东河市人民政府', '东府令第121号'],
    ['政府令〔2010〕第15号', '东河省人民政府', '政府令〔2010〕第15号'],
  ])(
    'a 令 that names its organ by an abbreviation or not at all (%s) is issued by the organ above it',
    async (line, organ, number) => {
      const d = await parseText(
        `东河市人民政府关于控制扬尘污染的通告\n\n${organ}\n\n${line}\n\n《东河市人民政府关于控制扬尘污染的通告》已经2001年12月13日市人民政府常务会议审议通过,现予发布,自2002年1月1日起施行。\n\n市 长\n\n二○○一年十二月三十日\n`,
      );
      expect(d.metadata.publisher).toBe(organ);
      expect(d.notice?.issuer).toBe(organ);
      if (line.startsWith('东')) expect(d.metadata.docNumber?.normalized).toBe(number);
    },
  );

  it("a news repost's lead over the cover states goals; the document it names as its own is no reference", async () => {
    const d = await parseText(
      '东河省充电基础设施“十四五”发展规划\n\n来源:某网站 日期:2023-07-28\n\n  总体发展目标,到2025年,公共充换电站保有量达到8000座以上,充电基础设施达到15万台以上。\n\n各市发展改革委、财政局:\n  为加快充电基础设施建设,我们编制了《东河省充电基础设施“十四五”发展规划》。现印发给你们,请认真贯彻执行。\n',
    );
    expect(d.targets.map((t) => [t.metric, t.value, t.unit, t.year])).toEqual([
      ['公共充换电站保有量', 8000, '座', 2025],
      ['充电基础设施', 15, '万台', 2025],
    ]);
    expect(d.references).toEqual([]);
  });
});

describe('what the review of round 9 and 10 found', () => {
  it('a title that names a date is no signature, date and title run together', async () => {
    const d = await parseText(
      '东河市人民政府关于废止2019年12月1日印发的东河市物业管理办法的决定\n各县(市、区)人民政府,市政府各部门:\n现决定废止该办法。\n东河市人民政府\n2020年1月1日\n',
    );
    expect(d.metadata.title).toBe('东河市人民政府关于废止2019年12月1日印发的东河市物业管理办法的决定');
    const items = await parseText(
      '东河市就业工作实施方案\n一、重点任务\n1.各县于2024年6月30日前制定具体实施方案\n2.各县于2024年9月30日前完成建设任务\n',
    );
    expect(items.outline[0]!.children.map((s) => s.title)).toEqual([
      '各县于2024年6月30日前制定具体实施方案',
      '各县于2024年9月30日前完成建设任务',
    ]);
  });

  it('a heading that names 以下 in passing announces no list of places', async () => {
    const d = await parseText(
      '东河市就业工作实施方案\n一、重点任务\n(一)加强县级以下地方就业服务\n1.建设基层就业服务平台。(责任单位:各县(市、区)人民政府)\n2.充实基层服务力量。(责任单位:市人力资源社会保障局)\n',
    );
    expect(d.measures.map((m) => m.title)).toEqual(['建设基层就业服务平台', '充实基层服务力量']);
  });

  it('a breadcrumb ending with the title is no fuller copy of it', async () => {
    const d = await parseText(
      '首页 > 政策文件 > 东河市人民政府办公室关于印发东河市促进就业工作实施方案的通知\n东河市人民政府办公室关于印发东河市促进就业工作实施方案的通知\n东政办发〔2024〕12号\n各县(市、区)人民政府,市政府各部门:\n现将《东河市促进就业工作实施方案》印发给你们,请认真贯彻执行。\n东河市人民政府办公室\n2024年3月1日\n',
    );
    expect(d.metadata.title).toBe('东河市人民政府办公室关于印发东河市促进就业工作实施方案的通知');
  });

  it('a long paragraph that cites items (一)项 in passing is not cut at its spaces', async () => {
    const filler = '各单位应当按期报送材料,逐级审核汇总,确保数据真实准确,'.repeat(6);
    const line = `按照上述 (一)项和 (二)项的规定,${filler}并于每月5日前报送 ${filler}不得迟报。`;
    const tree = await analyze(new TextEncoder().encode(`东河市统计管理办法\n${line}\n`), {
      path: 'x.txt',
      encoding: 'utf-8',
    });
    expect(tree.blocks.map((b) => b.text)).toContain(line);
  });
});

describe('spaces a page puts around the figures of a title', () => {
  it('are layout: the title and what it hands on read without them', async () => {
    const d = await parseText(
      '东河县人民政府办公室关于印发 2024年县《政府工作报告》确定的重点工作责任分解方案的通知\n各镇人民政府,县政府各部门:\n现将《2024年县〈政府工作报告〉确定的重点工作责任分解方案》印发给你们。\n',
    );
    expect(d.notice?.title).toBe(
      '东河县人民政府办公室关于印发2024年县《政府工作报告》确定的重点工作责任分解方案的通知',
    );
    expect(d.notice?.transmits).toBe('2024年县《政府工作报告》确定的重点工作责任分解方案');
  });
});

describe('page lines round 12 found', () => {
  it('a 全文 tab over the text and 相关阅读 / 回到顶部 under it are page lines, not preamble', async () => {
    const d = await parseText(
      '全文\n东河市2022年深化改革工作要点\n  为持续优化营商环境,制定本要点。\n一、提升政务服务水平\n推进一网通办。\n相关阅读\n\n回到顶部\n',
    );
    expect(d.removals.map((r) => r.text)).toEqual(['全文', '相关阅读', '回到顶部']);
    expect(d.preamble?.text ?? '').not.toMatch(/全文|相关阅读|回到顶部/);
  });
});

describe('references', () => {
  it('a short name given to a cited document is no new reference where it is used again', async () => {
    const d = await parseText(
      '东河省印发美丽东河建设行动方案\n\n  2024年5月,东河省出台了《美丽东河建设规划纲要(2024-2035年)》(以下简称《规划纲要》),明确提出分三个阶段推进。\n\n  此次印发的行动方案是对《规划纲要》第一阶段任务的细化分解,并落实《东河省生态环境保护条例》。\n',
    );
    expect(d.references.map((r) => r.title)).toEqual([
      '美丽东河建设规划纲要(2024-2035年)',
      '东河省生态环境保护条例',
    ]);
  });
});

describe('covers as round-12 pages print them', () => {
  it('a 令 numbered as a 文号 (东政令[1997]3号), its number repeated before the promulgation', async () => {
    const d = await parseText(
      '东河市清真食品管理暂行规定\n东政令[1997]3号\n\n第3号 《东河市清真食品管理暂行规定》已经1997 年7月10日市政府第24次常务会议通过,现予发布施行。\n\n市 长 王 某\n\n一九九七年七月十六日\n\n东河市清真食品管理暂行规定\n第一条 为加强清真食品管理,制定本规定。\n第二条 本规定自发布之日起施行。\n',
    );
    expect(d.notice).toMatchObject({
      title: '东政令[1997]3号',
      issuer: null,
      body: '《东河市清真食品管理暂行规定》已经1997 年7月10日市政府第24次常务会议通过,现予发布施行。',
      transmits: '东河市清真食品管理暂行规定',
      signature: '市 长 王 某',
      signedDate: '1997-07-16',
    });
    expect(d.metadata).toMatchObject({ title: '东河市清真食品管理暂行规定', signedDate: '1997-07-16' });
    expect(d.metadata.docNumber?.normalized).toBe('东政令〔1997〕3号');
    expect(d.unplaced).toEqual([]);
  });

  it('a 附件说明 broken inside its brackets keeps the signature and date after it; page marks are removed', async () => {
    const d = await parseText(
      '关于报送《东河市发展和改革委员会地震应急预案》的报告\n东发改办〔2020〕85号\n东河市抗震救灾指挥部办公室:\n    根据贵办要求,现将我委新修订地震应急预案随文附后上报。\n    附件:《东河市发展和改革委员会地震应急预案》(2020年6月修\n    订稿)\n    —1—\n     (此页无正文)\n    东河市发展和改革委员会\n    2020年8月10日\n    (此件主动公开)—2—\n    东河市发展和改革委员会地震应急预案\n    1 总则\n    1.1 编制目的\n    为做好地震应急工作,制定本预案。\n',
    );
    expect(d.attachments.map((a) => [a.label, a.title])).toEqual([
      ['附件', '《东河市发展和改革委员会地震应急预案》(2020年6月修订稿)'],
    ]);
    expect(d.notice).toMatchObject({
      body: '根据贵办要求,现将我委新修订地震应急预案随文附后上报。',
      signature: '东河市发展和改革委员会',
      signedDate: '2020-08-10',
      note: '(此件主动公开)',
    });
    const listed = await parseText(
      '东河市人民政府关于报送应急预案的报告\n省应急管理厅:\n现将我市应急预案报上。\n附件:1.《东河市防汛应急预案》\n2.《东河市地震应急预案》(2020年\n修订稿)\n东河市人民政府\n2020年8月10日\n',
    );
    expect(listed.attachments.map((a) => a.title)).toEqual([
      '《东河市防汛应急预案》',
      '《东河市地震应急预案》(2020年修订稿)',
    ]);
    expect(listed.notice?.signedDate).toBe('2020-08-10');
    expect(d.removals.map((r) => [r.kind, r.text])).toEqual([
      ['page-mark', '—1—'],
      ['page-mark', '(此页无正文)'],
      ['page-mark', '—2—'],
    ]);
  });

  it.each([
    ['with its date', '(东检监〔1989〕565号 一九八九年十月十六日)', '东检监〔1989〕565号', '1989-10-16'],
    ['alone', '(东政发〔2012〕33号)', '东政发〔2012〕33号', null],
    ['with its date after a comma', '【东政发[2012]33号,2012年5月8日】', '东政发〔2012〕33号', '2012-05-08'],
  ])('a 文号 in brackets under the title, %s, is read and placed', async (_, line, number, date) => {
    const d = await parseText(
      `东河省商检局关于做好质量监督员试点工作的通知\n\n${line}\n\n各市商检局:\n  为做好质量监督员试点工作,现将有关事项通知如下。\n`,
    );
    expect(d.metadata.docNumber?.normalized).toBe(number);
    expect(d.metadata.signedDate).toBe(date);
    expect(d.notice?.recipients).toEqual(['各市商检局']);
    expect(d.unplaced).toEqual([]);
  });

  it('a 文号 in brackets glued to the 主送 line is no part of its first recipient', async () => {
    const d = await parseText(
      '东河省人民政府关于\n印发东河省温饱工程计划的通知\n(东政发〔1994〕103号)东河州,各州、市、县(市)人民政府,省人民政府各部门:\n现将《东河省温饱工程计划》印发给你们,请认真贯彻执行。\n',
    );
    expect(d.notice?.recipients).toEqual(['东河州', '各州、市、县(市)人民政府', '省人民政府各部门']);
    expect(d.metadata.docNumber?.normalized).toBe('东政发〔1994〕103号');
    expect(d.unplaced).toEqual([]);
  });

  it('a signature and its date on one line are read', async () => {
    const d = await parseText(
      '关于印发东河预案的通知\n\n各镇人民政府:\n\n《东河预案》已经县政府同意,现印发给你们,请认真抓好落实。\n\n东河县人民政府办公室 2017年11月30日\n\n东河预案\n\n一、总则\n\n为提高应急能力,制定本预案。\n',
    );
    expect(d.notice).toMatchObject({
      body: '《东河预案》已经县政府同意,现印发给你们,请认真抓好落实。',
      signature: '东河县人民政府办公室',
      signedDate: '2017-11-30',
    });
    expect(d.outline.map((s) => s.title)).toEqual(['总则']);
  });

  it('…and so are the handed-on title and its first headings run onto that line', async () => {
    const d = await parseText(
      '东河旅游区管理委员会办公室关于印发东河旅游区突发环境事件应急预案的通知\n各镇人民政府,旅游区各管理处:\n《东河旅游区突发环境事件应急预案》已经管委会领导同意,现印发给你们,请认真抓好落实。\n东河旅游区管理委员会办公室 2017年11月30日 东河旅游区突发环境事件应急预案 1 总则 1.1 编制目的\n为提高突发环境事件应急处置能力,制定本预案。\n1.2 编制依据\n依据有关法律法规。\n',
    );
    expect(d.notice).toMatchObject({ signature: '东河旅游区管理委员会办公室', signedDate: '2017-11-30' });
    expect(d.outline.map((s) => [s.marker, s.title, s.children.map((c) => c.marker)])).toEqual([
      ['1', '总则', ['1.1', '1.2']],
    ]);
  });

  it('a document a sentence names as handed on before (转发的《X》) is cited, not transmitted', async () => {
    const d = await parseText(
      '东河省商检局关于做好质量监督员试点工作的通知\n甲、乙商检局:\n  为贯彻《商检法》,进一步落实国务院办公厅转发的《关于加强出口商品质量管理工作的意见》,继续做好质量监督员试点工作。\n',
    );
    expect(d.notice?.transmits).toBeNull();
    expect(d.references.map((r) => r.title)).toEqual(['商检法', '关于加强出口商品质量管理工作的意见']);
  });

  it('a meeting that decides what follows (…会议决定,修改下列法规:) addresses no one', async () => {
    const d = await parseText(
      '东河省人民代表大会常务委员会关于修改部分地方性法规的决定\n东河省第十一届人民代表大会常务委员会第十七次会议决定,修改下列地方性法规:\n一、对下列法规进行修改\n1.将《东河省气象条例》第七条修改为:“气象设施受法律保护。”\n',
    );
    expect(d.notice).toBeNull();
    expect(d.preamble?.text).toBe('东河省第十一届人民代表大会常务委员会第十七次会议决定,修改下列地方性法规:');
  });
});

describe('covers as round-13 pages print them', () => {
  it('a cover with numbered remarks keeps its signature and date when a page line follows them', async () => {
    const d = await parseText(
      '东河省人民政府,有关部门:\n《东河新区总体方案》已经国务院同意,现印发你们,并就有关事项通知如下:\n一、请东河省人民政府切实加强组织领导。\n二、请有关部门给予积极支持。\n附件:东河新区总体方案\n东河省发展改革委\n2016年3月2日\n扫描二维码 关注我们\n本文关键词: 东河新区, 总体方案, 通知\n',
    );
    expect(d.notice).toMatchObject({ signature: '东河省发展改革委', signedDate: '2016-03-02' });
    expect(d.outline).toEqual([]);
  });

  it('…and when the document it hands on follows them, whose numbering is its own', async () => {
    const d = await parseText(
      '各县人民政府:\n《东河方案》已经市政府同意,现印发你们,并就有关事项通知如下:\n一、请各县认真组织实施。\n二、请各部门给予支持。\n东河市人民政府办公室\n2016年3月2日\n东河方案\n一、总则\n为做好工作,制定本方案。\n',
    );
    expect(d.notice).toMatchObject({ signature: '东河市人民政府办公室', signedDate: '2016-03-02' });
    expect(d.outline.map((s) => [s.marker, s.title, s.children.length])).toEqual([['一、', '总则', 0]]);
  });
});

describe('a date in brackets under the title (round 13)', () => {
  it('(2020年8月19日) alone on its line dates the document and is no text', async () => {
    const d = await parseText(
      '中共东河省委东河省人民政府\n关于加快建设交通强省的实施意见\n(2020年8月19日)\n为加快建设交通强省,现提出如下实施意见。\n一、总体要求\n',
    );
    expect(d.metadata.signedDate).toBe('2020-08-19');
    expect(d.preamble?.text).toBe('为加快建设交通强省,现提出如下实施意见。');
  });
});

describe('a cited title broken after its 《 (round 13)', () => {
  it('is read whole, with its 文号', async () => {
    const d = await parseText(
      '各市、县人民政府,省人民政府各部门:\n根据《\n国务院办公厅关于开展第二次全国残疾人抽样调查的通知》(国办发(2004)73号)精神,为做好我省调查工作,现通知如下:\n一、成立领导小组\n',
    );
    expect(d.references).toEqual([
      expect.objectContaining({
        title: '国务院办公厅关于开展第二次全国残疾人抽样调查的通知',
        docNumber: expect.objectContaining({ normalized: '国办发〔2004〕73号' }),
      }),
    ]);
  });
});

describe('titles broken before a bracket (round 13)', () => {
  it('a second line that opens with the period, (2023—2025年)的通知, goes on with the title', async () => {
    const d = await parseText(
      '关于印发东河市公共卫生体系建设三年行动计划\n(2023—2025年)的通知\n各县(市)、区人民政府,市人民政府各部门:\n《东河市公共卫生体系建设三年行动计划(2023—2025年)》已经市政府同意,现印发给你们,请认真贯彻执行。\n东河市人民政府办公室\n2023年12月25日\n',
    );
    expect(d.metadata.title).toBe('关于印发东河市公共卫生体系建设三年行动计划(2023—2025年)的通知');
    expect(d.unplaced).toEqual([]);
  });

  it('a second line that opens with the title it cites, 《X关于…》的意见, names no issuer', async () => {
    const d = await parseText(
      '东河省人民政府关于实施\n《国务院关于基础教育改革与发展的决定》的意见\n(东政[2001]85号)\n各市、县人民政府,省政府各部门:\n为认真贯彻落实《国务院关于基础教育改革与发展的决定》,现提出以下实施意见。\n一、提高认识\n',
    );
    expect(d.metadata.title).toBe('东河省人民政府关于实施《国务院关于基础教育改革与发展的决定》的意见');
    expect(d.metadata.publisher).toBe('东河省人民政府');
  });

  it('a title a page put whole in 《》 takes no site name from the line above', async () => {
    const d = await parseText(
      '东河文库-一个优质的下载网站\n《东河市人民政府关于印发2024年市〈政府工作报告〉目标任务责任分解方案的通知》\n各区人民政府:\n现将《2024年市〈政府工作报告〉目标任务责任分解方案》印发给你们。\n',
    );
    expect(d.metadata.publisher).toBe('东河市人民政府');
  });

  it('a flattened summary line is not cut inside the title it cites', async () => {
    const d = await parseText(
      '东河省人民政府关于实施《国务院关于基础教育改革与发展的决定》的意见(东政[2001]85号)各市、县人民政府,省政府各部门:为认真贯彻落实《国务院关于基础教育改革与发展的决定》,现提出以下实施意见。\n',
    );
    expect(d.metadata.title).toBe('东河省人民政府关于实施《国务院关于基础教育改革与发展的决定》的意见');
    expect(d.metadata.publisher).toBe('东河省人民政府');
  });
});

describe('page labels before a title (round 13)', () => {
  it('a portal lead 导读: repeating the title is a header row, not the title', async () => {
    const d = await parseText(
      '导读:东河市人民政府办公室关于印发东河市交通运输三年行动方案的通知\n各县区人民政府:\n《东河市交通运输三年行动方案》已经市政府同意,现印发给你们。\n东河市人民政府办公室\n2025年3月4日\n',
    );
    expect(d.metadata.title).toBe('东河市人民政府办公室关于印发东河市交通运输三年行动方案的通知');
    expect(d.metadata.publisher).toBe('东河市人民政府办公室');
  });

  it("a wiki infobox's • 中文名: and • 文案号: give the title and the 文号", async () => {
    const d = await parseText(
      '  • 中文名:东河市人民政府关于印发东河市2009年改革工作要点的通知\n  • 文案号:东府发(2009)33号\n各区县人民政府,市政府各部门:\n《东河市2009年改革工作要点》已经市政府同意,现印发给你们。\n二○○九年三月十三日\n',
    );
    expect(d.metadata.title).toBe('东河市人民政府关于印发东河市2009年改革工作要点的通知');
    expect(d.metadata.docNumber?.normalized).toBe('东府发〔2009〕33号');
    expect(d.unplaced).toEqual([]);
  });

  it('a 名称 row whose value is a title, with no colon, is a header row', async () => {
    const d = await parseText(
      '索引号 000014349/2020-3761045 成文日期 2020-10-15\n名称 市人民政府办公室关于印发健康东河行动推进方案的通知\n各县、区人民政府:\n经市人民政府同意,现将《健康东河行动推进方案》印发给你们,请认真贯彻执行。\n',
    );
    expect(d.metadata.title).toBe('市人民政府办公室关于印发健康东河行动推进方案的通知');
    expect(d.metadata.publisher).toBe('市人民政府办公室');
  });

  it('a 标题 field carrying the 文号 and (废止) gives the title, and its validity', async () => {
    const d = await parseText(
      '标  题: 东政发〔2014〕31号 东河市人民政府关于推进东河新区发展的意见(废止)\n发布日期: 2014-11-25\n\n各县、区人民政府:\n为加快东河新区发展,现提出如下意见。\n一、指导思想\n',
    );
    expect(d.metadata).toMatchObject({
      title: '东河市人民政府关于推进东河新区发展的意见',
      publisher: '东河市人民政府',
      genre: '意见',
      validity: '废止',
    });
  });
});

describe('header rows, page keys and title lines as round-14 pages print them', () => {
  const cover =
    '各乡镇人民政府,县直各有关部门:\n现将《东河县应急预案》印发给你们,请认真贯彻落实。\n东河县人民政府\n2023年3月9日\n';

  it('a row without colons whose last label has no value, and a row of one label and its value', async () => {
    const d = await parseText(
      `索引号 11370000000000000X/2023-00001 成文时间 2023-03-10\n发布机构 东河县人民政府办公室 组配分类 东政发\n成文日期 2023-03-10 废止日期\n有效性 有效\n东政发〔2023〕7号关于印发东河县应急预案的通知\n${cover}`,
    );
    expect(d.metadata.fields.slice(4).map((f) => [f.key, f.value])).toEqual([
      ['成文日期', '2023-03-10'],
      ['废止日期', ''],
      ['有效性', '有效'],
    ]);
    expect(d.metadata.validity).toBe('有效');
    expect(d.unplaced).toEqual([]);
  });

  it('in a row of cells between bars, a cell with a word and its colon is a label, known or not', async () => {
    const d = await parseText(
      `东河县人民政府办公室关于印发《东河县资金管理办法》的通知\n索引号 | abcdef/2021-3740 | 公开目录: | 县政府办文件 |\n公开责任部门 | 东河县人民政府办公室 | 公开形式: | 主动公开 |\n文号 | 东政办发〔2021〕88号 | 资料类别: | 政策文件 |\n各乡镇人民政府,县政府各部门:\n现将《东河县资金管理办法》印发给你们,请遵照执行。\n东河县人民政府办公室\n2021年9月28日\n`,
    );
    expect(d.metadata.fields.map((f) => [f.key, f.value])).toEqual([
      ['索引号', 'abcdef/2021-3740'],
      ['公开目录', '县政府办文件'],
      ['公开责任部门', '东河县人民政府办公室'],
      ['公开形式', '主动公开'],
      ['文号', '东政办发〔2021〕88号'],
      ['资料类别', '政策文件'],
    ]);
    expect(d.metadata.indexNumber).toBe('abcdef/2021-3740');
    expect(d.unplaced).toEqual([]);
  });

  it("a consultation page's keys under the title are no 主送; the line that addresses organs is", async () => {
    const d = await parseText(
      '主题:\n东河市防汛抗旱指挥部办公室关于征求《东河市防汛应急预案(征求意见稿)》修改意见的函\n时限:\n截止:2019-06-18\n征集状态:\n已结束 查看征集结果\n市直有关部门: 为切实做好防汛减灾工作,市防汛办修订形成了《东河市防汛应急预案(征求意见稿)》。请各单位于6月18日前反馈修改意见。\n',
    );
    expect(d.notice?.recipients).toEqual(['市直有关部门']);
    expect(d.preamble?.text).toMatch(/^为切实做好防汛减灾工作/);
  });

  it("a column's name set off by 丨 before the title is not the title's or the issuer's", async () => {
    const d = await parseText(
      '权威发布丨东河省人民政府办公厅关于印发《东河省开发区管理办法(修订)》的通知\n2026-01-17\n《东河省开发区管理办法(修订)》已经省人民政府同意,现印发给你们,请认真贯彻执行。\n第一条 为规范全省开发区管理,制定本办法。\n',
    );
    expect(d.metadata.title).toBe('东河省人民政府办公厅关于印发《东河省开发区管理办法(修订)》的通知');
    expect(d.metadata.publisher).toBe('东河省人民政府办公厅');
    expect(d.notice).toMatchObject({
      issuer: '东河省人民政府办公厅',
      transmits: '东河省开发区管理办法(修订)',
    });
  });

  it('a title whose last line is its type alone, spaced out (通 知), is read whole', async () => {
    const d = await parseText(
      '东河市人民政府办公室\n关于印发东河市气象灾害应急预案的\n通 知\n东政办〔2015〕67号\n各乡镇人民政府,市人民政府有关部门:\n《东河市气象灾害应急预案》已经市人民政府同意,现印发给你们,请认真贯彻执行。\n东河市人民政府办公室\n2015年11月16日\n',
    );
    expect(d.metadata.title).toBe('东河市人民政府办公室关于印发东河市气象灾害应急预案的通知');
    expect(d.notice).toMatchObject({
      title: '东河市人民政府办公室关于印发东河市气象灾害应急预案的通知',
      transmits: '东河市气象灾害应急预案',
    });
    expect(d.unplaced).toEqual([]);
  });

  it("a law database's note that the text was ended by another gives its validity", async () => {
    const d = await parseText(
      '关于返还东河单位专项基金问题的通知\n甲部、乙部\n根据1997年9月8日甲部发布的关于公布废止和失效的规章目录(第六批)的通知失效\n为了更好地贯彻有关规定,现将返还基金的有关问题通知如下:\n一、返还数额按实际交纳数的70%计算。\n二、返还的年限为1990年至1992年。\n',
    );
    expect(d.metadata.validity).toBe('失效');
  });
});

describe('covers as round-14 pages print them', () => {
  it('a cover without 主送 under a 信息公开 table of pipe rows is read, and hands its document on', async () => {
    const d = await parseText(
      '东河县人民政府办公室关于印发《东河县涉农资金管理办法》的通知\n索引号 | xyz/2021-0101 | 公开目录: | 县政府办文件 |\n公开责任部门 | 东河县人民政府办公室 | 公开形式: | 主动公开 |\n文号 | 东政办发〔2021〕7号 | 成文日期: | 2021年09月28日 |\n有效性 | 有效 | 公开日期: | 2021-09-30 01:40 |\n经县政府同意,现将《东河县涉农资金管理办法》印发给你们,请遵照执行。\n东河县人民政府办公室\n2021年9月28日\n东河县涉农资金管理办法\n第一条 为加强涉农资金管理,制定本办法。\n第二条 本办法适用于全县涉农资金。\n',
    );
    expect(d.notice).toMatchObject({
      transmits: '东河县涉农资金管理办法',
      signature: '东河县人民政府办公室',
      signedDate: '2021-09-28',
    });
    expect(d.preamble).toBeNull();
    expect(d.references).toEqual([]);
    expect(d.outline).toHaveLength(2);
  });

  it('an organ line under a cover signed by its date only opens the document it hands on', async () => {
    const d = await parseText(
      '东河市人民政府办公室关于转发东河市人力资源和社会保障局《关于开展全民创业的实施意见》的通知\n各县(市、区)人民政府,市政府有关部门:\n东河市人力资源和社会保障局《关于开展全民创业的实施意见》已经市政府研究通过,现予转发,请认真贯彻落实。\n二〇一一年七月二十八日\n东河市人力资源和社会保障局\n关于开展全民创业的\n实施意见\n一、指导思想\n以创建创业型城市为契机,推进全民创业工作。\n',
    );
    expect(d.notice).toMatchObject({
      signature: null,
      issuer: '东河市人民政府办公室',
      signedDate: '2011-07-28',
    });
    expect(d.metadata.publisher).toBe('东河市人民政府办公室');
    expect(d.references).toEqual([]);
    expect(d.outline.map((s) => s.title)).toEqual(['指导思想']);
  });

  it('…and so when the cover lost its title: the publisher is not the handed-on document’s author', async () => {
    const d = await parseText(
      '东河市人民政府办公室\n各县(市、区)人民政府:\n东河市人力资源和社会保障局《关于开展全民创业的实施意见》已经市政府研究通过,现予转发,请认真贯彻落实。\n二〇一一年七月二十八日\n东河市人力资源和社会保障局\n关于开展全民创业的\n实施意见\n一、指导思想\n以创建创业型城市为契机,推进全民创业工作。\n',
    );
    expect(d.notice?.signature).toBeNull();
    expect(d.metadata.publisher).toBe('东河市人民政府办公室');
  });

  it('a text signed and dated over a second document is a notice: its signature and date are read', async () => {
    const d = await parseText(
      '《东河市住房保障管理办法(修订草案征求意见稿)》公开征求意见\n来源:法规科 时间:2020-10-29 11:24\n为广泛听取社会各界的意见,现将《东河市住房保障管理办法(修订草案征求意见稿)》及其说明予以公布,征求社会各界意见。\n联 系 人:李某\n联系电话:0000-7654321\n东河市司法局\n2020年10月28日\n《东河市住房保障管理办法(修订草案征求意见稿)》起草说明\n现将起草有关情况说明如下:\n一、修订的必要性\n原办法实施以来发挥了重要作用。\n',
    );
    expect(d.notice).toMatchObject({ signature: '东河市司法局', signedDate: '2020-10-28', recipients: [] });
    expect(d.metadata).toMatchObject({ publisher: '东河市司法局', signedDate: '2020-10-28' });
    expect(d.outline.map((s) => s.title)).toEqual(['修订的必要性']);
  });
});

describe('prose-body notices: 通报 under a 文件 banner, 纪要 (unseen round 15, class 4)', () => {
  it('the 发文机关标志 over the title (X委员会文件) is the issuer of a notice signed by its date only', async () => {
    const d = await parseText(
      '共青团东河市委员会机关委员会文件\n东团委〔2009〕13号\n关于受上级团组织表彰的集体和个人的通报\n各团支部:\n近年来,机关各团组织开展了一系列活动。现通报如下:\n王某某2009年5月被授予“优秀团支部书记”称号。\n二○○九年五月二十日\n',
    );
    expect(d.notice).toMatchObject({
      issuer: '共青团东河市委员会机关委员会',
      body: '',
      signedDate: '2009-05-20',
    });
    expect(d.metadata.publisher).toBe('共青团东河市委员会机关委员会');
    // (a notice that hands nothing on is itself the text: its prose is the preamble)
    expect(d.preamble?.text).toMatch(/^近年来/);
  });

  it('a 纪要: its mark is its title and number, its printing line its issuer and date, its chair and attendees people', async () => {
    const d = await parseText(
      '8月13日下午,市某局党组书记、局长王大明同志主持召开局长办公会,局领导李小红、赵四、钱五一参加会议。现纪要如下:\n会议原则同意《东河市扶持骨干企业发展实施方案》。会议要求,尽快印发实施。\n会议听取了关于清洁取暖建设情况的汇报。\n图文解读:局长办公会会议纪要【2021】第2号\n本期发:局领导,局机关各科室。\n东河市某某局办公室 2021年8月16日印\n',
    );
    expect(d.metadata).toMatchObject({
      title: '局长办公会会议纪要',
      genre: '纪要',
      publisher: '东河市某某局办公室',
      signedDate: '2021-08-16',
    });
    expect(d.metadata.docNumber).toMatchObject({ agency: '局长办公会会议纪要', year: 2021, serial: 2 });
    expect(d.references.map((r) => r.title)).toEqual(['东河市扶持骨干企业发展实施方案']);
    expect(d.preamble?.text).not.toMatch(/纪要【|本期发|日印/);
    expect(d.personnel.map((p) => [p.group, p.role, p.name, p.titles])).toEqual([
      ['局长办公会', '主持', '王大明', ['市某局党组书记', '局长']],
      ['局长办公会', '出席', '李小红', ['局领导']],
      ['局长办公会', '出席', '赵四', ['局领导']],
      ['局长办公会', '出席', '钱五一', ['局领导']],
    ]);
  });

  it('a 纪要’s 出席 and 列席 lists (GB/T 9704 10.2) give its attendees with their posts', async () => {
    const d = await parseText(
      '东河县人民政府常务会议纪要\n2021年3月5日,县长孙某某主持召开县政府常务会议,研究有关事项。现纪要如下:\n一、会议原则同意县某局提出的实施方案。\n二、会议要求各部门抓好落实。\n出席:孙某某、周某、吴某某\n列席:县某某局 郑某某,县某某办 王某\n',
    );
    expect(d.personnel.map((p) => [p.role, p.name, p.titles])).toEqual([
      ['主持', '孙某某', ['县长']],
      ['出席', '孙某某', []],
      ['出席', '周某', []],
      ['出席', '吴某某', []],
      ['列席', '郑某某', ['县某某局']],
      ['列席', '王某', ['县某某办']],
    ]);
  });
});

describe('title lines as round-15 pages print them', () => {
  it('a title line that carries its 文号 after a space is the title, and gives the 文号', async () => {
    const d = await parseText(
      '关于印发2023年民生实事分工方案的通知 东政发〔2023〕1号 |\n各区人民政府,市各委办局:\n现将2023年民生实事分工方案印发给你们,请认真贯彻落实。\n东河市人民政府\n2023年1月20日\n',
    );
    expect(d.metadata.title).toBe('关于印发2023年民生实事分工方案的通知');
    expect(d.metadata.docNumber?.raw).toBe('东政发〔2023〕1号');
    expect(d.unplaced).toEqual([]);
  });

  it('…and so with the issuer and the date after the 文号, as a catalogue row gives them', async () => {
    const d = await parseText(
      '东河省人民政府关于同意设立西山区的批复 东函〔1999〕41号 东河省人民政府 1999年5月20日 |\n北岭市人民政府:\n你市《关于设立西山区的请示》收悉。现批复如下:\n一、同意设立西山区。\n二、西山区人民政府驻西山街道。\n东河省人民政府\n一九九九年五月二十日\n',
    );
    expect(d.metadata.title).toBe('东河省人民政府关于同意设立西山区的批复');
    expect(d.metadata.docNumber?.raw).toBe('东函〔1999〕41号');
    expect(d.notice?.recipients).toEqual(['北岭市人民政府']);
  });

  it('a title broken inside the 《》 it cites is one title, its first line no issuer', async () => {
    const d = await parseText(
      '关于印发《东河省水文局\n档案管理实施细则》的通知\n东水文〔2014〕9号\n局机关各处室:\n现将《东河省水文局档案管理实施细则》印发给你们,请遵照执行。\n2014年3月11日\n东河省水文局档案管理实施细则\n第一章 总则\n第一条 为规范档案管理工作,制定本细则。\n',
    );
    expect(d.metadata.title).toBe('关于印发《东河省水文局档案管理实施细则》的通知');
    expect(d.metadata.publisher ?? '').not.toMatch(/关于/);
    expect(d.notice?.transmits).toBe('东河省水文局档案管理实施细则');
  });

  it('a line of bracketed page facts under the title is no 主送, and gives the 发布日期', async () => {
    const d = await parseText(
      '东河市政务办关于印发《东河市公共服务事项清单》的通知\n【来源: | 发布日期:2019-04-08 】     【选择字号:\n各县区人民政府,市直各有关部门:\n现将《东河市公共服务事项清单》印发给你们,并就有关要求通知如下。\n一、做好衔接。各县区要及时调整到位。\n',
    );
    expect(d.notice?.recipients).toEqual(['各县区人民政府', '市直各有关部门']);
    expect(d.metadata.publishDate).toBe('2019-04-08');
  });

  it('a breadcrumb line of >> is the page’s, not the first line of the title under it', async () => {
    const d = await parseText(
      '东河市人民政府\n您当前的位置:\n>> 了解东河 >> 营商环境 >> 扶持政策\n\n支持先进制造业发展若干政策\n\n发布日期:2021-06-02 09:15\n为支持先进制造业发展,制定如下政策。\n一、培育龙头企业\n(一)支持企业上规模。对首次进入全省百强的企业,给予奖励。(责任单位:市经信局)\n',
    );
    expect(d.metadata.title).toBe('支持先进制造业发展若干政策');
  });

  it('a 声明 is a title; its 题注 (date, issuer) dates it; the points of a baseline are no measures', async () => {
    const d = await parseText(
      '东河国政府关于南湾海域基线的声明\n(二〇〇一年三月一日 东河国政府)\n东河国政府今天就南湾海域基线发表声明。声明全文如下:\n一、南湾海域基线为下列各相邻基点之间的直线连线:\n1.甲岛(1) 北纬21°10.5’ 东经110°05.2’\n2.甲岛(2) 北纬21°09.8’ 东经110°04.9’\n3.乙礁 北纬20°58.1’ 东经109°57.6’\n',
    );
    expect(d.metadata).toMatchObject({
      title: '东河国政府关于南湾海域基线的声明',
      genre: '声明',
      signedDate: '2001-03-01',
    });
    expect(d.measures).toEqual([]);
  });
});

describe('a signature after the last numbered item: spaced out, or two organs', () => {
  it('a spaced-out organ name under a 批复’s last item is its signature, not the item’s text', async () => {
    const d = await parseText(
      '国务院关于同意西川省设立东河市的批复\n国函〔2003〕12号\n西川省人民政府:\n你省《关于设立东河市的请示》收悉。现批复如下:\n一、同意设立东河市。\n二、东河市人民政府驻城关镇。\n所需经费和人员编制由你省自行解决。\n国 务 院\n二○○三年四月四日\n',
    );
    expect(d.notice).toMatchObject({ signature: '国务院', signedDate: '2003-04-04' });
    expect(d.outline.at(-1)?.text).toBe('所需经费和人员编制由你省自行解决。');
  });

  it('…also with a pinyin reading cut out of it (国 务院) and a comment box under the date', async () => {
    const d = await parseText(
      '国务院关于同意西川省设立东河市的批复\n国函〔2003〕12号\n西川省人民政府:\n你省的请示收悉。现批复如下:\n一、同意设立东河市。\n二、东河市人民政府驻城关镇。\n国 务院\n二○○三年四月四日\n评论\n图片\n表情\n',
    );
    expect(d.notice).toMatchObject({ signature: '国务院', signedDate: '2003-04-04' });
    expect(d.outline.at(-1)?.text).toBe('');
  });

  it('two organs signing one to a line (one spaced out) over the date sign a 通告 jointly', async () => {
    const d = await parseText(
      '关于重阳节期间景区安全管制的通告\n为保障登高活动安全有序,现将有关事项通告如下:\n一、北山全天禁止车辆上山。\n二、禁止携带火种进入景区。\n东河市城市综合管理局\n东 河 市 公 安 局\n2018年10月15日\n',
    );
    expect(d.metadata).toMatchObject({
      publisher: '东河市城市综合管理局 东河市公安局',
      signedDate: '2018-10-15',
    });
    expect(d.outline.at(-1)?.text).toBe('');
  });
});

describe('a signature whose date lost its year (年2月22日)', () => {
  it('the joint signature and the date are read, the date kept raw with a warning', async () => {
    const d = await parseText(
      '关于印发《关于促进新兴产业发展的指导意见》等2个文件的通知\n各功能区管委会,区委各部委:\n《关于促进新兴产业发展的指导意见》、《关于促进商务经济发展的十项措施》2个文件,已经区委、区政府同意,现印发给你们,请认真贯彻执行。\n中共东河新区委员会\n东河新区人民政府\n年2月22日\n关于促进新兴产业发展的指导意见\n为推动产业升级,特制定本意见。\n一、指导思想和发展目标\n坚持创新发展。\n',
    );
    expect(d.notice).toMatchObject({
      signature: '中共东河新区委员会 东河新区人民政府',
      signedDate: null,
      signedDateRaw: '年2月22日',
    });
    expect(d.notice?.body).not.toContain('年2月22日');
    expect(d.metadata.publisher).toBe('中共东河新区委员会 东河新区人民政府');
    expect(d.messages.map((m) => m.ruleId)).toContain('date/incomplete');
  });
});

describe('a 公告’s own number on the line under its title', () => {
  it('an organ over 公 告 and 〔2021〕第2号: the title is the organ’s 公告, the number its 文号', async () => {
    const d = await parseText(
      '东河县人民代表大会常务委员会\n公 告\n〔2021〕第2号\n县九届人大常委会第三十七次会议决定:县第九届人民代表大会第七次会议于2021年5月7日召开。建议会议的主要议程是:\n一、听取和审查县人民政府工作报告;\n二、选举事项。\n特此公告。\n东河县人民代表大会常务委员会\n2021年4月23日\n',
    );
    expect(d.metadata.title).toBe('东河县人民代表大会常务委员会公告');
    expect(d.metadata.docNumber).toMatchObject({
      raw: '〔2021〕第2号',
      agency: '东河县人民代表大会常务委员会公告',
      year: 2021,
      serial: 2,
    });
    expect(d.preamble?.text).not.toContain('第2号');
  });

  it('a bracketed (第N号) under a 公告 that promulgates a regulation is its number', async () => {
    const d = await parseText(
      '东河省人民代表大会常务委员会公告\n(第38号)\n《东河省河道管理条例》已由东河省人民代表大会常务委员会第十次会议于2024年9月27日通过,现予公布,自2025年1月1日起施行。\n东河省人民代表大会常务委员会\n2024年10月6日\n东河省河道管理条例\n第一章 总则\n第一条 为了加强河道管理,制定本条例。\n',
    );
    expect(d.metadata.docNumber).toMatchObject({
      raw: '第38号',
      agency: '东河省人民代表大会常务委员会公告',
      serial: 38,
    });
    expect(d.unplaced).toEqual([]);
  });

  it('a 第N号 line under a whole 公告 title is its number', async () => {
    const d = await parseText(
      '东河省人民代表大会常务委员会公告\n第28号\n东河省人民代表大会常务委员会决定:省第十一届人民代表大会第三次会议于2009年1月10日召开。\n特此公告。\n东河省人民代表大会常务委员会\n2008年12月26日\n',
    );
    expect(d.metadata.docNumber).toMatchObject({ raw: '第28号', year: null, serial: 28 });
  });
});

describe('a header value ends at the next key, or at an organ glued to the text (unseen round 16, class 5)', () => {
  const fieldsOf = (d: Awaited<ReturnType<typeof parseText>>) =>
    d.metadata.fields.map((f) => [f.key, f.value]);

  it("the notice's first paragraph glued to the 文章来源 organ is the notice's body", async () => {
    const d = await parseText(
      '区人民政府办公室关于印发2023年区重点工作责任分解方案的通知\n发布日期:2023-02-07 16:05 文章来源:西山市东河区人民政府办公室2023年是全面推进各项工作的关键之年。经区人民政府同意,现将《2023年区重点工作责任分解方案》印发给你们,请一并贯彻执行。\n一、强化组织领导。各责任单位要强化责任担当。\n二、制订工作方案。各牵头单位要制定办理方案。\n',
    );
    expect(fieldsOf(d)).toEqual([
      ['发布日期', '2023-02-07 16:05'],
      ['文章来源', '西山市东河区人民政府办公室'],
    ]);
    expect(d.metadata.publisher).toBe('西山市东河区人民政府办公室');
    expect(d.notice?.body).toMatch(/^2023年是全面推进各项工作的关键之年。.*请一并贯彻执行。$/);
    expect(d.preamble).toBeNull();
  });

  it('a key without its colon, a key with its colon after a bare one, and page counters end the value before', async () => {
    const d = await parseText(
      '东河县人民政府办公室关于印发东河县实事项目的通知\n信息来源: 县政府办公室 发布时间 2022-01-10\n文      号 东政办〔2022〕1号 信息分类: 综合政务\n发布日期:2022-01-12 15:35 点击量:10\n作者:管理员    发布于:2022-01-12 21:50:16    文字:【】【】【\n各乡镇人民政府:\n现将《东河县实事项目》印发给你们,请认真组织实施。\n东河县人民政府办公室\n2022年1月8日\n',
    );
    expect(fieldsOf(d)).toEqual([
      ['信息来源', '县政府办公室'],
      ['发布时间', '2022-01-10'],
      ['文号', '东政办〔2022〕1号'],
      ['信息分类', '综合政务'],
      ['发布日期', '2022-01-12 15:35'],
      ['点击量', '10'],
      ['作者', '管理员'],
      ['发布于', '2022-01-12 21:50:16'],
      ['文字', '【】【】【'],
    ]);
    expect(d.unplaced).toEqual([]);
  });
});

describe('titles lost or replaced, and a 主送 line without its colon (unseen round 16, classes 3, 4, 9)', () => {
  it('a cover title over three lines whose middle line ends in a kind (…工作报告) is one title', async () => {
    const d = await parseText(
      '西岭府办发〔2021〕3号\n西岭市南湖区人民政府办公室\n关于印发2021年区政府工作报告\n目标任务分解方案的通知\n各镇人民政府、街道办事处,区级各部门:\n《2021年区政府工作报告目标任务分解方案》已经区政府同意,现印发给你们,请认真贯彻执行。\n一、高度重视。各责任单位要抓好落实。\n',
    );
    expect(d.metadata.title).toBe(
      '西岭市南湖区人民政府办公室关于印发2021年区政府工作报告目标任务分解方案的通知',
    );
    expect(d.notice?.issuer).toBe('西岭市南湖区人民政府办公室');
    expect(d.unplaced).toEqual([]);
  });

  it('a page’s key and value as a bulleted row (• 体 裁: 通知) is no title', async () => {
    const d = await parseText(
      '西岭市南湖区人民政府办公室关于印发《2022年区政府实事项目》的通知\n\n信息来源: 区政府办公室\n  • 体       裁: 通知\n  • 发文字号: 南府办〔2022〕2号\n\n各镇人民政府,各街道办事处:\n\n现将《2022年区政府实事项目》印发给你们,请抓紧组织实施。\n\n西岭市南湖区人民政府办公室\n\n2022年1月8日\n',
    );
    expect(d.metadata.title).toBe('西岭市南湖区人民政府办公室关于印发《2022年区政府实事项目》的通知');
    expect(d.notice?.title).toBe(d.metadata.title);
  });

  it('a plan without a cover titled with its years in brackets, printed twice, is titled; 发文部门 gives the publisher', async () => {
    const d = await parseText(
      '西岭市智能制造发展三年行动计划(2023-2025年)\n\n发布时间:2023-05-12\n\n发文部门:西岭市工业和信息化局\n\n西岭市智能制造发展三年行动计划(2023—2025年)\n\n为加快制造业转型,结合我市实际,制定本行动计划。\n\n一、总体要求\n\n到2025年,全市规模以上工业企业数字化改造覆盖率达到80%以上。\n',
    );
    expect(d.metadata).toMatchObject({
      title: '西岭市智能制造发展三年行动计划(2023—2025年)',
      publisher: '西岭市工业和信息化局',
      genre: '行动计划',
    });
    expect(d.preamble?.text).toBe('为加快制造业转型,结合我市实际,制定本行动计划。');
  });

  it('a 政策解读 page’s title is its title, of the kind 解读; the accessibility toolbar is no part of it', async () => {
    const d = await parseText(
      '无障碍浏览 长者模式\n\n《西岭市2024年重点工作任务分工方案》政策解读\n\n发布日期:2024-04-02\n\n来源:西岭市政府办\n\n一、起草背景\n\n市人民代表大会审议通过了《政府工作报告》。\n',
    );
    expect(d.metadata).toMatchObject({
      title: '《西岭市2024年重点工作任务分工方案》政策解读',
      genre: '解读',
    });
    expect(d.preamble).toBeNull();
  });

  it('a site’s names glued before the issuer by dashes are cut from the title and the issuer', async () => {
    const d = await parseText(
      '首页『某某注册』-某某平台-首页-西岭县人民政府办公室关于印发西岭县专项资金管理办法的通知\n  经县人民政府同意,现将《西岭县专项资金管理办法》印发给你们,请认真贯彻执行。\n  第一条为规范专项资金管理,制定本办法。\n',
    );
    expect(d.metadata.title).toBe('西岭县人民政府办公室关于印发西岭县专项资金管理办法的通知');
    expect(d.metadata.publisher).toBe('西岭县人民政府办公室');
  });

  it('a transmitted title broken over three lines inside its 《》 is read whole, and lands in the output', async () => {
    const text =
      '西岭市人民政府办公室关于印发《西岭市贯彻落实〈关于促进消费扩容的若干政策措施〉实施方案》的通知\n西政办发〔2023〕5号\n各县市区人民政府,市直机关各单位:\n经市人民政府同意,现将《西岭市贯彻落实〈关于促进消费扩容的若干政策措施〉实施方案》印发给你们,请认真组织实施。\n西岭市人民政府办公室\n2023年3月15日\n\n西岭市贯彻落实《关于促进消费\n\n扩容的若干政策\n\n措施》实施方案\n\n为推动消费恢复,特制定本实施方案。\n一、促进消费升级\n1.发放消费券。整合500万元资金用于发放消费券。\n';
    const bytes = new TextEncoder().encode(text);
    const tree = await analyze(bytes, { path: 'title.txt' });
    const d = await parseText(text);
    expect(d.metadata.genre).toBe('实施方案');
    expect(d.notice?.transmits).toBe('西岭市贯彻落实〈关于促进消费扩容的若干政策措施〉实施方案');
    expect(d.preamble?.text).toBe('为推动消费恢复,特制定本实施方案。');
    expectPageLinesInOutput(tree, d);
  });

  it('a 主送 line without its colon between the title and the body addresses its recipients', async () => {
    const d = await parseText(
      '西岭新区人民政府关于印发《西岭新区人民政府工作规则》的通知\n西府〔2022〕2号\n区政府各委、办、局,各管理局(管委会),各直属企业,各街道办事处、镇政府\n《西岭新区人民政府工作规则》已经区政府第1次常务会议审议通过,现予印发。\n西岭新区人民政府\n2022年1月28日\n',
    );
    expect(d.notice?.recipients).toEqual([
      '区政府各委、办、局',
      '各管理局(管委会)',
      '各直属企业',
      '各街道办事处',
      '镇政府',
    ]);
    expect(d.unplaced).toEqual([]);
  });
});

describe("a page's short 来源 and the cover's full name of one organ (round 16)", () => {
  it('the publisher is the longer name', async () => {
    const d = await parseText(
      '东河市西山区人民政府办公室关于印发《2022年区政府实事项目》的通知\n信息来源: 区政府办公室\n各街道办事处、镇人民政府,区政府各委、办、局:\n现将《2022年区政府实事项目》印发给你们,请认真贯彻执行。\n东河市西山区人民政府办公室\n2022年1月8日\n',
    );
    expect(d.metadata.fields.map((f) => [f.key, f.value])).toEqual([['信息来源', '区政府办公室']]);
    expect(d.metadata.publisher).toBe('东河市西山区人民政府办公室');
  });
});

describe('empty page keys: 附件 among the rows, counters and organ lines under them, a 文号 in the title cell (unseen round 17, classes 1, 4, 6)', () => {
  const fieldsOf = (d: Awaited<ReturnType<typeof parseText>>) =>
    d.metadata.fields.map((f) => [f.key, f.value]);

  it('a bare 附件 among the page’s rows is an empty field, and the text under it the main text', async () => {
    const d = await parseText(
      '信息索引号 K0000009-6/2021-00042 公开方式 主动公开\n发布机构 县府办 公开范围 面向全社会\n生成日期 2021-03-04 发布日期 2021-03-04\n附件\n关联类型\n《西岭县人民政府办公室关于公布县政府规范性文件清理结果的通知》政策解读\n一、清理背景\n县政府办公室、县司法局组织对县政府规范性文件进行了全面清理。\n二、清理结果\n经清理,决定继续有效的县政府规范性文件12件,废止的5件。\n',
    );
    expect(d.attachments).toEqual([]);
    expect(fieldsOf(d)).toContainEqual(['附件', '']);
    expect(fieldsOf(d)).toContainEqual(['关联类型', '']);
    expect(d.metadata.title).toBe('《西岭县人民政府办公室关于公布县政府规范性文件清理结果的通知》政策解读');
    expect(d.outline.map((s) => s.title)).toEqual(['清理背景', '清理结果']);
  });

  it('an empty 浏览次数 leaves the issuer’s line to the title under it', async () => {
    const d = await parseText(
      '- 发布日期:2022-05-10\n- 浏览次数:\n南岭市人民政府\n关于深化“一网通办”改革的实施意见\n南政字〔2022〕8号\n各县(市、区)人民政府,市政府各部门:\n为深化改革,结合我市实际,制定本意见。\n一、目标要求\n扎实推进改革。\n',
    );
    expect(d.metadata.title).toBe('南岭市人民政府关于深化“一网通办”改革的实施意见');
    expect(d.metadata.publisher).toBe('南岭市人民政府');
    expect(d.notice?.issuer).toBe('南岭市人民政府');
    expect(fieldsOf(d)).toEqual([
      ['发布日期', '2022-05-10'],
      ['浏览次数', ''],
    ]);
  });

  it('a counter takes a count on the line under it, and no other line', async () => {
    const d = await parseText(
      '- 点击量:\n1,024\n- 访问量:\n南岭市促进就业若干措施\n为稳定就业,制定以下措施。\n一、扩大岗位供给\n支持企业吸纳就业。\n',
    );
    expect(fieldsOf(d)).toEqual([
      ['点击量', '1,024'],
      ['访问量', ''],
    ]);
    expect(d.metadata.title).toBe('南岭市促进就业若干措施');
  });

  it('a 文号 before the title in the 标题 cell is no part of the title, and is the 文号 when no row gives one', async () => {
    const d = await parseText(
      '发布机构 | 政府办 | 有 效 性 | 有效 |\n标 题 | 西政办〔2021〕4 号 区人民政府办公室关于印发 2021 年区重点工作责任分解方案的通知 |\n区人民政府办公室关于印发2021年区重点工作责任分解方案的通知\n各街道办事处,区人民政府各部门:\n现将《2021年区重点工作责任分解方案》印发给你们,请一并贯彻执行。\n一、提高站位。各责任单位要确保完成到位。\n',
    );
    expect(d.metadata.title).toBe('区人民政府办公室关于印发2021年区重点工作责任分解方案的通知');
    expect(d.metadata.docNumber?.normalized).toBe('西政办〔2021〕4号');
  });
});

describe('page counters and the 信息索引号 row', () => {
  it('reads 浏览量 and 点击率 as counters and 信息索引号 as the index number', async () => {
    const d = await parseText(
      '信息索引号 K0000002-6/2023-00002 公开方式 主动公开\n浏览量: 时间:2023-05-06 10:20:30\n点击率:36\n南岭市促进就业若干措施\n为稳定就业,制定以下措施。\n一、扩大岗位供给\n支持企业吸纳就业。\n',
    );
    expect(d.metadata.indexNumber).toBe('K0000002-6/2023-00002');
    expect(d.metadata.fields.map((f) => [f.key, f.value])).toEqual(
      expect.arrayContaining([
        ['浏览量', ''],
        ['点击率', '36'],
      ]),
    );
    expect(d.unplaced).toEqual([]);
    expect(d.metadata.title).toBe('南岭市促进就业若干措施');
  });
});

describe('a law cited by a short name of its own (round 19)', () => {
  it('《宪法》 is a reference; a two-character short name of a cited document (《规划》) is none', async () => {
    const d = await parseText(
      '南岭县突发事件总体应急预案\n依据《宪法》、《南岭省突发事件应对条例》等,制定本预案。本预案与《规划》衔接。\n',
    );
    expect(d.references.map((r) => r.title)).toEqual(['宪法', '南岭省突发事件应对条例']);
  });
});

describe('a page column glued before the title (round 19)', () => {
  it('cuts a column named after a kind of document (应急预案—) from a title of that kind', async () => {
    const title = async (line: string) =>
      (await parseText(`${line}\n\n1.总则\n1.1 编制目的\n为提高应对突发事件的能力,制定本预案。\n`)).metadata
        .title;
    expect(await title('应急预案—南岭市突发公共事件总体应急预案')).toBe('南岭市突发公共事件总体应急预案');
    // a dash inside a title that is no column's stays
    expect(await title('南岭市—北岭市突发公共事件联合应急预案')).toBe(
      '南岭市—北岭市突发公共事件联合应急预案',
    );
  });
});

describe('signature date line ending in a blank lost as ? (H3)', () => {
  it('a ? after the date and its padding is a lost blank: the signature is read', async () => {
    const d = await parseText(
      '印发南岭省行政督查暂行办法的通知\n\n南府办〔2010〕12号\n\n各市人民政府,省政府各部门:\n\n  《南岭省行政督查暂行办法》已经省人民政府同意,现印发给你们,请按照执行。\n\n南岭省人民政府办公厅     \n\n二○一○年五月六日    ?\n\n南岭省行政督查暂行办法\n\n第一章 总则\n\n  第一条 为规范行政行为,制定本办法。\n',
    );
    expect(d.notice?.issuer).toBe('南岭省人民政府办公厅');
    expect(d.notice?.signedDate).toBe('2010-05-06');
    expect(d.metadata.publisher).toBe('南岭省人民政府办公厅');
    expect(d.unplaced).toEqual([]);
  });

  it('a question written with a space before its mark keeps the mark', async () => {
    const d = await parseText('南岭县安全生产检查要点\n一、检查内容\n各单位是否建立了安全生产责任制 ?\n');
    expect(d.outline[0]?.text).toBe('各单位是否建立了安全生产责任制 ?');
    expect(d.removals).toEqual([]);
  });
});

describe('文号 forms: 发文序号, the old (78) style, a number that lost its brackets (H6)', () => {
  it('reads the 发文序号 row (a space before 号) as the 文号, 信息名称 as the title', async () => {
    const d = await parseText(
      '• 索引号:11N001/ZK-2022-000007\n  • 信息名称:关于印发《2022年南岭区重点工作分工方案》的通知\n  • 发文序号:南区政办发〔2022〕3 号\n  • 信息有效性:有效\n\n关于印发《2022年南岭区重点工作分工方案》的通知\n\n各镇人民政府,各街道办事处:\n\n《2022年南岭区重点工作分工方案》已经区政府同意,现印发给你们,请认真落实。\n\n南岭区人民政府办公室\n\n2022年3月3日\n',
    );
    expect(d.metadata.docNumber?.normalized).toBe('南区政办发〔2022〕3号');
    expect(d.metadata.validity).toBe('有效');
    expect(d.metadata.fields.map((f) => f.key)).toEqual(['索引号', '信息名称', '发文序号', '信息有效性']);
  });

  it('reads a 文号 of the old style, its two-digit year in round brackets before the code', async () => {
    const d = await parseText(
      '关于颁发《南岭公路养护管理办法》(试行)的通知\n\n ((79)南交养字36号)\n\n各省(自治区)交通局:\n\n  为了加强公路养护管理工作,现制订出《南岭公路养护管理办法》,定于一九七九年四月一日起试行.\n\n                        一九七九年三月二十日\n',
    );
    expect(d.metadata.docNumber).toMatchObject({
      raw: '(79)南交养字36号',
      agency: '南交养字',
      year: 1979,
      serial: 36,
    });
  });

  it('reads a line between the notice title and its recipients that lost the 〔〕 and 号 as the 文号, with a warning', async () => {
    const d = await parseText(
      '关于印发南岭经济技术开发区突发事件总体应急预案的通知\n\n时间:2021-07-16 来源: 点击量:\n\n南经开202136\n\n各乡(镇)人民政府,各街道办事处:\n\n《南岭经济技术开发区突发事件总体应急预案》已经区管委会研究同意,现印发给你们,请认真抓好贯彻落实。\n\n南岭经济技术开发区管理委员会\n\n2021年7月16日\n',
    );
    expect(d.metadata.docNumber).toMatchObject({ raw: '南经开202136', year: 2021, serial: 36 });
    expect(d.metadata.docNumber?.normalized).toBe('南经开〔2021〕36号');
    expect(d.messages.map((m) => m.ruleId)).toContain('doc-number/damaged');
    // (such a line elsewhere is no 文号)
    const text = await parseText(
      '南岭区促进就业若干措施\n\n为稳定就业,制定以下措施。\n\n南岭二中202136\n\n一、扩大岗位供给\n\n支持企业吸纳就业。\n',
    );
    expect(text.metadata.docNumber).toBeNull();
  });
});

describe('page header rows that lost their first characters (H5)', () => {
  it('reads 称:/词:/号: rows under the header rows as fields, not as the notice title and recipients', async () => {
    const d = await parseText(
      '主题分类: 其他\n组配分类: 应急预案 发文日期: 2020-12-02\n发文机构: 区应急管理局 号:\n称: 区政府办公室关于印发《南岭区森林火灾应急预案》的通知\n词:\n\n区政府办公室关于印发《南岭区森林火灾应急预案》的通知\n\n各乡镇(街道)人民政府(办事处),区直有关单位:\n\n    经区政府同意,现将修订后的《南岭区森林火灾应急预案》印发给你们,请认真实施。\n\n                    南岭市南岭区人民政府办公室\n\n                        2020年1123\n\n南岭区森林火灾应急预案\n\n1  总则\n\n1.1  编制目的\n\n为有效预防和扑救森林火灾,制定本预案。\n\n1.2  编制依据\n\n依据《森林防火条例》,制定本预案。\n',
    );
    expect(d.metadata.title).toBe('区政府办公室关于印发《南岭区森林火灾应急预案》的通知');
    expect(d.notice?.recipients).toEqual(['各乡镇(街道)人民政府(办事处)', '区直有关单位']);
    expect(d.notice?.issuer).toBe('南岭市南岭区人民政府办公室');
    expect(d.notice?.signedDate).toBe('2020-11-23');
    expect(d.metadata.publisher).toBe('区应急管理局');
    expect(d.metadata.genre).toBe('应急预案');
    expect(d.messages.map((m) => m.ruleId)).toContain('date/incomplete');
  });
});

describe('a bullet date field whose value stands lines below (M3)', () => {
  it('takes the date line under "• 成文日期:" as its value', async () => {
    const d = await parseText(
      '• 信息索引号:\n\n    11330799MB1000000X/2014-00034\n\n  • 发布机构:\n\n    南岭经济技术开发区\n\n  • 成文日期:\n\n    2014-10-12\n\n  • 公开方式:\n\n    主动公开\n\n    南岭开发区突发公共事件总体应急预案\n\n    一、总则\n\n    (一)编制目的\n\n    提高处置突发公共事件的能力,制定本预案。\n',
    );
    expect(d.metadata.signedDate).toBe('2014-10-12');
    expect(d.metadata.fields.find((f) => f.key === '成文日期')?.value).toBe('2014-10-12');
  });

  it('an empty 废止日期 takes no date from below: the notice stays in force', async () => {
    const d = await parseText(
      '• 信息索引号:\n\n    11330799MB1000000X/2014-00034\n\n  • 废止日期:\n\n    2014-10-12\n\n    南岭开发区突发公共事件总体应急预案\n\n    一、总则\n\n    提高处置突发公共事件的能力,制定本预案。\n',
    );
    expect(d.metadata.fields.find((f) => f.key === '废止日期')?.value).toBe('');
    expect(d.metadata.validity).toBeNull();
  });
});

describe('page rows: 发表日期, 废止日期, 所属主题, a counter before the toolbar (L)', () => {
  const text = (rows: string) =>
    `${rows}\n\n南岭县人民政府办公室关于印发《南岭县森林火灾应急预案》的通知\n\n南政办〔2009〕147号\n\n各乡镇人民政府,县直有关单位:\n  《南岭县森林火灾应急预案》已经县政府同意,现予印发。\n\n              二○○九年十一月十八日\n`;

  it('reads 发表日期 as the publish date', async () => {
    const d = await parseText(text('发表日期:2018-11-15 阅读次数:来源:区政府办公室'));
    expect(d.metadata.publishDate).toBe('2018-11-15');
  });

  it('a page that gives a 废止日期 says the notice is no longer in force', async () => {
    const d = await parseText(
      text('索引号: XC412927-02-2013-00108\n生效日期: 2013-12-05 废止日期: 2023-10-16'),
    );
    expect(d.metadata.validity).toBe('失效');
    // the end of a term set in advance says nothing of it
    const term = await parseText(
      text('索引号: XC412927-02-2013-00108\n生效日期: 2013-12-05 失效时间: 2038-12-04'),
    );
    expect(term.metadata.validity).toBeNull();
  });

  it('splits 文 号 from 所属主题, and a counter takes no toolbar as its value', async () => {
    const d = await parseText(
      text('文 号: null 所属主题: 已归档\n来源:南岭县政府办公室 发布时间:2013-12-05 浏览次数: 【字体:'),
    );
    expect(d.metadata.fields.map((f) => [f.key, f.value])).toEqual([
      ['文号', 'null'],
      ['所属主题', '已归档'],
      ['来源', '南岭县政府办公室'],
      ['发布时间', '2013-12-05'],
      ['浏览次数', ''],
    ]);
    expect(d.metadata.topic).toBe('已归档');
  });
});

describe('recipients with a 、 inside one unit name (M1)', () => {
  it.each([
    ['各镇人民政府,区政府各委、办、局(公司)、中心:', ['各镇人民政府', '区政府各委、办、局(公司)、中心']],
    ['各街道办事处,第一、二工程处:', ['各街道办事处', '第一、二工程处']],
    ['各大队,3、5、9大队:', ['各大队', '3、5、9大队']],
  ])('%s', (line, expected) => {
    expect(splitRecipients(line)).toEqual(expected);
  });
});

describe('a breadcrumb over the title, and a header date glued to the next words (T7)', () => {
  it('keeps the breadcrumb and a line before it off the title, and reads the glued date', async () => {
    const d = await parseText(
      '某某影院-在线专区网站\n\n政策服务网 > 资助项目 > 南岭其他政府资助项目 >\n\n南岭市北山区职业技能提升行动实施方案(2019—2021年)\n\n发布时间:2020-01-22内容编辑:某某管理 点击数:\n\n为做好培训工作,制定本方案。\n一、目标要求\n全区开展职业技能培训1万人次。\n',
    );
    expect(d.metadata.title).toBe('南岭市北山区职业技能提升行动实施方案(2019—2021年)');
    expect(d.metadata.publishDate).toBe('2020-01-22');
  });

  it('a flow of steps (申请 > 受理 > 办结) is no breadcrumb: the signature above it stays', async () => {
    const d = await parseText(
      '南岭县关于优化办理流程的通知\n各乡镇:\n现将有关事项通知如下。\n一、优化流程。\n南岭县人民政府\n2024年3月1日\n附件1:办理流程\n申请 > 受理 > 审核 > 办结\n各环节限时办结。\n',
    );
    expect(d.notice).toMatchObject({ issuer: '南岭县人民政府', signedDate: '2024-03-01' });
    expect(d.attachments.map((a) => a.label)).toEqual(['附件1:办理流程']);
  });
});

describe('recipients that share a head or an end (round 21/22)', () => {
  it.each([
    // a body named by its function alone is the one of the place before it
    [
      '各区县(自治县)发展改革委、财政局,甲新区经济局、财政局:',
      ['各区县(自治县)发展改革委、财政局', '甲新区经济局、财政局'],
    ],
    // (a body after one of the issuer's own level is its own: 区农林局、财政局)
    ['区农林局、财政局,各镇人民政府:', ['区农林局', '财政局', '各镇人民政府']],
    // a province's bodies with their bracketed alternative, and a body after a place without a level word
    [
      '各省、自治区、直辖市民政厅(局)、财政厅(局),甲乙建设兵团民政局、财政局:',
      ['各省、自治区、直辖市民政厅(局)、财政厅(局)', '甲乙建设兵团民政局、财政局'],
    ],
    // a piece that ends in no organ shares the end of the next
    [
      '各镇街(园区)卫生、计生行政管理部门,局直属各单位:',
      ['各镇街(园区)卫生、计生行政管理部门', '局直属各单位'],
    ],
    // bodies a notice names without any place stay apart; so does a collective that opens with 各
    ['区党群工作部、宣传部、财政局、教育局:', ['区党群工作部', '宣传部', '财政局', '教育局']],
    ['县直各学校、各乡镇中心学校:', ['县直各学校', '各乡镇中心学校']],
    // (recipients with a head of their own, or of a kind no field precedes, stay apart)
    ['各村(社区)、县直各单位:', ['各村(社区)', '县直各单位']],
    ['各学校、县教育局:', ['各学校', '县教育局']],
    ['县直各学校、民办幼儿园:', ['县直各学校', '民办幼儿园']],
  ])('%s', (line, expected) => {
    expect(splitRecipients(line)).toEqual(expected);
  });
});

describe('recipients: a 工委 and its 管委 named short (M)', () => {
  it('keeps 工委、管委 as one recipient', () => {
    expect(splitRecipients('各乡镇党委、政府,开发区(南岭产业园)工委、管委,县直有关单位:')).toEqual([
      '各乡镇党委、政府',
      '开发区(南岭产业园)工委、管委',
      '县直有关单位',
    ]);
  });
});

describe('a cover notice over the text of what it hands on, with no title or signature between', () => {
  it('names what it hands on without 《》 (X计划已经…批准,现印发给你们) and ends at its request', async () => {
    const d = await parseText(
      'X市人民政府关于下达2025年X市国民经济和社会发展计划的通知\n各区人民政府,市政府各部门:\n2025年X市国民经济和社会发展计划已经市人大审议批准,现印发给你们,请认真部署落实。\n2025年是规划收官之年。做好今年工作,要坚持稳中求进。\n一、扩大有效投资\n(一)推进重大项目建设。全年完成投资100亿元。\n',
    );
    expect(d.notice).toMatchObject({
      body: '2025年X市国民经济和社会发展计划已经市人大审议批准,现印发给你们,请认真部署落实。',
      transmits: '2025年X市国民经济和社会发展计划',
    });
    expect(d.preamble?.text).toBe('2025年是规划收官之年。做好今年工作,要坚持稳中求进。');
  });

  it('the object of 现将 without 《》, when it ends as a title does (…工作要点)', async () => {
    const d = await parseText(
      'X县人民政府办公室关于做好政务公开工作的通知\n各乡镇人民政府,县直各单位:\n现将2024年X县政务公开工作要点印发给你们,请认真贯彻执行。\n一、总体要求\n公开透明。\n',
    );
    expect(d.notice?.transmits).toBe('2024年X县政务公开工作要点');
  });

  it("the plan's opening paragraph after the request is its preamble; 特此通知 stays with the notice", async () => {
    const d = await parseText(
      '某局 某委关于印发X市社区服务设施建设实施方案的通知\n各区县政府,市级有关部门:\n经市政府同意,现将《X市社区服务设施建设实施方案》印发给你们,请结合实际认真贯彻落实。\n特此通知。\n建设社区服务设施是重大民生工程。为推动建设,特制定本方案。\n一、主要目标\n到2027年建成示范社区50个。\n',
    );
    expect(d.notice?.body).toBe(
      '经市政府同意,现将《X市社区服务设施建设实施方案》印发给你们,请结合实际认真贯彻落实。\n特此通知。',
    );
    expect(d.preamble?.text).toBe('建设社区服务设施是重大民生工程。为推动建设,特制定本方案。');
  });

  it('but goes on to its signature when more of its paragraphs come before it', async () => {
    const d = await parseText(
      '甲县人民政府办公室关于印发甲县道路养护实施方案的通知\n各乡镇人民政府:\n现将《甲县道路养护实施方案》印发给你们,请认真贯彻执行。\n请各乡镇于5月底前报送进展情况。联系人:乙某。\n甲县人民政府办公室\n一、总体要求\n全面加强道路养护。\n',
    );
    expect(d.notice?.body).toBe(
      '现将《甲县道路养护实施方案》印发给你们,请认真贯彻执行。\n请各乡镇于5月底前报送进展情况。联系人:乙某。\n甲县人民政府办公室',
    );
    expect(d.preamble).toBeNull();
  });

  it('a notice that hands nothing on keeps its paragraphs as its text', async () => {
    const d = await parseText(
      'X县人民政府关于成立X县防汛指挥部的通知\n各乡镇人民政府:\n经研究,决定成立县防汛指挥部,请认真贯彻落实。\n指挥部办公室设在县水利局。\n一、组成人员\n总指挥:甲某\n',
    );
    expect(d.preamble?.text).toBe('经研究,决定成立县防汛指挥部,请认真贯彻落实。\n指挥部办公室设在县水利局。');
  });
});

describe('a signature and its date glued to the text after them in a flattened line', () => {
  const cover =
    '甲县人民政府办公室关于印发甲县救助实施办法的通知各乡镇人民政府,县直各单位:《甲县救助实施办法》已经县政府同意,现印发给你们,请认真贯彻落实。';

  it('before the title of what the notice hands on, glued to its first words (X办法为…)', async () => {
    const d = await parseText(
      `${cover}甲县人民政府办公室2015年9月10日甲县救助实施办法为进一步健全救助制度,结合我县实际,制定本办法。一、适用范围本办法适用于全县困难群众。二、救助标准按照省定标准执行。\n`,
    );
    expect(d.notice).toMatchObject({ signature: '甲县人民政府办公室', signedDate: '2015-09-10' });
    expect(d.preamble?.text).toBe('为进一步健全救助制度,结合我县实际,制定本办法。');
  });

  it("before a page's label (来源:), after a sentence", async () => {
    const d = await parseText(
      '甲县人民政府办公室关于夏季检查情况的通报县直各单位:现将检查情况通报如下:一、基本情况各单位认真开展检查。二、存在问题仍有隐患存在。甲县人民政府办公室2015年8月19日 来源:甲县政府网\n',
    );
    expect(d.metadata.signedDate).toBe('2015-08-19');
    expect(d.outline.at(-1)?.text).not.toContain('办公室');
  });

  it('after a 附件说明, and before a bare 附件 label glued to its title', async () => {
    const d = await parseText(
      '甲县人民政府办公室关于表彰先进单位的决定各乡镇人民政府:经研究,决定对甲单位等予以表彰。附件:甲县先进单位名单 甲县人民政府办公室2015年8月12日附件甲县先进单位名单甲单位乙单位\n',
    );
    expect(d.metadata.signedDate).toBe('2015-08-12');
    expect(d.attachments.map((a) => a.label)).toEqual(['附件']);
  });

  it('but an organ and a date that open a sentence are no signature', async () => {
    const d = await parseText(
      '甲县人民政府办公室关于夏季检查情况的通报县直各单位:现将检查情况通报如下:一、基本情况甲县人民政府2015年8月3日至7日组织检查。甲县人民政府办公室2015年8月3日召开专题会议部署检查。\n',
    );
    expect(d.metadata.signedDate).toBeNull();
  });

  it('nor are they before a clause that names a document the organ issued (…印发的X方案为…)', async () => {
    const sentence = '甲县人民政府2023年5月6日印发的三年行动方案为全县工作提供了遵循,各乡镇持续推进整治。';
    const d = await parseText(
      `甲县道路养护实施方案 一、工作背景 ${'全面推进道路养护工作,切实改善通行条件。'.repeat(12)}${sentence}${'持续推进道路养护。'.repeat(5)} 二、重点任务 (一)加强养护。全面推进道路养护。\n`,
    );
    expect(d.outline[0]?.text).toContain(sentence);
  });
});

describe('a 附件说明 that names files', () => {
  it('lists the file names under it; the signature and date under them are the notice’s', async () => {
    const d = await parseText(
      '各镇卫生院,局直属各单位:\n现将省卫生计生委通告转发给你们,请周知。\n附件:某卫函〔2016〕94号.pdf\n某卫通〔2016〕4号.pdf\nX市卫生和计划生育局2016年4月20日\n',
    );
    expect(d.notice).toMatchObject({ issuer: 'X市卫生和计划生育局', signedDate: '2016-04-20' });
    expect(d.attachments.map((a) => [a.title, a.outline.length])).toEqual([
      ['某卫函〔2016〕94号.pdf', 0],
      ['某卫通〔2016〕4号.pdf', 0],
    ]);
    // (a file's 文号 is no document the notice cites)
    expect(d.references).toEqual([]);
  });
});

describe('what a notice hands on, and what it cites as its basis (round 23)', () => {
  it('titles after 根据 are cited, not handed on, though the sentence ends in 现予以公布', async () => {
    const d = await parseText(
      '甲部乙部关于确定第五批试点地区的通知\n甲函〔2020〕13号\n各省、自治区、直辖市甲厅(局)、乙厅(局):\n' +
        '根据《甲部乙部关于开展试点工作的通知》(甲函〔2016〕200号),经专家评审,确定X市等59个市为第五批试点地区,现予以公布。\n甲部 乙部\n2020年2月12日\n',
    );
    expect(d.notice?.transmits).toBeNull();
    expect(d.references.map((r) => r.title)).toContain('甲部乙部关于开展试点工作的通知');
  });

  it('a title after 现将 is still handed on', async () => {
    const d = await parseText(
      'X县人民政府办公室关于做好养老服务工作的通知\n各乡镇人民政府:\n根据《X市实施意见》要求,现将《X县养老服务实施方案》印发给你们,请认真贯彻执行。\nX县人民政府办公室\n2023年5月6日\n',
    );
    expect(d.notice?.transmits).toBe('X县养老服务实施方案');
  });
});

describe('a cover glued after a page’s words and a space in a flattened line (round 23)', () => {
  const page = '当前位置: 首页政务公开区办公室文件 时间:2015-09-14 15:52 微信 微博 ';
  const rest =
    '甲区管委会办公室关于印发《甲区资金管理暂行办法》的通知区直各单位、各乡镇人民政府:区党工委已经审议通过了《甲区资金管理暂行办法》,现予印发。甲区管委会办公室2015年9月11日甲区资金管理暂行办法第一章总则第一条为规范资金管理,制定本办法。第二条本办法适用于全区。\n';

  it('its 文号 glued before the title, and recipients that open with the words they share', async () => {
    const d = await parseText(`${page}甲综管办〔2015〕176号${rest}`);
    expect(d.metadata.docNumber?.normalized).toBe('甲综管办〔2015〕176号');
    expect(d.notice).toMatchObject({
      title: '甲区管委会办公室关于印发《甲区资金管理暂行办法》的通知',
      recipients: ['区直各单位', '各乡镇人民政府'],
      transmits: '甲区资金管理暂行办法',
      signedDate: '2015-09-11',
    });
    expect(d.references.map((r) => r.docNumber?.normalized ?? r.title)).toEqual([]);
  });

  it('with no 文号, and an organ named before the recipients that share 各', async () => {
    const d = await parseText(`${page}${rest.replace('区直各单位', '甲县人民政府,区直各单位')}`);
    expect(d.notice).toMatchObject({
      title: '甲区管委会办公室关于印发《甲区资金管理暂行办法》的通知',
      recipients: ['甲县人民政府', '区直各单位', '各乡镇人民政府'],
    });
  });
});

describe('a notice that forwards a notice which itself 印发s or 颁发s a document (round 26, C5)', () => {
  it.each([
    '关于印发甲县补助资金管理暂行办法的通知',
    '乙部关于印发〈补助资金管理暂行办法〉的通知',
    '关于颁发补助资金管理暂行办法的通知',
  ])('hands on the whole 《%s》', async (forwarded) => {
    const d = await parseText(
      `各区、县财政局:\n现将《${forwarded}》转发给你们,请遵照执行。\n甲市财政局\n2020年5月6日\n`,
    );
    expect(d.notice?.transmits).toBe(forwarded);
    expect(d.metadata.genre).toBe('通知');
  });

  it('its issuers named before the 《》 and its 文号 after it', async () => {
    const d = await parseText(
      '甲市财政局转发乙部、丙部《关于颁发〈补助资金管理暂行办法〉的通知》\n各区、县财政局:\n现将乙部、丙部《关于颁发〈补助资金管理暂行办法〉的通知》(乙发〔1994〕345号)转发给你们,请遵照执行。\n',
    );
    expect(d.notice?.transmits).toBe('关于颁发〈补助资金管理暂行办法〉的通知');
  });

  it('as the text names it, where the title moved its marks', async () => {
    const d = await parseText(
      '甲县人民政府办公室转发《乙省人民政府办公厅关于印发乙省甲办法》《乙省乙办法》的通知\n各镇人民政府:\n现将《乙省人民政府办公厅关于印发<乙省甲办法> <乙省乙办法>的通知》乙政办发〔2018〕73号转发你们,请认真贯彻执行。\n甲县人民政府办公室\n2019年2月22日\n',
    );
    expect(d.notice?.transmits).toBe('乙省人民政府办公厅关于印发<乙省甲办法> <乙省乙办法>的通知');
  });
});

describe('主送 run into the body after its colon, a shared 各 or 管委会, a variant label that is none (round 26 C6, round 25)', () => {
  it('a list of organs ending with a collective of them is the 主送 whatever sentence follows its colon', async () => {
    const d = await parseText(
      '各县(市)、区人民政府,甲新区、乙园区管委会,市政府安委会各成员单位: 进入汛期以来,全市接连发生安全事故。现将《甲省安全生产委员会办公室关于做好汛期安全工作的紧急通知》转发给你们,请认真贯彻执行。\n甲市人民政府办公室\n2020年6月1日\n',
    );
    expect(d.notice).toMatchObject({
      recipients: ['各县(市)、区人民政府', '甲新区、乙园区管委会', '市政府安委会各成员单位'],
      transmits: '甲省安全生产委员会办公室关于做好汛期安全工作的紧急通知',
      signedDate: '2020-06-01',
    });
  });

  it.each([
    // an organ named by its level alone shares the 各 of the collective before it
    ['各区委、区政府,市委各部委办:', ['各区委、区政府', '市委各部委办']],
    ['各县委、县人民政府,各人民团体:', ['各县委、县人民政府', '各人民团体']],
    // kinds of 单位 after 各大 share the word the last ends with
    ['各旗县人民政府,各大企业、事业单位:', ['各旗县人民政府', '各大企业、事业单位']],
    // zones named alone, however long their names, share the 管委会 of the last
    [
      '各县人民政府,甲省江北产业集中区、经济技术开发区、乙山高新技术产业开发区管委会:',
      ['各县人民政府', '甲省江北产业集中区、经济技术开发区、乙山高新技术产业开发区管委会'],
    ],
    // (a recipient with a head of its own stays apart)
    ['各区政府、区直各单位:', ['各区政府', '区直各单位']],
    ['各县人民政府、县教育局:', ['各县人民政府', '县教育局']],
  ])('%s', (line, expected) => {
    expect(splitRecipients(line)).toEqual(expected);
  });

  it("a 范文 site's label of a variant under the title (X工作方案一:) addresses no one", async () => {
    const d = await parseText(
      '甲镇秸秆禁烧工作方案\n甲镇秸秆禁烧工作方案一:\n为做好秸秆禁烧工作,结合我镇实际,制定如下工作方案:\n一、指导思想\n坚持预防为主。\n二、组织领导\n成立工作领导小组。\n',
    );
    expect(d.notice).toBeNull();
    expect(d.outline.map((s) => s.title)).toEqual(['指导思想', '组织领导']);
  });
});

describe("a cover notice's own numbered items after 并就有关事项通知如下 (round 25, class 3)", () => {
  const cover =
    'X区人民政府办公室关于印发2022年区《政府工作报告》任务分解方案的通知\n各街道办事处,区人民政府各部门:\n《2022年区〈政府工作报告〉任务分解方案》已经区人民政府同意,现印发给你们,并就有关事项通知如下,请认真贯彻执行。\n今年是关键之年,做好各项工作意义重大。\n一、压实责任。各牵头单位要加强组织领导。\n二、加强统筹。各责任单位要制订办理方案。\n';

  it('are the notice’s, not the outline or measures of what it hands on, when the page stops within them', async () => {
    const d = await parseText(cover);
    expect(d.notice?.body).toContain('二、加强统筹');
    expect(d.notice?.transmits).toBe('2022年区《政府工作报告》任务分解方案');
    expect(d.outline).toEqual([]);
    expect(d.measures).toEqual([]);
  });

  it('end where the handed-on document numbers from 一、 again', async () => {
    const d = await parseText(`${cover}一、稳定增长\n(一)扩大有效投资。全年完成投资100亿元。\n`);
    expect(d.notice?.body).toContain('二、加强统筹');
    expect(d.outline.map((s) => s.title)).toEqual(['稳定增长']);
  });
});

describe("the page's furniture after the signature and date (unseen round 26)", () => {
  const notice = (tail: string) =>
    `X县公安局关于某日禁止燃放烟花爆竹的通告\n为营造安静环境,现将有关事项通告如下:\n一、禁止燃放时间:某日全天。\n二、禁止燃放区域:X县城区。\n特此通告\nX县公安局\n2022年6月6日\n${tail}`;

  it.each([
    ['a public-security filing number', '\n某公网安备12345678901234号\n'],
    [
      "a site footer: its bar of links, the site's name, its 网站标识码 and filing numbers",
      '关于本站 | 网站声明 | 网站地图 | 联系我们\nX县人民政府\n网站标识码:1234567890\n某ICP备12345678号-1   某公网安备 12345678901234号\n',
    ],
    ['a repost site asking for tips', '如果觉得这篇文章对您有帮助,请打赏支持一下!\n'],
  ])('%s is removed, and the signature and date are read', async (_name, tail) => {
    const d = await parseText(notice(tail));
    expect(d.metadata.signedDate).toBe('2022-06-06');
    expect(d.metadata.publisher).toBe('X县公安局');
    const removed = d.removals.map((r) => r.text).join('\n');
    expect(removed).toBe(tail.trim());
    expect(d.outline.at(-1)?.text).not.toMatch(/X县公安局|公网安备|打赏/);
  });

  it("a news template's 来源, 责编 and 审核 lines, and the 原文链接 of a repost, are the page's", async () => {
    const d = await parseText(
      notice('来源:X县人民政府网\n责编:甲某\n审核:乙某\n原文链接:http://www.example.gov.cn/art_1.html\n'),
    );
    expect(d.metadata.signedDate).toBe('2022-06-06');
    expect(d.unplaced.map((u) => u.text)).toEqual(['责编:甲某', '审核:乙某']);
    expect(d.outline.at(-1)?.text).not.toMatch(/责编|原文链接/);
  });

  it.each(['二、禁止向未成年人提供打赏服务。\n三、', '二、规范打赏作者行为\n三、'])(
    'a sentence or heading about tipping is text: %j',
    async (line) => {
      const d = await parseText(notice('').replace('二、', line));
      expect(d.removals).toEqual([]);
      expect(d.outline.map((s) => s.marker)).toEqual(['一、', '二、', '三、']);
    },
  );

  it('a line between a footer line and a line of the text is kept', async () => {
    const d = await parseText(notice('某公网安备12345678901234号\n联系人:甲某\n'));
    expect(d.removals.map((r) => r.text)).toEqual(['某公网安备12345678901234号']);
  });

  it('a notice that is the document, signed far below its 主送 line, keeps its signature', async () => {
    const members = Array.from({ length: 30 }, (_, i) => `成 员:甲${i} X县某局局长`).join('\n');
    const d = await parseText(
      `X县人民政府办公室关于成立某工作领导小组的通知\n各乡镇人民政府,县直各部门:\n为加强领导,县政府决定成立某工作领导小组。组成人员如下:\n组 长:甲某 县长\n${members}\n领导小组办公室设在县某局。\n县政府办公室\n2019年8月1日\n`,
    );
    expect(d.notice?.signature).toBe('县政府办公室');
    expect(d.notice?.signedDate).toBe('2019-08-01');
    expect(d.preamble?.text).not.toContain('县政府办公室\n');
  });
});

describe('page lines near the title, and a title broken over three lines (round 26)', () => {
  it('a breadcrumb that ends with a column named like a kind of document is no title', async () => {
    const d = await parseText(
      '您当前位置:首页  >> 政务公开  >> 权威发布  >> 通知公告\n甲县人民政府征收土地预公告\n发布时间:2024-02-28    来源:\n因公共利益需要,现将有关事项公告如下\n一、征收范围\n征收乙村土地约1公顷。\n',
    );
    expect(d.metadata.title).toBe('甲县人民政府征收土地预公告');
  });

  it('a news app’s banner over the title is a web leftover, not the title’s first line', async () => {
    const d = await parseText(
      '打开某某新闻 查看更多图片\n\n甲市人民政府土地征收启动公告\n\n〔2022〕第1号\n\n为保障用地需求,经市政府研究决定,现发布公告:\n一、征收范围\n涉及乙村集体土地。\n',
    );
    expect(d.metadata.title).toBe('甲市人民政府土地征收启动公告');
    expect(d.removals.map((r) => r.text)).toContain('打开某某新闻 查看更多图片');
  });

  it('a red-head title broken after its first words and after an organ’s name is joined', async () => {
    const d = await parseText(
      '甲省关于成立甲省推进乙中心建设领导小组的通知\n甲省人民政府办公厅关于成立甲省\n推进乙区科技创新中心\n建设领导小组的通知\n甲办函〔2019〕27号\n各地级以上市人民政府,省政府各部门:\n为加强统筹协调,省政府决定成立领导小组,组成人员名单如下:\n组 长:张某 省长\n',
    );
    expect(d.notice?.title).toBe('甲省人民政府办公厅关于成立甲省推进乙区科技创新中心建设领导小组的通知');
    expect(d.notice?.issuer).toBe('甲省人民政府办公厅');
  });
});

describe('the issuer a title names only where an organ stands there (round 26)', () => {
  it('an organ that carries out another organ’s document is the issuer, not the words up to 关于', async () => {
    const d = await parseText(
      '甲市人民政府贯彻国务院关于加快养老服务发展意见的实施意见\n甲府发〔2009〕5号\n各区人民政府,市政府各委、办、局:\n为贯彻国务院意见,现提出如下实施意见:\n一、总体要求\n加快发展养老服务。\n',
    );
    expect(d.notice?.issuer).toBe('甲市人民政府');
    expect(d.metadata.publisher).toBe('甲市人民政府');
  });

  it('a place alone before 关于 (a repost’s headline) names no issuer', async () => {
    const d = await parseText(
      '甲省关于成立甲省养老服务工作领导小组的通知\n各地级以上市人民政府,省政府各部门:\n为加强统筹协调,省政府决定成立领导小组。\n',
    );
    expect(d.notice?.issuer).toBeNull();
    expect(d.metadata.publisher).toBeNull();
  });
});

describe('header rows as round-26 pages print them', () => {
  const fieldsOf = (d: { metadata: { fields: { key: string; value: string }[] } }) =>
    d.metadata.fields.map((f) => [f.key, f.value]);

  it('a "key line / value line" header: dates under their keys, and a key glued to the value before it', async () => {
    const d = await parseText(
      '标题\n甲县人民政府关于印发甲县某某管理办法的通知发文机关\n甲县人民政府办公室\n发文字号\n甲政发〔2021〕1号\n索引号\n1137/2021-00001\n成文日期\n2021-03-26\n发文日期\n2021-03-26\n有效性\n有效\n' +
        '甲县人民政府关于印发甲县某某管理办法的通知\n甲政发〔2021〕1号\n各镇人民政府,县政府各部门:\n《甲县某某管理办法》已经县政府同意,现印发给你们,请遵照执行。\n甲县人民政府\n2021年3月26日\n',
    );
    expect(fieldsOf(d)).toEqual([
      ['标题', '甲县人民政府关于印发甲县某某管理办法的通知'],
      ['发文机关', '甲县人民政府办公室'],
      ['发文字号', '甲政发〔2021〕1号'],
      ['索引号', '1137/2021-00001'],
      ['成文日期', '2021-03-26'],
      ['发文日期', '2021-03-26'],
      ['有效性', '有效'],
    ]);
    expect(d.metadata.publishDate).toBe('2021-03-26');
  });

  it('a list’s date under its key, as a list item too', async () => {
    const d = await parseText(
      '甲省关于成立甲省某工作领导小组的通知\n- 来源:\n- 发布时间:\n- 2019年08月27日\n甲省人民政府办公厅关于成立甲省某工作领导小组的通知\n各地级以上市人民政府,省政府各部门:\n省政府决定成立领导小组。\n',
    );
    expect(d.metadata.publishDate).toBe('2019-08-27');
  });

  it('a key left empty takes no 文号 for a value unless it is a 文号’s key', async () => {
    const d = await parseText(
      '发布机构: 甲镇\n主题分类: 人事工作\n有效性:\n\n甲委发〔2021〕68号\n\n甲镇人民政府关于印发某工作方案的通知\n各村委会:\n现将《某工作方案》印发给你们。\n',
    );
    expect(d.metadata.validity).toBeNull();
    expect(d.metadata.docNumber?.normalized).toBe('甲委发〔2021〕68号');
  });

  it('a value ends where a page’s counter is glued to it', async () => {
    const d = await parseText(
      '甲县人民政府关于某工作的实施意见\n发布时间:2022-09-21 16:34信息来源: 某街道阅读次数:编辑:张某 字体:【\n一、总体要求\n加快发展。\n',
    );
    expect(fieldsOf(d).find(([key]) => key === '信息来源')).toEqual(['信息来源', '某街道']);
  });

  it('the cover of the plan a notice hands on is no page header', async () => {
    const d = await parseText(
      '发布日期:2023-06-03\n某镇人民政府关于印发某镇救助应急预案的通知\n各村(社区):\n现将《某镇救助应急预案》印发给你们,请遵照执行。\n某镇人民政府\n2023年6月3日\n某镇救助应急预案\n发布日期:20235\n编制单位:某镇安全生产委员会办公室\n一、总则\n为做好救助工作,制定本预案。\n',
    );
    expect(fieldsOf(d)).toEqual([['发布日期', '2023-06-03']]);
  });
});

describe('a document-sharing site’s file name over the text (round 25)', () => {
  it('is the title without its extension where no line is a title', async () => {
    const d = await parseText(
      '甲县农村人居环境整治实施方案.docx\n《甲县农村人居环境整治实施方案.docx》由会员分享,可在线阅读,更多相关请在某文库网上搜索。\n为深入贯彻有关部署,持续改善农村人居环境,制定本方案。\n',
    );
    expect(d.metadata.title).toBe('甲县农村人居环境整治实施方案');
  });
});
