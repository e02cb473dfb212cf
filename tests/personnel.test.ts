import { describe, expect, it } from 'vitest';
import { parseText } from '../src/index.js';
import { readGroupName, readPiece } from '../src/extract/personnel.js';
import { extract } from '../src/extract/index.js';
import { normalize } from '../src/normalize/index.js';
import { segment } from '../src/segment/index.js';
import { structure } from '../src/structure/index.js';
import { expectLinearTime } from './support/linear.js';
import { plainSource } from './support/plain-source.js';

describe('readPiece', () => {
  it.each([
    ['刘某某  区委书记', ['刘某某'], '区委书记'],
    ['王 浩 区党工委副调研员', ['王浩'], '区党工委副调研员'],
    ['王      区委副书记', ['王'], '区委副书记'],
    ['区政府副区长', [], '区政府副区长'],
    ['人社党组书记、局长', [], '人社党组书记、局长'],
    ['陈某某(区党工委书记)', ['陈某某'], '区党工委书记'],
    ['李 震(市委宣传部)', ['李震'], '市委宣传部'],
    ['甲乙丙、丁戊、陈 浩、己庚辛', ['甲乙丙', '丁戊', '陈浩', '己庚辛'], ''],
    ['林某某 张某某 吴某某', ['林某某', '张某某', '吴某某'], ''],
    ['张三 县长', ['张三'], '县长'],
    ['韩 正  国务院副总理', ['韩正'], '国务院副总理'],
  ])('%s', (text, names, title) => {
    expect(readPiece(text)).toEqual({ names, title });
  });
});

const roster = (lines: string) =>
  parseText(
    `X县人民政府办公室关于成立X县安全生产工作领导小组的通知\n各乡镇人民政府:\n经研究,决定成立领导小组,组成人员如下:\n${lines}\n特此通知。\nX县人民政府办公室\n2020年1月2日\n`,
  ).then((d) => d.personnel.map((p) => [p.role, p.name, p.titles.join('、')]));

const appointed = (text: string) =>
  parseText(text).then((d) => d.personnel.map((p) => [p.role, p.name, p.titles.join('、')]));

