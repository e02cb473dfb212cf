import type { NormText } from '../normalize/index.js';
import { STOCK_HEADINGS } from '../knowledge/heading-markers.js';
import { readFieldLine, type FieldMatch } from './header-fields.js';
import { readMarker, type Marker } from './markers.js';

export type BlockKind = 'field' | 'heading' | 'paragraph' | 'date' | 'note' | 'attachment-label' | 'markup';

/**
 * One classified unit of text: a line, or a piece of a line that scraping flattened. `from`/`to`
 * are offsets in the normalised text (trimmed); every non-blank character belongs to one block.
 */
export interface Block {
  kind: BlockKind;
  from: number;
  to: number;
  text: string;
  /** Headings: the marker and where the title ends and the heading's own text begins. */
  marker?: Marker;
  titleFrom?: number;
  titleTo?: number;
  bodyFrom?: number;
  /** Markdown headings: how many '#'. */
  mdDepth?: number;
  /** Header field lines: the fields, offsets relative to `from`. */
  fields?: FieldMatch[];
  /** Attachment labels: the title written after the label, if any. */
  attachment?: { title: string | null };
}

/** Splits the normalised text into lines (and the pieces of flattened lines) and classifies them. */
export function segment(norm: NormText): Block[] {
  const blocks: Block[] = [];
  const text = norm.text;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    for (const [pieceFrom, pieceTo] of splitFlattenedLine(text, lineStart, lineEnd)) {
      for (const [from, to] of splitRecipientsOff(text, pieceFrom, pieceTo)) {
        const block = classify(text, from, to, norm.headingDepth);
        if (block) blocks.push(block);
      }
    }
    lineStart = lineEnd + 1;
  }
  readItemsBeforeNumbers(blocks);
  readBareNumbersInDecimalOutlines(blocks);
  return joinValuesOnNextLine(text, blocks);
}

/**
 * "• 发文字号:" with "镇政发〔2024〕7号" on the next line: a header label whose value the page put
 * on a line of its own. The value line joins the field's block.
 */
function joinValuesOnNextLine(text: string, blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const last = b.fields?.at(-1);
    const next = blocks[i + 1];
    if (
      last &&
      b.fields!.length === 1 &&
      last.value === '' &&
      next?.kind === 'paragraph' &&
      next.text.length <= 80 &&
      !/关于|印发|转发|通知$/.test(next.text) &&
      !next.text.endsWith(':')
    ) {
      last.valueFrom = next.from - b.from;
      last.valueTo = next.to - b.from;
      last.value = next.text;
      out.push({ ...b, to: next.to, text: text.slice(b.from, next.to) });
      i++;
    } else out.push(b);
  }
  return out;
}

// "各区人民政府,市政府各部门:《…》已经市政府同意,现印发给你们…": 主送机关 and the first sentence
// on one line. The addressees are organs (各…, …政府, …部门 …), and the sentence opens as notices do.
const RECIPIENTS_RUN_IN =
  /^(?=[^:。]{0,160}(?:各|政府|部门|单位|局|委员会|管委会))[^:。]{2,160}:(?=[《为根经现按近])/;

/** Cuts a 主送机关 run into the first sentence of the body off into a line of its own. */
function splitRecipientsOff(text: string, from: number, to: number): [number, number][] {
  const head = text.slice(from, Math.min(to, from + 200));
  // the run ends at the line's first colon, 2 to 160 characters in, with no 。 before it: most
  // lines fail this before the pattern's look-ahead is tried at every length
  const colon = head.indexOf(':');
  if (colon < 2 || colon > 160 || head.lastIndexOf('。', colon) >= 0) return [[from, to]];
  const m = RECIPIENTS_RUN_IN.exec(head);
  if (!m || from + m[0].length >= to) return [[from, to]];
  return [
    [from, from + m[0].length],
    [from + m[0].length, to],
  ];
}

/**
 * In a document numbered 1.1 / 1.1.1 (GB/T 1.1), the top units are often written "1 总则": a
 * number, a space and a short title. Only there is such a line a heading.
 */
function readBareNumbersInDecimalOutlines(blocks: Block[]): void {
  if (blocks.filter((b) => b.marker?.style === 'decimal').length < 2) return;
  for (const b of blocks) {
    const m = b.kind === 'paragraph' ? /^(\d{1,2}) +(?=[\u4e00-\u9fff]{2,20}$)/.exec(b.text) : null;
    if (!m) continue;
    const marker = { style: 'arabic-dot' as const, ordinal: Number(m[1]), raw: m[1]!, length: m[0].length };
    Object.assign(b, {
      kind: 'heading',
      marker,
      titleFrom: b.from + m[0].length,
      titleTo: b.to,
      bodyFrom: b.to,
    });
  }
}

