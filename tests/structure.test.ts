import { describe, expect, it } from 'vitest';
import { analyze, parse, parseText } from '../src/index.js';
import { isPageChrome } from '../src/structure/titles.js';
import { normalize } from '../src/normalize/index.js';
import { segment } from '../src/segment/index.js';
import { expectLinearTime, repeatTo } from './support/linear.js';
import { outline, outlineLines } from './support/outline.js';
import { expectNothingLost } from './support/invariants.js';
import { plainSource } from './support/plain-source.js';

const notice = (head: string, tail = 'X市人民政府办公室\n2023年5月6日\n') =>
  `${head}\n各区人民政府,市政府各部门:\n《X市养老服务实施方案》已经市政府同意,现印发给你们,请认真贯彻执行。\n${tail}`;

describe('cover notice and header forms seen on real pages', () => {
  it.each([
    [
      '文号 after the title',
      notice('X市人民政府办公室关于印发X市养老服务实施方案的通知(石政办发〔2023〕12号)'),
    ],
    [
      '文号 glued before the title',
      notice('石政办发〔2023〕12号X市人民政府办公室关于印发X市养老服务实施方案的通知'),
    ],
    [
      'title broken after the issuer',
      notice('X市人民政府办公室\n关于印发X市养老服务实施方案的通知\n石政办发〔2023〕12号'),
    ],
  ])('%s', async (_name, text) => {
    const d = await parseText(text);
    expect(d.metadata.title).toBe('X市人民政府办公室关于印发X市养老服务实施方案的通知');
    expect(d.metadata.docNumber?.normalized).toBe('石政办发〔2023〕12号');
    expect(d.notice?.transmits).toBe('X市养老服务实施方案');
    expect(d.notice?.signedDate).toBe('2023-05-06');
  });

  it('recipients that are not government offices, by their place after the title', async () => {
    const d = await parseText(
      'X局关于开展专项行动的通知\n执法支队及所属中队:\n现将有关事项通知如下。\n一、工作目标\n全面完成。\n',
    );
    expect(d.notice?.recipients).toEqual(['执法支队及所属中队']);
    expect(d.outline.map((s) => s.title)).toEqual(['工作目标']);
  });

  it('a document issued directly is signed at its end', async () => {
    const d = await parseText(
      'X市人民政府关于加快发展养老服务业的意见\n各区人民政府:\n现提出如下意见。\n一、总体要求\n(一)指导思想。以人民为中心。\nX市人民政府\n2020年3月1日\n(此件公开发布)\n',
    );
    expect(d.notice).toMatchObject({
      signature: 'X市人民政府',
      signedDate: '2020-03-01',
      note: '(此件公开发布)',
    });
    expect(d.outline[0]!.children[0]!.text).toBe('以人民为中心。');
  });

  it('header fields: bullets, values on the next line, 【label】 headers, several on a line', async () => {
    const d = await parseText(
      '• 索引号:\n\n  6107280000/2024-001005\n• 主题分类:\n• 发文字号:\n  镇政发〔2024〕7号\n∙【公布日期】2020.01.17\n发布时间:2024-03-05 来源:市发展改革委\nX县人民政府工作规则\n第一章 总则\n第一条 为规范工作,制定本规则。\n',
    );
    const fields = Object.fromEntries(d.metadata.fields.map((f) => [f.key, f.value]));
    expect(fields).toEqual({
      索引号: '6107280000/2024-001005',
      主题分类: '',
      发文字号: '镇政发〔2024〕7号',
      公布日期: '2020.01.17',
      发布时间: '2024-03-05',
      来源: '市发展改革委',
    });
    expect(d.metadata.docNumber?.normalized).toBe('镇政发〔2024〕7号');
    expect(d.metadata.publisher).toBe('市发展改革委');
  });

  it("a law database's 【颁发部门】 and 【效力属性】 rows are fields", async () => {
    const d = await parseText(
      '【颁发部门】 东河省政府\n\n【发文字号】 东政发[2012]33号\n\n【效力属性】 有效\n\n东河省人民政府关于公布第三批省级风景名胜区的通知\n各市人民政府,省政府各部门:\n  经评审,批准两处风景名胜区为第三批省级风景名胜区。\n',
    );
    expect(d.metadata.fields.map((f) => f.key)).toEqual(['颁发部门', '发文字号', '效力属性']);
    expect(d.metadata.validity).toBe('有效');
    expect(d.unplaced.map((u) => u.text)).toEqual([]);
  });

  it('Markdown: # title, **bold** headings and a pipe table of header fields', async () => {
    const md =
      '| 索引号 | 000014349/2018-00221 | 主题分类 | 综合政务 |\n| --- | --- | --- | --- |\n| 发文字号 | 国办发〔2018〕123号 | 发布日期 | 2018年12月27日 |\n\n' +
      '# 国务院办公厅关于推进政务新媒体健康有序发展的意见\n\n各省、自治区、直辖市人民政府,国务院各部委、各直属机构:\n\n**一、总体要求**\n\n**(一)指导思想。**以新思想为指导。\n\n国务院办公厅\n\n2018年12月7日\n';
    const d = await parse(new TextEncoder().encode(md), { path: 'x.md' });
    expect(d.metadata).toMatchObject({
      title: '国务院办公厅关于推进政务新媒体健康有序发展的意见',
      indexNumber: '000014349/2018-00221',
      publishDate: '2018-12-27',
      signedDate: '2018-12-07',
    });
    expect(d.metadata.docNumber?.normalized).toBe('国办发〔2018〕123号');
    expect(d.outline.map((s) => [s.title, s.children.map((c) => c.title)])).toEqual([
      ['总体要求', ['指导思想']],
    ]);
    expect(d.removals.filter((r) => r.kind === 'markup').map((r) => r.text)).toContain('**');
  });
});

describe('outline forms seen on real pages', () => {
  it('a numbering that restarts at 一 under 五、 nests; a numbering that runs on across parents is not a gap', async () => {
    const r = await outline(
      'X方案\n一、 组织领导\n成立领导小组。\n二、工作任务\n(一)加强建设。\n1.做好甲。\n2.做好乙。\n(二)加强管理。\n3.做好丙。\n三、工作要求\n一、加强领导。内容。\n二、注重协作。内容。\n',
    );
    expect(r.out).toEqual([
      '1 一、 组织领导',
      '1 二、 工作任务',
      '2 (一) 加强建设',
      '3 1. 做好甲',
      '3 2. 做好乙',
      '2 (二) 加强管理',
      '3 3. 做好丙',
      '1 三、 工作要求',
      '2 一、 加强领导',
      '2 二、 注重协作',
    ]);
    expect(r.messages).toEqual([]);
  });

  it('a decimal numbering that runs on from one level to a deeper one is not a gap', async () => {
    const r = await outline(
      'X计划\n一、总体目标\n1.目标。达到40%。\n二、行动计划\n（一）产业行动。实施如下项目：\n2.甲项目。内容。\n3.乙项目。内容。\n三、保障\n（一）组织。\n5.丙项目。内容。\n',
    );
    expect(r.out).toEqual([
      '1 一、 总体目标',
      '2 1. 目标',
      '1 二、 行动计划',
      '2 (一) 产业行动',
      '3 2. 甲项目',
      '3 3. 乙项目',
      '1 三、 保障',
      '2 (一) 组织',
      '3 5. 丙项目',
    ]);
    // the numbering runs on from 1. to 2.; 5. after 3. has lost a 4.
    expect(r.messages).toEqual(['outline/numbering-gap']);
  });

  it('the 一、 clauses of a regulation are untitled articles, all of the run', async () => {
    const r = await outline(
      'X县人民政府工作规则\n第一章 总则\n一、根据《宪法》和有关法律,制定本规则。\n二、县政府工作的准则是执政为民。\n第二章 组成人员\n三、县政府由县长、副县长组成。\n四、县政府实行县长负责制。\n',
    );
    expect(r.out).toEqual(['1 第一章 总则', '2 一、 ', '2 二、 ', '1 第二章 组成人员', '2 三、 ', '2 四、 ']);
  });

  it('decimal numbering of 应急预案 nests by depth', async () => {
    const r = await outline(
      'X镇突发事件总体应急预案\n1 总则\n1.1目的依据\n为了…,制定本预案。\n1.2适用范围\n2 组织体系\n2.1 领导机构\n2.1.1 应急办\n2.2 办事机构\n',
    );
    expect(r.out).toEqual([
      '1 1 总则',
      '2 1.1 目的依据',
      '2 1.2 适用范围',
      '1 2 组织体系',
      '2 2.1 领导机构',
      '3 2.1.1 应急办',
      '2 2.2 办事机构',
    ]);
  });
});