describe('rosters', () => {
  it('bare names, one per label and as a list', async () => {
    expect(await roster('组  长:张三\n副组长:李四\n成  员:王五、赵六、钱七')).toEqual([
      ['组长', '张三', ''],
      ['副组长', '李四', ''],
      ['成员', '王五', ''],
      ['成员', '赵六', ''],
      ['成员', '钱七', ''],
    ]);
  });

  it('names with titles, unlabelled lines keep the role, a title continued on the next line', async () => {
    expect(
      await roster(
        '组  长:张三 县长\n副组长:李四 副县长、\n县委常委\n王二 县政府办主任\n成  员:王五 县财政局局长',
      ),
    ).toEqual([
      ['组长', '张三', '县长'],
      ['副组长', '李四', '副县长、县委常委'],
      ['副组长', '王二', '县政府办主任'],
      ['成员', '王五', '县财政局局长'],
    ]);
  });

  it('damaged labels take the role their position implies, lost names stay null', async () => {
    expect(await roster('长:张三 县长\n长:  副县长\n员:  县财政局局长')).toEqual([
      ['组长', '张三', '县长'],
      ['副组长', null, '副县长'],
      ['成员', null, '县财政局局长'],
    ]);
  });

  it('a name glued to its title, its parenthesis perhaps lost', async () => {
    expect(
      await roster(
        '组  长:张某某国务院副总理\n副组长:李某(县政府办公室主任)\n        王某某县政府办公室副主任)\n成  员:赵某某自然资源部部长',
      ),
    ).toEqual([
      ['组长', '张某某', '国务院副总理'],
      ['副组长', '李某', '县政府办公室主任'],
      ['副组长', '王某某', '县政府办公室副主任'],
      ['成员', '赵某某', '自然资源部部长'],
    ]);
  });

  it('a name glued to a post alone, to a body given by its level, or to a body the tables lack', async () => {
    expect(
      await roster(
        '组长:王某副县长\n副组长:李某某县政府副秘书长\n刘某县残联理事长\n成员:张某县教育局副局长\n' +
          '赵某某县妇女儿童工作委员会办公室主任\n分管副县长',
      ),
    ).toEqual([
      ['组长', '王某', '副县长'],
      ['副组长', '李某某', '县政府副秘书长'],
      ['副组长', '刘某', '县残联理事长'],
      ['成员', '张某', '县教育局副局长'],
      ['成员', '赵某某', '县妇女儿童工作委员会办公室主任'],
      ['成员', null, '分管副县长'],
    ]);
  });

  it('a padded two-character name glued to its title; several titles after a glued name; a place named before a post', async () => {
    expect(
      await roster(
        '组长:赵大明县委常委、常务副县长\n副组长:王 一副县长\n成员:张 二县发展改革局副局长\n李 三东河市委常委、常务副市长\n钱小东西山市副市长\n' +
          '孙某某县消防救援大队副大队长',
      ),
    ).toEqual([
      ['组长', '赵大明', '县委常委、常务副县长'],
      ['副组长', '王一', '副县长'],
      ['成员', '张二', '县发展改革局副局长'],
      ['成员', '李三', '东河市委常委、常务副市长'],
      ['成员', '钱小东', '西山市副市长'],
      ['成员', '孙某某', '县消防救援大队副大队长'],
    ]);
  });

  it("a member line in prose, each post before its holder's name, and units by their heads", async () => {
    const d = await parseText(
      '某市人民政府办公室关于成立某工作领导小组的通知\n各镇人民政府:\n经研究,决定成立某工作领导小组。组成人员名单如下:\n' +
        '组  长:赵某某(市委副书记、市长)\n成  员:市政府办公室主任孙一民,市政府办公室副主任李二平,市发展改革局、市财政局主要负责同志。\n',
    );
    expect(d.personnel.map((p) => [p.role, p.name, p.titles.join('、'), p.incomplete])).toEqual([
      ['组长', '赵某某', '市委副书记、市长', false],
      ['成员', '孙一民', '市政府办公室主任', false],
      ['成员', '李二平', '市政府办公室副主任', false],
      ['成员', null, '市发展改革局、市财政局主要负责同志', false],
    ]);
  });

  it('a post described by its duty, or units by their heads, are written by post: no missing name is flagged', async () => {
    const d = await parseText(
      'X县人民政府办公室关于成立X县某工作领导小组的通知\n各乡镇人民政府:\n经研究,决定成立领导小组,组成人员如下:\n' +
        '组  长:负责某某工作的副县长\n副组长:分管副县长\n成  员:县民政局、县教育局主要负责同志\n        县财政局局长\n',
    );
    expect(d.personnel.map((p) => [p.role, p.name, p.incomplete])).toEqual([
      ['组长', null, false],
      ['副组长', null, false],
      ['成员', null, false],
      // (a unit's post, in a roster that names no one)
      ['成员', null, false],
    ]);
    expect(d.messages.filter((m) => m.ruleId === 'personnel/missing-name')).toHaveLength(0);
  });

  it('titles without their names stay titles', async () => {
    expect(
      await roster(
        '成  员:常务副县长\n        某某乡党委书记\n        某某街道办事处主任\n        人大常委会副主任\n        宣传部副部长',
      ),
    ).toEqual([
      ['成员', null, '常务副县长'],
      ['成员', null, '某某乡党委书记'],
      ['成员', null, '某某街道办事处主任'],
      ['成员', null, '人大常委会副主任'],
      ['成员', null, '宣传部副部长'],
    ]);
  });

  it('a post taken by someone named with a title in prose', async () => {
    const doc = await parseText(
      'X县人民政府办公室关于成立X县信息化工作领导小组的通知\n各乡镇人民政府:\n经研究,决定成立领导小组。\n' +
        '领导小组办公室设在县机关事务管理中心,县机关事务管理中心主任刘某某兼任办公室主任,县政府办副主任陈某同志担任办公室副主任。\n' +
        'X县人民政府办公室\n2020年1月2日\n',
    );
    expect(doc.personnel.map((p) => [p.role, p.name, p.titles.join('、')])).toEqual([
      ['办公室主任', '刘某某', '县机关事务管理中心主任'],
      ['办公室副主任', '陈某', '县政府办副主任'],
    ]);
  });

  it('appointments in prose: (由)X同志任Y, X任Y, as X同志兼任Y', async () => {
    expect(
      await appointed('东河市X办公室由王某某同志任主任,李某同志兼任副主任,赵某某同志任副主任。'),
    ).toEqual([
      ['主任', '王某某', ''],
      ['副主任', '李某', ''],
      ['副主任', '赵某某', ''],
    ]);
    expect(await appointed('领导小组由县长王某任组长。')).toEqual([['组长', '王某', '县长']]);
    // 任 of a career (现任, 曾任) names no appointment; after a post alone it gives a seat by post
    expect(await appointed('张某现任主任,曾任副主任。由县长任组长,分管副县长任副组长。')).toEqual([
      ['组长', null, '县长'],
      ['副组长', null, '分管副县长'],
    ]);
  });

  it('an assistant to a minister (部长助理) in prose: the post ends the title before the name', async () => {
    expect(await appointed('领导小组办公室设在财政部。财政部部长助理王某某兼任办公室主任。')).toEqual([
      ['办公室主任', '王某某', '财政部部长助理'],
    ]);
  });

  it('the posts of a prefecture, league and banner (副州长, 盟长, 旗长) are titles, not names', async () => {
    expect(await roster('组 长:张 某 副州长\n副组长:李 某 盟长\n成 员:王某 副旗长')).toEqual([
      ['组长', '张某', '副州长'],
      ['副组长', '李某', '盟长'],
      ['成员', '王某', '副旗长'],
    ]);
  });

  it('a short line in traditional script is read, and its names given, in simplified form', async () => {
    expect(await appointed('一、東河市經濟開發辦公室由陳某某同志兼任主任。')).toEqual([
      ['主任', '陈某某', ''],
    ]);
  });

  it('committee roles and people named in prose', async () => {
    const people = await roster(
      '主任委员:张三\n副主任委员:李四\n委员:王五\n办公室设在县应急局,办公室主任由县应急局局长赵六同志兼任,副主任由钱七兼任。',
    );
    expect(people).toEqual([
      ['主任委员', '张三', ''],
      ['副主任委员', '李四', ''],
      ['委员', '王五', ''],
      ['办公室主任', '赵六', '县应急局局长'],
      ['副主任', '钱七', ''],
    ]);
  });
});

describe('a roster written by position, with no names', () => {
  const parse = (body: string) =>
    parseText(
      `东河县人民政府办公室关于成立东河县防汛抗旱指挥部的通知\n各乡镇人民政府:\n${body}\n东河县人民政府办公室\n2020年1月2日\n`,
    );
  const people = (body: string) =>
    parse(body).then((d) => d.personnel.map((p) => [p.role, p.name, p.titles]));

  it('gives one entry per post; units that name no post make one entry, as a 成员: line does', async () => {
    expect(
      await people(
        '指挥长由县委常委、常务副县长担任;副指挥长由分管水利、农业工作的县政府办公室副主任,以及县水利局局长、县气象局局长担任。\n' +
          '成员由县委宣传部、县财政局、县交通运输局等分管领导组成。',
      ),
    ).toEqual([
      ['指挥长', null, ['县委常委', '常务副县长']],
      ['副指挥长', null, ['分管水利、农业工作的县政府办公室副主任']],
      ['副指挥长', null, ['县水利局局长']],
      ['副指挥长', null, ['县气象局局长']],
      ['成员', null, ['县委宣传部', '县财政局', '县交通运输局等分管领导']],
    ]);
  });

  it('a post given without a name lost none: not incomplete, no warning', async () => {
    const d = await parse('组长由县长担任,副组长由分管副县长担任。');
    expect(d.personnel.map((p) => [p.group, p.role, p.incomplete])).toEqual([
      ['东河县防汛抗旱指挥部', '组长', false],
      ['东河县防汛抗旱指挥部', '副组长', false],
    ]);
    expect(d.messages.filter((m) => m.ruleId.startsWith('personnel/'))).toEqual([]);
  });

  it('reads the clauses of one sentence, a label before 由, and an office held by a post', async () => {
    expect(
      await people(
        '组长由县长担任,副组长由分管副县长担任,成员由公安局、财政局、教育局主要负责人组成。\n' +
          '指挥部办公室设在县应急管理局,办公室主任由县应急管理局局长兼任。\n' +
          '召集人:由县委书记、县长担任。',
      ),
    ).toEqual([
      ['组长', null, ['县长']],
      ['副组长', null, ['分管副县长']],
      ['成员', null, ['公安局', '财政局', '教育局主要负责人']],
      ['办公室主任', null, ['县应急管理局局长']],
      ['召集人', null, ['县委书记']],
      ['召集人', null, ['县长']],
    ]);
  });

  it('takes no post a sentence merely mentions, and leaves named people to the prose reader', async () => {
    expect(
      await people(
        '全县实行由县长担任总指挥的防汛责任制,组长由县长担任。\n' +
          '指挥部办公室设在县水利局,办公室主任由县水利局局长李某某同志兼任,成员由各成员单位选派干部担任。\n' +
          '组长由县长陈某担任。',
      ),
    ).toEqual([
      ['办公室主任', '李某某', ['县水利局局长']],
      ['组长', '陈某', ['县长']],
    ]);
  });
});

