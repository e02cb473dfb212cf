import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyDepartment,
  findDepartmentMentions,
  findDuties,
  findResponsibility,
  splitDepartmentList,
  type DepartmentClass,
  type ResponsibleUnit,
} from '../src/extract/department.js';
import {
  COMBINED_BODIES,
  DEPARTMENT_FUNCTIONS,
  LEVELLED_BODIES,
  REPLACED_BODIES,
} from '../src/knowledge/departments.js';
import { parseText } from '../src/index.js';
import { CORPUS, GOLD, HAS_SHARED, SEEDS } from './support/files.js';
import { expectLinearTime, repeatTo } from './support/linear.js';

type Level = DepartmentClass['level'];
const M: Level = 'municipal';
const P: Level = 'provincial';
const N: Level = 'national';
const D: Level = 'district-county';
const T: Level = 'township-street';

/** The units of a text's responsibility note, each with its part (市民政局:lead). */
const roles = (text: string) => findResponsibility(text)?.units.map((u) => `${u.name}:${u.role}`);

describe('knowledge/departments', () => {
  const bodies = [...COMBINED_BODIES, ...LEVELLED_BODIES, ...REPLACED_BODIES];
  const names = [
    ...DEPARTMENT_FUNCTIONS.flatMap((f) => [...f.names, ...(f.provincial ?? []), ...(f.national ?? [])]),
    ...bodies.flatMap((b) => [...b.names, ...(b.provincial ?? []), ...(b.national ?? [])]),
  ];

  it('has at least 60 functions and no name listed twice', () => {
    expect(DEPARTMENT_FUNCTIONS.length).toBeGreaterThanOrEqual(60);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('maps every body to functions of the taxonomy', () => {
    const ids = new Set(DEPARTMENT_FUNCTIONS.map((f) => f.id));
    expect(bodies.flatMap((b) => b.functions).filter((f) => !ids.has(f))).toEqual([]);
  });

  it('classifies every name of the table to its own functions', () => {
    const wrong = names.filter((n) => classifyDepartment(n).canonical === null);
    expect(wrong).toEqual([]);
  });
});

describe('classifyDepartment', () => {
  // [name, canonical, level, year of the replacing reform or null, functions when several]
  const rows: [string, string, Level, number | null, string[]?][] = [
    // 发展改革 and its abbreviations
    ['市发展改革委', '发展改革', M, null],
    ['国家发展改革委', '发展改革', N, null],
    ['省发展改革委', '发展改革', P, null],
    ['发改委', '发展改革', null, null],
    ['区发改局', '发展改革', D, null],
    ['县发展和改革局', '发展改革', D, null],
    ['市发展和改革委员会', '发展改革', M, null],
    ['区经发局', '发展改革', D, null, ['发展改革', '工业和信息化', '商务']],
    // ministries of the 1980s and 1990s
    ['劳动人事部', '人力资源社会保障', N, 1988],
    ['水电部', '水利', N, 1988, ['水利', '能源']],
    ['劳动部', '人力资源社会保障', N, 1998],
    ['县劳动局', '人力资源社会保障', D, 1998],
    // a government's office that follows up the work it assigns
    ['市人民政府督查室', '督查', M, null],
    ['市政府督考办', '督查', M, null],
    ['区政府督查室', '督查', D, null],
    ['外专局', '科技', N, 2018],
    // 人社, 卫健, 住建, 文旅, 自然资源, 审批
    ['区人社局', '人力资源社会保障', D, null],
    ['市人力资源和社会保障局', '人力资源社会保障', M, null],
    ['人力资源社会保障部', '人力资源社会保障', N, null],
    ['市卫健委', '卫生健康', M, null],
    ['省卫生健康委员会', '卫生健康', P, null],
    ['区卫健局', '卫生健康', D, null],
    ['国家卫生健康委', '卫生健康', N, null],
    ['区住建局', '住房城乡建设', D, null],
    ['市住房和城乡建设局', '住房城乡建设', M, null],
    ['区文广旅局', '文化和旅游', D, null, ['文化和旅游', '广播电视']],
    ['市文化广电和旅游局', '文化和旅游', M, null, ['文化和旅游', '广播电视']],
    ['县文旅局', '文化和旅游', D, null],
    ['区自然资源和规划局', '自然资源', D, null],
    ['区行政审批局', '行政审批', D, null],
    ['审批局', '行政审批', null, null],
    ['市场监管局', '市场监管', null, null],
    ['区市场监管局', '市场监管', D, null],
    // combined bodies
    ['区教体局', '教育', D, null, ['教育', '体育']],
    ['区科工局', '科技', D, null, ['科技', '工业和信息化']],
    ['区科技文体局', '科技', D, null, ['科技', '文化和旅游', '体育']],
    ['区财政金融局', '财政', D, null, ['财政', '地方金融']],
    ['区旅游文体局', '文化和旅游', D, null, ['文化和旅游', '体育']],
    // bodies the 2018 reform (and earlier ones) replaced
    ['市卫生计生委', '卫生健康', M, 2018],
    ['县卫计委', '卫生健康', D, 2018],
    ['市卫生和计划生育委员会', '卫生健康', M, 2018],
    ['县卫生局', '卫生健康', D, 2013],
    ['市国土资源局', '自然资源', M, 2018],
    ['市农牧局', '农业农村', M, 2018],
    ['县农业局', '农业农村', D, 2018],
    ['市农业农村局', '农业农村', M, null],
    ['市旅游发展委', '文化和旅游', M, 2018],
    ['市旅游局', '文化和旅游', M, 2018],
    ['市文广新局', '文化和旅游', M, 2018, ['文化和旅游', '广播电视', '新闻出版']],
    ['市质量技术监督局', '市场监管', M, 2018],
    ['县质监局', '市场监管', D, 2018],
    ['市食品和市场监管局', '市场监管', M, 2018],
    ['区工商局', '市场监管', D, 2018],
    ['市食品药品监督管理局', '市场监管', M, 2018],
    ['衡水银监局', '金融监管', M, 2018],
    ['河北银监局', '金融监管', P, 2018],
    ['衡水银保监分局', '金融监管', M, 2023],
    ['平潭银保监组', '金融监管', D, 2023],
    ['国家金融监督管理总局衡水监管分局', '金融监管', M, null],
    ['市安监局', '应急管理', M, 2018],
    ['市环保局', '生态环境', M, 2018],
    ['市科技创新局', '科技', M, 2018],
    ['市金融办', '地方金融', M, 2018],
    ['市委金融办', '地方金融', M, null],
    ['市地税局', '税务', M, 2018],
    ['市劳动保障局', '人力资源社会保障', M, 2008],
    // levels from prefixes
    ['国家税务总局衡水市税务局', '税务', M, null],
    ['国家税务总局', '税务', N, null],
    ['区税务局', '税务', D, null],
    ['财政部', '财政', N, null],
    ['教育部', '教育', N, null],
    ['审计署', '审计', N, null],
    ['省财政厅', '财政', P, null],
    ['民政厅', '民政', P, null],
    ['省文化和旅游厅', '文化和旅游', P, null],
    ['河北省民政厅', '民政', P, null],
    ['内蒙古自治区民政厅', '民政', P, null],
    ['延边朝鲜族自治州民政局', '民政', M, null],
    ['市民政局', '民政', M, null],
    ['邯郸市邯山区民政局', '民政', D, null],
    ['湖滨街道综合执法局', '城市管理', T, null],
    ['南堡乡人民政府办公室', '政府办公室', T, null],
    ['国务院办公厅', '政府办公室', N, null],
    ['市政府办公室', '政府办公室', M, null],
    ['市委宣传部', '宣传', M, null],
    ['中共衡水市委组织部', '组织', M, null],
    ['团市委', '团委', M, null],
    ['共青团衡水市委', '团委', M, null],
    ['市消防救援支队', '消防', M, null],
    ['人行平潭支行', '人民银行', D, null],
    ['中国人民银行衡水市中心支行', '人民银行', M, null],
    ['平潭海关', '海关', M, null],
    ['海关总署', '海关', N, null],
    ['国网衡水供电公司', '电力', M, null],
    ['衡水高新区管委会经发局', '发展改革', D, null, ['发展改革', '工业和信息化', '商务']],
    // other functions
    ['县公安局', '公安', D, null],
    ['市医保局', '医疗保障', M, null],
    ['区退役军人事务局', '退役军人事务', D, null],
    ['市应急管理局', '应急管理', M, null],
    ['市住房公积金管理中心', '住房公积金', M, null],
    ['市城管局', '城市管理', M, null],
    ['市国资委', '国资', M, null],
    ['市供销社', '供销', M, null],
    ['区残联', '残联', D, null],
    ['市妇联', '妇联', M, null],
    ['市总工会', '工会', M, null],
    ['市红十字会', '红十字会', M, null],
    ['市气象局', '气象', M, null],
    ['市委网信办', '网信', M, null],
    // 交通 + 建设 bodies are one combined body however the name joins them
    ['区交通建设局', '交通运输', D, null, ['交通运输', '住房城乡建设']],
    ['区交通与建设局', '交通运输', D, null, ['交通运输', '住房城乡建设']],
    ['区交建局', '交通运输', D, null, ['交通运输', '住房城乡建设']],
    // two functions joined by 与/和 under one ending: both, the first named first, no rename
    ['区财政与金融局', '财政', D, null, ['财政', '地方金融']],
    ['县农业与水利局', '农业农村', D, null, ['农业农村', '水利']],
    ['市文化与旅游局', '文化和旅游', M, null],
    ['市自然资源与规划局', '自然资源', M, null],
    // vertical branches, also after a level word
    ['区人民银行北城支行', '人民银行', D, null],
    ['人行北城中心支行', '人民银行', M, null],
    ['国家统计局北城调查队', '统计', M, null],
    // whole names of provincial party and government offices
    ['中共河北省委办公厅', '党委办公室', P, null],
    ['省委办公厅', '党委办公室', P, null],
    ['县委办', '党委办公室', D, null],
    ['省农业农村厅', '农业农村', P, null],
    ['省外汇管理局', '外汇管理', P, null],
    ['区市场局', '市场监管', D, null],
    // national bodies and local ones outside the 2018 skeleton
    ['外交部', '外事', N, null],
    ['国务院港澳办', '港澳事务', N, null],
    ['国家移民局', '移民管理', N, null],
    ['广电总局', '广播电视', N, null],
    ['区机关事务管理中心', '机关事务', D, null],
    ['市市政局', '城市管理', M, null],
    // bodies that earlier reforms replaced
    ['市发展计划局', '发展改革', M, 2003],
    ['省测绘地信局', '自然资源', P, 2018],
    // contracted local names (办 for 办公室, 人力社保, 住保, 国土房管, 经贸委)
    ['市府办', '政府办公室', M, null],
    ['县府办', '政府办公室', D, null],
    ['市人力社保局', '人力资源社会保障', M, null],
    ['省人力社保厅', '人力资源社会保障', P, null],
    ['市农办', '农业农村', M, null],
    ['市委农办', '农业农村', M, null],
    ['市住保办', '住房城乡建设', M, null],
    ['市住房保障办', '住房城乡建设', M, null],
    ['区房管局', '住房城乡建设', D, null],
    ['市规划建设局', '自然资源', M, null, ['自然资源', '住房城乡建设']],
    ['市科技和信息化局', '科技', M, null, ['科技', '工业和信息化']],
    ['市国土房管局', '自然资源', M, 2018, ['自然资源', '住房城乡建设']],
    ['市经贸委', '工业和信息化', M, 2008, ['工业和信息化', '商务']],
    ['市经济贸易委员会', '工业和信息化', M, 2008, ['工业和信息化', '商务']],
    ['市水利水电局', '水利', M, null],
    ['市委政研室', '政策研究', M, null],
    ['省国防科工办', '国防科技工业', P, null],
    ['公积金分中心', '住房公积金', D, null],
    // courts and procuratorates
    ['市法院', '人民法院', M, null],
    ['市检察院', '人民检察院', M, null],
    ['县人民法院', '人民法院', D, null],
    ['衡水市中级人民法院', '人民法院', M, null],
    ['河北省高级人民法院', '人民法院', P, null],
    ['最高人民法院', '人民法院', N, null],
    ['最高人民检察院', '人民检察院', N, null],
    // a 局's 分局 is its district branch unless a level word says otherwise
    ['工商分局', '市场监管', D, 2018],
    ['市工商分局', '市场监管', M, 2018],
    ['区规划分局', '自然资源', D, 2018],
    ['市场监管分局', '市场监管', D, null],
    // national bodies under old names, and offices merged into others
    ['交通部', '交通运输', N, 2008],
    ['环保总局', '生态环境', N, 2008],
    ['国家环保总局', '生态环境', N, 2008],
    ['国务院扶贫办', '乡村振兴', N, 2021],
    ['县扶贫办', '乡村振兴', D, 2021],
    ['西部开发办', '发展改革', N, 2008],
    ['国务院振兴东北办', '发展改革', N, 2008],
    ['国家标准委', '市场监管', N, null],
    ['国家发展改革委', '发展改革', N, null],
    ['中国人民银行', '人民银行', N, null],
    ['国家统计局', '统计', N, null],
    // governments: by organ, or by a place and level word alone
    ['市政府', '人民政府', M, null],
    ['县人民政府', '人民政府', D, null],
    ['衡水市人民政府', '人民政府', M, null],
    ['越秀区', '人民政府', D, null],
    ['广州市越秀区', '人民政府', D, null],
    // a 直辖市 is of a province's level, its districts of a county's
    ['北京市人民政府', '人民政府', P, null],
    // the 爱国卫生运动委员会 of every level and its office
    ['县爱卫会', '爱国卫生', D, null],
    ['市爱卫办', '爱国卫生', M, null],
    ['上海市教育委员会', '教育', P, null],
    ['重庆市渝中区', '人民政府', D, null],
    ['北城街道', '人民政府', T, null],
    // local bodies of a county's roster
    ['县人武部', '人民武装', D, null],
    ['县文体广电和旅游局', '文化和旅游', D, null, ['文化和旅游', '广播电视', '体育']],
    ['县地震监测服务中心', '地震', D, null],
    ['武警东河中队', '武警', D, null],
    ['武警东河支队', '武警', M, null],
    // a city bureau's branch named by the county alone (after the 2018 vertical reform)
    ['东河生态环境局', '生态环境', D, null],
    ['省扶贫移民局', '乡村振兴', P, 2021],
    // a 厅 is a province's (林业厅 until 2018, as 农业厅)
    ['林业厅', '林业和草原', P, 2018],
    // sectors: a body's stem before 部门, or a law's term (公安机关), with no level of their own
    ['民政部门', '民政', null, null],
    ['县国土部门', '自然资源', D, 2018],
    ['市财政金融部门', '财政', M, null, ['财政', '地方金融']],
    ['公安机关', '公安', null, null],
  ];

  it.each(rows)('%s → %s', (name, canonical, level, year, functions) => {
    const c = classifyDepartment(name);
    expect(c.canonical).toBe(canonical);
    expect(c.functions).toEqual(functions ?? [canonical]);
    expect(c.level).toBe(level);
    expect(c.renamed?.year ?? null).toBe(year);
    expect(c.blanket).toBe(false);
  });

  it('knows no sector of a stem that names departments at large (政府部门, 政务部门)', () => {
    for (const name of ['政府部门', '政务部门', '主管部门'])
      expect(classifyDepartment(name).canonical).toBeNull();
  });

  it('records the superseded name', () => {
    expect(classifyDepartment('市卫生计生委').renamed).toEqual({ from: '卫生计生委', year: 2018 });
    expect(classifyDepartment('区城乡规划局').renamed).toEqual({ from: '城乡规划局', year: 2018 });
  });

  const collectives: [string, Level][] = [
    ['各县市区政府', D],
    ['各县(市、区)人民政府', D],
    ['各乡镇(街道)', T],
    ['各相关部门', null],
    ['各有关单位', null],
    ['各成员单位', null],
    ['区直各单位', D],
    ['市政府有关部门', M],
    ['各片区管理局', null],
    ['省政府各部门', P],
    ['全区经济运行各专班', null],
  ];
  it.each(collectives)('%s is a collective assignee', (name, level) => {
    expect(classifyDepartment(name)).toEqual({
      canonical: null,
      functions: [],
      level,
      renamed: null,
      blanket: true,
    });
  });

  const unknown = [
    '区城乡交建中心',
    '区交通集团',
    '中福海峡(平潭)发展股份有限公司',
    '',
    '市',
    '区党工委书记',
    // areas, not districts; a level word alone
    '示范区',
    '高新开发区',
    '核心区',
    '老城区',
    '幸福社区',
    '县级市',
    '政府',
  ];
  it.each(unknown)('%j is unknown', (name) => {
    expect(classifyDepartment(name)).toEqual({
      canonical: null,
      functions: [],
      level: null,
      renamed: null,
      blanket: false,
    });
  });
});

/** The unit `name` at its `nth` occurrence in `text`, as findResponsibility reports it. */
function unit(text: string, name: string, role: ResponsibleUnit['role'], nth = 0): ResponsibleUnit {
  let start = text.indexOf(name);
  for (let i = 0; i < nth; i++) start = text.indexOf(name, start + 1);
  return { name, start, end: start + name.length, role };
}

describe('splitDepartmentList', () => {
  const cases: [string, string[]][] = [
    ['市发展改革委、市民政局,各县市区政府按照职责分工负责', ['市发展改革委', '市民政局', '各县市区政府']],
    ['市财政局、市金融办、衡水银监局按照职责分工负责', ['市财政局', '市金融办', '衡水银监局']],
    ['国家税务总局衡水市税务局,各县市区政府按照职责分工负责', ['国家税务总局衡水市税务局', '各县市区政府']],
    [
      '省文化和旅游厅、省商务厅、省民政厅、省卫生健康委等',
      ['省文化和旅游厅', '省商务厅', '省民政厅', '省卫生健康委'],
    ],
    ['责任单位:市民政局;市财政局', ['市民政局', '市财政局']],
    ['各县(市、区)人民政府、市民政局', ['各县(市、区)人民政府', '市民政局']],
    // places share the organ or place kind after them, unless that is a unit of its own
    ['市财政局、各区、县级市政府', ['市财政局', '各区、县级市政府']],
    ['各区、县级市', ['各区、县级市']],
    ['各区、各街道', ['各区', '各街道']],
    ['区城乡交建中心、招商产业中心', ['区城乡交建中心', '招商产业中心']],
    ['区社会事业局(牵头医疗医美板块)、区市场监管局(牵头医药器械板块)', ['区社会事业局', '区市场监管局']],
    ['区招商产业中心,中福海峡(平潭)发展股份有限公司', ['区招商产业中心', '中福海峡(平潭)发展股份有限公司']],
    ['市卫健委牵头,市民政局配合', ['市卫健委', '市民政局']],
    ['牵头单位:区经发局 配合单位:各片区管理局,区交建局', ['区经发局', '各片区管理局', '区交建局']],
    ['由市民政局负责', ['市民政局']],
    ['市民政局 市财政局', ['市民政局', '市财政局']],
    ['牵头责任单位:省发展改革委。协同责任单位:省财政厅、省商务厅', ['省发展改革委', '省财政厅', '省商务厅']],
    ['责任单位:北城经济开发区,全区经济运行各专班', ['北城经济开发区', '全区经济运行各专班']],
    // the bracket the list stands in closes after its last unit
    ['责任单位:省市场监管局〕', ['省市场监管局']],
    ['省财政厅、省商务厅】', ['省财政厅', '省商务厅']],
    ['市民政局)', ['市民政局']],
    ['', []],
    ['、,;  ', []],
  ];
  it.each(cases)('%j', (text, names) => {
    const units = splitDepartmentList(text);
    expect(units.map((u) => u.name)).toEqual(names);
    for (const u of units) expect(text.slice(u.start, u.end)).toBe(u.name);
  });
});

describe('findResponsibility', () => {
  it('reads a trailing parenthesis: named units lead, collectives are `all`', () => {
    const text = '打造医养结合平台。(市发展改革委、市民政局,各县市区政府按照职责分工负责)';
    expect(findResponsibility(text)).toEqual({
      start: 9,
      end: 37,
      units: [
        { name: '市发展改革委', start: 10, end: 16, role: 'lead' },
        { name: '市民政局', start: 17, end: 21, role: 'lead' },
        { name: '各县市区政府', start: 22, end: 28, role: 'all' },
      ],
    });
  });

  it('reads the units that open a sentence with their role word and the work after it', () => {
    expect(roles('加强管理。由市民政局牵头制定实施细则。')).toEqual(['市民政局:lead']);
    expect(roles('加强管理。市民政局牵头制定实施细则,市财政局配合。')).toEqual([
      '市民政局:lead',
      '市财政局:participate',
    ]);
    expect(roles('加强管理。由市民政局牵头,市财政局、市卫健委配合,制定实施细则。')).toEqual([
      '市民政局:lead',
      '市财政局:participate',
      '市卫健委:participate',
    ]);
    // 负责 before the work describes a duty (由X负责审核…, see below); a subject that is no unit
    // assigns nothing
    expect(findResponsibility('完善机制。市民政局负责制定具体办法。')).toBeNull();
    expect(findResponsibility('各地要加强领导,牵头组织实施。')).toBeNull();
  });

  it('cuts a piece at 和/及 only where both halves are units', () => {
    expect(roles('加强督导。(市级各有关部门及各县市区政府按职责分工负责)')).toEqual([
      '市级各有关部门:all',
      '各县市区政府:all',
    ]);
    expect(roles('(市卫健委牵头,市民政局和市财政局配合)')).toEqual([
      '市卫健委:lead',
      '市民政局:participate',
      '市财政局:participate',
    ]);
    expect(roles('做好保障。(市人力资源和社会保障局负责)')).toEqual(['市人力资源和社会保障局:lead']);
  });

  it('reads the bracket a note stands in as no part of its last unit', () => {
    const text = '推进“一网通办”。〔责任单位:省市场监管局〕';
    expect(findResponsibility(text)?.units).toEqual([unit(text, '省市场监管局', 'lead')]);
  });

  it("reads sentences that name units as a part's holders (X为牵头责任单位, A、B为协办单位)", () => {
    expect(
      roles(
        '明确工作责任。市交通运输局为该议案办理工作的牵头责任单位,负责拟定方案。市发改委、市水利水产局、东河县政府为协办单位,各单位要互相配合。',
      ),
    ).toEqual([
      '市交通运输局:lead',
      '市发改委:participate',
      '市水利水产局:participate',
      '东河县政府:participate',
    ]);
    expect(roles('确定市财政局为牵头单位,市民政局、市教育局为配合单位。')).toEqual([
      '市财政局:lead',
      '市民政局:participate',
      '市教育局:participate',
    ]);
    expect(roles('加强管理。市财政局为本项工作的责任单位。')).toEqual(['市财政局:lead']);
    // a part named of no unit, or no part at all
    expect(findResponsibility('王某某为牵头单位负责人。该项目为市级重点项目。')).toBeNull();
  });

  it('reads running text naming units the taxonomy does not know beside one it knows', () => {
    const text = '完善研判机制。市市政园林管理局、甲新区管委会、市政府法律顾问室负责。';
    expect(findResponsibility(text)?.units.map((u) => [u.name, u.role])).toEqual([
      ['市市政园林管理局', 'lead'],
      ['甲新区管委会', 'lead'],
      ['市政府法律顾问室', 'lead'],
    ]);
    // with no known unit and no 由, a sentence ending in 负责 is no assignment
    expect(findResponsibility('完善机制。甲乙工作室、丙丁研究室负责。')).toBeNull();
  });

  it('reads 牵头 and 配合 words, each speaking for the units before it', () => {
    const text = '加强管理。(市卫健委牵头,市民政局、市财政局配合)';
    expect(findResponsibility(text)).toEqual({
      start: 5,
      end: text.length,
      units: [
        unit(text, '市卫健委', 'lead'),
        unit(text, '市民政局', 'participate'),
        unit(text, '市财政局', 'participate'),
      ],
    });
  });

  it('reads (责任单位:…等) and drops the trailing 等', () => {
    const text = '规划建设一批数字游民基地。(责任单位:省文化和旅游厅、省商务厅、省民政厅、省卫生健康委等)';
    const names = ['省文化和旅游厅', '省商务厅', '省民政厅', '省卫生健康委'];
    expect(findResponsibility(text)).toEqual({
      start: text.indexOf('('),
      end: text.length,
      units: names.map((n) => unit(text, n, 'lead')),
    });
  });

  it('reads 牵头单位:/配合单位: lines as one result', () => {
    const text = '推进工作。\n牵头单位:市民政局\n配合单位:市财政局、市人社局\n下一段落。';
    expect(findResponsibility(text)).toEqual({
      start: text.indexOf('牵头'),
      end: text.indexOf('市人社局') + 4,
      units: [
        unit(text, '市民政局', 'lead'),
        unit(text, '市财政局', 'participate'),
        unit(text, '市人社局', 'participate'),
      ],
    });
  });

  it('reads (牵头单位:X;配合单位:Y)', () => {
    const text = '开展试点。(牵头单位:市民政局;配合单位:市财政局、各县市区政府)';
    expect(findResponsibility(text)).toEqual({
      start: 5,
      end: text.length,
      units: [
        unit(text, '市民政局', 'lead'),
        unit(text, '市财政局', 'participate'),
        unit(text, '各县市区政府', 'participate'),
      ],
    });
  });

  it('reads a (一) heading segment of a flattened body, up to the next heading', () => {
    const text =
      '(八)大健康产业链 链 长:黄建波(区党工委副书记) 牵头单位:区社会事业局(牵头医疗医美板块)、' +
      '区市场监管局(牵头医药器械板块) 配合单位:各片区管理局,区旅游文体局,新兴产业园园区办,区社会事业中心、招商产业中心 ' +
      '(九)建筑房地产产业链 链 长:许永西';
    expect(findResponsibility(text)).toEqual({
      start: text.indexOf('牵头单位'),
      end: text.indexOf('招商产业中心') + 6,
      units: [
        unit(text, '区社会事业局', 'lead'),
        unit(text, '区市场监管局', 'lead'),
        unit(text, '各片区管理局', 'participate'),
        unit(text, '区旅游文体局', 'participate'),
        unit(text, '新兴产业园园区办', 'participate'),
        unit(text, '区社会事业中心', 'participate'),
        unit(text, '招商产业中心', 'participate'),
      ],
    });
  });

  it('makes the others participants when one unit is marked (牵头)', () => {
    const text = '(市民政局(牵头)、市财政局、市人社局)';
    expect(findResponsibility(text)?.units).toEqual([
      unit(text, '市民政局', 'lead'),
      unit(text, '市财政局', 'participate'),
      unit(text, '市人社局', 'participate'),
    ]);
  });

  it('reads a parenthesis holding a single known unit', () => {
    const text = '完善养老服务体系。(市民政局)';
    expect(findResponsibility(text)).toEqual({ start: 9, end: 15, units: [unit(text, '市民政局', 'lead')] });
  });

  it('takes the last note when a text holds several', () => {
    const text = '一是…(市民政局负责)。二是…(市财政局负责)';
    expect(findResponsibility(text)).toEqual({
      start: text.lastIndexOf('('),
      end: text.length,
      units: [unit(text, '市财政局', 'lead')],
    });
  });

  it('reads 由A、B等…部门(单位)牵头 + work after a comma, and the others that help', () => {
    const text =
      '开展自查。各方面督查重点,由所涉及的省民政厅、省财政厅、省扶贫移民局等省级主管部门(单位)牵头完成自查报告,' +
      '其他相关部门(单位)配合,于6月20日前报送省政府。';
    expect(roles(text)).toEqual([
      '省民政厅:lead',
      '省财政厅:lead',
      '省扶贫移民局:lead',
      '其他相关部门(单位):participate',
    ]);
    expect(classifyDepartment('其他相关部门(单位)').blanket).toBe(true);
    // units said to be responsible, with no lead named, still all lead
    expect(roles('完成监测。(省发展改革委、省财政厅等按职责分工负责)')).toEqual([
      '省发展改革委:lead',
      '省财政厅:lead',
    ]);
  });

  it('reads a note cut off at the end of an excerpt', () => {
    const text = '丰富研学康养。(责任单位:市民政局、市财政局';
    expect(findResponsibility(text)).toEqual({
      start: text.indexOf('责任'),
      end: text.length,
      units: [unit(text, '市民政局', 'lead'), unit(text, '市财政局', 'lead')],
    });
  });

  type Row = [string, [string, ResponsibleUnit['role']][]];
  const rows = (cases: Row[]) => cases;

  // 1. After a label every listed piece is a unit, known to the taxonomy or not.
  it.each(
    rows([
      [
        '1.做好甲工作。\n牵头单位:区发改局\n责任单位:北城经济开发区,全区经济运行各专班',
        [
          ['区发改局', 'lead'],
          ['北城经济开发区', 'participate'],
          ['全区经济运行各专班', 'all'],
        ],
      ],
      [
        '3.做好丙工作。(责任单位:区财政局、北城经济开发区)',
        [
          ['区财政局', 'lead'],
          ['北城经济开发区', 'lead'],
        ],
      ],
      [
        '做好丁工作。\n牵头单位:区工信局\n责任单位:北城经济开发区',
        [
          ['区工信局', 'lead'],
          ['北城经济开发区', 'participate'],
        ],
      ],
      [
        '推进建设。(责任单位:北城投资集团有限公司;配合单位:北城经济开发区管理办公室)',
        [
          ['北城投资集团有限公司', 'lead'],
          ['北城经济开发区管理办公室', 'participate'],
        ],
      ],
      // role words are trimmed, 等 too
      [
        '推进建设。(责任单位:北城经济开发区牵头,区财政局配合)',
        [
          ['北城经济开发区', 'lead'],
          ['区财政局', 'participate'],
        ],
      ],
      // the list still ends where the prose or a field begins
      ['推进建设。责任单位:北城经济开发区 加快推进项目建设。', [['北城经济开发区', 'lead']]],
      ['推进建设。(责任单位:市民政局,2024年底前完成)', [['市民政局', 'lead']]],
      ['推进建设。责任单位:北城经济开发区 完成时限:2024年底', [['北城经济开发区', 'lead']]],
    ]),
  )('reads every labelled piece in %j', (text, expected) => {
    const found = findResponsibility(text);
    expect(found?.units).toEqual(expected.map(([name, role]) => unit(text, name, role)));
  });

  // 1. Without a label a parenthesis stays conservative.
  it.each(['做好丙工作。(区财政局、北城经济开发区)', '建设北城经济开发区(北城新区)'])(
    'reads no unknown unit from the unlabelled %j',
    (text) => {
      expect(findResponsibility(text)).toBeNull();
    },
  );

  // 2. Compound labels, matched whole and longest first.
  it.each(
    rows([
      [
        '1﹒全省生产总值增长7%以上。\n牵头负责领导:张三。\n牵头责任单位:省发展改革委。\n协同责任单位:省经济和信息化厅、省财政厅、省农业农村厅等。',
        [
          ['省发展改革委', 'lead'],
          ['省经济和信息化厅', 'participate'],
          ['省财政厅', 'participate'],
          ['省农业农村厅', 'participate'],
        ],
      ],
      [
        '协同责任单位:省政府各部门、各直属机构。',
        [
          ['省政府各部门', 'participate'],
          ['各直属机构', 'participate'],
        ],
      ],
      [
        '(主要责任单位:市民政局;配合责任单位:市财政局)',
        [
          ['市民政局', 'lead'],
          ['市财政局', 'participate'],
        ],
      ],
      [
        '(牵头责任部门:市民政局;协同责任部门:市财政局)',
        [
          ['市民政局', 'lead'],
          ['市财政局', 'participate'],
        ],
      ],
      [
        '(主办单位:市民政局;协办单位:市财政局;参与单位:市人社局)',
        [
          ['市民政局', 'lead'],
          ['市财政局', 'participate'],
          ['市人社局', 'participate'],
        ],
      ],
      [
        '(责任部门:市民政局、市财政局)',
        [
          ['市民政局', 'lead'],
          ['市财政局', 'lead'],
        ],
      ],
      [
        '实施单位:市民政局、市财政局',
        [
          ['市民政局', 'lead'],
          ['市财政局', 'lead'],
        ],
      ],
      [
        '协同单位:市民政局\n落实单位:市财政局',
        [
          ['市民政局', 'participate'],
          ['市财政局', 'lead'],
        ],
      ],
    ]),
  )('reads the compound labels of %j', (text, expected) => {
    const found = findResponsibility(text);
    expect(found?.units).toEqual(expected.map(([name, role]) => unit(text, name, role)));
  });

  // 2b. 部门分工/责任分工 lines carry the units' own 牵头/配合 words; 负责部门 is a plain label;
  // a 分管领导 line names a person and is no label.
  it.each(
    rows([
      [
        '1.地区生产总值增长6%以上。\n分管省领导:张三\n部门分工:省发展改革委牵头,各地、各部门配合。',
        [
          ['省发展改革委', 'lead'],
          ['各地', 'participate'],
          ['各部门', 'participate'],
        ],
      ],
      [
        '2.一般公共预算收入增长5%左右。\n分管领导:李四\n责任分工:省财政厅牵头,省税务局配合。',
        [
          ['省财政厅', 'lead'],
          ['省税务局', 'participate'],
        ],
      ],
      [
        '推进工作。\n负责部门:市自然资源局、市财政局',
        [
          ['市自然资源局', 'lead'],
          ['市财政局', 'lead'],
        ],
      ],
      [
        '推进工作。(牵头负责单位:市民政局;配合单位:市财政局)',
        [
          ['市民政局', 'lead'],
          ['市财政局', 'participate'],
        ],
      ],
      ['推进工作。\n单位分工:各县区政府负责', [['各县区政府', 'all']]],
    ]),
  )('reads the 分工 and 负责部门 lines of %j', (text, expected) => {
    const found = findResponsibility(text);
    expect(found?.units).toEqual(expected.map(([name, role]) => unit(text, name, role)));
  });

  it.each(['分管省领导:张三', '1.推进工作。\n分管领导:李四\n完成时限:2024年底'])(
    'reads no unit from the person line %j',
    (text) => {
      expect(findResponsibility(text)).toBeNull();
    },
  );

  // 4. Assignments written as running text: a sentence of units and role words, or 由X负责 ending
  // the last sentence.
  it.each(
    rows([
      [
        '(一)加强协调。加强部门协作,由市财政局、市教育局负责。',
        [
          ['市财政局', 'lead'],
          ['市教育局', 'lead'],
        ],
      ],
      [
        '(二)加强保障。市财政局牵头,市教育局配合。',
        [
          ['市财政局', 'lead'],
          ['市教育局', 'participate'],
        ],
      ],
      ['(三)推进试点。各县区政府负责。', [['各县区政府', 'all']]],
      [
        '完善资金投入机制。市财政局牵头负责,各区政府具体实施。',
        [
          ['市财政局', 'lead'],
          ['各区政府', 'all'],
        ],
      ],
      ['建立长效机制。各有关部门按职责分工负责。', [['各有关部门', 'all']]],
      ['开展专项检查,由市市场监管局组织实施。', [['市市场监管局', 'lead']]],
      ['所需经费由市财政局承担。', [['市财政局', 'lead']]],
      [
        '推进数据共享,由市大数据局牵头,市公安局、市民政局配合。',
        [
          ['市大数据局', 'lead'],
          ['市公安局', 'participate'],
          ['市民政局', 'participate'],
        ],
      ],
      // inside 由…负责 a unit the taxonomy does not know is taken when one is known
      [
        '开展试点。由市发展改革委、北城投资集团有限公司负责。',
        [
          ['市发展改革委', 'lead'],
          ['北城投资集团有限公司', 'lead'],
        ],
      ],
      [
        '开展试点。由北城市发展和改革委员会、中共北城市委社会工作部负责。',
        [
          ['北城市发展和改革委员会', 'lead'],
          ['中共北城市委社会工作部', 'lead'],
        ],
      ],
      // A会同B: A leads, B takes part
      [
        '由市财政局会同市教育局负责。',
        [
          ['市财政局', 'lead'],
          ['市教育局', 'participate'],
        ],
      ],
      [
        '加强资金监管,由市财政局会同市审计局、各区政府负责。',
        [
          ['市财政局', 'lead'],
          ['市审计局', 'participate'],
          ['各区政府', 'all'],
        ],
      ],
      // a field line after it leaves the assignment the last sentence
      ['推进建设,由区住建局负责。\n完成时限:2025年底', [['区住建局', 'lead']]],
      // a sentence of units and role words stands anywhere
      [
        '区发改局牵头,区财政局配合。建立项目库,定期调度。',
        [
          ['区发改局', 'lead'],
          ['区财政局', 'participate'],
        ],
      ],
    ]),
  )('reads the running-text assignment of %j', (text, expected) => {
    const found = findResponsibility(text);
    expect(found?.units).toEqual(expected.map(([name, role]) => unit(text, name, role)));
  });

  it.each([
    '支持市财政局开展绩效评价工作。',
    '由市财政局负责审核资金使用情况。',
    '各地要加强配合。',
    '各部门要认真落实。',
    '请市财政局负责。',
    // 由…负责 in a sentence that is not the last is a duty described, not the measure's note
    '对违规行为,由市市场监管局负责。各地加强日常监管,定期通报情况。',
    // no known unit: 由 alone does not make 学校 a department
    '校园安全由学校负责。',
    '由市财政局联合市教育局负责。',
    '市财政局、市教育局。',
  ])('reads no running-text assignment from %j', (text) => {
    expect(findResponsibility(text)).toBeNull();
  });

  it('leaves running text alone when asked to', () => {
    expect(findResponsibility('由市财政局负责。', { runIn: false })).toBeNull();
  });

  it('reads A会同B in a parenthesis as two units, A leading', () => {
    const text = '完善监测体系。(市卫健委会同市民政局负责)';
    expect(findResponsibility(text)?.units).toEqual([
      unit(text, '市卫健委', 'lead'),
      unit(text, '市民政局', 'participate'),
    ]);
  });

  // 5. Notes holding ';' and inner parentheses: a remark after a known body is not its name.
  it.each(
    rows([
      [
        '推进改革。(牵头单位:市发展改革委;配合单位:市财政局(市国资委)、市教育局)',
        [
          ['市发展改革委', 'lead'],
          ['市财政局', 'participate'],
          ['市教育局', 'participate'],
        ],
      ],
      [
        '推进改革。(市发展改革委牵头;市委组织部(市委人才办)、各县(市、区)政府配合)',
        [
          ['市发展改革委', 'lead'],
          ['市委组织部', 'participate'],
          ['各县(市、区)政府', 'participate'],
        ],
      ],
      [
        '推进改革。\n牵头单位:区发改局(区统计局)\n配合单位:区财政局',
        [
          ['区发改局', 'lead'],
          ['区财政局', 'participate'],
        ],
      ],
    ]),
  )('reads the nested note of %j', (text, expected) => {
    const found = findResponsibility(text);
    expect(found?.units).toEqual(expected.map(([name, role]) => unit(text, name, role)));
  });

  // 3. Labelled lists that follow each other in a measure are one note.
  it.each(
    rows([
      [
        '推进工作。\n牵头单位:市民政局。\n完成时限:2024年底前。\n配合单位:市财政局',
        [
          ['市民政局', 'lead'],
          ['市财政局', 'participate'],
        ],
      ],
      [
        '推进工作。牵头单位:市民政局;牵头领导:张三;责任单位:市财政局、各县市区政府',
        [
          ['市民政局', 'lead'],
          ['市财政局', 'participate'],
          ['各县市区政府', 'all'],
        ],
      ],
      [
        '推进工作。\n牵头单位:市民政局\n配合单位:市财政局\n责任单位:北城经济开发区、各街道',
        [
          ['市民政局', 'lead'],
          ['市财政局', 'participate'],
          ['北城经济开发区', 'participate'],
          ['各街道', 'all'],
        ],
      ],
      // a heading between two lists parts them: the last one is the measure's
      ['1.做好甲。牵头单位:市民政局\n2.做好乙。\n配合单位:市财政局', [['市财政局', 'participate']]],
      ['牵头单位:市民政局\n下面是另一段正文,不是字段。\n配合单位:市财政局', [['市财政局', 'participate']]],
    ]),
  )('merges the labelled lists of %j', (text, expected) => {
    const found = findResponsibility(text);
    expect(found?.units).toEqual(expected.map(([name, role]) => unit(text, name, role)));
    const first = found!.units[0]!;
    expect(found!.start).toBeLessThanOrEqual(first.start);
    expect(found!.end).toBe(found!.units[found!.units.length - 1]!.end);
  });

  it.each([
    '医疗机构(含社区卫生服务中心)加强管理。',
    '鼓励采用政府与社会资本合作(PPP)模式。',
    '链 长:陈善光(区党工委书记)',
    '开展医养结合示范县(市、区)创建工作。',
    '依托衡水市中医院(国医堂)建设。',
    '牵头单位工作职责 1.制定具体工作方案。',
    '由市民政局(以下简称市民政局)统一管理。',
    '(区智慧岛公司、区交通集团)',
    '',
  ])('finds none in %j', (text) => {
    expect(findResponsibility(text)).toBeNull();
  });
});

describe('measures: where their responsible units are read', () => {
  const head = '北城市营商环境提升行动方案\n一、重点任务\n';
  // [outline after the head, measure title → "unit:role" list]
  const rows: [string, Record<string, string[]>][] = [
    // a note on a heading passes to the measures under it that name none
    [
      '(一)加强要素保障\n负责部门:市自然资源局、市财政局\n1.保障用地需求。优先安排年度计划。\n2.加大资金支持。统筹各类资金。(市财政局负责)',
      {
        加强要素保障: ['市自然资源局:lead', '市财政局:lead'],
        保障用地需求: ['市自然资源局:lead', '市财政局:lead'],
        加大资金支持: ['市财政局:lead'],
      },
    ],
    // a note in the heading's title, also when a ':' in it cut the title
    [
      '(一)优化政务服务(责任单位:市政务服务局)\n1.推进一网通办。全面推行网上办理。\n(二)压缩审批时限(市发展改革委牵头,市财政局配合)',
      {
        优化政务服务: ['市政务服务局:lead'],
        推进一网通办: ['市政务服务局:lead'],
        压缩审批时限: ['市发展改革委:lead', '市财政局:participate'],
      },
    ],
    // the measure text ending in (X牵头,Y、Z配合) keeps working
    [
      '(一)加强协调。建立联席会议制度(市发展改革委牵头,市财政局、市教育局配合)\n(二)加强保障。由市财政局负责。',
      {
        加强协调: ['市发展改革委:lead', '市财政局:participate', '市教育局:participate'],
        加强保障: ['市财政局:lead'],
      },
    ],
    // an introduction's running text does not assign the measures under it
    ['(一)加强协调\n各有关部门按职责分工负责。\n1.建立制度。定期召开会议。', { 建立制度: [] }],
    // with no note, the units its running text gives duties to: 负责 and 会同 lead, the units after
    // 会同 and those that 协助 take part; a sector (民政部门) is a unit too
    [
      '(一)明确分工。县卫生健康局负责制定实施细则,加强指导;县财政局会同有关部门制定补助标准;公安机关要积极协助维护秩序;民政部门负责发放补贴。\n' +
        '(二)加强管理。补助资金由县卫生健康局负责拨付。县财政局负责年度结算,专人负责。\n' +
        '(三)建设平台。县住房城乡建设局要会同相关职能部门建立企业信用档案。\n' +
        '(四)加强宣传。支持县财政局开展培训,县财政局负责人带队检查。',
      {
        明确分工: [
          '县卫生健康局:lead',
          '县财政局:lead',
          '有关部门:participate',
          '公安机关:participate',
          '民政部门:lead',
        ],
        加强管理: ['县卫生健康局:lead', '县财政局:lead'],
        建设平台: ['县住房城乡建设局:lead'],
        加强宣传: [],
      },
    ],
    // an item of one sentence gives its duties in its heading's line
    [
      '(一)职责分工\n1.公安部门负责会同民政部门清理门牌编号。\n2.县财政局负责落实所需经费。',
      {
        公安部门负责会同民政部门清理门牌编号: ['公安部门:lead', '民政部门:participate'],
        县财政局负责落实所需经费: ['县财政局:lead'],
      },
    ],
    // a bare run before a sector is no place (基层民政部门), and 审批部门 or 金融部门 is no sector
    [
      '(一)优化审批。项目审批部门要会同有关部门简化流程;金融部门要积极配合;基层民政部门负责排查;县财政局负责保障。',
      { 优化审批: ['县财政局:lead'] },
    ],
    // a duty's subject runs across the 由 of a word (自由贸易), not across one that opens a unit
    [
      '(一)推进改革。市自由贸易试验区管委会、市商务局负责制定清单。\n(二)加强管理。日常管理由县民政局负责。',
      { 推进改革: ['市自由贸易试验区管委会:lead', '市商务局:lead'], 加强管理: ['县民政局:lead'] },
    ],
  ];
  it.each(rows)('%j', async (outline, expected) => {
    const d = await parseText(head + outline);
    const got = Object.fromEntries(
      d.measures.map((m) => [m.title.replace(/\(.*$/, ''), m.departments.map((u) => `${u.name}:${u.role}`)]),
    );
    expect(got).toEqual(expected);
  });
});

describe('the department register', () => {
  it('leaves out the issuers of the documents a text cites', async () => {
    const d = await parseText(
      '一、总体要求\n根据《甲省人民政府办公厅关于推进养老服务发展的意见》,市民政局牵头制定方案。\n',
    );
    expect(d.departments.map((x) => x.name)).toEqual(['市民政局']);
  });

  it('and those written before the title they issued', async () => {
    const d = await parseText(
      '第一条 为规范公文处理,根据国务院办公厅《国家行政机关公文处理办法》及山东省人民政府办公厅《公文处理实施细则》,制定本细则。\n第二条 市政府办公室负责本细则的解释。\n',
    );
    expect(d.departments.map((x) => x.name)).toEqual(['市政府办公室']);
  });
});

describe('headings that report how things stand', () => {
  it('are no measures, unless a reporting verb makes them work', async () => {
    const d = await parseText(
      '关于科技节水建议的复函\n某委员:\n现将有关情况函复如下:\n一、城市节水和污水再生利用情况。近5年来,全国城市年节水量约35亿立方米。\n二、下一步拟采取的措施。研究制订膜分离技术政策。\n三、定期通报工作落实情况。每季度通报一次。\n四、发展现状与形势\n(一)发展成就。信息产业收入规模达到17.1万亿元。\n',
    );
    expect(d.measures.map((m) => m.title)).toEqual(['下一步拟采取的措施', '定期通报工作落实情况']);
  });
});

describe('headings that hold no work', () => {
  it('the places a heading lists (以下区域为…:) are no measures', async () => {
    const d = await parseText(
      'X县关于春节期间燃放烟花爆竹的通告\n一、禁放区域\n(一)以下区域为全年全天候禁放区:\n1.X寺等文物保护单位;\n2.易燃易爆物品生产、储存、销售单位;\n3.医院、幼儿园、中小学校、敬老院;\n4.法律法规规定的其他场所。\n(二)加强燃放监管。县公安局负责加强巡查。\n(三)禁放时间。每年除夕至正月十五。\n',
    );
    // (an announcement's items are no work unless they name who does it: 禁放时间 is none)
    expect(d.measures.map((m) => m.title)).toEqual(['加强燃放监管']);
  });

  it("a regulation's 总则 and 附则, and what an emergency plan puts under its 总则, are no measures", async () => {
    const regulation = await parseText('X市项目实施办法\n第一章 总 则\n第二章 实施\n第三章 附 则\n');
    expect(regulation.measures.map((m) => m.title)).toEqual(['实施']);
    const plan = await parseText(
      'X镇突发事件应急预案\n1 总则\n1.1 编制目的\n提高处置突发事件的能力。\n1.2 编制依据\n依据有关法律法规。\n2 组织指挥体系\n2.1 镇应急指挥部\n负责统一指挥。\n',
    );
    expect(plan.measures.map((m) => m.title)).toEqual(['镇应急指挥部']);
  });

  it('units named as holders in a heading (以X为牵头单位, Y为配合单位) are its responsible units', async () => {
    const d = await parseText(
      '东河县议案办理方案\n一、明确责任\n(一)以县交通运输局为牵头单位,负责道路建设。\n(二)县水利局为牵头单位,县财政局为配合单位,负责水利建设。\n',
    );
    expect(d.measures.map((m) => m.departments.map((u) => [u.name, u.role]))).toEqual([
      [['县交通运输局', 'lead']],
      [
        ['县水利局', 'lead'],
        ['县财政局', 'participate'],
      ],
    ]);
  });

  it('a section that sets the group up (成立领导小组 and its roster) is no measure', async () => {
    const d = await parseText(
      '东河州议案办理工作方案\n一、成立领导小组\n组 长:王某 副州长\n副组长:李某 州政府副秘书长\n二、明确工作责任\n州交通运输局为该议案办理工作的牵头责任单位。\n',
    );
    expect(d.measures.map((m) => m.title)).toEqual(['明确工作责任']);
  });

  it("the rosters of bodies, a group's members and duties, a plan's principles and a 预案's basis are no measures; a 链长's part naming its units is", async () => {
    const d = await parseText(
      '东河市非常设机构调整方案\n一、保留的机构\n(一)市绿化委员会\n主 任:王某\n副主任:李某、赵某\n(二)市产业链工作专班\n链 长:钱某\n牵头单位:市发展改革委\n二、联席会议的职责\n负责统筹协调全市绿化工作。\n三、联席会议成员\n召集人:孙某 副市长\n四、行动原则\n坚持统筹推进。\n五、编制依据\n依据有关法律法规。\n六、完善工作机制\n市林业局负责建立季度调度制度。\n',
    );
    expect(d.measures.map((m) => m.title)).toEqual(['市产业链工作专班', '完善工作机制']);
  });

  it('a heading made of frame nouns, or a rationale, holds no measures', async () => {
    const d = await parseText(
      'X镇甲类整治工作方案\n一、指导思想及目标\n坚持标本兼治,全面完成整治任务。\n二、攻坚原则\n(一)聚焦重点,合力攻坚\n集中力量推进重点项目。\n三、目标要求\n通过全镇的共同努力,达到全镇不发生甲类事件。\n四、深刻认识甲类整治的重大意义\n(一)甲类整治是改善民生的重要举措\n有利于提升群众满意度。\n五、加强巡查\n镇综治办负责日常巡查。\n',
    );
    expect(d.measures.map((m) => m.title)).toEqual(['加强巡查']);
  });

  it('the items of an announcement are no measures unless they name who carries them out', async () => {
    const d = await parseText(
      'X县人民政府关于征收甲村集体土地的公告\n一、征收范围\n甲村集体土地约2公顷。\n二、征收目的\n用于公共设施建设。\n三、征收实施单位\n东河县自然资源局负责组织实施。\n',
    );
    expect(d.measures.map((m) => [m.title, m.departments.map((u) => u.name)])).toEqual([
      ['征收实施单位', ['东河县自然资源局']],
    ]);
  });

  it('a section that holds a roster after its opening sentence (组织领导) is no measure', async () => {
    const d = await parseText(
      'X镇甲类整治工作方案\n一、组织领导\n为加强领导,成立镇甲类整治工作领导小组。\n组 长:王某\n副组长:李某、赵某\n二、加强巡查\n镇综治办负责日常巡查。\n',
    );
    expect(d.measures.map((m) => m.title)).toEqual(['加强巡查']);
  });
});

describe('a heading grouping the work one unit leads', () => {
  it('gives its items that unit as lead', async () => {
    const d = await parseText(
      '2025年县政府工作任务清单\n一、县示范区管委会牵头工作(8项)\n1.建设水产养殖基地。\n2.建设3个产业园。\n二、县农业农村局牵头工作(2项)\n1.新建高标准农田2万亩。\n',
    );
    expect(d.measures.map((m) => [m.title, m.departments.map((x) => `${x.name}:${x.role}`)])).toEqual([
      ['建设水产养殖基地', ['县示范区管委会:lead']],
      ['建设3个产业园', ['县示范区管委会:lead']],
      ['新建高标准农田2万亩', ['县农业农村局:lead']],
    ]);
  });
});

describe('findDepartmentMentions', () => {
  const cases: [string, string[]][] = [
    ['由市民政局会同区卫健局、省文化和旅游厅负责', ['市民政局', '区卫健局', '省文化和旅游厅']],
    ['报财政部、国家发展改革委备案', ['财政部', '国家发展改革委']],
    ['国家税务总局衡水市税务局', ['国家税务总局衡水市税务局']],
    ['市卫生健康委员会、市委宣传部、区委组织部', ['市卫生健康委员会', '市委宣传部', '区委组织部']],
    ['河北省民政厅', ['河北省民政厅']],
    // a place is included only where the text also writes it as a place
    ['衡水市人民政府办公室\n经衡水市民政局审核', ['衡水市人民政府办公室', '衡水市民政局']],
    ['提交市民政局审核', ['市民政局']],
    ['广州市教育局\n广州市天河区教育局', ['广州市教育局', '广州市天河区教育局']],
    // an area's name before its body stops at 和: 高新区和滨湖新 is not read as one
    ['衡水高新区建设\n衡水高新区和滨湖新区管委会', ['滨湖新区管委会']],
    ['由县示范区管委会牵头,会同甲新区财政局', ['县示范区管委会', '甲新区财政局']],
    ['平潭综合实验区管委会办公室', ['平潭综合实验区管委会办公室']],
    // a sector that opens a clause or a list's member is one, with no level (公安机关要…;财政部门负责…)
    ['公安机关要制定方案;财政部门、民政部门负责落实经费', ['公安机关', '财政部门', '民政部门']],
    // collectives, sectors inside a phrase and bare names are not mentions, nor is the 部门 of
    // whichever body does the work (审批部门) or of a unit's office (人事部门)
    ['各级民政部门和财政部门', []],
    // (nor a word a body's name begins: 建设部分资金, 建设部署 hold no 建设部)
    ['统筹“三农”建设部分资金,加快建设部署', []],
    ['审批部门、人事部门负责;市场部门、金融部门配合', []],
    // (nor a word 办 or a post's 长 begins: 经济办法; but 长期 is no post: 市财政局长期负责)
    ['出台数字经济办法', []],
    ['市财政局长期负责资金监管', ['市财政局']],
    ['各市民政局', []],
    ['民政局负责', []],
    ['市场监管局', []],
    ['全市教育系统', []],
    ['社区工会和园区管委会', []],
    ['本地区工会和各地区工会参与,直辖市总工会指导', []],
    // no fragment cut from a longer name
    ['协同:省农村农业厅、省农业农村厅', ['省农村农业厅', '省农业农村厅']],
    ['安徽省农业农村厅', ['安徽省农业农村厅']],
    ['报省政府农业厅', ['农业厅']],
    ['中共河北省委办公厅、河北省人民政府办公厅', ['中共河北省委办公厅', '河北省人民政府办公厅']],
    ['中共中央办公厅国务院办公厅印发', ['国务院办公厅']],
    ['区委办公室,市委办公厅', ['区委办公室', '市委办公厅']],
    ['区人民银行北城支行负责', ['区人民银行北城支行']],
    ['协同人行北城中心支行、中国人民银行北城支行', ['人行北城中心支行', '中国人民银行北城支行']],
    ['国家统计局北城调查队', ['国家统计局北城调查队']],
    ['人民银行的支行', []],
    ['区交通与建设局', ['区交通与建设局']],
    // a function's sector named with a level word (县国土部门) is a unit of that level
    ['县国土部门负责,县经发部门审核', ['县国土部门', '县经发部门']],
    // the nouns of laws and regulations (行政部门, 主管部门, 行政主管部门), also after the
    // government they are part of
    [
      '市城乡建设行政主管部门负责管理;县级以上人民政府卫生健康主管部门、教育行政部门按照职责监督',
      ['市城乡建设行政主管部门', '卫生健康主管部门', '教育行政部门'],
    ],
    // a sending verb before a level word starts no place (…,上报县财政局), nor does a place run across 由
    ['编制计划,上报县财政局审核,再上报县财政局备案', ['县财政局', '县财政局']],
    ['A(乙)级项目由市民政局审核,两级项目由市民政局审核', ['市民政局', '市民政局']],
    // …but the 由 of a word (自由贸易) is part of the name
    ['支持市自由贸易试验区管委会开展探索', ['市自由贸易试验区管委会']],
    // a name at the very start of the text
    ['国务院办公厅是主管单位', ['国务院办公厅']],
    // a county's roster: its military office, merged bureaus, the city bureau's branch named by
    // the county (a place the text writes with 县), the armed police squadron
    [
      '东河县人民政府办公室\n东河县指挥部成员由县人武部、县经贸和科技局、东河生态环境局、县文体广电和旅游局、县地震监测服务中心、武警东河中队等组成',
      [
        '东河县人民政府办公室',
        '县人武部',
        '县经贸和科技局',
        '东河生态环境局',
        '县文体广电和旅游局',
        '县地震监测服务中心',
        '武警东河中队',
      ],
    ],
    // a bare place before a body only where the text writes it with a level word
    ['东河县\n成员由县人武部、西河生态环境局组成', ['县人武部']],
    ['东河县\n县人武部要求加强生态环境局建设', ['县人武部']],
  ];
  it.each(cases)('%j', (text, names) => {
    const found = findDepartmentMentions(text);
    expect(found.map((m) => m.name)).toEqual(names);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.name);
  });
});

describe('sectors a list names with one noun', () => {
  // each member is a sector, with the level word before the list; its span is its own part of the list
  it.each([
    [
      '市民政、财政部门负责;市国土资源、公安等行政部门配合',
      [
        ['市民政部门', '市民政'],
        ['市财政部门', '财政部门'],
        ['市国土资源行政部门', '市国土资源'],
        ['市公安行政部门', '公安等行政部门'],
      ],
    ],
    [
      '县级以上人民政府教育和卫生健康主管部门',
      [
        ['教育主管部门', '教育'],
        ['卫生健康主管部门', '卫生健康主管部门'],
      ],
    ],
    // (the 市 of 城市 is no level word: the list opens no clause, its last member does as a sector)
    ['加强城市交通、公安部门联动', [['公安部门', '公安部门']]],
    // …where it opens a clause, as one sector does: not inside a phrase
    ['会同民政和财政部门', []],
  ])('%j', (text, expected) => {
    const found = findDepartmentMentions(text);
    expect(found.map((m) => [m.name, text.slice(m.start, m.end)])).toEqual(expected);
  });
});

describe('properties', () => {
  const alphabet = [
    ...'市区县省各局委办厅部民政财卫健(),、;: 牵头配合负责等责任单位\n。国家税务总局衡水协同人行支公与交通建设',
  ];
  const texts = fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 200 });

  it('never throws, and every span slices to its name', () => {
    fc.assert(
      fc.property(texts, (text) => {
        classifyDepartment(text);
        const spans = [
          ...splitDepartmentList(text),
          ...findDepartmentMentions(text),
          ...(findResponsibility(text)?.units ?? []),
        ];
        for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.name);
      }),
      { numRuns: 500 },
    );
  });

  it('processes adversarial text in linear time', () => {
    const seed = HAS_SHARED
      ? readFileSync(join(SEEDS, 'hengshui-2018-113.txt'), 'utf8').normalize('NFKC')
      : '市民政局。';
    const inputs: [string, (n: number) => string][] = [
      ['bodies', repeatTo('市民政局')],
      ['notes', repeatTo('(责任单位:市民政局)')],
      ['labels', repeatTo('责任单位:')],
      ['parentheses', (n) => '('.repeat(n / 2) + ')'.repeat(n / 2)],
      ['commas', repeatTo('、')],
      ['level words', repeatTo('市')],
      // level words before no known body, and before one (市、县财政局), in a list and in prose
      ['shared level words', (n) => `(责任单位:${'市、'.repeat(n / 2)}县有关部门)`],
      ['shared level words before a body', (n) => `由${'市、'.repeat(n / 2)}县财政局负责。`],
      ['a list', repeatTo('某市卫生健康委员会、')],
      ['branches', repeatTo('区人民银行北城支行、')],
      ['label lines', repeatTo('牵头单位:北城开发区\n协同责任单位:北城园区,')],
      ['unknown bodies', repeatTo('省农村农业厅')],
      ['field lines between notes', repeatTo(`(牵头单位:市民政局)${'甲乙:'.repeat(25)}。x`)],
      ['duties', repeatTo('市民政局负责')],
      ['duties in one clause', repeatTo('市民政局、市财政局会同')],
      ['a notice', (n) => seed.repeat(Math.ceil(n / seed.length)).slice(0, n)],
    ];
    for (const [label, make] of inputs) {
      expectLinearTime(label, make, (text) => {
        splitDepartmentList(text);
        findResponsibility(text);
        findDuties(text);
        findDepartmentMentions(text, true);
      });
    }
  });
});