describe('a table of contents (目录)', () => {
  const measureTitles = (d: Awaited<ReturnType<typeof parseText>>) => d.measures.map((m) => m.title);

  it('entries with dot leaders and page numbers are no headings; the real numbering nests', async () => {
    const text =
      'X县危险化学品应急预案\n目 录\n1 总则……………4\n1.1 编制目的……………4\n1.2 适用范围……………5\n2 组织体系……………6\n2.1 领导机构……………6\n1 总则\n1.1 编制目的\n为了…,制定本预案。\n1.2 适用范围\n本预案适用于全县。\n2 组织体系\n2.1 领导机构\n成立应急指挥部。\n';
    const r = await outline(text);
    expect(r.out).toEqual(['1 1 总则', '2 1.1 编制目的', '2 1.2 适用范围', '1 2 组织体系', '2 2.1 领导机构']);
    expect(r.messages).toEqual([]);
    const d = await parseText(text);
    // the table stays text, before the first heading
    expect(d.preamble?.text).toContain('1.1 编制目的...............4');
    // (what the 总则 holds, 编制目的 and 适用范围, is no work)
    expect(measureTitles(d)).toEqual(['领导机构']);
  });

  it('without a 目录 line or page numbers: decimal entries in order, the unit lines between', async () => {
    const r = await outline(
      '东河县突发环境事件应急预案\n总则\n1.1 编制目的\n1.2 编制依据\n组织体系及职责\n2.1 指挥机构\n2.2 办事机构\n1 总则\n1.1 编制目的\n建立健全应急机制。\n1.2 编制依据\n根据有关法律。\n2 组织体系及职责\n2.1 指挥机构\n成立指挥部。\n',
    );
    expect(r.out).toEqual([
      '1 1 总则',
      '2 1.1 编制目的',
      '2 1.2 编制依据',
      '1 2 组织体系及职责',
      '2 2.1 指挥机构',
    ]);
  });

  it('a labelled table cut off before the text: entries with page numbers after a space', async () => {
    const d = await parseText(
      '东河县地震应急预案\n目 录\n6.1 特别重大地震灾害应急处置 20\n6.2 较大地震灾害应急处置 21\n1总则\n1.1编制目的\n为了…,制定本预案。\n1.2指导思想\n坚持人民至上。\n',
    );
    expect(d.outline.map((x) => [x.title, x.children.map((c) => c.title)])).toEqual([
      ['总则', ['编制目的', '指导思想']],
    ]);
  });

  it('an entry right above its own heading, spaced apart by typesetting, ends (no endless loop)', async () => {
    for (const label of ['目录\n', '']) {
      const r = await outline(
        `东河县应急预案\n${label}1 .1 编制目的\n1.1 编制目的\n为了规范应急工作,制定本预案。\n1.2 适用范围\n本预案适用于全县。\n`,
      );
      expect(r.out).toEqual(['1 1.1 编制目的', '1 1.2 适用范围']);
    }
  });

  it('a unit title with a parenthesis (3 汛(旱)前准备) is a unit heading', async () => {
    const r = await outline(
      '东河县防汛抗旱应急预案\n2 组织体系\n2.1 指挥部\n成立指挥部。\n2.2 办公室\n设在水利局。\n3   汛(旱)前准备\n3.1 责任落实\n落实责任。\n3.2 应急物资\n储备物资。\n',
    );
    expect(r.out).toEqual([
      '1 2 组织体系',
      '2 2.1 指挥部',
      '2 2.2 办公室',
      '1 3 汛(旱)前准备',
      '2 3.1 责任落实',
      '2 3.2 应急物资',
    ]);
  });

  it('without a 目录 line, with middle-dot leaders and Roman page numbers', async () => {
    const r = await outline(
      'X市应急预案\n前言 · · · · · · i\n一、总则 · · · · · · ii\n二、组织体系 · · · · · · iv\n一、总则\n为了…,制定本预案。\n二、组织体系\n成立指挥部。\n',
    );
    expect(r.out).toEqual(['1 一、 总则', '1 二、 组织体系']);
    expect(r.messages).toEqual([]);
  });

  it('an attachment listed with its page starts no attachment', async () => {
    const d = await parseText(
      'X市应急预案\n目录\n一、总则......1\n附件1.应急联系表......9\n一、总则\n为了…,制定本预案。\n',
    );
    expect(d.attachments).toEqual([]);
    expect(d.outline.map((s) => s.title)).toEqual(['总则']);
  });

  it('a notice whose date is lost ends before the table of contents of what it hands on', async () => {
    const d = await parseText(
      'X县人民政府办公室关于印发X县应急预案的通知\n各乡镇人民政府:\n现将《X县应急预案》印发给你们,请认真贯彻执行。\nX县人民政府办公室\n目 录\n1 总则......4\n1.1 编制目的......4\n2 组织体系......5\n',
    );
    expect(d.notice?.body).not.toContain('目 录');
    expect(d.preamble?.text).toMatch(/^目 录\n1 总则/);
    expect(d.outline).toEqual([]);
  });

  it('chapters listed after 目 录 are no headings: the real 第一章 is level 1, its articles under it', async () => {
    const chapters = '第一章 总则\n第二章 公文种类\n第三章 行文规则\n第四章 附则\n';
    const body =
      '第一章 总则\n第一条 为规范公文处理,制定本细则。\n第二章 公文种类\n第二条 公文种类主要有通知。\n第三章 行文规则\n第三条 行文应当确有必要。\n第四章 附则\n第四条 本细则自印发之日起施行。\n';
    const expected = [
      '1 第一章 总则',
      '2 第一条 ',
      '1 第二章 公文种类',
      '2 第二条 ',
      '1 第三章 行文规则',
      '2 第三条 ',
      '1 第四章 附则',
      '2 第四条 ',
    ];
    for (const head of ['X公文处理实施细则\n目 录\n', 'X公文处理实施细则\n']) {
      const d = await parseText(head + chapters + body);
      expect(d.metadata.title).toBe('X公文处理实施细则');
      expect((await outline(head + chapters + body)).out).toEqual(expected);
      expect(d.preamble?.text).toContain('第三章 行文规则');
      expect(measureTitles(d)).not.toContain('公文种类');
    }
    // the same chapters without a table before them are the outline as they were
    expect((await outline('X公文处理实施细则\n' + body)).out).toEqual(expected);
    // one-line headings that repeat a title under two parents are no table of contents
    expect(
      (await outline('X方案\n(一)加强领导\n1.建立机制\n2.明确分工\n(二)强化保障\n1.建立机制\n落实到位。\n'))
        .out,
    ).toEqual(['1 (一) 加强领导', '2 1. 建立机制', '2 2. 明确分工', '1 (二) 强化保障', '2 1. 建立机制']);
  });
});

describe('item markers as typesetting spaces them', () => {
  it('"1 . " is the marker "1." (not "1 . 5", a number)', async () => {
    const items = (dot: string) =>
      `X办法\n一、任务目标\n1${dot}组织供应辅助器具。\n2${dot}完善服务网络。\n二、保障措施\n2 . 5亿元资金用于补贴。\n`;
    const spaced = await outline(items(' . '));
    expect(spaced.out).toEqual([
      '1 一、 任务目标',
      '2 1 . 组织供应辅助器具',
      '2 2 . 完善服务网络',
      '1 二、 保障措施',
    ]);
    expect(spaced.out.map((l) => l.replace(' . ', '. '))).toEqual((await outline(items('.'))).out);
  });

  it('a 预案\'s top unit "1总则" is a heading when its 1.1 follows; a count is not', async () => {
    const r = await outline(
      'X镇突发事件总体应急预案\n1总则\n1.1制定目的\n为了…,制定本预案。\n1.2分级分类\n3 个工作组\n2组织体系\n2.1领导机构\n成立应急指挥部。\n3 附则\n本预案自印发之日起施行。\n',
    );
    expect(r.out).toEqual([
      '1 1 总则',
      '2 1.1 制定目的',
      '2 1.2 分级分类',
      '1 2 组织体系',
      '2 2.1 领导机构',
      '1 3 附则',
    ]);
  });
});

describe('cover notices that number their own remarks', () => {
  it('the remarks stay in the notice; the transmitted document is the outline', async () => {
    const d = await parseText(
      'X局关于印发《X工作六项措施》的通知\n各科室:\n《X工作六项措施》已经审议通过,现予印发。\n一、各单位要统一思想。\n二、本《措施》自印发之日起试行。\nX局\n2015年8月26日\nX工作六项措施\n一、全面实施动态考核办法\n建立统一信息数据库。\n二、试行简易程序\n对三类简单项目试行简易程序。\n',
    );
    expect(d.notice).toMatchObject({
      signature: 'X局',
      signedDate: '2015-08-26',
      transmits: 'X工作六项措施',
    });
    expect(d.outline.map((s) => s.title)).toEqual(['全面实施动态考核办法', '试行简易程序']);
  });
});

describe('recipients run into the first sentence', () => {
  it('are cut off into their own line', async () => {
    const d = await parseText(
      'X局关于印发《X办法》的通知\n各科室、各站所:《X办法》已经研究同意,现印发给你们。\nX局\n2015年9月11日\nX办法\n第一章 总则\n第一条 为规范管理,制定本办法。\n',
    );
    expect(d.notice).toMatchObject({
      recipients: ['各科室', '各站所'],
      transmits: 'X办法',
      signedDate: '2015-09-11',
    });
    expect(d.outline.map((s) => s.title)).toEqual(['总则']);
  });

  it('also after a space that follows the colon', async () => {
    const d = await parseText(
      'X局关于印发《X办法》的通知\n各科室、各站所: 现将《X办法》印发给你们,请认真执行。\nX局\n2015年9月11日\n',
    );
    expect(d.notice).toMatchObject({
      recipients: ['各科室', '各站所'],
      body: '现将《X办法》印发给你们,请认真执行。',
    });
  });
});

describe('references', () => {
  it('pair a 文号 written right before its 《title》', async () => {
    const d = await parseText(
      '甲镇人民政府关于成立领导小组的通知\n各村:\n根据甲政办发[2008]73号《关于加强农村公路养护工作的意见》文件精神,决定成立领导小组。\n甲镇人民政府\n2008年6月30日\n',
    );
    expect(d.references.map((r) => [r.title, r.docNumber?.normalized])).toEqual([
      ['关于加强农村公路养护工作的意见', '甲政办发〔2008〕73号'],
    ]);
  });

  it('list a document once when the text names it again by its number alone', async () => {
    const d = await parseText(
      '甲镇人民政府关于开展试点的通知\n各村:\n根据《关于开展试点工作的通知》(甲函〔2016〕200号),确定试点村。\n请按照甲函〔2016〕200号和乙函〔2019〕7号文件要求开展试点。\n甲镇人民政府\n2020年6月30日\n',
    );
    expect(d.references.map((r) => [r.title, r.docNumber?.normalized])).toEqual([
      ['关于开展试点工作的通知', '甲函〔2016〕200号'],
      [null, '乙函〔2019〕7号'],
    ]);
  });

  it('leave out the document the cover notice transmits, keep what the text cites', async () => {
    const d = await parseText(
      'X市人民政府办公室关于印发X市养老服务实施方案的通知\n各县(市、区)人民政府:\n现将《X市养老服务实施方案》印发给你们,请认真贯彻落实。\nX市人民政府办公室\n2020年3月1日\n' +
        'X市养老服务实施方案\n为贯彻落实《国务院办公厅关于推进养老服务发展的意见》(国办发〔2019〕5号),制定本方案。\n一、总体要求\n以人民为中心。\n',
    );
    expect(d.notice?.transmits).toBe('X市养老服务实施方案');
    expect(d.references.map((r) => [r.title, r.docNumber?.normalized ?? null])).toEqual([
      ['国务院办公厅关于推进养老服务发展的意见', '国办发〔2019〕5号'],
    ]);
  });

  it('leave out the transmitted document when the text cites it with its inner title in 〈〉', async () => {
    const d = await parseText(
      'X市人民政府办公室关于印发《X市发展纲要》重点任务分工方案的通知\n各县人民政府:\n为落实《X市发展纲要》,现将《〈X市发展纲要〉重点任务分工方案》印发给你们。\nX市人民政府办公室\n2021年8月6日\n',
    );
    expect(d.notice?.transmits).toBe('《X市发展纲要》重点任务分工方案');
    expect(d.references.map((r) => r.title)).toEqual(['X市发展纲要']);
  });
});

describe('a table inside the text', () => {
  it('its rows are no headings, numbered or not; a review section states no targets', async () => {
    const text =
      '一、发展现状与形势\n(一)发展成就。\n2015年,信息产业收入规模达到17.1万亿元。\n指 标\t规划目标\t实现情况\n总体发展水平\n1.信息化发展指数\t>79\t72.45\n2.集成电路工艺(纳米)\t32/28\t28\n(二)发展形势。\n信息化发展进入新阶段。\n二、主要目标\n到2020年,信息产业收入达到26万亿元。\n';
    const r = await outline(text);
    expect(r.out).toEqual(['1 一、 发展现状与形势', '2 (一) 发展成就', '2 (二) 发展形势', '1 二、 主要目标']);
    expect(r.messages.filter((m) => m.startsWith('outline/'))).toEqual([]);
    const d = await parseText(text);
    expect(d.targets.map((t) => [t.year, t.value, t.unit])).toEqual([[2020, 26, '万亿元']]);
  });
});