describe('a roster run on in a sentence', () => {
  it('reads every label whose value is names, with the group named before the first', async () => {
    const d = await parseText(
      '关于召开会议的通知\n各部门:\n一、参加人员:\n1、区创建领导小组第一副组长:张少初,常务副组长:王国华、王申峰,副组长:周巍、祁海龙。\n2、会议主持人:区委常委、宣传部长王国华。\n',
    );
    expect(d.personnel.map((p) => [p.group, p.role, p.name])).toEqual([
      ['区创建领导小组', '第一副组长', '张少初'],
      ['区创建领导小组', '常务副组长', '王国华'],
      ['区创建领导小组', '常务副组长', '王申峰'],
      ['区创建领导小组', '副组长', '周巍'],
      ['区创建领导小组', '副组长', '祁海龙'],
    ]);
  });
});

describe("an office's posts given in prose", () => {
  it('several people with their titles between commas take one post; 常务副主任 is a post of its own', async () => {
    const d = await parseText(
      '国务院办公厅关于成立东河工作领导小组的通知\n各省、自治区、直辖市人民政府:\n(一)领导小组办公室设在甲部,承担领导小组日常工作。办公室主任由甲部部长王某某兼任;常务副主任由甲部副部长李某某兼任;副主任由乙部副部长张某某,丙委党组成员、副主任赵某某兼任。\n',
    );
    expect(d.personnel.map((p) => [p.group, p.role, p.name, p.titles])).toEqual([
      ['东河工作领导小组', '办公室主任', '王某某', ['甲部部长']],
      ['东河工作领导小组', '常务副主任', '李某某', ['甲部副部长']],
      ['东河工作领导小组', '副主任', '张某某', ['乙部副部长']],
      ['东河工作领导小组', '副主任', '赵某某', ['丙委党组成员', '副主任']],
    ]);
    // the group a sentence names after a verb of its own (承担…日常工作) is named without the verb
    expect(readGroupName('办公室设在甲部,承担领导小组日常工作')).toBe('领导小组');
  });
});

describe('group names', () => {
  it('a word in brackets is part of the name; a group the sentence only refers to names none', () => {
    expect(readGroupName('经研究,决定成立东河特色创新(产业)示范园区创建工作领导小组,成员如下:')).toBe(
      '东河特色创新(产业)示范园区创建工作领导小组',
    );
    expect(readGroupName('办公室主要负责研究提出建议方案,督促落实领导小组议定事项。')).toBeNull();
    // (nor does one whose leaders assign the work)
    expect(readGroupName('3.完成指挥部领导交办的其他事项;')).toBeNull();
  });

  it("the office's head is the roster's group's, after a sentence that refers to the group", async () => {
    const d = await parseText(
      '各部门:\n经研究,决定成立东河特色创新(产业)示范园区创建工作领导小组,成员如下:\n组 长:张某某 管委会主任\n成 员:李某某 财政局局长\n' +
        '领导小组下设办公室,办公室设在财政局,主要负责督促落实领导小组议定事项。办公室主任由李某某同志兼任。\n',
    );
    expect(new Set(d.personnel.map((p) => p.group))).toEqual(
      new Set(['东河特色创新(产业)示范园区创建工作领导小组']),
    );
  });
});

describe('a 联席会议 set up by a decision, with a chief convener', () => {
  it('总召集人 is a role; the group is named from after the verb that sets it up', async () => {
    const d = await parseText(
      '东河省人民政府关于建立甲乙设施建设工作联席会议制度的通知\n各市人民政府:\n为统筹建设甲乙设施,省政府决定建立甲乙设施建设工作联席会议制度。现就有关事项通知如下:\n一、联席会议成员\n联席会议成员名单如下:\n总召集人:张某某 省委常委、常务副省长\n召集人:李某某 副省长\n成 员:王某某 省政府副秘书长\n联席会议办公室设在省发展改革委,由赵某某兼任办公室主任。\n',
    );
    expect(d.personnel.map((p) => [p.group, p.role, p.name])).toEqual([
      ['甲乙设施建设工作联席会议', '总召集人', '张某某'],
      ['甲乙设施建设工作联席会议', '召集人', '李某某'],
      ['甲乙设施建设工作联席会议', '成员', '王某某'],
      ['甲乙设施建设工作联席会议', '办公室主任', '赵某某'],
    ]);
    expect(readGroupName('省政府决定设立东河工作领导小组')).toBe('东河工作领导小组');
  });
});

describe('rosters laid out in columns', () => {
  it.each([
    ['labels padded wide', '组        长:张三  县长\n成        员:李四  县财政局局长'],
    ['no colon after the label', '组  长   张三   县长\n成  员   李四   县财政局局长'],
    ['table cells', '组 长\t张三\t县长\n成 员\t李四\t县财政局局长'],
  ])('%s', async (_name, lines) => {
    expect(await roster(lines)).toEqual([
      ['组长', '张三', '县长'],
      ['成员', '李四', '县财政局局长'],
    ]);
  });
});