interface GoldResponsibility {
  measure: string;
  departments: string[];
}

/** As ../shared/eval/score.mjs compares department names. */
function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/[。;;:,,、]+$/u, '');
}

/** The measure's paragraph: from its title (after a heading marker) to the line end or the next heading. */
function findMeasureSegment(text: string, title: string): string | null {
  let at = text.indexOf(title);
  while (at >= 0 && !'.、)'.includes(text[at - 1] ?? '')) at = text.indexOf(title, at + 1);
  if (at < 0) return null;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  const nextHeading = / (?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d+\.)/g;
  nextHeading.lastIndex = at + title.length;
  const next = nextHeading.exec(text);
  return text.slice(at, next && next.index < end ? next.index : end);
}

describe.skipIf(!HAS_SHARED)('responsibilities of the gold documents (../shared/eval/gold)', () => {
  const golds = HAS_SHARED
    ? readdirSync(GOLD)
        .filter((f) => f.endsWith('.gold.json'))
        .sort()
        .map(
          (f) =>
            JSON.parse(readFileSync(join(GOLD, f), 'utf8')) as {
              doc: string;
              responsibilities?: GoldResponsibility[];
            },
        )
        .filter((g) => (g.responsibilities?.length ?? 0) > 0)
    : [];

  it('finds the gold units of every measure (mean Jaccard ≥ 95%, as score.mjs)', () => {
    const perDocument: number[] = [];
    for (const gold of golds) {
      const path = [join(SEEDS, gold.doc), join(CORPUS, gold.doc)].find((p) => existsSync(p));
      expect(path, gold.doc).toBeDefined();
      const text = readFileSync(path!, 'utf8').normalize('NFKC');
      let sum = 0;
      for (const r of gold.responsibilities!) {
        const segment = findMeasureSegment(text, r.measure.normalize('NFKC'));
        const found = new Set(
          (segment === null ? [] : (findResponsibility(segment)?.units ?? [])).map((u) =>
            normalizeName(u.name),
          ),
        );
        const expected = new Set(r.departments.map(normalizeName));
        const shared = [...expected].filter((d) => found.has(d)).length;
        sum += shared / new Set([...expected, ...found]).size;
      }
      perDocument.push(sum / gold.responsibilities!.length);
    }
    const mean = perDocument.reduce((a, b) => a + b, 0) / perDocument.length;
    console.log(
      `responsibilities: mean Jaccard ${(100 * mean).toFixed(1)}% over ${perDocument.length} documents`,
    );
    expect(golds.length).toBeGreaterThanOrEqual(3);
    expect(mean).toBeGreaterThanOrEqual(0.95);
  });

  it('classifies every unit named in the seeds’ responsibilities', () => {
    const seedNames = golds
      .filter((g) => existsSync(join(SEEDS, g.doc)))
      .flatMap((g) => g.responsibilities!.flatMap((r) => r.departments));
    expect(seedNames.length).toBeGreaterThan(0);
    const unclassified = seedNames.filter((n) => {
      const c = classifyDepartment(n.normalize('NFKC'));
      return c.canonical === null && !c.blanket;
    });
    expect(unclassified).toEqual([]);
  });
});