describe('paragraphs after a list of one-line items', () => {
  it("close the unit that holds the list, not the list's last item; an article's 款 stay its own", async () => {
    const d = await parseText(
      'X办法\n第一章 总则\n第一条 为规范管理,制定本办法。\n第二条 市民政局负责本办法的实施。\n市财政局按照职能开展相关工作。\n' +
        '第二章 处置\n第三条 党员具有下列情形之一的,给予除名处置:\n(一)连续6个月不参加组织生活;\n(二)不按照规定交纳党费。\n对违犯纪律的党员,依规给予处分。\n',
    );
    const byMarker = new Map<string, string>();
    const walk = (list: typeof d.outline) =>
      list.forEach((s) => {
        byMarker.set(s.marker ?? '', s.text);
        walk(s.children);
      });
    walk(d.outline);
    expect(byMarker.get('第二条')).toBe('市民政局负责本办法的实施。\n市财政局按照职能开展相关工作。');
    expect(byMarker.get('第三条')).toBe(
      '党员具有下列情形之一的,给予除名处置:\n对违犯纪律的党员,依规给予处分。',
    );
    expect(byMarker.get('(二)')).toBe('');
  });
});

describe('a notice that transmits several documents', () => {
  it('holds each as an unnumbered part with its own numbering; none is a reference', async () => {
    const d = await parseText(
      'X省人民政府办公厅关于印发两个规定的通知\n各市人民政府:\n《X省甲事业单位转制的规定》和《支持乙发展的规定》已经省政府同意,现印发给你们。\nX省人民政府办公厅\n2018年12月18日\n' +
        'X省甲事业单位\n转制的规定\n为深化改革,特制定以下规定:\n一、关于改革\n(一)第一项内容。\n(二)第二项内容。\n' +
        '支持乙发展的规定\n为促进发展,特制定以下规定:\n一、关于财政\n(一)第一项内容。\n二、关于投资\n(二)第二项内容。\n',
    );
    const tree = (list: typeof d.outline): unknown[] =>
      list.map((s) => [s.level, s.marker, s.title, ...(s.children.length ? [tree(s.children)] : [])]);
    expect(tree(d.outline)).toEqual([
      [
        1,
        null,
        'X省甲事业单位转制的规定',
        [
          [
            2,
            '一、',
            '关于改革',
            [
              [3, '(一)', '第一项内容'],
              [3, '(二)', '第二项内容'],
            ],
          ],
        ],
      ],
      [
        1,
        null,
        '支持乙发展的规定',
        [
          [2, '一、', '关于财政', [[3, '(一)', '第一项内容']]],
          [2, '二、', '关于投资', [[3, '(二)', '第二项内容']]],
        ],
      ],
    ]);
    expect(d.outline[1]!.text).toBe('为促进发展,特制定以下规定:');
    expect(d.metadata.genre).toBe('规定');
    expect(d.references).toEqual([]);
    expect(d.messages.filter((m) => m.ruleId.startsWith('outline/'))).toEqual([]);
  });
});

describe('a notice that hands on two documents named together (round 13)', () => {
  it('cites neither of them, also when only the first follows', async () => {
    const d = await parseText(
      '东河市卫生健康委关于印发2016年东河市卫生工作总结和2017年东河市卫生工作要点的通知\n各区、县(市)卫生健康局:\n《2016年东河市卫生工作总结》和《2017年东河市卫生工作要点》已经委主任办公会议通过,现予以下发,请贯彻执行。\n东河市卫生健康委\n2017年2月22日\n2016年东河市卫生工作总结\n一、深化改革\n',
    );
    expect(d.references).toEqual([]);
  });
});

describe('articles without chapters hold their items', () => {
  it.each([
    [
      'articles straight after the title',
      'X县农村公路养护资金管理办法\n第一条 为规范资金管理,制定本办法。\n第二条 资金用于下列支出:\n(一)日常养护;\n(二)灾毁修复。\n第三条 有下列情形之一的,不予补助:\n(一)虚报工程量的;\n(二)挪用资金的。\n第四条 本办法自印发之日起施行。\n',
      [
        '1 第一条 ',
        '1 第二条 ',
        '2 (一) 日常养护',
        '2 (二) 灾毁修复',
        '1 第三条 ',
        '2 (一) 虚报工程量的',
        '2 (二) 挪用资金的',
        '1 第四条 ',
      ],
    ],
    [
      'articles under 一、 headings that stand in for chapters',
      'X镇议事规则\n一、总则\n第一条 为规范议事程序,制定本规则。\n第二条 议事遵循下列原则:\n(一)民主集中;\n(二)依法办事。\n二、附则\n第三条 本规则自印发之日起施行。\n',
      [
        '1 一、 总则',
        '2 第一条 ',
        '2 第二条 ',
        '3 (一) 民主集中',
        '3 (二) 依法办事',
        '1 二、 附则',
        '2 第三条 ',
      ],
    ],
  ])('%s', async (_name, text, expected) => {
    const r = await outline(text);
    expect(r.out).toEqual(expected);
    expect(r.messages.filter((m) => m.startsWith('outline/'))).toEqual([]);
  });
});

describe('run-in heading titles', () => {
  it.each([
    ['(一)工作目标:到2025年,建成一批示范社区。', '工作目标', '到2025年,建成一批示范社区。'],
    ['1.申报条件:申请单位须在本市注册。', '申报条件', '申请单位须在本市注册。'],
    // a clause before the ':' is not a title: the title runs to the full stop as before
    ['(二)对符合条件的企业,给予以下支持:贷款贴息。', '对符合条件的企业,给予以下支持:贷款贴息', ''],
    ['(三)加强协调。各部门要密切配合:定期会商。', '加强协调', '各部门要密切配合:定期会商。'],
    // the ':' of a note in parentheses ends no title
    ['(四)完善养老服务网络(责任单位:市民政局)', '完善养老服务网络(责任单位:市民政局)', ''],
  ])('%s', async (line, title, text) => {
    const d = await parseText(`X市养老服务实施方案\n一、主要任务\n${line}\n`);
    expect(d.outline[0]!.children[0]).toMatchObject({ title, text });
  });
});

it('a stock heading run into the label of its first line is cut before the label', async () => {
  const d = await parseText(
    'X县关于成立防汛工作领导小组的通知\n各乡镇:\n经研究,决定成立领导小组。\n一、组成人员组长:王某某 县长\n',
  );
  expect(d.outline[0]).toMatchObject({ title: '组成人员', text: '组长:王某某 县长' });
});

describe('pages glued onto one line (round 14)', () => {
  const plan =
    '20XX年东河县秸秆禁烧工作方案为深入贯彻落实有关法律,进一步推进我县秸秆禁烧工作,结合我县实际,特制定本方案。' +
    '一、指导思想坚持禁烧与综合利用相结合,坚持疏堵结合。二、工作目标力争2018年全县秸秆综合利用率不低于84%。' +
    '三、工作措施(一)加强领导。成立东河县秸秆禁烧工作领导小组,负责全县第1页共18页秸秆禁烧指导工作。' +
    '(二)强化宣传。充分利用广播、电视、网络等媒体,广泛宣传秸秆禁烧的重要意义,营造全社会共同参与的良好氛围。' +
    '(三)严格督查。县督查组对各乡镇禁烧工作开展不定期督查,对工作不力的乡镇予以通报批评,并追究有关人员责任。' +
    '(四)推进利用。鼓励秸秆还田、饲料化和基料化利用,支持建设秸秆收储站点,拓宽秸秆综合利用渠道。\n';

  it("a plan's title run into its first sentence is the title; a viewer's page counter is a page mark", async () => {
    const d = await parseText(plan);
    expect(d.metadata.title).toBe('20XX年东河县秸秆禁烧工作方案');
    expect(d.outline.map((s) => s.title)).toEqual(['指导思想', '工作目标', '工作措施']);
    expect(d.removals.filter((r) => r.kind === 'page-mark').map((r) => r.text)).toEqual(['第1页共18页']);
    expect(d.measures[0]!.text).toContain('负责全县秸秆禁烧指导工作');
  });

  it("a PDF's text joined with spaces keeps its spaced date, 文号 and years whole, and drops its page number", async () => {
    const d = await parseText(
      '东府〔2018〕14 号 东河市人民政府关于印发东河市2018年 国民经济和社会发展计划的通知 各区政府,市府直属各单位: ' +
        '《东河市2018年国民经济和社会发展计划》业经市人民代表大会审议通过,现印发给你们,请认真贯 彻执行。 ' +
        '东河市人民政府 2018 年 2 月 13 日 — 1 — 东河市2018年国民经济和社会发展计划 ' +
        '一、2018 年经济社会发展的总体思路和预期目标 (一)发展环境 从宏观环境看,经济平稳增长的压力动力并存,' +
        '外部环境更趋复杂,我市发展面临的机遇与挑战交织,需要准确把握形势变化。 从国内环境看,经济结构持续优化,' +
        '新动能加快成长,但部分行业和企业经营仍然困难。 从本市情况看,产业基础较为扎实,区位优势日益凸显。\n',
    );
    expect(d.notice).toMatchObject({ signature: '东河市人民政府', signedDate: '2018-02-13' });
    expect(d.outline.map((s) => s.marker)).toEqual(['一、']);
    expect(d.outline[0]!.title).toMatch(/^2018 ?年经济社会发展的总体思路和预期目标$/);
    expect(d.removals.filter((r) => r.kind === 'page-mark').map((r) => r.text)).toEqual(['— 1 —']);
    // a plan's review of its situation (发展环境) holds no measures
    expect(d.measures).toEqual([]);
  });
});

