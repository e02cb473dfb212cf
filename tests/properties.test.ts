import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, parse, PolicyDocumentSchema, type Section } from '../src/index.js';
import { fixtureFiles } from './support/files.js';
import { expectNothingLost, expectSpansPointAtText, inputAsRead } from './support/invariants.js';

const encode = (s: string) => new TextEncoder().encode(s);

// Text made of what notices are made of: markers, labels, dates, 文号, CJK, punctuation, spaces.
const noticeAtom = fc.constantFrom(
  '一、',
  '二、',
  '(一)',
  '(二)',
  '1.',
  '2.',
  '(1)',
  '①',
  '第一章',
  '第二条',
  '•',
  '附件',
  '附件1',
  '组 长:',
  '成 员:',
  '长:',
  '索引号:',
  '文号:',
  '发布日期:',
  '各县市区人民政府:',
  '关于印发',
  '的通知',
  '2024年9月13日',
  '2024年96',
  '〔2018〕',
  '衡政',
  '号',
  '《',
  '》',
  '(',
  ')',
  '。',
  ',',
  '、',
  ';',
  ':',
  '到2026年',
  '达到',
  '3千张',
  '40亿元',
  '10%左右',
  '以上',
  '牵头',
  '配合',
  '市发展改革委',
  '区卫健局',
  '\n',
  '\n\n',
  ' ',
  '\u00a0',
  '\u3000',
  '\r\n',
  '康养',
  '产业',
  '发展',
  '加强',
  '张三',
  '区委书记',
);
const noticeLike = fc.array(noticeAtom, { maxLength: 300 }).map((a) => a.join(''));

async function expectSound(text: string): Promise<void> {
  const bytes = encode(text);
  if (text.trim() === '') {
    await expect(parse(bytes, { path: 'x' })).rejects.toMatchObject({ code: 'PP_EMPTY' });
    return;
  }
  const tree = await analyze(bytes, { path: 'x.txt' });
  expectNothingLost(tree);
  const doc = await parse(bytes, { path: 'x.txt' });
  expect(PolicyDocumentSchema.safeParse(doc).success).toBe(true);
  expectSpansPointAtText(doc, await inputAsRead(tree));
}

// Whole lines of outlines, tables of contents and covers, in random order: the line-level readers
// (tables of contents, unit headings, titles, covers) must end and stay sound on any sequence.
const outlineLine = fc.constantFrom(
  '目录',
  '目 录',
  '1 .1 编制目的',
  '1 . 1 编制目的',
  '1.1 编制目的',
  '1.1 编制目的......4',
  '1.2 适用范围',
  '1 总则',
  '1总则',
  '2 组织体系 6',
  '2.1 指挥部',
  '总则',
  '第一章 总则',
  '第二章 附则',
  '第一条 为了规范应急工作,制定本办法。',
  '一、总则',
  '(一)指导思想。坚持人民至上。',
  '为了规范应急工作,制定本预案。',
  '东河县人民政府办公室',
  '关于印发东河县应急预案的通知',
  '的通知',
  '各乡镇人民政府:',
  '现将《东河县应急预案》印发给你们。',
  '2020年11月',
  '{ 2017 6 23',
  '(此件公开发布)',
  '附件1',
  '',
);
const outlineLike = fc.array(outlineLine, { maxLength: 40 }).map((a) => a.join('\n'));

describe('properties of the parser on random input', () => {
  it('lines of outlines, tables of contents and covers in any order: ends, sound', async () => {
    await fc.assert(fc.asyncProperty(outlineLike, expectSound), { numRuns: 300 });
  });

  it('notice-like random text: never throws, schema-valid, spans right, nothing lost', async () => {
    await fc.assert(fc.asyncProperty(noticeLike, expectSound), { numRuns: 300 });
  });

  it('any unicode string: never throws, nothing lost', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 400 }), expectSound), {
      numRuns: 200,
    });
  });
});

function headingTitles(sections: Section[], out: string[] = []): string[] {
  for (const s of sections) {
    if (s.title) out.push(s.title);
    headingTitles(s.children, out);
  }
  return out;
}

/** Deletes characters the way scraping does: runs of 1–3 characters at random places. */
function damage(text: string, seed: number, rate: number): string {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (random() < rate) i += Math.floor(random() * 3);
    else out += text[i];
  }
  return out;
}

describe('damaged fixtures', () => {
  for (const file of fixtureFiles().filter((f) => !f.includes('gb18030'))) {
    const original = readFileSync(file, 'utf8');
    it(`${basename(file)} with characters deleted at random: sound, and most headings kept`, async () => {
      const clean = headingTitles((await parse(encode(original), { path: 'x' })).outline);
      const kept: number[] = [];
      for (let seed = 1; seed <= 20; seed++) {
        const text = damage(original, seed, 0.005);
        await expectSound(text);
        const titles = new Set(headingTitles((await parse(encode(text), { path: 'x' })).outline));
        kept.push(clean.filter((t) => titles.has(t)).length / clean.length);
      }
      const mean = kept.reduce((a, b) => a + b, 0) / kept.length;
      // 0.5% of characters deleted in runs of 1–3: a heading is lost only when the damage hits it
      expect(mean).toBeGreaterThan(0.85);
    });
  }
});

describe('pathological input parses (a hang would time out)', () => {
  it.each([
    ['one 1 MB line of CJK', '康'.repeat(1_000_000)],
    ['markers only', '(一)'.repeat(100_000)],
    ['brackets and digits', '〔2018'.repeat(100_000)],
    ['labels', '组 长:'.repeat(100_000)],
    ['numbering 1. … 20000.', Array.from({ length: 20_000 }, (_, i) => `${(i % 99) + 1}.项目`).join('\n')],
    [
      'deep nesting',
      Array.from({ length: 5_000 }, (_, i) => ['一、', '(一)', '1.', '(1)', '①'][i % 5] + '标题').join('\n'),
    ],
    ['spaces between words', '张 三 '.repeat(200_000)],
  ])(
    '%s',
    async (_name, text) => {
      const doc = await parse(encode(text), { path: 'x' });
      expect(doc.schemaVersion).toBe('1');
    },
    60_000,
  );
});