describe('the level words of a prefecture or league (州, 盟)', () => {
  const cases: [string, string[]][] = [
    // standing alone: at the start, after punctuation or a space
    ['州交通运输局为牵头单位。州发改委、州财政局配合', ['州交通运输局', '州发改委', '州财政局']],
    ['张某 州交通运输局局长\n李某 州委宣传部部长', ['州交通运输局', '州委宣传部']],
    ['、盟财政局、盟生态环境局', ['盟财政局', '盟生态环境局']],
    // part of a place (广州, 联盟), the next tier of a collective (各市(州), 市、州)
    ['杭州财政局、东河州财政局,联盟财政局', []],
    ['各市(州)财政局、各市、州财政局、各州财政局', []],
    // after a function word only where the document speaks at that level (副州长, 州政府)
    ['领导小组办公室设在州交通运输局', []],
    ['由副州长张某任组长。领导小组办公室设在州交通运输局', ['州交通运输局']],
    ['东河县人民政府,州政府有关部门:\n由州财政局负责', ['州财政局']],
    ['全州财政局', []],
  ];
  it.each(cases)('%j', (text, names) => {
    const found = findDepartmentMentions(text);
    expect(found.map((m) => m.name)).toEqual(names);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.name);
  });

  it("are read in a prefecture's notice, with the parts its measures give", async () => {
    const doc = await parseText(
      [
        '州七届人大一次会议代表议案办理方案',
        '一、成立领导小组',
        '成立议案办理工作领导小组,由副州长张某任组长。领导小组办公室设在州交通运输局。',
        '二、明确工作责任',
        '州交通运输局为该议案办理工作的牵头责任单位,负责拟定方案。州发改委、州财政局、东河县政府、西河市政府为协办单位,各单位要互相配合。',
      ].join('\n'),
    );
    expect(doc.departments.map((d) => [d.name, d.level, d.leads, d.participates])).toEqual([
      ['州交通运输局', M, ['m2'], []],
      ['州发改委', M, [], ['m2']],
      ['州财政局', M, [], ['m2']],
      ['东河县政府', D, [], ['m2']],
      ['西河市政府', M, [], ['m2']],
    ]);
  });
});

