import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractHtml, type HtmlExtract } from '../src/ingest/html.js';
import { sniffFormat } from '../src/ingest/index.js';
import { CORPUS, GOLD, HAS_SHARED } from './support/files.js';

/** What a run of input stands for as text: entities decoded, CR LF read as LF. */
function decodeSlice(slice: string): string {
  return load(`<pre>\n${slice}</pre>`)('pre').text().replace(/\r\n?/g, '\n');
}

/**
 * Every char of `text` comes from `input.slice(starts[i], ends[i])`: the same char, the decoded
 * form of an entity (all units of one entity share its range), one space for a run of HTML
 * whitespace, or a zero-width inserted '\n', '\t' or ' '. Starts never go back.
 */
function expectMapsToInput(input: string, { text, map }: HtmlExtract): void {
  expectMapInBounds(input, { text, map });
  for (let i = 0; i < text.length;) {
    const start = map.starts[i]!;
    const end = map.ends[i]!;
    if (i > 0) expect(start, `start of char ${i} goes back`).toBeGreaterThanOrEqual(map.starts[i - 1]!);
    if (start === end) {
      expect(['\n', '\t', ' '], `zero-width char ${i} ${JSON.stringify(text[i])}`).toContain(text[i]);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && map.starts[j] === start && map.ends[j] === end) j++;
    const chars = text.slice(i, j);
    const slice = input.slice(start, end);
    const ok =
      chars === slice ||
      chars === decodeSlice(slice) ||
      (chars === ' ' && /^[\t\n\f\r ]+$/.test(decodeSlice(slice)));
    expect(ok, `text ${JSON.stringify(chars)} at ${i} from input ${JSON.stringify(slice)}`).toBe(true);
    i = j;
  }
}

function expectMapInBounds(input: string, { text, map }: Pick<HtmlExtract, 'text' | 'map'>): void {
  expect(map.starts.length).toBe(text.length);
  expect(map.ends.length).toBe(text.length);
  for (let i = 0; i < text.length; i++) {
    expect(map.starts[i]).toBeGreaterThanOrEqual(0);
    expect(map.ends[i]).toBeGreaterThanOrEqual(map.starts[i]!);
    expect(map.ends[i]).toBeLessThanOrEqual(input.length);
  }
}

async function extract(input: string): Promise<HtmlExtract> {
  const page = await extractHtml(input);
  expectMapsToInput(input, page);
  return page;
}

describe('sniffFormat', () => {
  it.each([
    ['<p>关于印发某办法的通知</p>\n<p>各区县财政局:</p>\n<p>第一条 内容。</p>', 'html'],
    ['<!doctype html><title>x</title>', 'html'],
    ['关于印发某办法的通知\n各区县财政局:\n第一条 内容。', 'text'],
    ['# 关于印发某办法的通知\n\n正文', 'markdown'],
  ])('reads %j as %s', (input, format) => {
    expect(sniffFormat(input, 'notice.txt')).toBe(format);
  });
});