describe('a notice setting up a 领导小组', () => {
  it('lists no measures for its duties, roster, office and rules', async () => {
    const doc = await parseText(
      'X县人民政府办公室关于成立X县信息化工作领导小组的通知\n各乡镇人民政府,县直各单位:\n为加强领导,决定成立领导小组。现将有关事项通知如下:\n' +
        '一、主要职责\n统筹协调全县信息化建设,研究解决重大问题。\n' +
        '二、组成人员\n组  长:张三  县长\n成  员:李四  县政府办公室主任\n' +
        '三、工作机构\n领导小组办公室设在县政府办公室,承担日常工作。\n' +
        '四、工作规则\n领导小组原则上每年召开一次全体会议。\n' +
        'X县人民政府办公室\n2020年1月2日\n',
    );
    expect(doc.outline.map((s) => s.title)).toEqual(['主要职责', '组成人员', '工作机构', '工作规则']);
    expect(doc.measures.map((m) => m.title)).toEqual([]);
  });
});

describe('one group named several ways (round 13)', () => {
  it('takes the short name the text gives the group (以下简称领导小组) for that group', async () => {
    const d = await parseText(
      '关于成立东河区办公用房管理工作领导小组的通知\n决定成立东河区党政机关办公用房管理工作领导小组(以下简称领导小组)。\n' +
        '一、组成人员\n组 长:张某某 区委常委、副区长\n成 员:李某某 区机关事务管理中心主任\n' +
        '二、工作机构\n领导小组办公室设在区机关事务管理中心,区机关事务管理中心主任李某某兼任办公室主任。\n',
    );
    expect(d.personnel.map((p) => [p.group, p.role, p.name])).toEqual([
      ['东河区党政机关办公用房管理工作领导小组', '组长', '张某某'],
      ['东河区党政机关办公用房管理工作领导小组', '成员', '李某某'],
      ['东河区党政机关办公用房管理工作领导小组', '办公室主任', '李某某'],
    ]);
    // beside two groups, the group noun alone names neither
    const two = await parseText(
      '一、甲工作领导小组\n组 长:张某某 县长\n二、乙工作领导小组\n组 长:李某某 副县长\n' +
        '三、工作机构\n领导小组办公室设在县政府办公室,承担领导小组日常工作,县政府办主任王某某兼任办公室主任。\n',
    );
    expect(two.personnel.map((p) => p.group)).toEqual(['甲工作领导小组', '乙工作领导小组', '领导小组']);
  });

  it('keeps apart a group and its specialised group whose name holds its name', async () => {
    const d = await parseText(
      '东河区人民政府办公室关于成立东河区某某领导小组及东河区某某产业发展领导小组的通知\n' +
        '经区政府同意,决定成立东河区某某领导小组和东河区某某产业发展领导小组。现将组成人员通知如下:\n' +
        '一、东河区某某领导小组\n组  长:张某 区长\n成  员:王某 区农业农村局局长\n' +
        '二、东河区某某产业发展领导小组\n组  长:李某 副区长\n成  员:赵某 区发展改革局局长\n',
    );
    expect(d.personnel.map((p) => [p.group, p.role, p.name])).toEqual([
      ['东河区某某领导小组', '组长', '张某'],
      ['东河区某某领导小组', '成员', '王某'],
      ['东河区某某产业发展领导小组', '组长', '李某'],
      ['东河区某某产业发展领导小组', '成员', '赵某'],
    ]);
  });

  it("takes the title's variant of the name (…工作领导小组) for the group the text sets up", async () => {
    const d = await parseText(
      '西河县人民政府办公室关于成立西河县政务公开工作领导小组的通知\n县政府决定成立西河县政务公开领导小组。\n' +
        '一、组成人员\n组 长:张某某(县委常委、常务副县长)\n' +
        '二、工作机构\n领导小组办公室设在县政府办公室,县政府办副主任王某某同志兼任办公室主任。\n',
    );
    expect(d.personnel.map((p) => [p.group, p.role])).toEqual([
      ['西河县政务公开领导小组', '组长'],
      ['西河县政务公开领导小组', '办公室主任'],
    ]);
  });
});