describe('bare body names in a national document', () => {
  it("count in a national group's roster, whose titles name national bodies", async () => {
    const doc = await parseText(
      [
        '二、组成人员',
        '组 长:张 某 国务院副总理',
        '副组长:李 某 工业和信息化部部长',
        '王某某 国资委主任',
        '成 员:赵某某 发展改革委副主任',
        '钱某某 人民银行副行长',
        '孙某某 统计局副局长',
        '周某某 外专局副局长',
        '吴某某 中科院副院长',
      ].join('\n'),
    );
    expect(doc.departments.map((d) => [d.name, d.canonical, d.level])).toEqual([
      ['工业和信息化部', '工业和信息化', N],
      ['国资委', '国资', N],
      ['发展改革委', '发展改革', N],
      ['人民银行', '人民银行', N],
      ['统计局', '统计', N],
      ['外专局', '科技', N],
      ['中科院', '科学院', N],
    ]);
    // a city's roster names its bodies with their level word; a bare name there is no national one
    const city = await parseText('组 长:张某 市长\n副组长:李某 市财政局局长\n成 员:王某 统计局局长\n');
    expect(city.departments.map((d) => [d.name, d.level])).toEqual([['市财政局', M]]);
  });

  it('count on their own only when asked, and never as the end of a longer word', () => {
    const text = '发展改革委会同水利部研究提出了办理意见,人民银行、统计局配合。';
    expect(findDepartmentMentions(text).map((m) => m.name)).toEqual(['水利部']);
    expect(findDepartmentMentions(text, true).map((m) => m.name)).toEqual([
      '发展改革委',
      '水利部',
      '人民银行',
      '统计局',
    ]);
    expect(findDepartmentMentions('加强国民政局势研判', true).map((m) => m.name)).toEqual([]);
  });
});

