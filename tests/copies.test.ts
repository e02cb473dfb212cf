import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type PolicyDocument, type Section } from '../src/index.js';
import fc from 'fast-check';
import { findWrapBreaks } from '../src/normalize/unwrap.js';
import { looksTraditional, toSimplified } from '../src/ingest/script.js';
import { FIXTURES, corpusFiles, fixtureFiles } from './support/files.js';

/** A paragraph of `n` chars, wrapped at `width` the way a PDF copy is. */
function wrapped(lines: string[], width = 28): string {
  return lines
    .flatMap((line) => {
      const chars = [...line];
      const out: string[] = [];
      for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
      return out;
    })
    .join('\n');
}

const SENTENCE = '加快推进养老服务体系建设,完善居家社区机构相协调、医养康养相结合的养老服务体系';

describe('findWrapBreaks', () => {
  it('finds nothing in text whose paragraphs are one line each', () => {
    for (const file of [...fixtureFiles(), ...corpusFiles()].filter((f) => !f.includes('wrapped'))) {
      if (!/\.(txt|md)$/.test(file)) continue;
      expect(findWrapBreaks(readFileSync(file, 'utf8')), file).toEqual([]);
    }
  });

  it('joins the lines of a paragraph wrapped at a fixed width', () => {
    const text = wrapped(Array.from({ length: 4 }, () => `${SENTENCE}${SENTENCE}。`));
    const joined = cut(text, findWrapBreaks(text));
    expect(joined.split('\n')).toHaveLength(4);
    expect(joined.split('\n')[0]).toBe(`${SENTENCE}${SENTENCE}。`);
  });

  it.each([
    ['a line ending its sentence', `${SENTENCE.slice(0, 27)}。`, SENTENCE],
    ['an indented line', SENTENCE.slice(0, 28), `  ${SENTENCE}`],
    ['a numbered heading', SENTENCE.slice(0, 28), `二、${SENTENCE}`],
    ['a label with its value', SENTENCE.slice(0, 28), '成员:张三 李四'],
  ])('does not join before %s', (_, full, next) => {
    const filler = wrapped(Array.from({ length: 4 }, () => `${SENTENCE}${SENTENCE}。`));
    const text = `${filler}\n${full}\n${next}`;
    const breaks = findWrapBreaks(text);
    expect(breaks.length).toBeGreaterThan(0);
    expect(cut(text, breaks).endsWith(`${full}\n${next}`)).toBe(true);
  });

  it('joins a sentence whose tail is a bare "部门:"', () => {
    const filler = wrapped(Array.from({ length: 4 }, () => `${SENTENCE}${SENTENCE}。`));
    const text = `${filler}\n各县市区人民政府,高新区管委会,市直各有关单位,市政府有关\n部门:`;
    expect(cut(text, findWrapBreaks(text)).endsWith('市政府有关部门:')).toBe(true);
  });
});

function cut(text: string, breaks: { from: number; to: number }[]): string {
  let out = '';
  let at = 0;
  for (const b of breaks) {
    out += text.slice(at, b.from);
    at = b.to;
  }
  return out + text.slice(at);
}

describe('looksTraditional and toSimplified', () => {
  it('take no simplified notice for traditional', () => {
    for (const file of [...fixtureFiles(), ...corpusFiles()].filter((f) => !f.includes('traditional')))
      expect(looksTraditional(readFileSync(file, 'utf8')), file).toBe(false);
  });

  it('read traditional script, Hong Kong variants too, one character for one', async () => {
    const text =
      '省人民政府關於進一步優化營商環境的若干意見\n各市、州、縣人民政府,省政府各部門:現將有關事項通知如下。\n省發展改革委牽頭,省衞生健康委、區政府辦公室配合。';
    expect(looksTraditional(text)).toBe(true);
    expect(await toSimplified(text)).toBe(
      '省人民政府关于进一步优化营商环境的若干意见\n各市、州、县人民政府,省政府各部门:现将有关事项通知如下。\n省发展改革委牵头,省卫生健康委、区政府办公室配合。',
    );
  });

  it('never change the length of a text', async () => {
    const chars = [...'關於發展國務院辦公廳衞綫臺灣乾隆著作後來只隻髮發麵麪\n abc12😀'];
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom(...chars), maxLength: 60 }), async (text) => {
        expect((await toSimplified(text)).length).toBe(text.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('copies of a notice as analysts get them', () => {
  const read = (name: string) => parse(readFileSync(join(FIXTURES, name)), { path: name });
  const titles = (sections: Section[]): string[] => sections.flatMap((s) => [s.title, ...titles(s.children)]);
  const flat = (s: string) => s.replace(/\n/g, '');
  const facts = (doc: PolicyDocument) => ({
    metadata: JSON.parse(JSON.stringify(doc.metadata, (key, value) => (key === 'span' ? undefined : value))),
    recipients: doc.notice?.recipients,
    titles: titles(doc.outline),
    measures: doc.measures.map((m) => [flat(m.text), m.departments]),
    targets: doc.targets.map((t) => t.text),
    departments: doc.departments.map((d) => d.name),
    references: doc.references.map((r) => r.title),
    personnel: doc.personnel.map((p) => [p.role, p.name, p.titles]),
  });

  it.each([
    ['hard-wrapped, copied from a PDF', 'hengshui-2018-113.txt', 'hengshui-2018-113.wrapped.txt'],
    ['in traditional script', 'hanshan-2024-28.txt', 'hanshan-2024-28.traditional.txt'],
  ])(
    '%s, read as the original: the same headings, measures, targets, people and references',
    async (_, a, b) => {
      const original = await read(a);
      const copy = await read(b);
      expect(facts(copy)).toEqual(facts(original));
    },
  );
});

describe('an entity escaped twice on the page', () => {
  it('is a recorded removal, and the signature under it is read', async () => {
    const doc = await parse(
      new TextEncoder().encode(
        '国务院办公厅关于某项建议的复函\n张某副主席:\n经研究,现函复如下。\n国务院办公厅   &bsp;   \n二〇〇六年十月十八日\n',
      ),
      { path: 'reply.txt' },
    );
    expect(doc.notice).toMatchObject({ signature: '国务院办公厅', signedDate: '2006-10-18' });
    expect(doc.removals.map((r) => [r.kind, r.text])).toEqual([['web-leftover', '&bsp;']]);
  });
});