describe('extractHtml on small pages', () => {
  it('reads a fragment of bare <p> elements whole, not its densest table cell', async () => {
    const input =
      '<p>关于印发某办法的通知</p><p>各区县财政局:</p>' +
      '<p>第一条 为规范管理,制定本办法。本办法适用于全市各级财政部门的日常监督管理工作。</p>' +
      '<table><tr><td>姓名</td><td>身份证号码或其他身份识别信息</td></tr></table>';
    const page = await extract(input);
    expect(page.text.split('\n')[0]).toBe('关于印发某办法的通知');
    expect(page.text).toContain('第一条 为规范管理');
  });

  it('decodes entities and maps each decoded char to its entity', async () => {
    const input =
      '<div id="zoom"><p>A&nbsp;B &amp; C&#12288;D&copy2024 &lt;x&gt; 😀&#128512;&#x4e00;</p></div>';
    const page = await extract(input);
    expect(page.text).toBe('A\u00a0B & C\u3000D©2024 <x> 😀😀一');
    const at = page.text.indexOf('\u3000');
    expect(input.slice(page.map.starts[at]!, page.map.ends[at]!)).toBe('&#12288;');
  });

  it('ends lines at blocks and <br>, and collapses HTML whitespace to one mapped space', async () => {
    const input =
      '<div class="TRS_Editor">第一行<br>第二行<p>第三段</p>尾巴<p>  组　长：韩  正 \n 国务院副总理  </p></div>';
    const page = await extract(input);
    expect(page.text).toBe('第一行\n第二行\n第三段\n尾巴\n组　长：韩 正 国务院副总理');
    const nl = page.text.indexOf('\n');
    expect(page.map.starts[nl]).toBe(page.map.ends[nl]);
    const space = page.text.indexOf('正 国');
    expect(input.slice(page.map.starts[space + 1]!, page.map.ends[space + 1]!)).toBe(' \n ');
  });

  it('reads CR LF, legacy entities and text the parser merged across a stray end tag', async () => {
    const page = await extract('<div id="zoom"><pre>a\r\nb c</pre><p>x</y>z &notit; &amp</p></div>');
    expect(page.text).toBe('a\nb c\nxz ¬it; &');
  });

  it.each([
    [' </pre><😀', '<😀'],
    ['<s', 's'],
    ['<?!', '!'],
    ['</&#12288;', '&#12288;'],
    ['</>', '</>'],
  ])('maps text the parser reads oddly, %j, to the input it came from', async (input, text) => {
    expect((await extract(input)).text).toBe(text);
  });

  it('puts one table row on a line, cells joined by tabs, without trailing empty cells', async () => {
    const input =
      '<div id="zoom"><table><tr><td>组长</td><td>张三</td><td> </td></tr>' +
      '<tr><td><p>牵头</p><p>单位</p></td><td>区教育局</td></tr><tr><td></td><td>只有第二格</td><td>第三格</td></tr>' +
      '<tr><td>独格行</td></tr></table><p>表后</p></div>';
    const page = await extract(input);
    expect(page.text).toBe('组长\t张三\n牵头 单位\t区教育局\n\t只有第二格\t第三格\n独格行\n表后');
  });

  it('skips scripts, hidden elements, toolbars and breadcrumbs, counting what it left out', async () => {
    const input =
      '<div class="crumb">当前位置：首页 &gt; 政务公开</div><div id="zoom"><p>正文一</p>' +
      '<div style="color:red; display: none">隐藏</div><p hidden>也隐藏</p><script>var x = "脚本";</script>' +
      '<div>分享到：微信 微博</div><div>【打印】【关闭】</div><div>A+大 A+中 A+小</div><p>正文二</p></div>' +
      '<footer>版权所有</footer>';
    const page = await extract(input);
    expect(page.text).toBe('正文一\n正文二');
    const leftOut = [
      '当前位置：首页>政务公开',
      '隐藏',
      '也隐藏',
      '分享到：微信微博',
      '【打印】【关闭】',
      'A+大A+中A+小',
      '版权所有',
    ];
    expect(page.chromeChars).toBe(leftOut.join('').length);
  });

  it('takes the most specific known container that holds a fair share of the text', async () => {
    const body =
      '<p>第一条 为了规范本市居家社区养老服务工作，制定本办法。</p><p>第二条 本办法自印发之日起施行。</p>';
    const nested = await extract(
      `<div class="content"><ul><li><a href="#">相关链接一</a></li></ul><p>本站说明文字</p>` +
        `<div id="zoom"><div class="TRS_Editor">${body}</div><div class="share">分享</div></div></div>`,
    );
    expect(nested.text).toBe(
      '第一条 为了规范本市居家社区养老服务工作，制定本办法。\n第二条 本办法自印发之日起施行。',
    );
    const small = await extract(`<div id="zoom">${body}<div class="view">附注</div>${body}</div>`);
    expect(small.text.split('\n')).toHaveLength(5);
  });

  it('falls back to the densest block of CJK text when no known container is there', async () => {
    const links = Array.from({ length: 30 }, (_, i) => `<a href="/${i}">政务公开栏目${i}</a>`).join('');
    const input =
      `<body><div id="top">${links}</div><div id="main"><div class="box">` +
      '<p>各区人民政府，市政府各部门、各直属机构：</p><p>现将有关事项通知如下，请认真贯彻执行。</p></div></div>' +
      `<div class="links">${links}</div><p>主办单位：某某市人民政府办公厅</p></body>`;
    const page = await extract(input);
    expect(page.text).toBe(
      '各区人民政府，市政府各部门、各直属机构：\n现将有关事项通知如下，请认真贯彻执行。',
    );
  });

  it('puts the 信息公开 table and the page header before the article, in input order', async () => {
    const input =
      '<div class="wrap"><table><tr><td><b>索 引 号：</b></td><td>000014349/2018-00205</td><td>主题分类：</td><td>其他</td></tr>' +
      '<tr><td>发文机关：</td><td>国务院办公厅</td><td>成文日期：</td><td>2018年11月05日</td></tr></table>' +
      '<div class="article"><div class="crumbs">当前位置：首页</div><h1>国务院办公厅关于调整领导小组的通知</h1>' +
      '<div class="info"><span>来源：国务院办公厅</span> <span>发布时间：2018-11-12</span></div><div class="note">相关阅读推荐</div>' +
      '<div>【打印】</div><div id="UCAP-CONTENT"><p>各省、自治区、直辖市人民政府：</p><p>现将调整后的名单通知如下。</p></div></div></div>';
    const page = await extract(input);
    expect(page.text).toBe(
      [
        '索 引 号：\t000014349/2018-00205\t主题分类：\t其他',
        '发文机关：\t国务院办公厅\t成文日期：\t2018年11月05日',
        '国务院办公厅关于调整领导小组的通知',
        '来源：国务院办公厅 发布时间：2018-11-12',
        '各省、自治区、直辖市人民政府：',
        '现将调整后的名单通知如下。',
      ].join('\n'),
    );
  });

  it('keeps a 信息公开 block made of list items, and a lone date after the title', async () => {
    const input =
      '<div class="xxgk"><ul><li><span>索引号：</span>11440100/2024-00012</li><li>发布机构：<b>某市教育局</b></li></ul></div>' +
      '<div class="related"><a href="/1">往期通知一</a> 2024-01-02</div><h2 class="title">某市教育局关于做好招生工作的通知</h2>' +
      '<div class="date">2024-01-05</div><div class="zoom"><div class="view">各区教育局：现将有关事项通知如下。</div></div>';
    const page = await extract(input);
    expect(page.text).toBe(
      [
        '索引号：11440100/2024-00012',
        '发布机构：某市教育局',
        '某市教育局关于做好招生工作的通知',
        '2024-01-05',
        '各区教育局：现将有关事项通知如下。',
      ].join('\n'),
    );
  });

  it('keeps every <meta name> with the offsets of its tag', async () => {
    const input =
      '<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="关于印发&amp;的通知">' +
      '<meta name="PubDate" content="2024-01-05 00:00:00"><meta name="Author" content=""></head><body><p>正文</p></body></html>';
    const page = await extract(input);
    expect(page.pageFields.map(({ key, value }) => [key, value])).toEqual([
      ['ArticleTitle', '关于印发&的通知'],
      ['PubDate', '2024-01-05 00:00:00'],
      ['Author', ''],
    ]);
    const [title] = page.pageFields;
    expect(input.slice(title!.start, title!.end)).toBe(
      '<meta name="ArticleTitle" content="关于印发&amp;的通知">',
    );
    expect(page.text).toBe('正文');
  });

  it('never throws, on broken or empty pages', async () => {
    for (const input of [
      '',
      '<',
      '&&&;<<<>>>',
      '<table>文字<tr><td>格</td></tr></table>',
      '<p>未闭合<div style="display:none">隐藏<p>段落',
      '<!-- 注释 --><meta name="x">',
    ]) {
      await extract(input);
    }
    // Deeper than a recursive walk could go.
    expect((await extract('<div>'.repeat(10000) + '很深的文字')).text).toBe('很深的文字');
  });

  it('maps every char back to the input on random HTML-like strings', async () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '<p>', '</p>', '<div id="zoom">', '</div>', '<br>', '<td>', '<tr>', '<table>', '</table>', '<a href=x>', '</a>',
        '&nbsp;', '&amp', '&#12288;', '&#x1F600;', '&bogus;', '&notit;', '&nbspx', '&NotEqualTilde;', '&', ' ', '\r\n',
        '\n', '\t', '\r', '文字', '正文内容', '😀', '<script>x</script>', '<span hidden>', '</span>', '<pre>', '</pre>',
        '<b>', '</i>', '第一条', '：', '<!-- c -->', '<head>', '<body>', '<math>', '<![CDATA[x]]>', '<plaintext>', '<xmp>',
        '<td>发文机关：</td>', '<div style="display:none">', '<li>', '<h1>', '</h1>',
      ),
      fc.string({ maxLength: 4 }),
    ); // prettier-ignore
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), async (pieces) => {
        const input = pieces.join('');
        const page = await extractHtml(input);
        // Text foster-parented out of a table may stand apart from its place in the input.
        if (input.includes('<table')) expectMapInBounds(input, page);
        else expectMapsToInput(input, page);
      }),
      { numRuns: 400 },
    );
  });
});

