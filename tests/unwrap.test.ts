import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type PolicyDocument, type Section } from '../src/index.js';
import { findWrapBreaks } from '../src/normalize/unwrap.js';
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

describe('a notice copied hard-wrapped from a PDF', () => {
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
  });

  it('reads as the original: the same headings, measures, targets, departments and references', async () => {
    const original = await read('hengshui-2018-113.txt');
    const copy = await read('hengshui-2018-113.wrapped.txt');
    expect(facts(copy)).toEqual(facts(original));
  });
});
