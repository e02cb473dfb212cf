import { describe, expect, it } from 'vitest';
import { parseText } from '../src/index.js';
import { outline } from './support/outline.js';

describe('a decision that amends regulations cites their articles', () => {
  it('"第九条修改为", "第十三条后增加一条", "第十条第四项修改为" are text of the item, not articles', async () => {
    const r = await outline(
      'X省人民代表大会常务委员会关于修改部分地方性法规的决定\n' +
        'X省第五届人民代表大会常务委员会第九次会议决定,修改下列地方性法规:\n' +
        '一、对下列法规进行修改\n' +
        '1.在《X省林木管理条例》第七条中增加一项作为第六项,即:“负责林木保护工作;”\n' +
        '第九条修改为:“各级人民政府应当加强林木保护。”\n' +
        '第十三条增加一款作为该条第二款,即:“林区应当设置防火设施。”\n' +
        '第十三条后增加一条作为第十四条,即:“鼓励植树造林。”\n' +
        '2.将《X省水文条例》第七条修改为:“水文站网由省水行政主管部门规划;”\n' +
        '第十条第四项修改为:“观测场地与建筑的距离大于50米;”\n',
    );
    expect(r.out).toEqual([
      '1 一、 对下列法规进行修改',
      '2 1. 在《X省林木管理条例》第七条中增加一项作为第六项,即:“负责林木保护工作',
      '2 2. 将《X省水文条例》第七条修改为',
    ]);
    expect(r.messages).toEqual([]);
    expect(r.doc.outline[0]!.children[0]!.text).toContain('第十三条后增加一条作为第十四条');
    // an article that opens with a verb of its own (增加投入) is still an article
    const own = await outline(
      'X县促进产业发展若干措施\n第一条 增加财政投入,每年安排专项资金。\n第二条 修改完善招商政策。\n',
    );
    expect(own.out).toEqual(['1 第一条 ', '1 第二条 ']);
  });
});

describe('a table of contents without a 目录 line', () => {
  it('two 一、 entries with their (一) items, then the text repeating them, is a table', async () => {
    const r = await outline(
      '东河县防汛应急预案\n一、总则\n(一)编制目的\n(二)编制依据\n二、组织体系\n一、总则\n(一)编制目的\n为做好防汛工作,制定本预案。\n(二)编制依据\n依据有关法律法规。\n二、组织体系\n成立防汛指挥部。\n',
    );
    expect(r.out).toEqual(['1 一、 总则', '2 (一) 编制目的', '2 (二) 编制依据', '1 二、 组织体系']);
    expect(r.messages).toEqual([]);
    expect(r.doc.preamble?.text).toBe('一、总则\n(一)编制目的\n(二)编制依据\n二、组织体系');
  });

  it('decimal entries under their unit line "1 总则": the unit line is listed too', async () => {
    const r = await outline(
      '东河县抗旱应急预案\n1 总则\n1.1 编制目的\n1.2 编制依据\n1.3 适用范围\n2 组织体系\n1 总则\n1.1 编制目的\n为做好抗旱工作,制定本预案。\n1.2 编制依据\n依据有关法律法规。\n',
    );
    expect(r.out).toEqual(['1 1 总则', '2 1.1 编制目的', '2 1.2 编制依据']);
    expect(r.messages).toEqual([]);
  });

  it('a 一、 that repeats the first 一、 after 二、 is not nested under 二、: the numbering check warns', async () => {
    const r = await outline(
      '东河县防汛应急预案\n一、总则\n(一)编制目的\n二、组织体系\n一、总则\n为做好防汛工作,制定本预案。\n(一)目的和意义\n内容。\n',
    );
    expect(r.out).toEqual([
      '1 一、 总则',
      '2 (一) 编制目的',
      '1 二、 组织体系',
      '1 一、 总则',
      '2 (一) 目的和意义',
    ]);
    expect(r.messages).toContain('outline/numbering-order');
  });

  it('after a 目录 line, entries that run to the end of a cut-off page are a table', async () => {
    const r = await outline(
      '东河县生态建设规划\n目 录\n一、发展基础\n(一)区域特征\n(二)存在问题\n二、规划总则\n(一)指导思想\n',
    );
    expect(r.out).toEqual([]);
    expect(r.doc.measures).toEqual([]);
  });
});