describe('transliterated names and posts-only rosters in prose (round 16)', () => {
  const people = (text: string) =>
    parseText(text).then((d) => ({
      people: d.personnel.map((p) => [p.group, p.role, p.name, p.titles.join('、'), p.incomplete]),
      warnings: d.messages.filter((m) => m.ruleId.startsWith('personnel/')).map((m) => m.ruleId),
    }));

  it('reads names whose parts a dot joins, with their posts in brackets, whichever dot the page used', async () => {
    const { people: found, warnings } = await people(
      '关于成立南河市果蔬产业专班的通知\n南政办函〔2022〕8号\n市有关单位:\n市政府决定成立南河市果蔬产业专班,现将有关事项通知如下:\n一、专班组成人员\n' +
        '主任:艾力·吐尔洪(市政府副市长)\n副主任:王小明(市农业农村局局长)\n' +
        '成员:热孜宛古丽•买买提(市林草局党组副书记、局长)\n次仁・多吉(市财政局副局长)\n' +
        '古丽米拉‧阿不都 市水务局局长\n吾斯曼∙托乎提(北岸区委副书记、区长)\n' +
        '专班办公室设在市农业农村局,办公室主任由艾力·吐尔洪同志兼任。\n南河市人民政府办公室\n2022年4月6日\n',
    );
    const group = '南河市果蔬产业专班';
    expect(found).toEqual([
      [group, '主任', '艾力·吐尔洪', '市政府副市长', false],
      [group, '副主任', '王小明', '市农业农村局局长', false],
      [group, '成员', '热孜宛古丽·买买提', '市林草局党组副书记、局长', false],
      [group, '成员', '次仁·多吉', '市财政局副局长', false],
      [group, '成员', '古丽米拉·阿不都', '市水务局局长', false],
      [group, '成员', '吾斯曼·托乎提', '北岸区委副书记、区长', false],
      [group, '办公室主任', '艾力·吐尔洪', '', false],
    ]);
    expect(warnings).toEqual([]);
  });

  it('keeps the readable part of a name followed by characters lost in decoding, and flags it', async () => {
    const { people: found, warnings } = await people(
      '关于成立南河市果蔬产业专班的通知\n一、专班组成人员\n主任:王小明(市政府副市长)\n' +
        '成员:阿依江·努尔兰?ㄏ亓h组副书记、局长)\n',
    );
    expect(found[1]).toEqual(['南河市果蔬产业专班', '成员', '阿依江·努尔兰', '?ㄏ亓h组副书记、局长', true]);
    expect(warnings).toEqual(['personnel/truncated-name']);
  });

  it('reads a 指挥部 whose posts a sentence gives by duty, one entry a post, none of them a lost name', async () => {
    const { people: found, warnings } = await people(
      '东海省人民政府办公厅关于调整成立省果树病害防控指挥部的通知\n各地级以上市人民政府:\n省人民政府决定调整成立省果树病害防控指挥部,现就有关事项通知如下:\n' +
        '一、组成人员\n指挥部总指挥由负责林业工作的省领导兼任,副总指挥由省政府协调林业工作的副秘书长、省林业局局长兼任。成员单位包括省财政厅、省气象局。\n' +
        '二、工作机制\n指挥部办公室设在省林业局,办公室主任由省林业局负责同志兼任。\n省政府办公厅\n2020年6月5日\n',
    );
    const group = '省果树病害防控指挥部';
    expect(found).toEqual([
      [group, '总指挥', null, '负责林业工作的省领导', false],
      [group, '副总指挥', null, '省政府协调林业工作的副秘书长', false],
      [group, '副总指挥', null, '省林业局局长', false],
      [group, '办公室主任', null, '省林业局负责同志', false],
    ]);
    expect(warnings).toEqual([]);
  });

  it('takes the group a clause names before its role, and a 总指挥 named in prose', async () => {
    const { people: found } = await people(
      '各区人民政府:\n为做好防汛工作,现就有关事项通知如下:\n' +
        '南河市防汛抗旱指挥部总指挥由副市长艾力·吐尔洪同志兼任,副总指挥由市水务局局长李大成同志兼任。\n',
    );
    expect(found).toEqual([
      ['南河市防汛抗旱指挥部', '总指挥', '艾力·吐尔洪', '副市长', false],
      ['南河市防汛抗旱指挥部', '副总指挥', '李大成', '市水务局局长', false],
    ]);
    const { people: byPost } = await people('南河市防汛抗旱指挥部总指挥由分管水务工作的副市长担任。\n');
    expect(byPost).toEqual([['南河市防汛抗旱指挥部', '总指挥', null, '分管水务工作的副市长', false]]);
  });

  it.each([
    ['艾力·吐尔洪(市政府副市长)', ['艾力·吐尔洪'], '市政府副市长'],
    ['艾力·吐尔洪 市政府副市长', ['艾力·吐尔洪'], '市政府副市长'],
    ['艾力·吐尔洪、王小明', ['艾力·吐尔洪', '王小明'], ''],
  ])('readPiece %s', (text, names, title) => {
    expect(readPiece(text)).toEqual({ names, title });
  });
});

describe('several people in one clause, and rosters written by post (round 17)', () => {
  const people = (text: string) =>
    parseText(text).then((d) => ({
      people: d.personnel.map((p) => [p.role, p.name, p.titles.join('、'), p.incomplete]),
      warnings: d.messages.filter((m) => m.ruleId.startsWith('personnel/')).map((m) => m.ruleId),
    }));

  it('gives each person a clause names between 、 an entry, and keeps the titles of one person together', async () => {
    const { people: found, warnings } = await people(
      '南河市人民政府办公室关于成立南河市防汛抗旱指挥部的通知\n各区人民政府:\n一、组成人员\n' +
        '总指挥由市长赵大成兼任,副总指挥由市政府副秘书长王小明、市水务局局长李大山兼任,' +
        '成员由市发展改革委主任张一民、市财政局局长刘二平组成。\n' +
        '办公室主任由市政府副秘书长、办公室主任孙三同志兼任,副主任由区委常委、常务副区长陈四同志、市水务局副局长周五同志担任。\n',
    );
    expect(found).toEqual([
      ['总指挥', '赵大成', '市长', false],
      ['副总指挥', '王小明', '市政府副秘书长', false],
      ['副总指挥', '李大山', '市水务局局长', false],
      ['成员', '张一民', '市发展改革委主任', false],
      ['成员', '刘二平', '市财政局局长', false],
      ['办公室主任', '孙三', '市政府副秘书长、办公室主任', false],
      ['副主任', '陈四', '区委常委、常务副区长', false],
      ['副主任', '周五', '市水务局副局长', false],
    ]);
    expect(warnings).toEqual([]);
  });

  it('gives each person a roster line names between 、 an entry', async () => {
    expect(await roster('组  长:张三 县长\n成  员:县发展改革局局长王五、县财政局局长赵六')).toEqual([
      ['组长', '张三', '县长'],
      ['成员', '王五', '县发展改革局局长'],
      ['成员', '赵六', '县财政局局长'],
    ]);
  });

  it("takes a unit's 分管领导 or 主要负责人, and a unit's post in a roster that names no one, as posts", async () => {
    const { people: found, warnings } = await people(
      '关于建立东城区政务公开工作联席会议制度的通知\n二、组成人员\n组  长:区政府分管领导\n' +
        '副组长:区政府办公室主要负责人和分管负责人\n成  员:区委组织部、区委宣传部分管负责人;区财政局、区统计局主要负责人\n' +
        '三、工作专班\n组  长:县政府主要领导\n副组长:县政府办公室主任\n成  员:县财政局局长、县教育局局长\n',
    );
    expect(found.map((p) => p[3])).toEqual([false, false, false, false, false, false]);
    expect(warnings).toEqual([]);
    // where the other entries have names, a unit's post without one lost its name
    const { people: damaged, warnings: flagged } = await people(
      '关于成立东城区某工作领导小组的通知\n组  长:张三 区长\n副组长:区政府办公室主任\n成  员:王五 区财政局局长\n',
    );
    expect(damaged).toEqual([
      ['组长', '张三', '区长', false],
      ['副组长', null, '区政府办公室主任', true],
      ['成员', '王五', '区财政局局长', false],
    ]);
    expect(flagged).toEqual(['personnel/missing-name']);
  });
});