describe('departments of a county roster (unseen round 7)', () => {
  it('finds a branch named by the county that another line of the document writes with 县', async () => {
    const text = [
      '东河县人民政府办公室关于成立东河县抗震救灾指挥部的通知',
      '一、组成人员',
      '成员由县人武部、东河生态环境局、县地震监测服务中心、武警东河中队等分管领导组成。',
    ].join('\n');
    const found = new Map((await parseText(text)).departments.map((d) => [d.name, [d.canonical, d.level]]));
    expect(found.get('东河生态环境局')).toEqual(['生态环境', D]);
    expect(found.get('武警东河中队')).toEqual(['武警', D]);
  });
});

describe('departments of real notices (unseen round 4)', () => {
  const departments = async (text: string) =>
    new Map((await parseText(text)).departments.map((d) => [d.name, [d.canonical, d.level] as const]));

  it("reads the contracted local names of a roster's units", async () => {
    const text = [
      '成员：巫振江（市府办）',
      '李红樱（市人力社保局）',
      '陈嫩华（市农办）',
      '杨卫国（市规划建设局）',
      '张春（市住保办）',
      '吕新平（市法院）',
      '李为民（市检察院）',
      '骆卫东（公积金分中心）',
      '汪强（市科技和信息化局）',
      '王刚（市国土房管局）',
    ].join('\n');
    expect(Object.fromEntries(await departments(text))).toEqual({
      市府办: ['政府办公室', M],
      市人力社保局: ['人力资源社会保障', M],
      市农办: ['农业农村', M],
      市规划建设局: ['自然资源', M],
      市住保办: ['住房城乡建设', M],
      市法院: ['人民法院', M],
      市检察院: ['人民检察院', M],
      公积金分中心: ['住房公积金', D],
      市科技和信息化局: ['科技', M],
      市国土房管局: ['自然资源', M],
    });
  });

  it('gives labelled national names their level and old names their successors', async () => {
    const text =
      '一、任务\n（一）加强协调。（牵头单位：国家发展改革委；配合单位：发展改革委、国家发改委、交通运输部、交通部、' +
      '生态环境部、环保总局、国家林业局、林业局、统计局、国家统计局、人民银行、中国人民银行、国资委、扶贫办、' +
      '国务院扶贫办、省国防科工办、市人力社保局）';
    const doc = await parseText(text);
    const found = new Map(doc.departments.map((d) => [d.name, [d.canonical, d.level]]));
    expect(found.get('国家发展改革委')).toEqual(['发展改革', N]);
    expect(found.get('国家统计局')).toEqual(['统计', N]);
    expect(found.get('中国人民银行')).toEqual(['人民银行', N]);
    expect(found.get('交通部')).toEqual(['交通运输', N]);
    expect(found.get('环保总局')).toEqual(['生态环境', N]);
    expect(found.get('国务院扶贫办')).toEqual(['乡村振兴', N]);
    expect(found.get('扶贫办')).toEqual(['乡村振兴', null]);
    expect(found.get('省国防科工办')).toEqual(['国防科技工业', P]);
    expect(found.get('市人力社保局')).toEqual(['人力资源社会保障', M]);
    const refs = doc.measures[0]!.departments;
    expect(refs[0]).toEqual({ name: '国家发展改革委', canonical: '发展改革', role: 'lead' });
    expect(refs.filter((r) => r.canonical === null)).toEqual([]);
    expect(refs.slice(1).every((r) => r.role === 'participate')).toBe(true);
  });

  it('takes the bare names of a national document as the national bodies, old names included', async () => {
    const text = [
      '国务院办公厅关于有关问题办理情况的函',
      '四川省人民政府：',
      '现将有关情况函复如下：',
      '一、关于亭子口水利枢纽工程问题。',
      '发展改革委会同水利部研究提出了办理意见。',
      '二、关于生态移民问题。',
      '发展改革委会同西部开发办、扶贫办研究提出了办理意见，环保总局、交通部、林业局、国资委、人民银行、统计局、国家标准委配合。',
      '国务院办公厅',
      '2004年10月15日',
    ].join('\n');
    expect(Object.fromEntries(await departments(text))).toEqual({
      发展改革委: ['发展改革', N],
      水利部: ['水利', N],
      西部开发办: ['发展改革', N],
      扶贫办: ['乡村振兴', N],
      环保总局: ['生态环境', N],
      交通部: ['交通运输', N],
      林业局: ['林业和草原', N],
      国资委: ['国资', N],
      人民银行: ['人民银行', N],
      统计局: ['统计', N],
      国家标准委: ['市场监管', N],
    });
  });

  it('takes a district listed as a unit for its government, but finds no place in prose', async () => {
    const text =
      '35.人才服务中心。打造成为国内示范、国际知名的人才服务业高端品牌。（牵头单位：市委组织部，配合单位：' +
      '市科技和信息化局、市人力资源和社会保障局、市财政局、越秀区）';
    const doc = await parseText(text);
    expect(doc.measures[0]!.departments.at(-1)).toEqual({
      name: '越秀区',
      canonical: '人民政府',
      role: 'participate',
    });
    expect(doc.departments.find((d) => d.name === '越秀区')?.level).toBe(D);
    expect(findDepartmentMentions('支持越秀区建设人才特区，市法院、市府办配合。').map((m) => m.name)).toEqual(
      ['市法院', '市府办'],
    );
    // a place alone makes no piece of a note a unit
    expect(findResponsibility('加快建设。(核心区、越秀区)')).toBeNull();
  });
});