describe('the title of the document a cover notice hands on', () => {
  const cover = (transmitted: string) =>
    `东河县人民政府办公室关于印发${transmitted}的通知\n各乡镇人民政府,县直各单位:\n《${transmitted}》已经县政府同意,现印发给你们,请认真贯彻执行。\n东河县人民政府办公室\n2024年12月21日\n`;

  it('after a header row the page put under the cover', async () => {
    const d = await parseText(
      cover('2020年东河县优化营商环境实施方案') +
        '公开方式:主动公开\n2020年东河县优化营商环境实施方案\n为优化营商环境,特制定本方案。\n一、总体要求\n坚持问题导向。\n',
    );
    expect(d.preamble?.text).toBe('为优化营商环境,特制定本方案。');
    expect(d.metadata.fields.map((f) => f.key)).toContain('公开方式');
  });

  it('over two lines, its period written without the dash scraping lost', async () => {
    const d = await parseText(
      cover('东河县打造生态文明高地三年实施方案(2024—2026年)') +
        '东河县打造生态文明高地\n三年实施方案(20242026年)\n为推进生态文明建设,制定本实施方案。\n一、总体要求\n坚持绿色发展。\n',
    );
    expect(d.preamble?.text).toBe('为推进生态文明建设,制定本实施方案。');
    expect(d.references).toEqual([]);
  });

  it("a plan's cover (X规划文本, its period, the issuer and month) is no preamble", async () => {
    const d = await parseText(
      cover('东河县生态文明建设示范区建设规划(2023-2035年)') +
        '东河县生态文明建设示范区\n建设规划文本\n(2023-2035年)\n东河县人民政府\n二〇二三年八月\n前言\n为推进示范区建设,编制本规划。\n一、发展基础\n区位优越。\n',
    );
    expect(d.preamble?.text).not.toMatch(/规划文本|二〇二三年八月|东河县人民政府\n/);
    expect(d.outline.map((s) => s.title)).toEqual(['发展基础']);
  });
});

describe('header rows of a page without a cover notice', () => {
  it('pipe-table rows read as fields are not copied into the preamble', async () => {
    const d = await parseText(
      '索引号 | 000012345/2023-0001 | 成文日期 | 2023-07-18 |\n文号 | 发布时间 | 2023-07-13 | |\n发布机构 | 是否有效 | ||\n名称 | 东河州护绿三年行动工作方案(2023—2025年) |\n为推进国土绿化,制定本工作方案。\n一、工作目标\n到2025年,森林覆盖率达到60%。\n',
    );
    expect(d.metadata.publishDate).toBe('2023-07-13');
    expect(d.metadata.title).toBe('东河州护绿三年行动工作方案(2023—2025年)');
    expect(d.preamble?.text).toBe('为推进国土绿化,制定本工作方案。');
  });
});

describe('a decimal outline whose unit titles are padded (round 13)', () => {
  it('"1 总 则" over 1.1 is the unit 1 总则, with 1.1 under it', async () => {
    const r = await outline(
      '东河县森林火灾应急预案\n1 总 则\n1.1 编制目的\n为做好森林防火工作,制定本预案。\n1.2 编制依据\n依据有关法律法规。\n2 组织指挥体系\n2.1 指挥机构\n成立县指挥部。\n',
    );
    expect(r.out).toEqual([
      '1 1 总则',
      '2 1.1 编制目的',
      '2 1.2 编制依据',
      '1 2 组织指挥体系',
      '2 2.1 指挥机构',
    ]);
    expect(r.doc.preamble).toBeNull();
  });
});

