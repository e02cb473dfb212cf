import { describe, expect, it } from 'vitest';
import { parse, parseText } from '../src/index.js';

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