describe('departments of a diff review (round 13)', () => {
  const register = async (text: string) =>
    (await parseText(text)).departments.map((d) => [d.name, d.canonical, d.level] as const);

  it.each([
    // a commission's and a bureau's short names, 和 left out as in 住房城乡建设部
    ['市经济信息化委', '工业和信息化', M],
    ['市规划资源局', '自然资源', M],
    ['市住房城乡建设管理委', '住房城乡建设', M],
    ['市绿化市容局', '城市管理', M],
    ['省老龄办', '老龄工作', P],
    ['县老龄工作委员会办公室', '老龄工作', D],
    ['市规划自然资源委', '自然资源', M],
  ])('knows %s', (name, canonical, level) => {
    expect(classifyDepartment(name)).toMatchObject({ canonical, level });
  });

  it('reads the municipal short names of a roster', async () => {
    const text = [
      '关于成立东河新城建设领导小组的通知',
      '组 长:张某 市长',
      '成 员:李某 市经济信息化委主任',
      '王某 市规划资源局局长',
      '赵某 市住房城乡建设管理委主任',
      '钱某 市绿化市容局局长',
    ].join('\n');
    expect(await register(text)).toEqual([
      ['市经济信息化委', '工业和信息化', M],
      ['市规划资源局', '自然资源', M],
      ['市住房城乡建设管理委', '住房城乡建设', M],
      ['市绿化市容局', '城市管理', M],
    ]);
  });

  it("keeps a roster's department the taxonomy does not know, with its level word's level", async () => {
    const doc = await parseText(
      [
        '组 长:张某 市长',
        '成 员:李某 市委常委、宣传部部长',
        '王某 市文明办主任',
        '赵某 市政府副秘书长',
        '钱某 西河镇党委书记',
        '孙某 市财政局局长',
      ].join('\n'),
    );
    expect(doc.departments.map((d) => [d.name, d.canonical, d.level])).toEqual([
      ['市财政局', '财政', M],
      ['市文明办', null, M],
    ]);
    expect(doc.messages.filter((m) => m.ruleId === 'department/unknown').map((m) => m.message)).toEqual([
      'unit "市文明办" is not in the department taxonomy; kept with no function',
    ]);
  });

  it('gives the bare bodies of a 、 list the level of the unit named before them', async () => {
    const text =
      '经自治区人民政府同意,现将自治区卫生健康委、民政厅、发展改革委、经济和信息化委、老龄办《关于推进甲乙结合的实施意见》转发给你们。';
    expect(findDepartmentMentions(text).map((m) => [m.name, m.listLevel])).toEqual([
      ['自治区卫生健康委', undefined],
      ['民政厅', undefined],
      ['发展改革委', P],
      ['经济和信息化委', P],
      ['老龄办', P],
    ]);
    expect(await register(text)).toEqual([
      ['自治区卫生健康委', '卫生健康', P],
      ['民政厅', '民政', P],
      ['发展改革委', '发展改革', P],
      ['经济和信息化委', '工业和信息化', P],
      ['老龄办', '老龄工作', P],
    ]);
    // nothing but a list of whole names: not a body's name inside a longer word, nor one after a comma
    expect(findDepartmentMentions('市民政局、财政局长期支持,民政局配合。').map((m) => m.name)).toEqual([
      '市民政局',
    ]);
  });

  it('reads no level word inside a longer name of a list (住房城乡建设局), nor a comma inside a roster title', async () => {
    const text =
      '成 员:市委某某办、机要保密局,市发展改革局、公安局、住房城乡建设局、交通运输局、水利局分管负责同志。';
    expect(findDepartmentMentions(text).map((m) => m.name)).not.toContain('乡建设局');
    const doc = await parseText(`某市人民政府办公室关于成立某工作领导小组的通知\n各区人民政府:\n${text}\n`);
    expect(doc.departments.map((d) => [d.name, d.level])).toEqual(
      expect.arrayContaining([
        ['住房城乡建设局', M],
        ['交通运输局', M],
        ['水利局', M],
      ]),
    );
    expect(
      doc.departments.map((d) => d.name).filter((n) => /乡建设局$|,/.test(n) && n !== '住房城乡建设局'),
    ).toEqual([]);
  });

  it("reads an autonomous region's 农牧厅 (before 2018) as its agriculture department", async () => {
    expect(await register('授予自治区农牧厅等19个单位“先进单位”称号。')).toEqual([
      ['自治区农牧厅', '农业农村', P],
    ]);
  });

  it('keeps a bare body of one level apart from the same name in a list of another level', async () => {
    const doc = await parseText(
      '(一)加强某某建设。新建某某中心10个。(责任单位:市民政局、住建局、财政局)\n' +
        '(二)落实某某要求。县民政局、财政局负责资金保障。\n',
    );
    expect(doc.departments.map((d) => [d.name, d.level, d.mentions])).toEqual([
      ['市民政局', M, 1],
      ['住建局', M, 1],
      ['财政局', M, 1],
      ['县民政局', D, 1],
      ['财政局', D, 1],
    ]);
    // each measure's units are those its own text names: its note, or the units its duty falls to
    expect(doc.departments.filter((d) => d.leads.length > 0).map((d) => [d.name, d.level])).toEqual([
      ['市民政局', M],
      ['住建局', M],
      ['财政局', M],
      ['县民政局', D],
      ['财政局', D],
    ]);
  });

  it('keeps the names of a responsibility list as written, and leaves collectives to the measure', async () => {
    const doc = await parseText(
      '一、开展审批提速行动\n(一)加大简政放权力度。削减审批事项。(责任单位:市行政审批局、住建局、司法局,各县(区)人民政府)\n' +
        '(二)推行清单管理。(市行政审批局牵头,各地、各部门配合)\n',
    );
    expect(doc.departments.map((d) => [d.name, d.canonical, d.level])).toEqual([
      ['市行政审批局', '行政审批', M],
      ['住建局', '住房城乡建设', M],
      ['司法局', '司法', M],
    ]);
    expect(doc.measures.map((m) => m.departments.map((u) => `${u.name}:${u.role}`))).toEqual([
      ['市行政审批局:lead', '住建局:lead', '司法局:lead', '各县(区)人民政府:all'],
      ['市行政审批局:lead', '各地:participate', '各部门:participate'],
    ]);
  });
});