describe('what reads like a dotted or damaged name but is none (review of round 16)', () => {
  const people = async (text: string) =>
    (await parseText(text)).personnel.map((p) => [p.role, p.name, p.titles.join('|'), p.incomplete]);

  it('units joined by a bullet, and a unit before lost characters, are no names', async () => {
    expect(
      await people('关于成立某县工作领导小组的通知\n组  长:张某某(县长)\n成  员:县委办•县政府办•县财政局\n'),
    ).toEqual([
      ['组长', '张某某', '县长', false],
      ['成员', null, '县委办•县政府办•县财政局', true],
    ]);
    expect(
      await people(
        '关于成立某县工作领导小组的通知\n组  长:张某某(县长)\n成  员:县财政局?局长\n          县教育?局长\n',
      ),
    ).toEqual([
      ['组长', '张某某', '县长', false],
      ['成员', null, '县财政局?局长', true],
      ['成员', null, '县教育?局长', true],
    ]);
  });

  it('role clauses that go on a list (…,以及…) are read in linear time', () => {
    const make = (n: number) => `关于成立某领导小组的通知\n${'领导小组组长由甲,以及'.repeat(n / 11)}`;
    expectLinearTime('role clauses', make, (text) => {
      const norm = normalize(plainSource(text));
      extract(structure(norm, segment(norm)));
    });
  });
});

describe('a labelled roster line with the post before the name (round 16)', () => {
  it('组长:县长赵某 is 赵某, 县长; a four-character name stays whole', async () => {
    const d = await parseText(
      '关于成立某县防汛工作领导小组的通知\n组  长:县长赵某\n副组长:副县长钱某某\n成  员:县水利局局长孙某、县应急局局长李某\n',
    );
    expect(d.personnel.map((p) => [p.role, p.name, p.titles.join('|'), p.incomplete])).toEqual([
      ['组长', '赵某', '县长', false],
      ['副组长', '钱某某', '副县长', false],
      ['成员', '孙某', '县水利局局长', false],
      ['成员', '李某', '县应急局局长', false],
    ]);
    // a four-character name that opens with no title stays whole
    const whole = await parseText('关于成立某县工作领导小组的通知\n组  长:欧阳某某\n');
    expect(whole.personnel.map((p) => p.name)).toEqual(['欧阳某某']);
  });
});

describe('roster members joined by 、 (linear time)', () => {
  it('a run of members that names no one after a title is read in linear time', () => {
    const make = (n: number) => '主任:甲乙、'.repeat(n / 6);
    expectLinearTime('members joined by 、', make, (text) => {
      const norm = normalize(plainSource(text));
      extract(structure(norm, segment(norm)));
    });
  });

  it('one label over a long line of members without brackets is read in linear time', () => {
    const make = (n: number) => '组长:' + '张某县长、'.repeat(n / 5);
    expectLinearTime('one label, no brackets', make, (text) => {
      const norm = normalize(plainSource(text));
      extract(structure(norm, segment(norm)));
    });
  });
});

describe('the leaders of a 领导工作分工 notice (round 17, class 8)', () => {
  const leaders = async (text: string) =>
    (await parseText(text)).personnel.map((p) => [p.group, p.role, p.name, p.titles.join('|'), p.incomplete]);

  it('one leader a line: name then posts, posts then name, a name with 同志, a line over its duties', async () => {
    expect(
      await leaders(
        '东河县人民政府关于调整县政府领导工作分工的通知\n各乡镇人民政府,县政府各部门:\n因人事变动,现将县政府领导工作分工调整如下:\n' +
          '一、王一明县长:主持县政府全面工作。负责审计方面工作。分管县审计局。\n' +
          '二、李二华县委常委、常务副县长:负责发展改革、财政方面工作。分管县财政局。\n' +
          '三、赵三立同志:负责教育方面工作。\n四、副县长 钱四海\n协助分管农业农村工作。\n' +
          '五、孙五林党组成员、副主任(正处级):协助分管商务工作。\n东河县人民政府\n2023年3月1日\n',
      ),
    ).toEqual([
      ['县政府领导', '县长', '王一明', '县长', false],
      ['县政府领导', '常务副县长', '李二华', '县委常委|常务副县长', false],
      ['县政府领导', '领导', '赵三立', '', false],
      ['县政府领导', '副县长', '钱四海', '副县长', false],
      ['县政府领导', '副主任', '孙五林', '党组成员|副主任(正处级)', false],
    ]);
  });

  it('keeps the team of a standing team head: 纪检组组长 is no work group 组长', async () => {
    const read = await leaders(
      '关于东河委领导工作分工的通知\n各处室:\n现将委领导工作分工通知如下:\n一、甲一明主任:主持全面工作。\n' +
        '二、乙二华党组成员、驻委纪检组组长:负责纪检、监察工作。\n三、丙三平党组成员、县乡村振兴领导小组组长:负责农业农村工作。\n东河委员会\n2017年7月21日\n',
    );
    expect(read.map((p) => p[1])).toEqual(['主任', '纪检组组长', '组长']);
  });

  it('one leader a clause in prose, the post with its body as written, the clause as span; not elsewhere', async () => {
    const d = await parseText(
      '西山区人民政府办公室关于印发区政府办公室相关领导工作分工的解读\n' +
        '根据工作需要,区政府办公室主任王一明同志主持全面工作,副主任李二华同志分管文秘科和督查科工作,副主任赵三立同志分管综合科工作。\n',
    );
    expect(d.personnel.map((p) => [p.group, p.role, p.name, p.titles.join('|'), p.incomplete])).toEqual([
      ['区政府办公室领导', '主任', '王一明', '区政府办公室主任', false],
      ['区政府办公室领导', '副主任', '李二华', '副主任', false],
      ['区政府办公室领导', '副主任', '赵三立', '副主任', false],
    ]);
    expect(d.personnel[1]!.span).toMatchObject({ line: 2, column: 28 });
    // officials named in a notice about something else, or in a division of tasks, are no roster
    expect(
      await leaders(
        '南湖县人民政府关于召开全县安全生产工作会议的通知\n各乡镇人民政府:\n县长王一明同志主持会议,副县长李二华同志负责会务工作。\n王一明县长:主持会议。\n南湖县人民政府\n2023年3月1日\n',
      ),
    ).toEqual([]);
    expect(
      await leaders(
        '南湖县人民政府关于印发2023年重点任务分工方案的通知\n各乡镇人民政府:\n一、王一明县长:负责经济运行工作。\n南湖县人民政府\n2023年3月1日\n',
      ),
    ).toEqual([]);
  });
});

