import { describe, expect, it } from 'vitest';
import { parse, parseText } from '../src/index.js';
import type { ExtractContext } from '../src/extract/context.js';
import { extractTableMeasures, type TableInput } from '../src/extract/task-table.js';
import { expectLinearTime } from './support/linear.js';
import { renderText } from '../src/render/text.js';

/** Each measure's title and its units with their roles. */
const rowsOf = (ms: Awaited<ReturnType<typeof parse>>['measures']) =>
  ms.map((m) => [m.title, m.departments.map((x) => `${x.name}/${x.role}`)]);

const cover =
  '某局关于印发重点工作任务分解表的通知\n各科室:\n现将《重点工作任务分解表》印发给你们,请认真组织实施。\n某局\n2022年6月7日\n附件\n重点工作任务分解表\n';
const head = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];
const rows = [
  ['1', '建立审批问题反馈机制', '区发改局', '区行政审批局', '2022年12月底前'],
  ['2', '推送减税降费政策', '区财政局', '区税务局、各街道', '持续推进'],
];
const expected = [
  ['建立审批问题反馈机制', ['区发改局/lead', '区行政审批局/participate']],
  ['推送减税降费政策', ['区财政局/lead', '区税务局/participate', '各街道/all']],
];
const read = (d: Awaited<ReturnType<typeof parse>>) =>
  d.attachments
    .flatMap((a) => a.measures)
    .map((m) => [m.title, m.departments.map((x) => `${x.name}/${x.role}`)]);

describe('任务分工 tables in an attachment', () => {
  it('tab-separated rows', async () => {
    const d = await parseText(cover + [head, ...rows].map((r) => r.join('\t')).join('\n') + '\n');
    expect(read(d)).toEqual(expected);
  });

  it('an HTML table', async () => {
    const cells = (r: string[]) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const html = `<html><body><div class="article">${cover
      .trim()
      .split('\n')
      .map((l) => `<p>${l}</p>`)
      .join('')}<table>${[head, ...rows].map(cells).join('')}</table></div></body></html>`;
    expect(read(await parse(new TextEncoder().encode(html), { path: 't.html' }))).toEqual(expected);
  });
});

describe('任务分工 tables copied one cell per line', () => {
  const notice = (attachment: string) =>
    '某市人民政府办公室关于印发2024年重点工作责任分解的通知\n\n各镇人民政府、街道办事处,市政府各部门:\n\n《2024年重点工作责任分解》已经市政府同意,现印发给你们,请认真贯彻执行。\n\n附件:2024年重点工作责任分解\n\n某市人民政府办公室\n\n2024年2月20日\n\n附件\n\n2024年重点工作责任分解\n\n' +
    attachment.split('\n').join('\n\n') +
    '\n';
  const measures = (d: Awaited<ReturnType<typeof parse>>) =>
    d.attachments
      .flatMap((a) => a.measures)
      .map((m) => [m.text, m.departments.map((x) => `${x.name}/${x.role}`)]);

  it('a header of spaced column names, then one line per cell: each row a measure, its task read for goals', async () => {
    const d = await parseText(
      notice(
        [
          '序号',
          '主  要  工  作  任  务',
          '责 任 单 位',
          '1',
          '高新技术产业增加值增长8%。',
          '科技局(知识产权局)',
          '2',
          '城乡居民人均可支配收入增长6%左右。',
          '人社局',
        ].join('\n'),
      ),
    );
    expect(measures(d)).toEqual([
      ['高新技术产业增加值增长8%。', ['科技局/lead']],
      ['城乡居民人均可支配收入增长6%左右。', ['人社局/lead']],
    ]);
    const ids = d.attachments[0]!.measures.map((m) => m.id);
    expect(d.targets.map((t) => [t.metric, t.value, t.year, t.kind, t.measureId])).toEqual([
      ['高新技术产业增加值', 8, 2024, 'growth', ids[0]],
      ['城乡居民人均可支配收入', 6, 2024, 'growth', ids[1]],
    ]);
    expect(d.departments.find((x) => x.name === '人社局')?.leads).toEqual([ids[1]]);
  });

  it('lead, participating and deadline columns, a wrapped task and an empty cell; a list without a header and a note stay as read', async () => {
    const text = notice(
      [
        '1',
        '加快老旧小区改造',
        '区住建局',
        '序号',
        '工作任务',
        '牵头单位',
        '配合单位',
        '完成时限',
        '1',
        '新建城市公园3个,',
        '改造提升口袋公园10个',
        '区城管局',
        '区住建局、各街道',
        '2024年12月底前',
        '2',
        '开展消费促进活动',
        '区商务局',
        '2024年6月底前',
        '注:各单位每季度报送进展情况。',
      ].join('\n'),
    );
    const d = await parseText(text);
    expect(measures(d)).toEqual([
      ['新建城市公园3个,改造提升口袋公园10个', ['区城管局/lead', '区住建局/participate', '各街道/all']],
      ['开展消费促进活动', ['区商务局/lead']],
    ]);
    // a row runs from its serial to its last cell: the note under the table is no part of it
    expect(d.attachments[0]!.measures.map((m) => text.slice(m.span.start, m.span.end).split('\n\n'))).toEqual(
      [
        ['1', '新建城市公园3个,', '改造提升口袋公园10个', '区城管局', '区住建局、各街道', '2024年12月底前'],
        ['2', '开展消费促进活动', '区商务局', '2024年6月底前'],
      ],
    );
  });

  it('a task that names its year or opens with 持续 is a task, in a row without its 配合 cell', async () => {
    const d = await parseText(
      notice(
        [
          '序号',
          '工作任务',
          '牵头单位',
          '配合单位',
          '完成时限',
          '1',
          '开展消费促进活动',
          '区商务局',
          '区财政局',
          '2024年6月底前',
          '2',
          '2024年完成老旧小区改造30个',
          '区住建局',
          '2024年12月底前',
          '3',
          '持续深化河长制',
          '区水务局',
          '各街道',
          '长期坚持',
        ].join('\n'),
      ),
    );
    expect(measures(d)).toEqual([
      ['开展消费促进活动', ['区商务局/lead', '区财政局/participate']],
      ['2024年完成老旧小区改造30个', ['区住建局/lead']],
      ['持续深化河长制', ['区水务局/lead', '各街道/all']],
    ]);
  });

  it('reads header after header without a row in linear time', () => {
    const unit = ['序号', '工作任务', '责任单位', '1', '推进老旧小区改造', '区住建局'];
    const ctx = { span: (start: number, end: number) => ({ start, end, line: 1, column: 1 }) };
    const inputs = (n: number): TableInput[] =>
      Array.from({ length: Math.ceil(n / 2) }, (_, i) => {
        const text = unit[i % unit.length]!;
        return {
          block: { text, from: i, to: i + 1, kind: 'paragraph' as const },
          sectionId: 'a1/0',
          path: [],
        };
      });
    expectLinearTime(
      'headers and first rows only',
      (n) => String(n),
      (n) => extractTableMeasures(inputs(Number(n)), ctx as unknown as ExtractContext),
    );
  });
});