interface Gold {
  metadata: { title: string };
  headings: [number, string][];
}

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

const PAGES = [
  {
    file: '003_guangzhou_jujia_shequ_yanglao_fuwu_banfa',
    lines: ['穗府办规〔2022〕13号', '各区人民政府，市政府各部门、各直属机构：', '广州市居家社区养老服务管理办法', '来源： 广州市人民政府办公厅', '2022-09-16', '广州市人民政府办公厅秘书处2022年9月13日印发'],
    chrome: ['市委组织部', '越秀区', '版权所有', '当前位置', '分享到', '相关新闻', '一图读懂', '扫一扫', '无障碍', '政务邮箱', '印发广州市...'],
    titleCount: 2,
    articles: 52,
  },
  {
    file: '005_guangzhou_changqi_huli_baoxian_banfa',
    lines: ['穗医保规字〔2024〕1号', '各区财政局、民政局、卫生健康局，各有关单位：', '来源：广州市医疗保障局', '2024-01-05', '　　2024年1月3日', '　　公开方式：主动公开'],
    chrome: ['市委组织部', '版权所有', '当前位置', '分享到', '搜索热词', '关爱版', '第5期', '无障碍'],
    titleCount: 2,
    articles: 32,
  },
  {
    file: '008_tianhe_youeryuan_zhaosheng_fangan',
    lines: ['各幼儿园：', '　　（联系科室：小学和幼儿教育科，联系电话：38622527）', '　　2026年广州市天河区幼儿园招生工作方案', '　　附件：'],
    chrome: ['您当前所在的位置', '搜索热词', '无障碍阅读', '网站支持IPV6', 'A+', '天河动态', '版权所有'],
    titleCount: 1,
    articles: 0,
  },
  {
    file: '011_guowuyuan_wuranyuan_pucha_lingdaoxiaozu_tiaozheng',
    lines: [
      '索 引 号：\t000014349/2018-00205\t主题分类：\t国务院组织机构\\其他',
      '发文字号：\t国办函〔2018〕74号\t发布日期：\t2018年11月12日',
      '组　长：韩　正　　国务院副总理',
      '　　　　宁吉喆　　统计局局长',
      '（此件公开发布）',
    ],
    chrome: ['扫一扫在手机打开当前页'],
    titleCount: 1,
    articles: 0,
  },
]; // prettier-ignore