describe('review of round 17: what is no 领导工作分工', () => {
  const people = async (text: string) =>
    (await parseText(text)).personnel.map((p) => [p.group, p.role, p.name]);

  it('reads no leaders where leaders share out a task (领导分工负责, 领导分工联系)', async () => {
    expect(
      await people(
        '南岭县人民政府办公室关于做好防汛工作的通知\n各乡镇人民政府:\n为做好防汛工作,实行领导分工负责,确保安全度汛。\n一、压实责任\n县长甲一明同志负责全县防汛工作,副县长乙二华同志协助分管水利工作。\n',
      ),
    ).toEqual([]);
    expect(
      await people(
        '南岭县人民政府关于建立县领导分工联系重点项目工作机制的通知\n各乡镇人民政府:\n一、联系方式\n县发改局局长甲一明负责统筹协调,县财政局局长乙二华负责资金保障。\n',
      ),
    ).toEqual([]);
  });

  it('names the group from the body the opening gives, and each leader once', async () => {
    expect(
      await people(
        '南岭县人民政府关于调整部分领导同志工作分工的通知\n各乡镇人民政府:\n现将县政府领导工作分工调整如下:\n甲一明县长:主持县政府全面工作。\n乙二华常务副县长:负责财政方面工作。\n甲一明县长外出期间,由常务副县长乙二华同志主持县政府日常工作。\n',
      ),
    ).toEqual([
      ['县政府领导', '县长', '甲一明'],
      ['县政府领导', '常务副县长', '乙二华'],
    ]);
  });
});

describe('分工 by the head and deputies’ posts, and in a news account (round 18)', () => {
  const people = async (text: string) => (await parseText(text)).personnel.map((p) => [p.role, p.name]);

  it('reads a leader’s name and post on the line over his duties (甲明市长 / 领导市政府全面工作)', async () => {
    expect(
      await people(
        '南岭市市长、副市长工作分工\n根据有关规定,市政府实行市长负责制。\n甲明市长\n领导市政府全面工作。\n乙强常务副市长\n负责发展和改革等工作。\n',
      ),
    ).toEqual([
      ['市长', '甲明'],
      ['常务副市长', '乙强'],
    ]);
  });

  it('leaves the words that link a leader to his duties out of his name (除了负责, 则负责)', async () => {
    expect(
      await people(
        '南岭市政府近日发出《关于市人民政府领导成员工作分工的通知》,市长甲明主持市政府全面工作。\n丙平副市长则负责农业、水利等工作。丁刚副市长除了负责工业经济等,还分管民政等。\n',
      ),
    ).toEqual([
      ['市长', '甲明'],
      ['副市长', '丙平'],
      ['副市长', '丁刚'],
    ]);
  });

  it('names a leader without a post only by his 同志, not by a word linking him to duties', async () => {
    expect(
      await people(
        '关于县政府领导同志工作分工的通知\n现将县政府领导同志工作分工通知如下:\n甲明同志:主持县政府全面工作。\n乙强则负责后勤工作。\n',
      ),
    ).toEqual([['领导', '甲明']]);
  });
});

describe('指挥部 rosters of a township or county (round 19)', () => {
  it('reads 总指挥长 and the standing and full-time 副指挥长 as roles', async () => {
    expect(await roster('总指挥长:镇长\n副指挥长:分管副镇长\n专职副指挥长:林业站站长')).toEqual([
      ['总指挥长', null, '镇长'],
      ['副指挥长', null, '分管副镇长'],
      ['专职副指挥长', null, '林业站站长'],
    ]);
  });

  it('reads each member of a line listing a name then his post, parted by 、', async () => {
    expect(await roster('总指挥长:甲明 镇长\n成员:乙强 林业站站长、丙平 派出所所长')).toEqual([
      ['总指挥长', '甲明', '镇长'],
      ['成员', '乙强', '林业站站长'],
      ['成员', '丙平', '派出所所长'],
    ]);
    // units before their heads' posts name no one
    expect(await roster('成员:林业局 局长、应急局 局长')).not.toContainEqual(['成员', '林业局', '局长']);
    // the posts of one member, parted by 、, are still his
    expect(await roster('组长:甲明 县委常委、常务副县长')).toEqual([
      ['组长', '甲明', '县委常委、常务副县长'],
    ]);
  });
});

describe('a roster whose line breaks were lost', () => {
  it('is cut before each label inside the line, the earliest and longest label first', async () => {
    expect(
      await roster(
        '总指挥长:甲明 镇 长副指挥长:乙强 副镇长 丙平 武装部长成 员:丁伟 水利站站长 戊刚 派出所所长',
      ),
    ).toEqual([
      ['总指挥长', '甲明', '镇长'],
      ['副指挥长', '乙强', '副镇长'],
      ['副指挥长', '丙平', '武装部长'],
      ['成员', '丁伟', '水利站站长'],
      ['成员', '戊刚', '派出所所长'],
    ]);
  });

  it('reads members written name, post, name, post with spaces only', async () => {
    expect(
      await roster(
        '组  长:甲明  县长    副组长:乙强  副县长\n成  员:丙平  县财政局局长    丁伟  县教育局局长',
      ),
    ).toEqual([
      ['组长', '甲明', '县长'],
      ['副组长', '乙强', '副县长'],
      ['成员', '丙平', '县财政局局长'],
      ['成员', '丁伟', '县教育局局长'],
    ]);
    // a name and his two posts are one member
    expect(await roster('组长:甲明 县委常委 常务副县长')).toHaveLength(1);
  });

  it('reads a role duty ("组长:负责…;副组长:协助…") as no roster line', async () => {
    // a role's duty names no one; a post described by its duty does
    expect(await roster('组长:负责全面工作;副组长:协助组长工作')).toEqual([]);
    expect(await roster('组长:负责交通工作的副县长')).toEqual([['组长', null, '负责交通工作的副县长']]);
  });
});

