import { expect } from 'vitest';
import type { DocTree, OutlineNode } from '../../src/structure/index.js';
import type { Block } from '../../src/segment/index.js';
import type { PolicyDocument, Section, Span } from '../../src/index.js';
import { toSimplified } from '../../src/ingest/script.js';
import { readIsoDate } from '../../src/extract/metadata.js';
import { titleText } from '../../src/structure/titles.js';
import { MINUTES_MARK } from '../../src/knowledge/document-types.js';

/** Every block the tree owns, once per owner. */
export function ownedBlocks(tree: DocTree): Block[] {
  const out: Block[] = [...tree.header];
  const n = tree.notice;
  if (n)
    out.push(
      ...n.title,
      ...(n.recipients ? [n.recipients] : []),
      ...n.body,
      ...n.signature,
      ...(n.date ? [n.date] : []),
      ...n.notes,
    );
  out.push(...tree.docTitle, ...tree.adoptionRecords);
  const walk = (nodes: OutlineNode[]) => {
    for (const node of nodes) {
      out.push(node.heading, ...node.paragraphs);
      walk(node.children);
    }
  };
  out.push(...tree.outline.intro);
  walk(tree.outline.sections);
  out.push(...tree.attachmentList, ...tree.trailer);
  for (const a of tree.attachments) {
    out.push(a.label, ...a.title, ...a.outline.intro);
    walk(a.outline.sections);
  }
  return out;
}

/**
 * DESIGN.md "Nothing lost": every non-blank character of the document's text belongs to exactly
 * one leaf block of the tree, or to a recorded removal.
 */
export function expectNothingLost(tree: DocTree): void {
  const owned = ownedBlocks(tree);
  expect(new Set(owned).size, 'a block is owned twice').toBe(owned.length);
  expect(owned.length, 'a block is owned by no part of the tree').toBe(tree.blocks.length);

  const { norm } = tree;
  const input = norm.source.input;
  const claim = new Int32Array(input.length).fill(-1);
  owned.forEach((block, id) => {
    for (let i = block.from; i < block.to; i++) {
      for (let p = norm.map.starts[i]!; p < norm.map.ends[i]!; p++) {
        if (claim[p] !== -1 && claim[p] !== id) throw new Error(`input offset ${p} belongs to two blocks`);
        claim[p] = id;
      }
    }
  });
  for (const r of norm.removals) for (let p = r.span.start; p < r.span.end; p++) claim[p] = -2;
  const { text, map } = norm.source;
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!) || /[\u200b-\u200d\u2060\ufeff\u00ad]/.test(text[i]!)) continue;
    for (let p = map.starts[i]!; p < map.ends[i]!; p++) {
      if (claim[p] === -1)
        throw new Error(`input offset ${p} ("${input.slice(p, p + 20)}") belongs to no block`);
    }
  }
}

/**
 * Nothing lost from the output either: every line of the page around the document (the tree's
 * header, 题注 and trailer) stands, spaces aside, in some string of the JSON: a field, a title, a
 * signature, or `unplaced`.
 */
export function expectPageLinesInOutput(tree: DocTree, doc: PolicyDocument): void {
  const strings: string[] = [];
  const collect = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v.replace(/\s+/g, ''));
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  collect({ ...doc, messages: [] });
  const output = strings.join('\n');
  for (const block of [...tree.header, ...tree.adoptionRecords, ...tree.trailer]) {
    // a header field line is held value by value (metadata.fields)
    // and a date line as the date it was read as
    const asRead = block.kind === 'date' ? readIsoDate(block.text) : null;
    const pieces = block.fields?.length ? block.fields.map((f) => f.value) : [asRead ?? block.text];
    for (const piece of pieces) {
      const text = piece.replace(/\s+/g, '');
      expect(output.includes(text), `page line "${block.text}" is in no field of the output`).toBe(true);
    }
  }
  // the document's own title lines are read whole: as its title, or as the title the cover hands on
  if (tree.docTitle.length > 0 && !tree.docTitle.some((b) => MINUTES_MARK.test(b.text))) {
    const title = asTitle(titleText(tree.docTitle.map((b) => b.text)));
    const read = [doc.metadata.title, doc.notice?.transmits].map((t) => asTitle(t ?? ''));
    expect(read, `title lines "${title}" are not read as a title`).toContain(title);
  }
}

/** A title as compared: without spaces, title marks, dashes and quotation marks (a page's copy may lose one). */
const asTitle = (t: string) => t.replace(/[\s《》〈〉—–\-~“”"]/g, '');

/** The input as extracted values read it: those of a traditional text are simplified, one character for one. */
export async function inputAsRead(tree: DocTree): Promise<string> {
  const { input, script } = tree.norm.source;
  return script === 'traditional' ? toSimplified(input) : input;
}

/** Text as the scorer compares it: NFKC, no spaces. */
export function squash(s: string): string {
  return s.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
}

function expectSpan(input: string, span: Span, claimed: string, html: boolean): void {
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.end).toBeGreaterThanOrEqual(span.start);
  expect(span.end).toBeLessThanOrEqual(input.length);
  const before = input.slice(0, span.start).split(/\r\n|\r|\n/);
  expect(span.line).toBe(before.length);
  expect(span.column).toBe(before[before.length - 1]!.length + 1);
  const slice = input.slice(span.start, span.end);
  const visible = html ? slice.replace(/<[^>]*>/g, '').replace(/&nbsp;|&#12288;/g, ' ') : slice;
  if (claimed) expect(squash(visible), `span of "${claimed}"`).toContain(squash(claimed));
}

/** Every span is in bounds, its line/column are right, and it points at the text its item claims. */
export function expectSpansPointAtText(doc: PolicyDocument, input: string): void {
  const html = doc.source.format === 'html';
  const sections = (list: Section[]) => {
    for (const s of list) {
      expectSpan(input, s.span, s.title, html);
      sections(s.children);
    }
  };
  sections(doc.outline);
  for (const a of doc.attachments) sections(a.outline);
  for (const f of doc.metadata.fields) expectSpan(input, f.span, html ? '' : f.value, html);
  if (doc.metadata.docNumber)
    expectSpan(input, doc.metadata.docNumber.span, doc.metadata.docNumber.raw, html);
  if (doc.notice) expectSpan(input, doc.notice.span, '', html);
  for (const m of doc.messages) expectSpan(input, m.span, '', html);
  for (const r of doc.removals) expectSpan(input, r.span, r.text, html);
}