describe.skipIf(!HAS_SHARED)('extractHtml on the corpus pages (../shared/corpus)', () => {
  for (const { file, lines, chrome, titleCount, articles } of PAGES) {
    it(`${file}: the whole article, none of the chrome`, async () => {
      const input = readFileSync(join(CORPUS, `${file}.html`), 'utf8');
      const gold = JSON.parse(readFileSync(join(GOLD, `${file}.gold.json`), 'utf8')) as Gold;
      const page = await extract(input);
      const text = squash(page.text);
      for (const [, heading] of gold.headings) expect(text, `heading ${heading}`).toContain(squash(heading));
      const own = page.text.split('\n');
      for (const line of lines) expect(own, `line ${JSON.stringify(line)}`).toContain(line);
      for (const junk of chrome) expect(page.text, `chrome ${junk}`).not.toContain(junk);
      expect(page.text.split(gold.metadata.title).length - 1, 'title lines').toBe(titleCount);
      expect(
        own.filter((l) => /^\s*第[一二三四五六七八九十]+条/.test(l)),
        '第X条 articles',
      ).toHaveLength(articles);
      expect(page.chromeChars).toBeGreaterThan(0);
    });
  }

  it('keeps the pages’ meta fields', async () => {
    const input = readFileSync(join(CORPUS, `${PAGES[0]!.file}.html`), 'utf8');
    const fields = new Map((await extractHtml(input)).pageFields.map((f) => [f.key, f]));
    expect(fields.get('PubDate')?.value).toBe('2022-09-16 16:15:34');
    expect(fields.get('ContentSource')?.value).toBe('广州市人民政府办公厅');
    const title = fields.get('ArticleTitle')!;
    expect(title.value).toBe('广州市人民政府办公厅关于印发广州市居家社区养老服务管理办法的通知');
    expect(input.slice(title.start, title.end)).toMatch(/^<meta name="ArticleTitle"[^>]*>$/);
  });
});