describe('a notice flattened onto one line', () => {
  it('is cut before its signature, date, note, chapters and articles; padded chapter titles stay whole', async () => {
    const d = await parseText(
      'X市人民政府关于印发X市河道管理办法的通知\n各区人民政府,市政府各部门:现将《X市河道管理办法》印发给你们,请认真贯彻执行。X市人民政府2022年3月1日(此件公开发布)X市河道管理办法第一章  总    则第一条  为加强河道管理,制定本办法。第二条  本办法适用于本市行政区域内的河道。第二章  管    理第三条  河道管理实行河长制。第四条  有下列行为之一的,依法处理:(一)侵占河道的;(二)倾倒垃圾的。\n',
    );
    expect(d.notice).toMatchObject({
      recipients: ['各区人民政府', '市政府各部门'],
      signature: 'X市人民政府',
      signedDate: '2022-03-01',
      note: '(此件公开发布)',
      transmits: 'X市河道管理办法',
    });
    expect(outlineLines(d.outline)).toEqual([
      '1 第一章 总则',
      '2 第一条 ',
      '2 第二条 ',
      '1 第二章 管理',
      '2 第三条 ',
      '2 第四条 ',
      '3 (一) 侵占河道的',
      '3 (二) 倾倒垃圾的',
    ]);
    expect(d.messages.filter((m) => m.ruleId.startsWith('outline/'))).toEqual([]);
  });

  it("a line of paragraphs joined by spaces is cut before its headings; a plan's review holds no measures", async () => {
    const d = await parseText(
      'X市科技发展规划\n为加强科技发展工作,主动应对新形势,构建创新驱动新格局,开启科技赋能新征程,根据《X省科技创新发展规划》《X市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》总体要求,结合本市实际,特编制本规划,规划期为2021—2025年。 一、发展基础“十三五”期间,全市科技创新工作取得明显成效,人才总量达到12.69万人,科技创新对经济发展的支撑作用进一步凸显。 (一)创新活力持续增强。科技人才数量稳步增加,研发活动人员持续增长,高层次人才引进成效明显,创新创业氛围日益浓厚,企业创新主体地位不断巩固,科技成果转化步伐加快,区域创新体系日趋完善,科技服务能力明显提升,创新生态持续优化,全社会研发投入稳步提高。\n',
    );
    expect(d.outline.map((s) => [s.title, s.children.map((c) => c.title)])).toEqual([
      ['发展基础', ['创新活力持续增强']],
    ]);
    expect(d.measures).toEqual([]);
    expect(d.targets).toEqual([]);
  });

  it('articles cited in a sentence do not cut it', async () => {
    const line =
      '根据《X省防汛条例》第三条规定,现就有关事项通知如下。依照该条例第五条的要求,各乡镇要落实防汛责任。第六条所列情形应当及时上报,第七条、第八条另有规定的从其规定。';
    const text = `X县人民政府关于做好防汛工作的通知\n各乡镇人民政府:\n${line}\nX县人民政府\n2021年6月1日\n`;
    const tree = await analyze(new TextEncoder().encode(text), { path: 'x.txt', encoding: 'utf-8' });
    expect(tree.blocks.map((b) => b.text)).toContain(line);
    expect((await parseText(text)).outline).toEqual([]);
  });

  it('markers the page set apart by an indent, run into a chapter title or into a label are cut where the numbering expects them', async () => {
    const d = await parseText(
      'X县专项资金管理办法第一章 总则第一条 为规范资金管理,制定本办法。第二条 县财政局职责如下:(一)审核预算; (二)参与制定配套细则。第三条 项目单位的责任:(一)编制预算;(二)负责实施。 如(二)所述,项目单位应当自行负责。第二章 奖励、监督第四条 奖励标准(一)对甲类项目每项奖励1000元;(二)对乙类项目每项奖励500元。第五条 依照第三条 的规定追回资金。 (三)类项目除外。\n',
    );
    expect(outlineLines(d.outline)).toEqual([
      '1 第一章 总则',
      '2 第一条 ',
      '2 第二条 ',
      '3 (一) 审核预算',
      '3 (二) 参与制定配套细则',
      '2 第三条 ',
      '3 (一) 编制预算',
      '3 (二) 负责实施',
      '1 第二章 奖励、监督',
      '2 第四条 ',
      '3 (一) 对甲类项目每项奖励1000元',
      '3 (二) 对乙类项目每项奖励500元',
      '2 第五条 ',
    ]);
    // an item cited, and one out of the numbering, stay in the sentence
    expect(d.outline[0]!.children[2]!.children[1]!.text).toContain('如(二)所述');
    expect(d.outline[1]!.children[1]!.text).toContain('(三)类项目除外');
    expect(d.messages.filter((m) => m.ruleId.startsWith('outline/'))).toEqual([]);
  });

  it("a chapter's first article that skips is expected to follow the last article, not to be 第一条", async () => {
    const r = await outline(
      'X办法\n第一章 总则\n第一条 为规范管理,制定本办法。\n第二条 适用范围。\n第二章 管理\n第四条 实行专账管理。\n',
    );
    expect(r.doc.messages.find((m) => m.ruleId === 'outline/numbering-gap')?.message).toContain(
      'expected 第三条',
    );
  });

  it("a heading's title run into its first clause or its first item is cut off; a title that names a place or a rule stays whole", async () => {
    const d = await parseText(
      'X县秸秆禁烧工作方案为切实改善空气质量,推进秸秆综合利用,保障人民群众身体健康,根据上级有关文件精神,结合我县实际,特制定本方案。一、工作重点(一)时间安排按照上级要求,禁烧时间为全年,其中重点时段为夏收和秋收季节。(二)禁烧范围我县行政区域内不得露天焚烧秸秆(含垃圾、落叶、杂草)等任何废弃物。(三)严格要求各乡镇落实包片责任。(四)加快推进全县秸秆还田。二、目标要求通过全县上下的共同努力,秸秆焚烧现象得到基本遏制,群众认识进一步提高。三、工作措施(一)加强领导,明确责任1.成立县秸秆禁烧工作领导小组,负责全县指导工作。2.实行县级领导包乡镇制度。(二)组织机构为了加强领导,县设立禁烧指挥部,负责日常工作,指挥部办公室设在县农业农村局,承担指挥部的日常联络和督查工作。\n',
    );
    expect(outlineLines(d.outline)).toEqual([
      '1 一、 工作重点',
      '2 (一) 时间安排',
      '2 (二) 禁烧范围',
      '2 (三) 严格要求各乡镇落实包片责任',
      '2 (四) 加快推进全县秸秆还田',
      '1 二、 目标要求',
      '1 三、 工作措施',
      '2 (一) 加强领导,明确责任',
      '3 1. 成立县秸秆禁烧工作领导小组,负责全县指导工作',
      '3 2. 实行县级领导包乡镇制度',
      '2 (二) 组织机构',
    ]);
    expect(d.outline[0]!.children[0]!.text).toMatch(/^按照上级要求,/);
    expect(d.outline[1]!.text).toMatch(/^通过全县上下/);
  });

  it('a title cited in 《》 is not cut at the spaces set around its Latin words', async () => {
    const d = await parseText(
      'X县乡镇机构改革试点工作指导意见 为贯彻落实《中共 X 市委、X 市人民政府关于深化乡镇机构改革的意见》(甲发〔2009〕27号)文件精神,进一步深化乡镇机构改革,切实把乡镇政府职能转变到为农村提供公共服务上来,县委、县人民政府决定以甲镇和乙镇作为试点,现提出如下指导意见: 一、指导思想 坚持以服务农民为核心,以改革创新为动力,以强化基层为保障,深化乡镇机构改革,推进农村配套改革,加快建立行为规范、运转协调、公正透明、廉洁高效的农村行政管理体制和运行机制。 二、目标任务 通过整合乡镇站所资源,合理设置乡镇内设机构,建设高素质的乡镇干部队伍,进一步转变乡镇政府职能,提高基层政权的执政水平和能力。\n',
    );
    expect(d.references.map((r) => [r.title?.replaceAll(' ', ''), r.docNumber?.raw])).toEqual([
      ['中共X市委、X市人民政府关于深化乡镇机构改革的意见', '甲发〔2009〕27号'],
    ]);
    expect(d.outline.map((s) => s.title)).toEqual(['指导思想', '目标任务']);
  });

  it('a news repost: the notice title, recipients and numbered clauses come apart', async () => {
    const d = await parseText(
      '某报讯 据政府网消息,省政府办公厅印发通知,全文如下:X省人民政府办公厅关于成立X省河湖治理工作领导小组的通知各市、县人民政府,省政府各部门:为加强对河湖治理工作的领导,省政府决定成立X省河湖治理工作领导小组。现将有关事项通知如下:一、主要职责统筹协调全省河湖治理工作,研究解决工作中的重大问题。二、组成人员组长:王某某 副省长三、工作机构领导小组办公室设在省水利厅,承担日常工作。\n',
    );
    expect(d.metadata.title).toBe('X省人民政府办公厅关于成立X省河湖治理工作领导小组的通知');
    expect(d.notice?.recipients).toEqual(['各市、县人民政府', '省政府各部门']);
    expect(d.outline.map((s) => s.title)).toEqual(['主要职责', '组成人员', '工作机构']);
  });
});

describe('the 版记 under a cover notice (unseen round 25)', () => {
  it.each([
    ['抄送', '抄送:省某委'],
    ['抄送 and the printing line', '抄送:省某委\nX市某委员会办公室 2020年1月6日印发'],
  ])('%s closes the cover: the title of what it hands on follows', async (_name, record) => {
    const d = await parseText(
      `X市某委员会关于印发《2020年某活动实施方案》的通知\n各县市区某委,市直各单位:\n现将《2020年某活动实施方案》印发给你们,请认真贯彻执行。\nX市某委员会\n2020年1月5日\n${record}\n2020年某活动\n实施方案\n为推进某活动,制定本方案。\n一、总体要求\n全面推进。\n`,
    );
    expect(d.notice?.signedDate).toBe('2020-01-05');
    expect(d.preamble?.text).toBe('为推进某活动,制定本方案。');
    expect(d.outline.map((s) => s.title)).toEqual(['总体要求']);
    expect(d.unplaced.map((u) => u.text)).toContain('抄送:省某委');
  });
});