/**
 * "1.80周岁及以上的" reads as a decimal, but when the next numbered line is "2." it was item 1
 * followed by a number: the sequence decides.
 */
function readItemsBeforeNumbers(blocks: Block[]): void {
  for (let i = 0; i + 1 < blocks.length; i++) {
    const b = blocks[i]!;
    const m = b.kind === 'paragraph' ? /^(\d{1,2})\.(?=\d)/.exec(b.text) : null;
    const next = blocks[i + 1]!.marker;
    if (!m || next?.style !== 'arabic-dot' || next.ordinal !== Number(m[1]) + 1) continue;
    const marker = { style: 'arabic-dot' as const, ordinal: Number(m[1]), raw: m[0], length: m[0].length };
    const { titleLength, bodyStart } = splitTitle(b.text.slice(marker.length), false);
    Object.assign(b, {
      kind: 'heading',
      marker,
      titleFrom: b.from + marker.length,
      titleTo: b.from + marker.length + titleLength,
      bodyFrom: b.from + marker.length + bodyStart,
    });
  }
}

function trimRange(text: string, from: number, to: number): [number, number] {
  while (from < to && isBlank(text.charCodeAt(from))) from++;
  while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
  return [from, to];
}

/** A space or a tab, read from the UTF-16 unit (no string per character). */
const isBlank = (c: number) => c === 0x20 || c === 0x09;

const DATE_LINE =
  /^(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4}) ?(?:年 ?[\d一二三四五六七八九十〇零]{0,3} ?(?:月 ?[\d一二三四五六七八九十〇零]{0,3} ?日?)?|[-./]\d{1,2}[-./]\d{1,2}|\d{2,4})$/;
const NOTE_LINE =
  /^\((?:此件|此页|联系人|联系科室|联系电话|本文有删减|此文|主动公开|依申请公开|不予公开)[^)]{0,80}\)$/;
const ATTACHMENT_LINE = /^附件 ?(\d{1,2}|[一二三四五六七八九十]{1,3})?(?: ?[:.、] ?(.{0,120}))?$/;
const MARKUP_LINE = /^(?:<!--.*-->|={3,}.*={3,}|-{3,}|\*{3,})$/;

function classify(
  text: string,
  lineFrom: number,
  lineTo: number,
  headingDepth: Map<number, number>,
): Block | null {
  const [from, to] = trimRange(text, lineFrom, lineTo);
  if (from >= to) return null;
  const line = text.slice(from, to);
  const base = { from, to, text: line };
  // Blocks are written out field by field, not spread from `base`: V8 gives a spread object a
  // slow shape, and every later stage reads blocks many times.
  if (MARKUP_LINE.test(line)) return { from, to, text: line, kind: 'markup' };
  const depth = headingDepth.get(from);
  if (depth) return classifyHeading(base, 0, depth);
  const fields = readFieldLine(line);
  if (fields) return { from, to, text: line, kind: 'field', fields };
  if (DATE_LINE.test(line)) return { from, to, text: line, kind: 'date' };
  if (NOTE_LINE.test(line)) return { from, to, text: line, kind: 'note' };
  const att = ATTACHMENT_LINE.exec(line);
  if (att) {
    const attachment = { title: att[2]?.trim() || null };
    return { from, to, text: line, kind: 'attachment-label', attachment };
  }
  return classifyHeading(base, 0, undefined);
}

function classifyHeading(
  base: Pick<Block, 'from' | 'to' | 'text'>,
  skip: number,
  mdDepth: number | undefined,
): Block {
  const rest = base.text.slice(skip);
  const marker = readMarker(rest) ?? undefined;
  const { from, to, text } = base;
  if (!marker && mdDepth === undefined) return { from, to, text, kind: 'paragraph' };
  const titleStart = skip + (marker?.length ?? 0);
  const { titleLength, bodyStart } = splitTitle(base.text.slice(titleStart), marker?.style === 'article');
  return {
    from,
    to,
    text,
    kind: 'heading',
    marker,
    mdDepth,
    titleFrom: base.from + titleStart,
    titleTo: base.from + titleStart + titleLength,
    bodyFrom: base.from + titleStart + bodyStart,
  };
}

const STOCK_PREFIX = new RegExp(`^(?:${STOCK_HEADINGS.join('|')})(?=[^,;:。、的和与及]{2})`);