describe('task tables copied one cell per line: pipe-ended cells, columns the reader does not know', () => {
  it('cells that each end in a pipe, under a header naming 项目名称 and 2024年建设内容: one measure per row', async () => {
    const text = [
      '南湖县人民政府关于印发南湖县2024年民生实事项目的通知',
      '各乡镇人民政府,县政府各部门:',
      '《南湖县2024年民生实事项目》已经县人民代表大会表决通过,现印发给你们,请认真组织实施。',
      '附件:南湖县2024年民生实事项目清单',
      '南湖县人民政府',
      '2024年3月5日',
      '附件:',
      '|',
      '南湖县2024年民生实事项目清单 |',
      '||||||',
      '|',
      '序号 |',
      '项目名称 |',
      '建设地点 |',
      '2024年建设内容 |',
      '责任单位 |',
      '|',
      '1 |',
      '西岭中学门前道路改造项目',
      '城关镇 |',
      '新建西岭路延伸段道路2.5公里。 |',
      '交通局 |',
      '|',
      '2 |',
      '农田水利设施建设项目 |',
      '石桥镇 |',
      '新建蓄水池6座。 |',
      '水利局 |',
    ].join('\n');
    const d = await parseText(text + '\n');
    const ms = d.attachments[0]!.measures;
    expect(rowsOf(ms)).toEqual([
      ['新建西岭路延伸段道路2.5公里。', ['交通局/lead']],
      ['新建蓄水池6座。', ['水利局/lead']],
    ]);
    expect(d.targets.map((t) => [t.value, t.unit, t.measureId])).toEqual([
      [2.5, '公里', ms[0]!.id],
      [6, '座', ms[1]!.id],
    ]);
  });

  it('a task column with a gloss, and 负责科室, 负责人, 计划完成时间 columns: the units lead, the offices and officers are none', async () => {
    const d = await parseText(
      [
        '东川区2024年民生实事项目推进情况',
        '序号',
        '重点工作任务(民生实事项目)',
        '牵头单位',
        '负责科室',
        '负责人',
        '计划完成时间',
        '1',
        '新增社区助餐点20个',
        '区民政局',
        '社会事务科',
        '王某',
        '11月底前',
        '2',
        '新增托育机构托位400个',
        '区卫健局',
        '妇幼健康科',
        '赵某',
        '10月底前',
      ].join('\n') + '\n',
    );
    expect(rowsOf(d.measures)).toEqual([
      ['新增社区助餐点20个', ['区民政局/lead']],
      ['新增托育机构托位400个', ['区卫健局/lead']],
    ]);
    expect(d.departments.map((x) => [x.name, x.leads])).toEqual([
      ['区民政局', [d.measures[0]!.id]],
      ['区卫健局', [d.measures[1]!.id]],
    ]);
    expect(d.targets.map((t) => t.measureId)).toEqual(d.measures.map((m) => m.id));
  });

  it('a row short of cells that names no unit takes the lead of the row above (a merged cell); a row naming its own keeps it', async () => {
    const d = await parseText(
      [
        '序号',
        '重点工作任务',
        '牵头单位',
        '负责人',
        '计划完成时间',
        '1',
        '新增社区助餐点20个',
        '区民政局',
        '王某',
        '11月底前',
        '2',
        '新增养老床位300张',
        '10月底前',
        '3',
        '新增托育机构托位400个',
        '区卫健局',
        '赵某',
        '12月底前',
      ].join('\n') + '\n',
    );
    expect(rowsOf(d.measures)).toEqual([
      ['新增社区助餐点20个', ['区民政局/lead']],
      ['新增养老床位300张', ['区民政局/lead']],
      ['新增托育机构托位400个', ['区卫健局/lead']],
    ]);
  });
});