describe('attachments named in the 附件说明', () => {
  it('a 附件 line above the signature is an attachment, not text of the notice', async () => {
    const d = await parseText(
      'X区人民政府办公室关于印发2022年重点工作任务分解表的通知\n各街道办事处,区政府各部门:\n现将《2022年重点工作任务分解表》印发给你们,请认真抓好落实。\n附件:2022年重点工作任务分解表\nX区人民政府办公室\n2022年2月8日\n',
    );
    expect(d.attachments.map((a) => [a.label, a.title])).toEqual([['附件', '2022年重点工作任务分解表']]);
    expect(d.notice?.body).not.toContain('附件');
    expect(d.notice?.signedDate).toBe('2022-02-08');
  });

  it('附: over a numbered list, as older notices write it, names attachments, also files', async () => {
    const d = await parseText(
      '各镇人民政府:\n现对创卫工作任务细化分解,请认真落实。\n附:1、创卫目标任务分解细则.docx\n2、各单位创卫主要工作任务.docx\nX县人民政府办公室\n2016年9月8日\n',
    );
    expect(d.attachments.map((a) => a.title)).toEqual([
      '创卫目标任务分解细则.docx',
      '各单位创卫主要工作任务.docx',
    ]);
    expect(d.outline).toEqual([]);
    expect(d.notice?.signedDate).toBe('2016-09-08');
  });

  it('a numbered list is read item by item, the texts that follow answer it, and a title broken over two lines is joined', async () => {
    const d = await parseText(
      'X市粮食储备资金管理办法\n第一条 为规范资金管理,制定本办法。\n第二条 本办法自发布之日起施行。\n附件:1.储备粮轮换申请表\n2.储备粮轮换费用\n拨付审批表\n3.承储企业承诺书\n附件1\n储备粮轮换申请表\n申请单位:\n附件2\n储备粮轮换费用\n拨付审批表\n审批意见:\n',
    );
    expect(d.attachments.map((a) => [a.label, a.title])).toEqual([
      ['附件1', '储备粮轮换申请表'],
      ['附件2', '储备粮轮换费用拨付审批表'],
      ['附件3', '承储企业承诺书'],
    ]);
    expect(d.outline.map((s) => s.marker)).toEqual(['第一条', '第二条']);
    expect(d.measures).toEqual([]);
  });

  it('a label with its title and text after it starts the attachment: its table rows are no text of the body', async () => {
    const d = await parseText(
      'X市人民政府关于废止部分文件的决定\n经过清理,市政府决定:\n一、对依据已变化的2件文件予以废止。(目录见附件1)\n二、对已不执行的文件宣布失效。\n附件1:X市人民政府决定废止的文件目录(2件)\n序号 文件名称 发布机关及文号 说明\n1 关于城市管理规定的通知 X市府发〔2000〕65号 1、制定依据发生了重大变化。\n2、根据规划的需要,已制定了新的政策。\n3、原文件已不适用。\n2 关于市场管理的通知 X市府发〔2001〕3号 已过时。\n',
    );
    expect(d.outline.map((s) => [s.marker, s.text, s.children.length])).toEqual([
      ['一、', '(目录见附件1)', 0],
      ['二、', '', 0],
    ]);
    expect(d.attachments.map((a) => [a.label, a.title, a.outline.length])).toEqual([
      ['附件1:X市人民政府决定废止的文件目录(2件)', 'X市人民政府决定废止的文件目录(2件)', 0],
    ]);
    expect(d.measures.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(d.messages.filter((m) => m.ruleId.startsWith('outline/'))).toEqual([]);
  });

  it('an item of a list begun in a sentence (no table cell) is still a heading', async () => {
    const d = await parseText(
      'X县安全检查方案\n一、检查内容\n重点包括: 1、消防设施。\n2、用电安全\n3、燃气管道\n',
    );
    expect(d.outline[0]!.children.map((s) => s.marker)).toEqual(['2、', '3、']);
  });

  describe('a 附件 label over the signature and date (unseen rounds 25 and 26)', () => {
    const notice = (attachment: string) =>
      `X县人民政府关于开展某项调查的通知\n各镇人民政府:\n现将有关事项通知如下:\n一、做好调查工作。\n二、按时报送。\n特此通知。\n${attachment}\nX县人民政府\n2020年10月9日\n`;

    it.each([
      ['the title on the line under the label', '附件:\n某地块红线示意图'],
      ['the title broken over two lines', '附件:\n某地块\n红线示意图'],
      ['a remark in the label (另附)', '附件(另附):\n某地块红线示意图'],
      ['a remark in the label, the title after it', '附件(另附):某地块红线示意图'],
    ])('%s: an attachment listed, and the signature and date read', async (_name, attachment) => {
      const d = await parseText(notice(attachment));
      expect(d.attachments.map((a) => [a.label, a.title, a.outline])).toEqual([
        ['附件', '某地块红线示意图', []],
      ]);
      expect(d.notice?.signature).toBe('X县人民政府');
      expect(d.notice?.signedDate).toBe('2020-10-09');
      expect(d.outline.at(-1)?.text).not.toContain('示意图');
    });

    it('an empty label (the page lost the link) opens no attachment: the document the notice hands on follows', async () => {
      const d = await parseText(
        'X市人民政府办公室关于印发某工作方案的通知\n各县人民政府,市级有关部门:\n《某工作方案》已经市政府同意,现印发给你们,请认真组织实施。\n附件:\nX市人民政府办公室\n2025年4月22日\n某工作方案\n为推进某项工作,制定本方案。\n一、总体要求\n全面推进。\n二、工作目标\n到2025年底完成。\n',
      );
      expect(d.attachments).toEqual([]);
      expect(d.notice?.signature).toBe('X市人民政府办公室');
      expect(d.notice?.signedDate).toBe('2025-04-22');
      expect(d.outline.map((s) => s.title)).toEqual(['总体要求', '工作目标']);
    });

    it('a label whose text of its own follows still opens the attachment', async () => {
      const d = await parseText(`${notice('')}附件:\n某地块调查表\n一、基本情况\n地块面积。\n`);
      expect(d.attachments.map((a) => [a.label, a.title])).toEqual([['附件:', '某地块调查表']]);
    });
  });

  it('a title is joined on the next line when the first line does not end the title', async () => {
    const d = await parseText(
      'X县关于开展安全检查的通知\n各乡镇:\n现将有关事项通知如下。\n一、检查内容\n全面排查隐患。\nX县安全生产委员会\n2023年4月2日\n附件\nX县安全生产大检查\n隐患排查登记表\n一、基本情况\n',
    );
    expect(d.attachments.map((a) => [a.label, a.title])).toEqual([
      ['附件', 'X县安全生产大检查隐患排查登记表'],
    ]);
  });
});

it('a regulation whose lines were joined with spaces keeps padded chapter titles and article text whole', async () => {
  const r = await outline(
    'X市河道管理办法 第一章 总 则 第一条 为加强河道管理,制定本办法。 第二条 本办法适用于本市。 第二章 管 理 第三条 河道实行河长制。\n',
  );
  expect(r.out).toEqual(['1 第一章 总则', '2 第一条 ', '2 第二条 ', '1 第二章 管理', '2 第三条 ']);
  expect(r.messages).toEqual([]);
});

describe('the department register', () => {
  it('does not take the agency code of a cited 文号 for a department', async () => {
    const d = await parseText(
      '某区人民政府办公室关于印发X方案的通知\n各街道:\n根据《关于做好X工作的通知》(双区委办[2021]26号)要求,现印发给你们。区民政局牵头。\n某区人民政府办公室\n2021年3月1日\n',
    );
    expect(d.departments.map((x) => x.name)).toEqual(['区民政局']);
  });
});

describe('cover notices as county sites write them', () => {
  it('a date written over its signature', async () => {
    const d = await parseText(
      'X县林长制办公室关于调整部分县级林长的通知\n各乡镇人民政府,县直各单位:\n现将调整后的名录印发给你们,请抓好落实。\n2024年5月15日\nX县林长制办公室\n',
    );
    expect(d.notice).toMatchObject({ signature: 'X县林长制办公室', signedDate: '2024-05-15' });
    expect(d.preamble?.text).toBe('现将调整后的名录印发给你们,请抓好落实。');
  });

  it('a date over its signature, and a note under both', async () => {
    const d = await parseText(
      'X县人民政府关于做好防汛工作的通知\n各乡镇人民政府:\n请切实做好防汛工作。\n2024年5月15日\nX县人民政府\n(此件公开发布)\n',
    );
    expect(d.notice).toMatchObject({
      signature: 'X县人民政府',
      issuer: 'X县人民政府',
      note: '(此件公开发布)',
    });
  });

  it('a line of page toolbar labels is read in linear time', () => {
    expectLinearTime('toolbar labels', repeatTo('分享 '), (line) => isPageChrome(`${line}x`));
  });

  it('a notice with no 主送 line is published by its signature', async () => {
    const d = await parseText(
      'X政办函[2013]89号\nX市人民政府办公室关于成立X市信用建设工作领导小组的通知\n组    长:张某某\n副组长:李 某\n领导小组下设办公室,办公室设在市发改局。\nX市人民政府办公室\n2013年10月10日\n',
    );
    expect(d.metadata).toMatchObject({ publisher: 'X市人民政府办公室', signedDate: '2013-10-10' });
  });

  it('header lines written as a list, and a reply (答复) as its kind', async () => {
    const d = await parseText(
      '关于调整X区区级副林长的通知\n- 发布日期:2024-10-10\n- 浏览次数:252\n各街镇:\n现将有关事项通知如下。\nX区林长制办公室\n2024年10月10日\n',
    );
    expect(d.metadata.publishDate).toBe('2024-10-10');
    expect(d.notice?.recipients).toEqual(['各街镇']);
    const reply = await parseText(
      '某省人民政府办公厅对省政协十二届二次会议第100号提案的答复\n某政办函〔2020〕8号\n张某委员:\n您提出的提案收悉。经研究,答复如下。\n某省人民政府办公厅\n2020年6月1日\n',
    );
    expect(reply.metadata).toMatchObject({ genre: '答复', title: expect.stringContaining('提案的答复') });
  });

  it('header rows of bracketed labels, fields glued together, an unknown key in a list header', async () => {
    const rows = await parseText(
      '[ 索引号 ] | 0001/2025-00009 | [ 发文字号 ] | X发改发〔2025〕4号 |\n[ 成文日期 ] | 2025-02-17 | [ 发布日期 ] | 2025-02-21 |\n' +
        'X县发展和改革委员会关于印发《X县2025年计划草案报告》的通知\n各乡镇人民政府:\n现将《X县2025年计划草案报告》印发给你们。\nX县发展和改革委员会\n2025年2月17日\n' +
        'X县2025年计划\n草案报告\n一、总体要求\n坚持稳中求进。\n',
    );
    expect(rows.metadata).toMatchObject({
      indexNumber: '0001/2025-00009',
      publishDate: '2025-02-21',
      signedDate: '2025-02-17',
      genre: '报告',
    });
    // the transmitted title runs over two lines, as the notice names it: none of it is preamble
    expect(rows.preamble).toBeNull();

    const glued = await parseText(
      'X市人民政府办公室关于印发X方案的通知\n发布日期:2023-03-21访问次数: 信息来源:X市人民政府办公室\n各镇人民政府:\n现将《X方案》印发给你们。\nX市人民政府办公室\n2023年3月13日\n',
    );
    expect(glued.metadata.publishDate).toBe('2023-03-21');
    expect(glued.metadata.fields.map((f) => [f.key, f.value])).toEqual([
      ['发布日期', '2023-03-21'],
      ['访问次数', ''],
      ['信息来源', 'X市人民政府办公室'],
    ]);

    const listed = await parseText(
      '- 索引号:0016/2021\n- 发文字号:X行发〔2021〕42号\n- 公文种类:其他\nX行政公署关于印发《X工作规则》的通知\n各县人民政府:\n《X工作规则》已经研究通过,现印发给你们。\nX行政公署\n2021年11月9日\nX工作规则\n第一章 总则\n一、为规范权力运行,制定本规则。\n',
    );
    expect(listed.notice).toMatchObject({ recipients: ['各县人民政府'], signature: 'X行政公署' });
  });

  it('a page without the title line: what the notice hands on is read from its sentence', async () => {
    const d = await parseText(
      'X园区管委会,各乡镇人民政府,市级各部门:\n根据《甲条例》,《X市人民政府常务会议议事规则》已经市人民政府第93次常务会议通过,现予印发。\nX市人民政府\n2024年11月20日\nX市人民政府常务会议议事规则\n第一章 总 则\n第一条 为规范议事,制定本规则。\n',
    );
    expect(d.notice?.transmits).toBe('X市人民政府常务会议议事规则');
    const cited = await parseText(
      '各市(州)人民政府,省政府各部门:\n现将《国务院关于开展全面督查的通知》(国发明电〔2014〕1号)转发你们,请认真贯彻执行。\nX省人民政府办公厅\n2014年5月1日\n',
    );
    expect(cited.notice?.transmits).toBe('国务院关于开展全面督查的通知');
  });

  it('a recipients line that lost its colon, after a title over three lines', async () => {
    const d = await parseText(
      'X市X区人民政府办公室\n关于印发X区城市精细化管理\n实施细则的通知\n各街道办事处,区级各部门,X新区管委会\n《X区城市精细化管理实施细则》已经区政府常务会审议通过,现印发你们,请认真遵照执行。\nX市X区人民政府办公室\n2020年10月28日\nX区城市精细化管理实施细则\n第一章总则\n第一条 为提升管理水平,制定本实施细则。\n',
    );
    expect(d.notice).toMatchObject({
      title: 'X市X区人民政府办公室关于印发X区城市精细化管理实施细则的通知',
      recipients: ['各街道办事处', '区级各部门', 'X新区管委会'],
      signature: 'X市X区人民政府办公室',
      signedDate: '2020-10-28',
    });
  });

  it('a 令 opening a regulation is its cover: 令号 as 文号, issued by the organ, signed by its head', async () => {
    const d = await parseText(
      '甲自治区村镇规划管理实施办法\n甲自治区人民政府令\n第82号\n《甲自治区村镇规划管理实施办法》已经自治区人民政府常务会议通过,现予发布施行。\n自治区主席 张某某\n1997年7月23日\n第一章 总 则\n第一条 为加强管理,制定本办法。\n',
    );
    expect(d.metadata).toMatchObject({
      title: '甲自治区村镇规划管理实施办法',
      docNumber: expect.objectContaining({ normalized: '甲自治区人民政府令第82号' }),
      publisher: '甲自治区人民政府',
      signedDate: '1997-07-23',
    });
    expect(d.notice).toMatchObject({
      recipients: [],
      transmits: '甲自治区村镇规划管理实施办法',
      signature: '自治区主席 张某某',
    });
    expect(d.outline.map((s) => s.title)).toEqual(['总则']);
  });

  it("a news dateline before the title is no part of it; a header's contracted issuer gives way to the signature", async () => {
    const d = await parseText(
      '甲市:关于印发《甲市实施细则》的通知\n- 发文机构:地区行署\n各区政府:\n现将《甲市实施细则》印发给你们。\n甲地区行政公署\n2023年7月20日\n',
    );
    expect(d.metadata.title).toBe('关于印发《甲市实施细则》的通知');
    expect(d.metadata.publisher).toBe('甲地区行政公署');
  });

  it('a 令 read from its own lines: number under page chrome, text hard-wrapped, a date that lost its 〇s', async () => {
    const d = await parseText(
      '东河市人民政府令\nOriginal URL: http://www.example.cn/law?rec=1\n第7号\n《东河市应急办法》已经二三年九月二十九日第七次市政\n府常务会议研究通过,现予发布施行。\n市长王某\n二三年十月十五日\n东河市应急办法\n第一章总则\n第一条为了有效预防,制定本办法。\n',
    );
    expect(d.notice).toMatchObject({
      title: '东河市人民政府令第7号',
      signature: '市长王某',
      signedDate: null,
      signedDateRaw: '二三年十月十五日',
    });
    expect(d.metadata).toMatchObject({ title: '东河市应急办法', signedDate: null });
    // (the mirror's address line is a web leftover)
    expect(d.removals.map((r) => r.text)).toEqual(['Original URL: http://www.example.cn/law?rec=1']);
    expect(d.messages).toContainEqual(
      expect.objectContaining({
        ruleId: 'date/incomplete',
        message: expect.stringContaining('2003-10-15 or 2030-10-15'),
      }),
    );
  });

  it('a 命令 titled with 关于 is no 令 heading', async () => {
    const d = await parseText(
      '甲省人民政府关于授予张某某同志荣誉称号的命令\n张某某同志在抢险救灾中英勇献身,现予公布表彰。\n甲省人民政府\n2020年5月1日\n',
    );
    expect(d.notice).toBeNull();
    expect(d.metadata.title).toBe('甲省人民政府关于授予张某某同志荣誉称号的命令');
  });

  it('a 政府令 under its issuer, a nameless signer, a signer written "市 长:name"', async () => {
    const bare = await parseText(
      '甲省人工影响天气管理规定\n甲省人民政府\n政府令〔2010〕第15号\n《甲省人工影响天气管理规定》已经省政府第76次常务会议通过,现予公布,自2011年2月1日起施行。\n省长\n二○一○年十二月二十五日\n第一章总则\n第一条为加强管理,制定本规定。\n',
    );
    expect(bare.metadata).toMatchObject({
      title: '甲省人工影响天气管理规定',
      publisher: '甲省人民政府',
      signedDate: '2010-12-25',
      docNumber: expect.objectContaining({ normalized: '政府令〔2010〕15号' }),
    });
    expect(bare.notice).toMatchObject({ signature: '省长', transmits: '甲省人工影响天气管理规定' });
    const colon = await parseText(
      '甲市湖泊保护管理暂行办法\n甲市人民政府令\n第40号\n《湖泊保护管理暂行办法》已经市人民政府常务会审议通过,现予发布,自2013年5月1日起施行。\n市 长:张某某\n2013年3月7日\n第一章 总 则\n第一条 为加强保护,制定本办法。\n',
    );
    // the title line above the 令 gives the name it cites in full
    expect(colon.metadata.title).toBe('甲市湖泊保护管理暂行办法');
    expect(colon.notice).toMatchObject({
      signature: '市 长:张某某',
      body: expect.not.stringContaining('张某某'),
    });
  });

  it("a 令's number without a year: on the line under it, indented, or past a line of the page", async () => {
    const body =
      '《甲市公文处理办法》已经市政府常务会议通过,现予公布,自公布之日起施行。\n市长: 张某某\n2008年10月13日\n第一章 总则\n第一条 为规范公文处理,制定本办法。\n';
    for (const head of [
      '甲市人民政府令\n                     第48号\n',
      '甲市人民政府令\n\nOriginal URL: http://example.cn/a?rec=1\n\n第48号\n',
      '甲市人民政府令第48号\n',
    ]) {
      const d = await parseText(head + body);
      expect(d.metadata.docNumber).toMatchObject({
        normalized: '甲市人民政府令第48号',
        agency: '甲市人民政府令',
        year: null,
        serial: 48,
      });
      expect(d.notice?.body).not.toContain('URL');
    }
  });

  it("a document's own 文号 under its title, or run on from it, is its number, not a reference", async () => {
    const own = await parseText(
      '甲市鼓励投资的规定\n\n甲政令[1997]29号\n\n第一条 为鼓励投资,根据国务院《关于鼓励投资的规定》(国发〔1990〕1号),制定本规定。\n第二条 本规定适用于本市。\n',
    );
    expect(own.metadata.docNumber?.normalized).toBe('甲政令〔1997〕29号');
    expect(own.preamble).toBeNull();
    // a number cited in a sentence stays a reference
    expect(own.references.map((r) => r.docNumber?.normalized ?? null)).toContain('国发〔1990〕1号');
    const flat = await parseText(
      '甲总会关于印发《甲总会工作办法》的通知甲总发〔2023〕23号来源:甲部各省总会:《甲总会工作办法》已经审议通过,现印发给你们。甲总会2023年12月28日甲总会工作办法第一章总则第一条为规范工作,制定本办法。\n',
    );
    expect(flat.metadata.docNumber?.normalized).toBe('甲总发〔2023〕23号');
    const cited = await parseText(
      '根据国务院关于加强管理的通知国发〔2020〕1号精神,现就有关事项通知如下。\n一、加强领导\n各单位要加强领导。\n',
    );
    expect(cited.metadata.docNumber).toBeNull();
  });

  it('header labels: compound (备注/文号), 公文生成日期, 更新日期 as the last word on when the page was published', async () => {
    const d = await parseText(
      '\n- 索 引 号:XX00100-1100-2016-00100\n- 备注／文号:东政办〔2016〕82号\n- 发布机构:县政府办\n- 公文生成日期:2016-06-23\n各乡(镇)人民政府,县有关部门:\n《甲县应急预案》已经县政府同意,现印发给你们。\n甲县人民政府办公室\n2016年6月23日\n',
    );
    expect(d.metadata.fields.map((f) => f.key)).toEqual(['索引号', '备注/文号', '发布机构', '公文生成日期']);
    expect(d.metadata.docNumber?.normalized).toBe('东政办〔2016〕82号');
    expect(d.unplaced).toEqual([]);
    const updated = await parseText(
      '甲州人大常委会机关公文处理办法\n来源:州人大\n更新日期:2024-01-12\n第一条 为规范公文处理,制定本办法。\n',
    );
    expect(updated.metadata.publishDate).toBe('2024-01-12');
    const both = await parseText(
      '甲办法\n发布日期:2023-05-06\n更新日期:2024-01-12\n第一条 为规范公文处理,制定本办法。\n',
    );
    expect(both.metadata.publishDate).toBe('2023-05-06');
  });

  it('header labels glued to their values at the head of the page, and only there', async () => {
    const head =
      '发文机关国务院办公厅\n发文日期1986年07月07日\n时效性现行有效\n发文字号国办发〔1986〕53号\n施行日期1986年07月07日\n效力级别国务院规范性文件\n';
    const d = await parseText(
      `${head}各省、自治区、直辖市人民政府:\n经国务院领导批准,现将有关问题通知如下:\n一、甲办公室设在水电部。\n`,
    );
    expect(Object.fromEntries(d.metadata.fields.map((f) => [f.key, f.value]))).toEqual({
      发文机关: '国务院办公厅',
      发文日期: '1986年07月07日',
      时效性: '现行有效',
      发文字号: '国办发〔1986〕53号',
      施行日期: '1986年07月07日',
      效力级别: '国务院规范性文件',
    });
    expect(d.metadata).toMatchObject({
      publisher: '国务院办公厅',
      validity: '现行有效',
      signedDate: '1986-07-07',
    });
    expect(d.unplaced).toEqual([]);
    // a short value alone, a value of the wrong shape, a line of the text: not header fields
    const alone = await parseText(
      '时效性评价办法\n发布日期:2020年1月1日\n第一条 为规范工作,制定本办法。\n第二条 发文机关应当在十日内答复。\n发布日期2020年1月1日\n',
    );
    expect(alone.metadata.fields.map((f) => f.key)).toEqual(['发布日期']);
    expect(alone.metadata.title).toBe('时效性评价办法');
  });

  it('joint issuers one to a line, a title in 《》, a breadcrumb above a title', async () => {
    const joint = await parseText(
      '甲发〔2021〕5号\n中共甲新区工作委员会\n甲新区管理委员会\n关于印发《乡村振兴实施方案》的通知\n新区各部门:\n现将《乡村振兴实施方案》印发给你们。\n中共甲新区工作委员会\n甲新区管理委员会\n2021年3月15日\n',
    );
    expect(joint.metadata.title).toBe(
      '中共甲新区工作委员会 甲新区管理委员会关于印发《乡村振兴实施方案》的通知',
    );
    const quoted = await parseText(
      '《甲市人民政府办公厅关于印发〈甲市政务公开工作要点〉的通知》\n甲政办发〔2016〕26号\n各区人民政府:\n《甲市政务公开工作要点》已经市政府同意,现印发给你们。\n甲市人民政府办公厅\n2016年5月28日\n',
    );
    expect(quoted.metadata.title).toBe('甲市人民政府办公厅关于印发《甲市政务公开工作要点》的通知');
    const regulation = await parseText(
      '每周一学(2021年10月25日—31日)\n文章来源: 发布时间:2021年10月25日\n《甲组织工作条例》\n第一章 总则\n第一条 为了加强工作,制定本条例。\n',
    );
    expect(regulation.metadata).toMatchObject({
      title: '甲组织工作条例',
      genre: '条例',
      publishDate: '2021-10-25',
    });
    const labelled = await parseText(
      '信息详情\n关于立即开展核查工作的通知\n各市(州)人民政府:\n现将有关事项通知如下。\n甲省人民政府办公厅\n2014年5月1日\n',
    );
    expect(labelled.metadata.title).toBe('关于立即开展核查工作的通知');
    const verbFirst = await parseText(
      '甲市人民政府 甲市中级人民法院印发\n关于完善联动机制的意见的通知\n各县(区)人民政府、法院:\n现将《关于完善联动机制的意见》印发给你们。\n甲市人民政府 甲市中级人民法院\n2025年4月30日\n',
    );
    expect(verbFirst.metadata.title).toBe('甲市人民政府 甲市中级人民法院印发关于完善联动机制的意见的通知');
    const crumb = await parseText(
      '您的位置: 首页 » 法律资料网 » 法律法规 »\n甲市政府采购实施办法(试行)\n第一章 总 则\n第一条 为了加强政府采购的管理,制定本办法。\n',
    );
    expect(crumb.metadata.title).toBe('甲市政府采购实施办法(试行)');
  });

  it('a header label that ends with a known one, a value column followed by an empty key, a title only in the header', async () => {
    const d = await parseText(
      '索 引 号: 0093/2017-00733 信息分类名称: 行政事务/其他公文\n名  称: 甲区人民政府关于印发甲区人民政府工作规则的通知\n各镇人民政府:\n现将《甲区人民政府工作规则》印发给你们。\n',
    );
    expect(d.metadata.indexNumber).toBe('0093/2017-00733');
    expect(d.metadata.title).toBe('甲区人民政府关于印发甲区人民政府工作规则的通知');
    const piped = await parseText(
      '文 号: | 甲府办发〔2022〕10号 | 是否有效: | |\n名 称: | 市人民政府办公室关于印发甲市行动方案的通知 |\n各区人民政府:\n现将《甲市行动方案》印发给你们。\n',
    );
    expect(piped.metadata.fields.find((f) => f.key === '文号')?.value).toBe('甲府办发〔2022〕10号');
    expect(piped.metadata.publisher).toBe('市人民政府办公室');
  });

  it('a date with its clock time under the title is when the page was published', async () => {
    const d = await parseText(
      '关于召开工作会议的通知\n2010年3月4日 09:12\n各镇、街道:\n定于3月5日召开会议。\nX区创建办\n2010年3月3日\n',
    );
    expect(d.metadata).toMatchObject({ publishDate: '2010-03-04', signedDate: '2010-03-03' });
  });

  it("a page's trailer labels with their values on the next line do not hide the signature", async () => {
    const d = await parseText(
      '关于召开工作会议的通知\n各镇、街道:\n定于3月5日召开会议,具体通知如下:\n一、会议时间:\n3月5日下午。\n二、会议内容:\n部署迎检工作。\n请准时出席。\nX区创建工作领导小组办公室\n2010年3月3日\n来源:\nX区创建办\n编辑:\n张某\n',
    );
    expect(d.notice).toMatchObject({ signature: 'X区创建工作领导小组办公室', signedDate: '2010-03-03' });
    // a meeting notice's arrangements are no measures
    expect(d.measures).toEqual([]);
  });

  it('nor are its time and place named together', async () => {
    const d = await parseText(
      '东河市人民政府办公室关于召开全市安全生产工作会议的通知\n各县(市、区)人民政府,市政府各部门:\n经市政府同意,定于近期召开全市安全生产工作会议。现将有关事项通知如下:\n一、会议时间和地点\n3月5日上午9:00,市政府第一会议室。\n二、参会人员\n各县(市、区)政府分管负责同志。\n东河市人民政府办公室\n2024年3月1日\n',
    );
    expect(d.outline.map((s) => s.title)).toEqual(['会议时间和地点', '参会人员']);
    expect(d.measures).toEqual([]);
  });
});

describe('normalize and segment read long adversarial lines in linear time', () => {
  it.each([
    ['a border of pipes that is not one', (n: number) => `东河市关于印发X办法的通知\n${'|'.repeat(n)}x|\n`],
    ['spaces before an inner pipe', (n: number) => `${'甲'.repeat(10)}${' '.repeat(n)}|x|\n`],
    ['a pipe, spaces, a cell', (n: number) => `|${' '.repeat(n)}x|\n`],
    ['dashes and spaces of a rule row', (n: number) => `|${'--- '.repeat(n / 4)}x|\n`],
    ['markers after spaces', repeatTo('甲乙丙丁戊 (一)己庚 第十条 ')],
    ['items after a stop and an indent', repeatTo('甲乙。 (一)丙丁; (二)戊。 1.己 ')],
    ['first items run into words', repeatTo('第十条 甲乙(一)丙;(二)丁。')],
    ['titles run into clauses and first items', repeatTo('。(一)时间安排范围要求按照甲,乙。(二)甲,乙1.丙')],
    ['a title cited in 《》 left open, with spaces', repeatTo('《甲 X 乙 1 ')],
    ['items that lost their numeral', repeatTo('()甲乙\n()丙丁。戊\n')],
    ['dates and titles', repeatTo('东河市人民政府2022年6月7日东河市发展规划')],
    ['titles after spaces, before 各', repeatTo(' 甲关于乙的通知各丙 ')],
    ['pinyin readings with spaces', repeatTo('樂( lè 平(lè ')],
    ['repeated pinyin readings', repeatTo('大(dà)(dà)( dà 治(zhi)(zhi)(zhi ')],
  ])('%s', (label, make) => {
    expectLinearTime(label, make, (text) => segment(normalize(plainSource(text))));
  });
});

describe('headings that lost their marker (diff review round 15)', () => {
  const outlineOf = async (text: string) => outlineLines((await parseText(text)).outline);

  it('a short line reading as a title (…行动计划) is 二、 where 一、 stands before it and 三、 after it', async () => {
    const out = await outlineOf(
      '关于推进人才工程的实施意见\n一、总体目标\n1.目标。到2026年,引进人才2000名。\n实施人才行动计划\n(一)产业人才行动计划。围绕主导产业,实施如下项目:\n2.紧缺人才开发项目。引进1万名紧缺人才。\n三、强化组织实施\n3.加强组织领导。领导小组负责统筹协调。\n',
    );
    expect(out).toEqual([
      '1 一、 总体目标',
      '2 1. 目标',
      '1 二、 实施人才行动计划 (recovered)',
      '2 (一) 产业人才行动计划',
      '3 2. 紧缺人才开发项目',
      '1 三、 强化组织实施',
      '2 3. 加强组织领导',
    ]);
    // a plan's own title before its first heading has no sibling before it: no heading
    const titled = await outlineOf(
      '甲市人才发展行动计划\n(一)产业人才行动计划。实施如下项目:\n1.紧缺人才项目。引进紧缺人才。\n',
    );
    expect(titled[0]).toBe('1 (一) 产业人才行动计划');
  });

  it('a short line before items numbered on across sections is 四、 where 三、 and 五、 leave its place open', async () => {
    const out = await outlineOf(
      '关于推进人才工程的实施意见\n一、总体目标\n1.目标。引进人才2000名。\n二、重点项目\n2.紧缺人才项目。引进紧缺人才。\n三、支撑体系\n3.交流培养体系。建设交流平台。\n创新人才工作体制机制\n4.健全领导体制。建立工作格局。\n五、强化组织实施\n5.加强组织领导。统筹协调。\n',
    );
    expect(out.filter((line) => line.startsWith('1 '))).toEqual([
      '1 一、 总体目标',
      '1 二、 重点项目',
      '1 三、 支撑体系',
      '1 四、 创新人才工作体制机制 (recovered)',
      '1 五、 强化组织实施',
    ]);
  });
});

describe('items whose numeral the page lost, "()指导思想"', () => {
  it('are numbered on from the item before them, flagged recovered; a () in a sentence stays text', async () => {
    const d = await parseText(
      'X县乡村振兴实施方案\n为推进乡村振兴,制定本方案。\n一、总体要求\n()指导思想\n坚持以人民为中心,统筹推进各项工作。\n()目标任务\n到2025年,建成示范村10个。\n二、重点任务\n(一)发展特色产业\n培育龙头企业。\n()加强人才培养\n引进人才50名。\n()内填写村名,报县农业农村局。\n()县人民政府:\n',
    );
    expect(outlineLines(d.outline)).toEqual([
      '1 一、 总体要求',
      '2 (一) 指导思想 (recovered)',
      '2 (二) 目标任务 (recovered)',
      '1 二、 重点任务',
      '2 (一) 发展特色产业',
      '2 (二) 加强人才培养 (recovered)',
    ]);
    expect(d.outline[1]!.children[1]!.text).toContain('()内填写村名');
    expect(d.outline[1]!.children[1]!.text).toContain('()县人民政府:');
    expect(d.messages.filter((m) => m.ruleId === 'outline/recovered-marker')).toHaveLength(3);
    expect(d.messages.filter((m) => m.ruleId === 'outline/numbering-gap')).toEqual([]);
  });

  it("a form's tick boxes, one under another with no text between, are no items", async () => {
    const d = await parseText('X登记表\n一、申请事项\n()同意\n()不同意\n()个体工商户\n二、其他事项\n');
    expect(outlineLines(d.outline)).toEqual(['1 一、 申请事项', '1 二、 其他事项']);
    expect(d.outline[0]!.text).toBe('()同意\n()不同意\n()个体工商户');
  });
});

describe("lines whose indent was lost as '??' (unseen round 16, class 6)", () => {
  const indented =
    '区政府各委、办、局,各街道办事处:\n??区发展改革委《东河区养老服务发展实施方案》已经区政府同意,现转发给你们,请认真执行。\n??西山市东河区人民政府办公室\n??2023年4月23日\n??\n东河区养老服务发展实施方案\n??为推进养老服务发展,结合我区实际,制定本方案。\n??一、实施背景\n??(一)发展基础\n??目前全区共有养老机构30家。\n??二、主要目标\n??到2025年,全区养老机构床位达到3000张以上。\n';

  it('is read as the page without them, with one warning; a question or mojibake that opens a line stays', async () => {
    const d = await parseText(indented);
    const clean = await parseText(indented.replace(/^\?\?/gm, ''));
    expect(d.notice).toMatchObject({ signature: '西山市东河区人民政府办公室', signedDate: '2023-04-23' });
    expect(outlineLines(d.outline)).toEqual(outlineLines(clean.outline));
    expect(d.outline.map((s) => s.marker)).toEqual(['一、', '二、']);
    expect(d.removals.map((r) => [r.kind, r.text])).toEqual(Array(10).fill(['lost-indent', '??']));
    expect(d.messages.filter((m) => m.ruleId === 'ingest/lost-indent')).toHaveLength(1);
    const tree = await analyze(new TextEncoder().encode(indented), { path: 'x.txt', encoding: 'utf-8' });
    expectNothingLost(tree);
    // a question alone on its line, and mojibake opening lines with '?。', stay text
    const asked = await parseText(
      '东河县人民政府关于做好防汛工作的通知\n各乡镇人民政府:\n?为什么要做好防汛工作。\n一、加强领导。各乡镇要落实责任。\n',
    );
    expect(asked.removals).toEqual([]);
    const garbled = await parseText(
      '东河县工作要点\n?。ㄒ唬┘涌旖ㄔO。\n?。ǘ┩七M改革。\n?。ㄈ┘訌姽芾怼\n?。ㄋ模┩晟浦贫取\n',
    );
    expect(garbled.removals).toEqual([]);
    // one '?' before a word is a character the encoding lost (?县), however many lines open so
    const lostCharacter = await parseText(
      '?县人民政府办公室关于印发?县农业发展实施方案的通知\n?县各乡镇人民政府,县直各单位:\n现将《?县农业发展实施方案》印发给你们。\n?县人民政府办公室\n2023年4月23日\n',
    );
    expect(lostCharacter.removals).toEqual([]);
    expect(lostCharacter.notice?.signature).toBe('?县人民政府办公室');
  });
});

describe("blanks lost as '?' inside labels, over a signature and on lines of their own (unseen round 17, class 3)", () => {
  const damaged =
    '名   ?称?:东河区人民政府关于印发东河区节水行动方案的通知\n索???引??号?:000012345/2022-00031 发?布?机?构?:东河区人民政府\n发?文?字?号?:东河政发〔2022〕7号主   ?题?:城乡建设\n有???效??性?:有效\n东河区人民政府关于印发东河区节水行动方案的通知\n各镇人民政府、街道办事处:\n现将《东河区节水行动方案》印发给你们,请遵照执行。\n?\n??????????????????东河区人民政府\n2022年6月9日\n东河区节水行动方案\n?\n一、总体要求\n(一)工作机制\n由区财政局?局长牵头,?县配合。\n';
  const fieldsOf = (d: Awaited<ReturnType<typeof parseText>>) =>
    d.metadata.fields.map((f) => `${f.key}=${f.value}`);

  it('are read as blanks, with the one lost-indent warning, when the page shows the damage on several lines', async () => {
    const d = await parseText(damaged);
    expect(fieldsOf(d)).toEqual([
      '名称=东河区人民政府关于印发东河区节水行动方案的通知',
      '索引号=000012345/2022-00031',
      '发布机构=东河区人民政府',
      '发文字号=东河政发〔2022〕7号',
      '主题=城乡建设',
      '有效性=有效',
    ]);
    expect(d.metadata).toMatchObject({ publisher: '东河区人民政府', topic: '城乡建设', validity: '有效' });
    expect(d.metadata.docNumber?.raw).toBe('东河政发〔2022〕7号');
    expect(d.notice).toMatchObject({
      issuer: '东河区人民政府',
      signature: '东河区人民政府',
      signedDate: '2022-06-09',
    });
    expect(d.notice?.body).toBe('现将《东河区节水行动方案》印发给你们,请遵照执行。');
    expect(d.unplaced).toEqual([]);
    expect(d.removals.every((r) => r.kind === 'lost-indent' && /^\?+$/.test(r.text))).toBe(true);
    expect(d.messages.filter((m) => m.ruleId === 'ingest/lost-indent')).toHaveLength(1);
    // a '?' inside a word is a lost character, not a blank: it stays
    expect(d.outline[0]!.children[0]!.text).toBe('由区财政局?局长牵头,?县配合。');
    const tree = await analyze(new TextEncoder().encode(damaged), { path: 'x.txt', encoding: 'utf-8' });
    expectNothingLost(tree);
    // on a page that shows them only once or twice, they are left as text
    const once = await parseText(
      '发?文?字?号?:东河政发〔2022〕7号\n东河区人民政府关于印发东河区节水行动方案的通知\n各镇人民政府:\n现将方案印发给你们。\n?\n东河区人民政府\n2022年6月9日\n',
    );
    expect(once.removals).toEqual([]);
    expect(once.messages.filter((m) => m.ruleId === 'ingest/lost-indent')).toEqual([]);
  });

  it('end a value glued to the next label of its row (文号主  题:) only where the value is whole', async () => {
    const fieldsIn = (line: string) =>
      segment(normalize(plainSource(line)))[0]!.fields!.map((f) => [f.label, f.value]);
    expect(fieldsIn('发文字号:东河政发〔2022〕7号主  题:城乡建设\n')).toEqual([
      ['发文字号', '东河政发〔2022〕7号'],
      ['主题', '城乡建设'],
    ]);
    // a value cut short (a date without its day) may go on in the words after it: they stay its own
    expect(fieldsIn('成文日期:2022年6月主题:城乡建设\n')).toEqual([['成文日期', '2022年6月主题:城乡建设']]);
  });
});

describe('review of round 17: question marks of a Q&A page', () => {
  it('keeps the ? of questions answered on their line (为什么…?答:) as text', async () => {
    const doc = await parseText(
      '关于《南岭区老旧小区改造办法》的政策解读\n一、为什么要出台本办法?答:为规范改造工作。\n二、哪些小区纳入改造范围?答:2000年底前建成的小区。\n三、居民需要出资吗?答:居民适当出资。\n',
    );
    expect(doc.messages.map((m) => m.ruleId)).not.toContain('ingest/lost-indent');
    expect(doc.outline.map((s) => s.title + s.text).join('')).toContain('答:');
  });
});

describe('what a page’s pictures and rows leave in its text (round 18)', () => {
  it('drops a picture’s file name on a line of its own, and reads 发文文号 as the 文号', async () => {
    const doc = await parseText(
      '发文文号: 南政办发〔2023〕5号 发布机关: 市政府办公室\n南岭市2023年养老服务实事\n(一)新增养老床位200张\n全年新增养老床位200张。\n2.png\n(二)新增社区食堂10个\n全年建成社区食堂10个。\nIMG_0031.JPG\n',
    );
    expect(doc.metadata.docNumber?.normalized).toBe('南政办发〔2023〕5号');
    expect(doc.outline.map((s) => s.title)).toEqual(['新增养老床位200张', '新增社区食堂10个']);
    expect(JSON.stringify(doc.outline)).not.toMatch(/png|JPG/);
  });
});

describe('H2 (round 19): a handed-on plan titled with the count of its items', () => {
  it('"…分工方案(共计46项)" under the notice’s signature starts the plan: the notice keeps its signature', async () => {
    const r = await outline(
      '关于印发《2023年南岭区政府工作报告重点工作分工方案》的通知\n各镇人民政府,区政府各委、办、局:\n《2023年南岭区政府工作报告重点工作分工方案》已经区政府常务会审议通过,现印发给你们,并就有关事项通知如下:\n一、提高站位。各部门要将重点工作作为政治任务。\n二、狠抓落实。各部门要将46项重点工作进行分解。\n南岭区人民政府办公室\n2023年2月8日\n2023年南岭区政府工作报告重点工作分工方案(共计46项)\n一、主要预期目标\n1.地区生产总值增长5%以上。\n牵头领导:常务副区长\n主要责任单位:区发展改革委\n',
    );
    expect(r.doc.notice?.issuer).toBe('南岭区人民政府办公室');
    expect(r.doc.notice?.signedDate).toBe('2023-02-08');
    expect(r.out).toEqual(['1 一、 主要预期目标', '2 1. 地区生产总值增长5%以上']);
  });
});

describe('M4 (round 19): a plan’s title printed again under its table of contents', () => {
  it('the table of contents and the copy of the title are the preamble, not a section of their own', async () => {
    const r = await outline(
      '南岭区人民政府办公室关于印发南岭区森林火灾应急预案的通知\n各街道办事处,区政府各部门:\n《南岭区森林火灾应急预案》已经区政府同意,现印发给你们,请遵照执行。\n南岭区人民政府办公室\n2020年4月2日\n南岭区森林火灾应急预案\n目 录\n1 总 则\n1.1 编制目的\n2 组织体系\n2.1 指挥机构\n南岭区森林火灾应急预案\n1 总 则\n1.1 编制目的\n规范森林火灾的应急处置。\n2 组织体系\n2.1 指挥机构\n区政府设立森林防火指挥部。\n',
    );
    expect(r.out).toEqual(['1 1 总则', '2 1.1 编制目的', '1 2 组织体系', '2 2.1 指挥机构']);
    expect(r.doc.preamble?.text).toMatch(/^目 录\n1 总 则/);
    expect(r.doc.measures.map((m) => m.title)).not.toContain('南岭区森林火灾应急预案');
  });
});

describe('H4 (round 19): a decimal outline cut after its first subunit', () => {
  it('"1 总则" / text / "1.1 适用范围" is unit 1 with 1.1 under it', async () => {
    const r = await outline(
      '南岭县突发事件总体应急预案\n1  总则\n为提高应对突发事件的能力,制定本预案。\n1.1  适用范围\n本预案是南岭县应急预案体系的总纲。\n',
    );
    expect(r.out).toEqual(['1 1 总则', '2 1.1 适用范围']);
    expect(r.doc.preamble).toBeNull();
    // a count over a paragraph is no unit line, whatever 1.1 follows; nor is a long line
    const count = await outline(
      '南岭县工作方案\n1 名专职联络员\n负责日常事务。\n1.1 编制目的\n为健全体系。\n',
    );
    expect(count.out).toEqual([]);
    const long = await outline(
      '南岭县工作方案\n1 加强统筹协调推动各项工作落到实处\n负责日常事务。\n1.1 编制目的\n为健全体系。\n',
    );
    expect(long.out).toEqual([]);
  });
});

describe('M5 (round 19): an article titled on its own line', () => {
  it('"第一条 目的" over its text: 目的 is the article’s title; a sentence after 第X条 is still text', async () => {
    const r = await parseText(
      '南岭公路养护管理办法\n第一条 目的\n为了统一养护标准,特制订本办法。\n第二条 适用范围\n本办法适用于全省干线公路。\n第三条 本办法自发布之日起施行。\n',
    );
    expect(r.outline.map((s) => [s.title, s.text])).toEqual([
      ['目的', '为了统一养护标准,特制订本办法。'],
      ['适用范围', '本办法适用于全省干线公路。'],
      ['', '本办法自发布之日起施行。'],
    ]);
    // (an article is a unit of the rules, titled or not: no measure)
    expect(r.measures).toEqual([]);
  });

  it('one article whose sentence the page broke after a few words keeps them as its text', async () => {
    const r = await parseText(
      '南岭县农村集体资产管理办法\n第一条 为了加强农村集体资产管理,制定本办法。\n第二条 本办法适用于全县农村集体经济组织。\n第三条 县农业农村局\n负责全县农村集体资产管理的指导和监督工作。\n',
    );
    expect(r.outline.map((s) => s.title)).toEqual(['', '', '']);
  });
});

describe('the readers of round 19 in linear time', () => {
  it('a long run of > that ends in no breadcrumb', () => {
    expectLinearTime(
      'a run of >',
      (n) => `${'a>'.repeat(n / 2)}a`,
      (line) => isPageChrome(line),
    );
  });

  it.each([
    ['unit lines over one decimal heading', (n: number) => `${'1 总则\n'.repeat(n / 5)}1.1 编制目的\n`],
    ['blanks and ? after a date, then a word', (n: number) => `二〇二〇年三月一日${' ?'.repeat(n / 2)}甲\n`],
    ['dates each followed by a blank and ?', repeatTo('二〇二〇年三月一日 ?')],
  ])('%s', (label, make) => {
    expectLinearTime(label, make, (text) => segment(normalize(plainSource(text))));
  });
});