describe('departments of a diff review (round 15)', () => {
  it('knows the short forms 经贸投促局 and 军民融合办, with the level of their prefix', () => {
    const read = (name: string) => {
      const c = classifyDepartment(name);
      return [c.functions, c.level];
    };
    expect(read('区经贸投促局')).toEqual([['商务', '投资促进'], D]);
    expect(read('区交运局')).toEqual([['交通运输'], D]);
    expect(read('市委军民融合办')).toEqual([['军民融合'], M]);
  });

  it('a collective narrowed to the places concerned (各有关区、县级市) is no unit', async () => {
    const doc = await parseText(
      '一、重点项目\n1.农村人才项目。培训新型农民。(牵头单位:市农业局,配合单位:市科协,各有关区、县级市)\n',
    );
    expect(doc.departments.map((d) => d.name)).toEqual(['市农业局', '市科协']);
    expect(doc.measures[0]!.departments.map((u) => `${u.name}:${u.role}`)).toContain(
      '各有关区、县级市:participate',
    );
  });

  it('counts a bare unit of a roster list once, with the level of the list', async () => {
    const doc = await parseText(
      '关于成立市甲工作领导小组的通知\n组 长:负责甲工作的副市长\n成 员:市发展改革局、财政局、城管执法局分管负责同志。\n',
    );
    expect(doc.departments.map((d) => [d.name, d.level, d.mentions])).toEqual([
      ['市发展改革局', M, 1],
      ['财政局', M, 1],
      ['城管执法局', M, 1],
    ]);
  });
});