describe('T1: task tables copied one cell per line under a grouping column or a person column', () => {
  it('blank lines between cells, a 分类 column whose merged cells stand before their rows, 责任单位 beside 牵头单位', async () => {
    const d = await parseText(
      [
        '2023年西岭区政府工作报告重点工作责任分解',
        '分类',
        '序号',
        '事项',
        '责任单位',
        '牵头单位',
        '发展目标',
        '1',
        '地区生产总值增长6%以上。',
        '区农业农村局、区发改局、区交通局',
        '区发改局',
        '2',
        '城镇登记失业率控制在3%以内。',
        '区人力社保局',
        '区人力社保局',
        '优化营商环境',
        '3',
        '新增市场主体2000户。',
        '区市场监管局、区税务局',
        '区市场监管局',
      ].join('\n\n') + '\n',
    );
    expect(d.metadata.fields).toEqual([]);
    expect(rowsOf(d.measures)).toEqual([
      ['地区生产总值增长6%以上。', ['区农业农村局/participate', '区交通局/participate', '区发改局/lead']],
      ['城镇登记失业率控制在3%以内。', ['区人力社保局/lead']],
      ['新增市场主体2000户。', ['区税务局/participate', '区市场监管局/lead']],
    ]);
    expect(d.targets.map((t) => t.measureId)).toEqual(d.measures.map((m) => m.id));
  });

  it('cells ending in a pipe under 目标与任务 and 分管县领导 columns, rows numbered on from 40: the leader is no unit', async () => {
    const d = await parseText(
      [
        '东川县2024年《政府工作报告》重点工作目标任务分解表',
        '序号 |',
        '目标与任务 |',
        '分 管 县领导 |',
        '牵头责任单位 |',
        '责任单位 |',
        '40 |',
        '加大普惠性托育供给,新增托位数300个以上。 |',
        '王 平 |',
        '县卫健委 |',
        '县各有关单位 |',
        '41 |',
        '新建城乡供水管网80公里。 |',
        '李 军 |',
        '县水利局 |',
        '县住建局、县财政局 |',
      ].join('\n') + '\n',
    );
    expect(rowsOf(d.measures)).toEqual([
      ['加大普惠性托育供给,新增托位数300个以上。', ['县卫健委/lead', '县各有关单位/all']],
      ['新建城乡供水管网80公里。', ['县水利局/lead', '县住建局/participate', '县财政局/participate']],
    ]);
    expect(d.departments.map((x) => x.name)).not.toContain('王平');
  });

  it('a row short of its lead cell that lists units the taxonomy does not know takes no lead from the row above', async () => {
    const d = await parseText(
      [
        '序号',
        '事项',
        '责任单位',
        '牵头单位',
        '1',
        '新增市场主体2000户。',
        '区市场监管局、区税务局',
        '区市场监管局',
        '2',
        '深化政务服务集成改革。',
        '区便民服务中心、区改革服务中心',
      ].join('\n\n') + '\n',
    );
    expect(rowsOf(d.measures)).toEqual([
      ['新增市场主体2000户。', ['区税务局/participate', '区市场监管局/lead']],
      ['深化政务服务集成改革。', ['区便民服务中心/participate', '区改革服务中心/participate']],
    ]);
  });
});

describe('a task naming the facilities it builds is no unit cell (review of round 20)', () => {
  it('reads the row whose task lists 中心s to build', async () => {
    const d = await parseText(
      '南岭县2024年重点工作任务分解方案\n一、任务分解\n序号\n工作任务\n责任单位\n完成时限\n1\n建设党群服务中心、新时代文明实践中心\n县委组织部\n2024年12月\n2\n推进乡村振兴\n县农业农村局\n2024年底\n',
    );
    expect(rowsOf(d.measures)).toEqual([
      ['任务分解', []],
      ['建设党群服务中心、新时代文明实践中心', ['县委组织部/lead']],
      ['推进乡村振兴', ['县农业农村局/lead']],
    ]);
  });
});

describe('rows of a table before the first heading, as a terminal shows them', () => {
  it('stand in the preamble: sectionId 0, shown as preamble', async () => {
    const d = await parseText(
      ['序号', '事项', '牵头单位', '1', '新增市场主体2000户。', '区市场监管局'].join('\n\n') + '\n',
    );
    expect(d.measures.map((m) => [m.sectionId, m.path])).toEqual([['0', []]]);
    expect(renderText(d, { color: false })).toMatch(/\n {2}preamble +新增市场主体2000户。\n/);
  });
});