describe('members each with a bracketed post on one line', () => {
  it('reads every member, padded names joined, a space before the bracket allowed', async () => {
    expect(
      await roster(
        '组 长:甲明(县委常委、副县长)\n成 员: 张 鼎(县公安局副局长) 乙强(X局主任) 丙 平 (X局局长助理)',
      ),
    ).toEqual([
      ['组长', '甲明', '县委常委、副县长'],
      ['成员', '张鼎', '县公安局副局长'],
      ['成员', '乙强', 'X局主任'],
      ['成员', '丙平', 'X局局长助理'],
    ]);
  });

  it('keeps a padded name with its bracketed post where a whole notice is on one line', async () => {
    const flat =
      'X县人民政府办公室关于成立X县清理整顿工作领导小组的通知 各乡镇人民政府,县直各单位: 为切实防范风险,经研究,决定成立领导小组,组成人员如下: ' +
      '组 长:甲明(县委常委、副县长) 副组长:乙强(县政府办公室副主任) 成 员: 张 鼎(县公安局副局长) 郭 云(X县支行行长) 丙平(X局主任) ' +
      '领导小组办公室设在县财政局。 X县人民政府办公室 2012年4月16日';
    const members = (await parseText(flat)).personnel.filter((p) => p.role === '成员');
    expect(members.map((p) => [p.name, p.titles.join('、')])).toEqual([
      ['张鼎', '县公安局副局长'],
      ['郭云', 'X县支行行长'],
      ['丙平', 'X局主任'],
    ]);
  });
});

describe('posts that take a role in prose (round 24)', () => {
  it('由市长任组长, then the clauses that go on without 由, and the heads of units 为成员', async () => {
    const d = await parseText(
      'X市人民政府关于成立X市创卫工作领导小组的通知\n各县区人民政府:\n为加强领导,决定成立X市创卫工作领导小组,由市长任组长,分管副市长任副组长,市政府办公室、市卫健委主要负责同志为成员。\nX市人民政府\n2020年1月2日\n',
    );
    expect(d.personnel.map((p) => [p.role, p.name, p.titles.join('、'), p.incomplete])).toEqual([
      ['组长', null, '市长', false],
      ['副组长', null, '分管副市长', false],
      ['成员', null, '市政府办公室、市卫健委主要负责同志', false],
    ]);
  });

  it('a person named so is no post, and a clause without a 由 before it takes no role', async () => {
    const read = async (sentence: string) =>
      (await parseText(`X市人民政府关于成立领导小组的通知\n各县区人民政府:\n${sentence}\n`)).personnel.map(
        (p) => p.role,
      );
    expect(await read('决定成立领导小组,市长任组长。')).toEqual([]);
  });
});

describe("a roster's group: the heading right above it, not a phrase of another line", () => {
  const grouped = (text: string) =>
    parseText(text).then((d) => d.personnel.map((p) => [p.group, p.role, p.name, p.titles.join('、')]));
  const cases: [string, string, string[][]][] = [
    [
      'takes the group from a heading or short line above the roster ((一)宣传组, 办公室(…))',
      '东河市创建工作方案\n一、组织机构\n东河市创建工作指挥部,名单如下:\n指挥长:甲某\n成员:乙某\n……\n指挥部下设办公室和2个工作组。\n办公室(市创建办)\n主任:丙某\n成员:从市有关单位抽调。\n主要职责:\n1.完成指挥部领导交办的其他事项;\n(一)宣传组\n组长:丁某\n',
      [
        ['东河市创建工作指挥部', '指挥长', '甲某', ''],
        ['东河市创建工作指挥部', '成员', '乙某', ''],
        ['办公室(市创建办)', '主任', '丙某', ''],
        ['宣传组', '组长', '丁某', ''],
      ],
    ],
    [
      'takes it from a heading that sets the group up (成立X小组), and reads no duty as a member',
      '东河乡森林防火方案\n一、成立森林防火领导小组\n组长:甲某某\n成员:乙某 丙某\n二、成立后勤保障小组\n组长:丁某某\n成员:戊某 己某\n后勤保障小组负责火场后勤\n',
      [
        ['森林防火领导小组', '组长', '甲某某', ''],
        ['森林防火领导小组', '成员', '乙某', ''],
        ['森林防火领导小组', '成员', '丙某', ''],
        ['后勤保障小组', '组长', '丁某某', ''],
        ['后勤保障小组', '成员', '戊某', ''],
        ['后勤保障小组', '成员', '己某', ''],
      ],
    ],
    [
      'gives a post named in prose the group named up to it, not one a later clause names',
      '东河地区攻坚工作的通知\n国务院决定成立东河地区攻坚领导小组。领导小组组成人员如下:\n组长:甲某某 国务委员\n领导小组办公室设在教育部,办公室主任由乙某某兼任。\n今后,成员需要调整的,经领导小组办公室审核后报请领导小组组长批准。\n',
      [
        ['东河地区攻坚领导小组', '组长', '甲某某', '国务委员'],
        ['东河地区攻坚领导小组', '办公室主任', '乙某某', ''],
      ],
    ],
  ];
  it.each(cases)('%s', async (_, text, expected) => {
    expect(await grouped(text)).toEqual(expected);
  });
});

describe('a roster run on after the sentence that sets up its group', () => {
  it('is cut at its labels, 成员单位: among them; posts alone lose no name', async () => {
    const d = await parseText(
      '东河镇森林防火预案\n一、组织机构\n为了加强领导,镇设立森林防火指挥部,全面负责应急工作。 总指挥长:镇 长副指挥长:分管副镇长专职副指挥长:林业站站长成员单位:林业站、派出所、财政所\n',
    );
    expect(d.personnel.map((p) => [p.group, p.role, p.titles.join('、'), p.incomplete])).toEqual([
      ['森林防火指挥部', '总指挥长', '镇长', false],
      ['森林防火指挥部', '副指挥长', '分管副镇长', false],
      ['森林防火指挥部', '专职副指挥长', '林业站站长', false],
    ]);
  });
});

describe('a name glued to a title that opens with a short national body name or a rank', () => {
  it('is split: 国务委员, 发展改革委副主任, 统计局局长, 审计署副审计长', async () => {
    expect(
      await appointed(
        '国务院办公厅关于成立东河攻坚领导小组的通知\n领导小组组成人员如下:\n组长:周七国务委员\n副组长:钱五发展改革委副主任\n成员:孙六卫生健康委副主任\n郑九统计局局长\n冯十审计署副审计长\n吴某某国务委员\n',
      ),
    ).toEqual([
      ['组长', '周七', '国务委员'],
      ['副组长', '钱五', '发展改革委副主任'],
      ['成员', '孙六', '卫生健康委副主任'],
      ['成员', '郑九', '统计局局长'],
      ['成员', '冯十', '审计署副审计长'],
      ['成员', '吴某某', '国务委员'],
    ]);
  });
});