describe('decimal outlines of 应急预案 (round 14)', () => {
  it('one subsection only: "1 总则" right over "1.1" makes the text an outline, "2 …" goes on', async () => {
    const r = await outline(
      '各乡镇人民政府,县政府各部门:\n县应急局制定的《南河县洪涝救助应急预案》已经县政府同意,现转发给你们,请认真执行。\n北山县人民政府办公室\n二〇一五年三月二日\n南河县洪涝救助应急预案\n1 总则\n1.1 编制目的\n为健全本县洪涝救助体系,编制本预案。\n2 组织体系\n县政府成立救助指挥部,统一领导救助工作。\n',
    );
    expect(r.out).toEqual(['1 1 总则', '2 1.1 编制目的', '1 2 组织体系']);
    expect(r.doc.preamble).toBeNull();
    // a count that a lone decimal heading does not stand right under is no unit line
    const count = await outline(
      '南河县工作方案\n为做好工作,制定本方案。\n1 个工作专班\n负责日常事务。\n1.1 编制目的\n为健全体系。\n',
    );
    expect(count.out).toEqual([]);
  });

  it('"1." items under 1.2 are items of 1.2, not top units; 1.3 stays under 1', async () => {
    const r = await outline(
      '南河镇突发事件总体应急预案\n1 总则\n1.1 编制目的\n为减少突发事件的危害,制定本预案。\n1.2 分类分级\n突发事件主要分为以下两类:\n1.自然灾害。主要包括水旱灾害等。\n2.事故灾难。主要包括交通事故等。\n1.3 适用范围\n本预案适用于本镇。\n2 组织体系\n2.1 领导机构\n成立应急委员会。\n',
    );
    expect(r.out).toEqual([
      '1 1 总则',
      '2 1.1 编制目的',
      '2 1.2 分类分级',
      '3 1. 自然灾害',
      '3 2. 事故灾难',
      '2 1.3 适用范围',
      '1 2 组织体系',
      '2 2.1 领导机构',
    ]);
    expect(r.messages).toEqual([]);
  });
});

describe('a 联席会议制度 whose articles a page bulleted (round 14)', () => {
  it('the title ends in 制度; "• 第一条" is article one; articles that start at 第二条 are warned of', async () => {
    const r = await outline(
      '南河县某办与某协会联席会议制度\n发布时间:2018-03-23 14:49:22\n  •       第一条  为加强联系,特制定本制度。\n  第二条  会议每季度召开一次。\n',
    );
    expect(r.doc.metadata.title).toBe('南河县某办与某协会联席会议制度');
    expect(r.doc.metadata.genre).toBe('制度');
    expect(r.out).toEqual(['1 第一条 ', '1 第二条 ']);
    expect(r.doc.outline[0]!.text).toBe('为加强联系,特制定本制度。');
    expect(r.messages).toEqual([]);
    const cut = await outline('南河县工作制度\n第二条 会议每季度召开一次。\n第三条 会议由主任主持。\n');
    expect(cut.messages).toEqual(['outline/numbering-gap']);
  });
});

describe('articles numbered in 大写 numerals (round 15)', () => {
  it('第壹条 is article one, 第拾贰条 article twelve, with no numbering gap', async () => {
    const r = await outline(
      '某县专项资金管理办法\n第壹条 为加强专项资金管理,制定本办法。\n第二条 本办法所称专项资金是指财政性资金。\n第三条 本办法由县财政局负责解释。\n',
    );
    expect(r.out).toEqual(['1 第壹条 ', '1 第二条 ', '1 第三条 ']);
    expect(r.messages).toEqual([]);
    // read as 11 and 12: 第十三条 follows with no gap
    const twelve = await outline(
      '某县管理办法\n第拾壹条 本办法由县财政局负责解释。\n第拾贰条 本办法自印发之日起施行。\n第十三条 原办法同时废止。\n',
    );
    expect(twelve.out).toEqual(['1 第拾壹条 ', '1 第拾贰条 ', '1 第十三条 ']);
    // (a cut page: only its first article is warned about, none of the three after another)
    expect(twelve.doc.messages.map((m) => m.message)).toEqual([
      'heading "第拾壹条" is the first of its level; expected 第一条',
    ]);
  });
});

describe('an item whose text opens with a number (round 16)', () => {
  it('"4.460个…" after 3. is item 4, not a decimal run into item 3', async () => {
    const r = await outline(
      '某区实事项目\n一、项目清单\n1.新增400台电梯。\n2.新增50个充电点。\n3.开设40个办班点。\n4.460个活动室提供文化活动。\n',
    );
    expect(r.out).toEqual([
      '1 一、 项目清单',
      '2 1. 新增400台电梯',
      '2 2. 新增50个充电点',
      '2 3. 开设40个办班点',
      '2 4. 460个活动室提供文化活动',
    ]);
  });
});