/**
 * Where a heading's title ends (GOLD-SPEC and GB/T 9704 practice: at the first 。 or ; or the
 * end of the line). Articles (第X条) have no title. A long line with no such stop whose start
 * is a stock heading ("指导思想以习近平…", scraping removed the line break) is cut after it.
 */
export function splitTitle(rest: string, isArticle: boolean): { titleLength: number; bodyStart: number } {
  if (isArticle) return { titleLength: 0, bodyStart: 0 };
  const stop = rest.search(/[。;!?]/);
  if (stop >= 0) {
    const stock = STOCK_PREFIX.exec(rest);
    if (stock && stop > 40) return { titleLength: stock[0].length, bodyStart: stock[0].length };
    let bodyStart = stop + 1;
    while (rest[bodyStart] === ' ') bodyStart++;
    return { titleLength: stop, bodyStart };
  }
  if (rest.length > 40) {
    const stock = STOCK_PREFIX.exec(rest);
    if (stock) return { titleLength: stock[0].length, bodyStart: stock[0].length };
  }
  return { titleLength: rest.length, bodyStart: rest.length };
}

// A line is "flattened" when scraping joined a whole notice into it: long, with many pieces.
const FLAT_MIN_LENGTH = 300;
const MARKER_AFTER_STOP =
  /(?<=[。;:!?])(?=第[一二三四五六七八九十百]{1,4}[章节条]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}\.(?!\d))/g;
const MARKER_AFTER_SHORT_HEADING =
  /(?=\([一二三四五六七八九十]{1,3}\)|(?<![\d.])\d{1,2}\.(?=[\u4e00-\u9fff]))/g;

/**
 * Cuts a line that scraping flattened (a whole notice on one line, its lines joined by spaces)
 * back into pieces: at spaces between words, keeping one-character words with their neighbour
 * ("组 长", "王 浩" are padded, not separate), and before heading markers run into the text
 * after a full stop ("…执行。一、指导思想…") or after a short heading ("三、工作原则(一)…").
 */
export function splitFlattenedLine(text: string, from: number, to: number): [number, number][] {
  if (to - from < FLAT_MIN_LENGTH) return [[from, to]];
  const line = text.slice(from, to);
  const spaceCuts = cutsAtSpaces(line);
  const markerCuts = [...line.matchAll(MARKER_AFTER_STOP)].map((m) => m.index);
  if (spaceCuts.length < 4 && markerCuts.length < 2) return [[from, to]];
  const base = [...new Set([...spaceCuts, ...markerCuts])].sort((a, b) => a - b);
  const added: number[] = [];
  // a short heading directly followed by a sub-heading: "三、工作原则(一)坚持…", "(七)学校1.加强…"
  let k = 0;
  let lastCut = 0;
  for (const m of line.matchAll(MARKER_AFTER_SHORT_HEADING)) {
    while (k < base.length && base[k]! < m.index) lastCut = Math.max(lastCut, base[k++]!);
    const piece = line.slice(lastCut, m.index).trim();
    if (piece.length <= 16 && readMarker(piece) && !/[。,;]/.test(piece)) {
      added.push(m.index);
      lastCut = m.index;
    }
  }
  const sorted = [...new Set([...base, ...added])]
    .filter((c) => c > 0 && c < line.length)
    .sort((a, b) => a - b);
  const pieces: [number, number][] = [];
  let start = 0;
  for (const c of [...sorted, line.length]) {
    if (c > start) pieces.push([from + start, from + c]);
    start = c;
  }
  return pieces;
}

/**
 * Positions where a flattened line's words begin. One-character words are padding, not words:
 * a run of them is one name ("王 浩"), and one before a label remnant belongs to it ("组 长:").
 */
function cutsAtSpaces(line: string): number[] {
  const words = [...line.matchAll(/[^ ]+/g)];
  const cuts: number[] = [];
  for (let i = 1; i < words.length; i++) {
    const left = words[i - 1]![0];
    const right = words[i]![0];
    // "陈 浩" inside a list of names ("…、陈 浩、…") is padded too
    const paddedInList =
      /(?:^|[、,:])[\u4e00-\u9fff]$/.test(left) && /^[\u4e00-\u9fff](?:[、,]|$)/.test(right);
    const padded = paddedInList || (left.length === 1 && (right.length === 1 || /^.{1,2}:/.test(right)));
    // a marker set apart from its title: "一、 组织领导"
    if (padded || (readMarker(left)?.length ?? 0) >= left.length) continue;
    cuts.push(words[i]!.index);
  }
  return cuts;
}