describe('level words that share one body (市、县交通运输局)', () => {
  it('a responsibility list names the body at each level, and goes on after it', () => {
    expect(roles('加强巡查。(责任单位:市、县、区应急管理局,市公安局)')).toEqual([
      '市应急管理局:lead',
      '县应急管理局:lead',
      '区应急管理局:lead',
      '市公安局:lead',
    ]);
    expect(roles('加强巡查,由市、县交通运输局负责。')).toEqual(['市交通运输局:lead', '县交通运输局:lead']);
    // a collective stays one assignee
    expect(roles('加强巡查。(责任单位:各市、县财政局)')).toEqual(['各市、县财政局:all']);
    // and before a sector (财政部门); 街道 stays a place stub
    expect(roles('加强巡查。(牵头单位:省、市、县财政部门)')).toEqual([
      '省财政部门:lead',
      '市财政部门:lead',
      '县财政部门:lead',
    ]);
    expect(roles('(责任单位:街道、镇便民服务中心)')).toEqual(['街道、镇便民服务中心:lead']);
    // (a known body: each tier's, 农业服务中心 the township's station)
    expect(roles('(责任单位:街道、镇农业服务中心)')).toEqual([
      '街道农业服务中心:lead',
      '镇农业服务中心:lead',
    ]);
  });

  it('prose names each level, unless the first level word ends a place (甲市、县…)', () => {
    const names = (text: string) => findDepartmentMentions(text).map((m) => m.name);
    expect(names('市、县交通运输局要加强巡查。')).toEqual(['市交通运输局', '县交通运输局']);
    expect(names('甲市、县交通运输局要加强巡查。')).toEqual(['县交通运输局']);
  });
});

describe('responsible units of 分解方案 items (主办/协办, 责任单位 lines)', () => {
  it('reads 主办 as lead and 协办 as participate, 相关街道 being a collective', () => {
    expect(roles('1.地区生产总值增长5%以上。(区发改委、区财政局主办)')).toEqual([
      '区发改委:lead',
      '区财政局:lead',
    ]);
    expect(roles('3.推动北岭商业综合体开业运营。(区商务局主办,相关街道协办)')).toEqual([
      '区商务局:lead',
      '相关街道:participate',
    ]);
  });

  it('a 责任单位 line ends a name at 等 and keeps the collective with its bracketed alternative', async () => {
    const doc = await parseText(
      '一、抓好防汛值守\n1.完善汛期值守举措。\n' +
        '责任单位:市防汛抗旱指挥部办公室、市卫生健康委等,各县(市、区)政府(管委会)\n' +
        '2.开展河道清障。\n责任单位:市卫生健康委、市城管局\n',
    );
    expect(doc.measures[0]!.departments.map((u) => `${u.name}:${u.role}`)).toEqual([
      '市防汛抗旱指挥部办公室:lead',
      '市卫生健康委:lead',
      '各县(市、区)政府(管委会):all',
    ]);
    expect(doc.departments.map((d) => d.name)).not.toContain('管委会');
  });

  it('a roster splits unit groups at ;', async () => {
    const doc = await parseText(
      '关于调整甲工作联席会议的通知\n组  长:区政府分管领导\n' +
        '成  员:区委组织部、区委统战部分管负责人;区发改商务局、区教育局主要负责人。\n',
    );
    expect(doc.personnel.find((p) => p.role === '成员')?.titles).toEqual([
      '区委组织部',
      '区委统战部分管负责人',
      '区发改商务局',
      '区教育局主要负责人',
    ]);
    const names = doc.departments.map((d) => d.name);
    expect(names).toContain('区发改商务局');
    expect(names.some((n) => n.includes(';'))).toBe(false);
  });

  it('names a customs regional office whole, and two functions side by side after a level word', () => {
    const read = (name: string) => {
      const c = classifyDepartment(name);
      return [c.functions, c.level];
    };
    expect(read('海关总署南滨分署')).toEqual([['海关'], P]);
    expect(
      findDepartmentMentions('成员单位包括省发展改革委、海关总署南滨分署、省气象局。').map((m) => m.name),
    ).toEqual(['省发展改革委', '海关总署南滨分署', '省气象局']);
    // a merged body of the level word's level; the government's own office is none (县政府金融办)
    expect(read('县发改商务局')).toEqual([['发展改革', '商务'], D]);
    expect(read('县政府金融办')).toEqual([['地方金融'], D]);
  });
});

describe("a body's branch named by its place after the body (市公安局X分局)", () => {
  it('is one unit with the body’s function, at the level of branches', () => {
    expect(findDepartmentMentions('市规划资源局西湖分局要加强监管。').map((m) => m.name)).toEqual([
      '市规划资源局西湖分局',
    ]);
    expect(classifyDepartment('市公安局西湖分局')).toMatchObject({
      canonical: '公安',
      level: 'district-county',
    });
    // the body alone keeps its own level
    expect(classifyDepartment('市公安局')).toMatchObject({ canonical: '公安', level: 'municipal' });
  });
});

describe('housing bureaus under the names some cities give them', () => {
  it('reads 住房和城市建设局 at the level of its own level word, not of the 市 in 城市', () => {
    expect(classifyDepartment('区住房和城市建设局')).toMatchObject({ canonical: '住房城乡建设', level: D });
    expect(classifyDepartment('市住房和建设局')).toMatchObject({ canonical: '住房城乡建设', level: M });
  });
});

describe('城市 after a level word names a field, not a level', () => {
  it('reads 区城市建设局 at the district level, and a city whose name ends in 城 as before', () => {
    expect(classifyDepartment('区城市建设局')).toMatchObject({ canonical: '住房城乡建设', level: D });
    expect(classifyDepartment('县城市管理局')).toMatchObject({ canonical: '城市管理', level: D });
    expect(classifyDepartment('河城市建设局')).toMatchObject({ level: M });
  });
});

describe('units that share 负责 with no lead named (T5)', () => {
  it('gives each of several units before 负责 the lead, unless a lead is named', () => {
    expect(roles('落实补贴政策。(市人力资源社会保障局、市医保局、市财政局负责)')).toEqual([
      '市人力资源社会保障局:lead',
      '市医保局:lead',
      '市财政局:lead',
    ]);
    expect(roles('开展技能培训。(市人社局、市教育局按职责分工负责)')).toEqual([
      '市人社局:lead',
      '市教育局:lead',
    ]);
    // a named lead keeps its participants, and a unit responsible alone leads
    expect(roles('落实减免政策。(市残联牵头,市财政局、市税务局按职责分工负责)')).toEqual([
      '市残联:lead',
      '市财政局:participate',
      '市税务局:participate',
    ]);
    expect(roles('做好保障。(市民政局负责)')).toEqual(['市民政局:lead']);
  });

  it('reads the clauses of a running-text assignment as one note: after a lead, the others participate', () => {
    expect(roles('加快建设养老设施,由市民政局牵头,市财政局、市卫健委按职责分工负责。')).toEqual([
      '市民政局:lead',
      '市财政局:participate',
      '市卫健委:participate',
    ]);
  });
});

describe('department names after 含 and short names of merged bodies (T6)', () => {
  const names = (text: string) => findDepartmentMentions(text).map((m) => m.name);

  it('leaves 含 out of an area body named in a collective’s bracket', () => {
    expect(names('主责单位:各区政府(含南岭经济技术开发区管委会);')).toEqual(['南岭经济技术开发区管委会']);
  });

  it('reads X经开区管委会 whole, not 区管委会', () => {
    expect(names('责任单位:南岭经开区管委会、区商金中心')).toEqual(['南岭经开区管委会', '区商金中心']);
  });

  it('knows 经商局, 商金中心 and 行政服务中心', () => {
    expect(classifyDepartment('区经商局')).toMatchObject({ canonical: '工业和信息化', level: D });
    expect(classifyDepartment('区经商局').functions).toEqual(['工业和信息化', '商务']);
    expect(classifyDepartment('区商金中心')).toMatchObject({ canonical: '商务', level: D });
    expect(classifyDepartment('县行政服务中心')).toMatchObject({ canonical: '政务服务', level: D });
  });
});

describe("a township's stations and offices (林业站, 派出所, 财政所, 综治办)", () => {
  const names = (text: string) => findDepartmentMentions(text).map((m) => m.name);

  it('knows them, by function, at township level unless a level word says otherwise', () => {
    expect(classifyDepartment('林业站')).toMatchObject({ canonical: '林业和草原', level: T });
    expect(classifyDepartment('派出所')).toMatchObject({ canonical: '公安', level: T });
    expect(classifyDepartment('甲镇财政所')).toMatchObject({ canonical: '财政', level: T });
    expect(classifyDepartment('畜牧兽医站')).toMatchObject({ canonical: '农业农村', level: T });
    expect(classifyDepartment('党政办').functions).toEqual(['党委办公室', '政府办公室']);
    expect(classifyDepartment('镇综治办')).toMatchObject({ canonical: '政法', level: T });
    expect(classifyDepartment('县综治办')).toMatchObject({ canonical: '政法', level: D });
    expect(classifyDepartment('国土所')).toMatchObject({ canonical: '自然资源', level: T });
  });

  it('reads the units of a duty sentence and of a list of members', async () => {
    const d = await parseText(
      'X镇森林防火工作方案\n一、巡查\n镇林业站负责巡查,镇派出所负责案件查处,镇财政所负责经费保障。\n二、组织\n成员单位:林业站、派出所、财政所、民政办、经济办。\n',
    );
    expect(d.measures[0]!.departments.map((u) => `${u.name}:${u.role}`)).toEqual([
      '镇林业站:lead',
      '镇派出所:lead',
      '镇财政所:lead',
    ]);
    expect(d.departments.filter((u) => !u.name.startsWith('镇')).map((u) => u.name)).toEqual([
      '林业站',
      '派出所',
      '财政所',
      '民政办',
      '经济办',
    ]);
  });

  it('reads a list that names an office after one with a level word (镇农办、生态办、综治办)', () => {
    expect(names('成员部门:镇农办、生态办、综治办及各村')).toEqual(['镇农办', '生态办', '综治办']);
  });

  it('reads no station in words that 所 begins (所有, 所需, 所属) or in 党政部门', () => {
    expect(names('县财政所需资金由所有村承担,所在村负责落实;各级党政部门和经济部门要支持')).toEqual([]);
    expect(names('公安派出所负责')).toEqual(['公安派出所']);
  });

  it("does not read a roster member's unit as the note of the roster's section", async () => {
    const d = await parseText(
      'X乡森林防火工作方案\n一、成立森林防火领导小组\n组 长:甲某某(乡长)\n成 员:乙某某(县民政局) 丙某某(林业站)\n二、工作措施\n(一)加强巡查。乡林业站负责巡查。\n',
    );
    expect(d.measures.map((m) => m.title)).toEqual(['加强巡查']);
  });
});

describe('no unit from a post, a kind of city, a branch or a clause before a unit', () => {
  const names = (text: string) => findDepartmentMentions(text).map((m) => m.name);

  it('reads no unit in a post (宣传部长会议, 财政局长), nor a 市 body in 计划单列市', () => {
    expect(names('贯彻全省宣传部长会议精神,由市财政局长主持')).toEqual([]);
    expect(names('各省、直辖市、计划单列市财政厅(局):')).toEqual([]);
  });

  it("reads no academy in its branch's name (中科院东河分院)", () => {
    expect(names('甲某 中科院东河分院院长')).toEqual([]);
    expect(names('报中科院审批')).toEqual(['中科院']);
  });

  it('takes the government after a clause that says where it lies (…所在镇人民政府)', () => {
    expect(roles('征收实施单位:由拟征收土地所在镇人民政府组织实施。')).toEqual(['镇人民政府:lead']);
  });
});
