import { NOTICE_FIRST_CHARACTERS } from '../knowledge/recipients.js';
import type { NormText } from '../normalize/index.js';
import { ANNEX_TITLE_ENDS, DOCUMENT_TYPES } from '../knowledge/document-types.js';
import { DOC_NUMBER_SHAPE } from '../knowledge/doc-numbers.js';
import { CN_YEAR_DIGIT, LOST_YEAR_DATE, LOST_ZEROS_DATE } from '../knowledge/numerals.js';
import { UNITS } from '../knowledge/units.js';
import { SERIAL_COLUMNS } from '../knowledge/table-columns.js';
import type { MarkerStyle } from '../knowledge/heading-markers.js';
import {
  BULLET,
  gluedLabelStart,
  gluedParagraphStart,
  readFieldLine,
  readGluedField,
  readLabelAlone,
  readTruncatedField,
  takesDateBelow,
  takesTitleBelow,
  takesValueBelow,
  type FieldMatch,
} from './header-fields.js';
import { namesOrgans, NOTE_OPENERS, splitFlattenedLine } from './flattened.js';
import { readLostNumeralMarker, readMarker, STOCK_PREFIX, writeMarker, type Marker } from './markers.js';
import { isTocEntry, readTableOfContents } from './toc.js';

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
  /**
   * Attachment labels: the title written after the label, if any; in a 附件说明 list
   * ("附件:1.…" and the "2.…" lines under it), the item's number, and `list` on every line of it.
   */
  attachment?: { title: string | null; number?: number; list?: boolean };
  /** A line of a table of contents (目录): a paragraph that lists a heading, never one itself. */
  toc?: boolean;
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
      for (const [restFrom, restTo] of splitNumberOff(text, pieceFrom, pieceTo)) {
        for (const [from, to] of splitRecipientsOff(text, restFrom, restTo)) {
          const block = classify(text, from, to, norm.headingDepth);
          if (block) blocks.push(...splitGluedParagraphOff(text, block, norm.headingDepth));
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  readTableOfContents(blocks);
  numberLostNumerals(blocks);
  readItemsBeforeNumbers(blocks);
  readListsGoingOnFromCells(blocks);
  readBareNumbersInDecimalOutlines(blocks);
  readArticleTitlesOnOwnLine(blocks);
  readAttachmentLists(blocks);
  readEmptyAttachmentRows(blocks);
  splitGluedLabelsOff(blocks);
  readLabelLines(blocks);
  readTruncatedRows(blocks);
  const joined = joinValuesOnNextLine(text, blocks);
  readGluedHeaderFields(joined);
  return joined;
}

// the headings whose (一)(二) items number afresh: the levels above them, and an article
const OPENS_ITEMS = new Set<MarkerStyle>(['part', 'chapter', 'section', 'cn-comma', 'article']);

/**
 * Items whose numeral the page lost ("一、总体要求" / "()指导思想" / "()目标任务") are numbered on from
 * the item before them in their list: a heading of a higher level (一、, 第X章) or an article
 * starts a new list. A list of nothing but such lines one under another, with no text between
 * them, is a form's tick boxes (()同意 / ()不同意): paragraphs.
 */
function numberLostNumerals(blocks: Block[]): void {
  let list: number[] = []; // the blocks of the current list of (一) items
  const close = () => {
    const lost = list.filter((i) => blocks[i]!.marker!.lost);
    const boxes = lost.length === list.length && lost.every((i, k) => k === 0 || i === lost[k - 1]! + 1);
    if (lost.length > 0 && boxes) for (const i of lost) blocks[i] = asParagraph(blocks[i]!);
    list = [];
  };
  blocks.forEach(({ marker }, i) => {
    if (!marker) return;
    if (marker.style === 'cn-paren') {
      if (marker.lost) {
        marker.ordinal = (blocks[list.at(-1) ?? -1]?.marker?.ordinal ?? 0) + 1;
        marker.raw = writeMarker('cn-paren', marker.ordinal);
      }
      list.push(i);
    } else if (OPENS_ITEMS.has(marker.style)) close();
  });
  close();
}

function asParagraph({ from, to, text }: Block): Block {
  return { kind: 'paragraph', from, to, text };
}

// how many blocks from the start a page's header may reach
const HEAD_BLOCKS = 30;

/**
 * Header rows whose labels the page glued to their values (a converted law database page:
 * "发文机关国务院办公厅" / "发文日期1986年07月07日" / "时效性现行有效"), read only at the head of the
 * document, before its first heading or sentence: a row whose value has its field's shape (a
 * date, a 文号, an organ), and a row with a short value next to another header row.
 */
function readGluedHeaderFields(blocks: Block[]): void {
  const found = new Map<number, NonNullable<ReturnType<typeof readGluedField>>>();
  for (let i = 0; i < blocks.length && i < HEAD_BLOCKS && !endsHead(blocks[i]!); i++) {
    const glued = blocks[i]!.kind === 'paragraph' ? readGluedField(blocks[i]!.text) : null;
    if (glued) found.set(i, glued);
  }
  const accepted = new Set([...found].filter(([, g]) => g.kind === 'shaped').map(([i]) => i));
  const isField = (i: number) => blocks[i]?.kind === 'field' || accepted.has(i);
  let grew: boolean;
  do {
    grew = false;
    for (const i of found.keys()) {
      if (accepted.has(i) || !(isField(i - 1) || isField(i + 1))) continue;
      accepted.add(i);
      grew = true;
    }
  } while (grew);
  for (const i of accepted) {
    const { from, to, text } = blocks[i]!;
    blocks[i] = { from, to, text, kind: 'field', fields: [found.get(i)!.field] };
  }
}

/**
 * Rows under the page's header rows whose label lost its first characters ("称: X关于…的通知", "词:"):
 * header fields, not the notice's title or its 主送 line.
 */
function readTruncatedRows(blocks: Block[]): void {
  for (let i = 1; i < blocks.length && i < HEAD_BLOCKS; i++) {
    const b = blocks[i]!;
    const field =
      b.kind === 'paragraph' && blocks[i - 1]!.kind === 'field' ? readTruncatedField(b.text) : null;
    if (field) blocks[i] = { from: b.from, to: b.to, text: b.text, kind: 'field', fields: [field] };
    else if (endsHead(b)) break;
  }
}

// a 附件 label with nothing after it: no number, no title
const BARE_ATTACHMENT_LABEL = /^附件 ?:?$/;

/**
 * A bare "附件" among the rows of a page's 信息公开 table at its head (the row of files the page
 * links, left empty): a header field without a value, not the start of an attachment's text.
 */
function readEmptyAttachmentRows(blocks: Block[]): void {
  for (let i = 1; i < blocks.length && i < HEAD_BLOCKS && !endsHead(blocks[i]!); i++) {
    const b = blocks[i]!;
    if (
      b.kind !== 'attachment-label' ||
      blocks[i - 1]!.kind !== 'field' ||
      !BARE_ATTACHMENT_LABEL.test(b.text)
    )
      continue;
    const end = b.text.length;
    const field = { label: '附件', value: '', from: 0, valueFrom: end, valueTo: end };
    blocks[i] = { from: b.from, to: b.to, text: b.text, kind: 'field', fields: [field] };
  }
}

/**
 * "• 索引号" with "1134…/202110-00085" on a line below it (blank lines between): a header label
 * alone on its line, without a colon, at the head of the document, when a value line follows or it
 * stands among other header rows. `joinValuesOnNextLine` gives it the value.
 */
function readLabelLines(blocks: Block[]): void {
  const alone = (b: Block | undefined) =>
    b && (b.kind === 'paragraph' || b.marker?.style === 'bullet') ? readLabelAlone(b.text) : null;
  for (let i = 0; i < blocks.length && i < HEAD_BLOCKS && !endsHead(blocks[i]!); i++) {
    const b = blocks[i]!;
    const field = alone(b);
    const next = blocks[i + 1];
    const inRows = blocks[i - 1]?.kind === 'field' || next?.kind === 'field' || alone(next);
    // (分类 over 序号 heads a table's column: a task table copied one cell per line)
    const heads = next && (SERIAL_COLUMNS as readonly string[]).includes(next.text.replace(/ /g, ''));
    const valued =
      next?.kind === 'paragraph' || (next?.kind === 'date' && takesDateBelow(field?.label ?? ''));
    if (field && !heads && (inRows || valued))
      blocks[i] = { from: b.from, to: b.to, text: b.text, kind: 'field', fields: [field] };
  }
}

/**
 * In a "key line / value line" header, a value line with the next row's key glued to its end
 * ("标题" / "X关于…的通知发文机关" / "X县人民政府办公室"): the key is a line of its own.
 */
function splitGluedLabelsOff(blocks: Block[]): void {
  for (let i = 1; i < blocks.length && i < HEAD_BLOCKS && !endsHead(blocks[i]!); i++) {
    const b = blocks[i]!;
    const at = b.kind === 'paragraph' && readLabelAlone(blocks[i - 1]!.text) ? gluedLabelStart(b.text) : null;
    if (at === null || blocks[i + 1]?.kind !== 'paragraph' || readLabelAlone(blocks[i + 1]!.text)) continue;
    const value = { from: b.from, to: b.from + at, text: b.text.slice(0, at), kind: 'paragraph' as const };
    const key = { from: b.from + at, to: b.to, text: b.text.slice(at), kind: 'paragraph' as const };
    blocks.splice(i, 1, value, key);
    i++;
  }
}

/**
 * A block the page's header does not go past: a heading, a sentence, a 主送 line. A bulleted line
 * is not a heading there: it is the page's navigation or its list of header rows.
 */
function endsHead(b: Block): boolean {
  return (
    (b.kind === 'heading' && b.marker?.style !== 'bullet') ||
    (b.kind === 'paragraph' && !b.toc && (/[。;]/.test(b.text) || b.text.endsWith(':')))
  );
}

const LIST_ITEM = /^(\d{1,2})[.、] ?(.+)$/;
const ANNEX_TITLE_END = new RegExp(`(?:${ANNEX_TITLE_ENDS.join('|')}|${DOCUMENT_TYPES.join('|')})$`);

/**
 * The 附件说明 of a notice (GB/T 9704 7.3.4): "附件:" followed by its numbered items, the first
 * perhaps on the label's line ("附件:1.…申请表" / "2.…承诺书"). Its lines are attachment labels
 * naming the attachments, not headings of the text.
 */
function readAttachmentLists(blocks: Block[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'attachment-label' || !LIST_LABEL.test(b.text)) continue;
    const title = b.attachment?.title ?? null;
    const first = title ? LIST_ITEM.exec(title) : null;
    if (title && !first && ATTACHED_FILE.test(title)) {
      i = readFileList(blocks, i, title);
      continue;
    }
    if (title && !first) {
      i = joinBrokenTitle(blocks, i, b.attachment!);
      continue;
    }
    let expected = first ? Number(first[1]) + 1 : 1;
    if (first) b.attachment = { title: first[2]!.trim(), number: Number(first[1]), list: true };
    let item = first ? b.attachment! : null;
    let k = i + 1;
    for (; k < blocks.length; k++) {
      const n = blocks[k]!;
      const m = LIST_ITEM.exec(n.text);
      if (m && Number(m[1]) === expected && n.text.length <= 80 && !/[。;]/.test(n.text)) {
        item = { title: m[2]!.trim(), number: expected, list: true };
        blocks[k] = { from: n.from, to: n.to, text: n.text, kind: 'attachment-label', attachment: item };
        expected++;
        continue;
      }
      // an item's title broken onto the next line: it goes on until the next item, or it ends a title
      const next = LIST_ITEM.exec(blocks[k + 1]?.text ?? '');
      const goesOn =
        item?.title &&
        n.kind === 'paragraph' &&
        /^[^。;:,、]{1,30}$/.test(n.text) &&
        ((next && Number(next[1]) === expected) ||
          (!ANNEX_TITLE_END.test(item.title) && ANNEX_TITLE_END.test(n.text)) ||
          opensBracket(item.title));
      if (!goesOn) break;
      item!.title += n.text;
      blocks[k] = asTitleGoingOn(n);
    }
    if (!first && k > i + 1) b.attachment = { title: null, list: true };
    else if (!first) k = readTitleOverSignature(blocks, i);
    i = k - 1;
  }
}

// a remark in brackets after the label: 附件(另附):, 附件(略):
const LABEL_REMARK = '(?: ?\\([^()\\d一二三四五六七八九十]{1,6}\\))?';
const LIST_LABEL = new RegExp(`^附件?${LABEL_REMARK} ?:`);
// the most lines the title under a bare label takes, and the signature under it
const MAX_TITLE_LINES_UNDER_LABEL = 2;
const MAX_SIGNATURE_LINES = 3;
const TITLE_PIECE = /^[^。;:]{1,120}$/;

/**
 * A bare "附件:" (or "附件(另附):") over the notice's signature and date: a 附件说明 whose title the
 * page put on the lines under it ("附件:" / "X示意图" / "X县人民政府" / "2020年10月9日"), or lost with
 * the link it was ("附件:" / "X县人民政府办公室" / "2025年4月22日"). The title's lines are the label's,
 * not the start of an attachment's text, and the signature and date stay the notice's. Returns the
 * index after the label's last line.
 */
function readTitleOverSignature(blocks: Block[], i: number): number {
  const isPiece = (b: Block | undefined) =>
    b?.kind === 'paragraph' && TITLE_PIECE.test(b.text) && !namesOrgans(b.text);
  let end = i + 1;
  while (end - i <= MAX_TITLE_LINES_UNDER_LABEL && isPiece(blocks[end])) end++;
  let signature = end;
  while (
    signature - end < MAX_SIGNATURE_LINES &&
    blocks[signature]?.kind === 'paragraph' &&
    namesOrgans(blocks[signature]!.text)
  )
    signature++;
  if (blocks[signature]?.kind !== 'date') return i + 1;
  const title = blocks
    .slice(i + 1, end)
    .map((n) => n.text)
    .join('');
  blocks[i]!.attachment = { title: title || null, list: true };
  for (let k = i + 1; k < end; k++) blocks[k] = asTitleGoingOn(blocks[k]!);
  return end;
}

// the name of an attached file, as pages list their downloads (附件:X〔2016〕94号.pdf)
const ATTACHED_FILE = /\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar)$/i;

/**
 * A 附件说明 that names files ("附件:X.pdf" / "Y.pdf"): the file names on the lines under it are
 * its items, not an attachment's text. Returns the index of its last line.
 */
function readFileList(blocks: Block[], i: number, title: string): number {
  blocks[i]!.attachment = { title, number: 1, list: true };
  let k = i + 1;
  for (; blocks[k]?.kind === 'paragraph' && ATTACHED_FILE.test(blocks[k]!.text); k++) {
    const n = blocks[k]!;
    const item = { title: n.text, number: k - i + 1, list: true };
    blocks[k] = { from: n.from, to: n.to, text: n.text, kind: 'attachment-label', attachment: item };
  }
  return k - 1;
}

// the most lines a title broken inside its brackets goes on over, and how long each is
const MAX_BROKEN_TITLE_LINES = 2;
const MAX_BROKEN_TITLE_PIECE = 30;

/**
 * A 附件说明 whose title a bracket left open was broken over lines ("附件:《X预案》(2020年6月修" /
 * "订稿)"): the short lines that close it are the title's, not the text after it. Returns the
 * index of the last line of the label.
 */
function joinBrokenTitle(blocks: Block[], i: number, label: { title: string | null }): number {
  let k = i;
  while (
    k - i < MAX_BROKEN_TITLE_LINES &&
    opensBracket(label.title!) &&
    blocks[k + 1]?.kind === 'paragraph' &&
    blocks[k + 1]!.text.length <= MAX_BROKEN_TITLE_PIECE &&
    !/[。;:]/.test(blocks[k + 1]!.text)
  ) {
    const n = blocks[++k]!;
    label.title += n.text;
    blocks[k] = asTitleGoingOn(n);
  }
  return k;
}

/** A line of the 附件说明 on which a title broken over lines goes on. */
function asTitleGoingOn(n: Block): Block {
  return {
    from: n.from,
    to: n.to,
    text: n.text,
    kind: 'attachment-label',
    attachment: { title: null, list: true },
  };
}

/** The text leaves a bracket open: more ( 《 than ) 》. */
function opensBracket(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '《') depth++;
    else if ((ch === ')' || ch === '》') && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * "• 发文字号:" with "镇政发〔2024〕7号" on the next line: a header label whose value the page put
 * on a line of its own. The value line joins the field's block (see `valueBelow`).
 */
function joinValuesOnNextLine(text: string, blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const last = b.fields?.at(-1);
    const next = blocks[i + 1];
    const from =
      last && b.fields!.length === 1 && last.value === '' && next ? valueBelow(b, next, blocks[i + 2]) : null;
    if (from !== null) {
      last!.valueFrom = from - b.from;
      last!.valueTo = next!.to - b.from;
      last!.value = text.slice(from, next!.to);
      out.push({ ...b, to: next!.to, text: text.slice(b.from, next!.to) });
      i++;
    } else out.push(b);
  }
  return out;
}

/**
 * Where the value of the empty field `b` begins on the line under it, or null: a line of text; a
 * date, perhaps a list's item like the label's ("- 发布时间:" / "- 2019年08月27日"), for a date's
 * label; a title only for a title's label set alone among the rows ("• 信息名称" / "关于…的通知" /
 * "• 内容概述"), not for "名称:" over the notice's own title.
 */
function valueBelow(b: Block, next: Block, after: Block | undefined): number | null {
  const label = b.fields![0]!.label;
  if (next.kind === 'date') return takesDateBelow(label) ? next.from : null;
  if (next.kind === 'heading' && next.marker?.style === 'bullet') {
    const date = next.text.replace(BULLET, '');
    return takesDateBelow(label) && DATE_LINE.test(date) ? next.to - date.length : null;
  }
  if (next.kind !== 'paragraph' || next.text.length > 80 || next.text.endsWith(':')) return null;
  const amongRows =
    !b.text.endsWith(':') && (after?.kind === 'field' || readLabelAlone(after?.text ?? '') !== null);
  if (/关于|印发|转发|通知$/.test(next.text) && !(takesTitleBelow(label) && amongRows)) return null;
  return takesValueBelow(label, next.text) ? next.from : null;
}

// "各区人民政府,市政府各部门:《…》已经市政府同意,现印发给你们…": 主送机关 and the first sentence
// on one line. The addressees are organs (各…, …政府, …部门 …), and the sentence opens as notices do.
// (a list of organs ending with a collective of them, 各县人民政府,X管委会,各成员单位:, is one before
// whatever sentence follows: 进入汛期以来,…)
const RECIPIENTS_RUN_IN = new RegExp(
  `^(?=[^:。]{0,160}(?:各|政府|部门|单位|局|委员会|管委会))[^:。]{2,160}:(?= ?[${NOTICE_FIRST_CHARACTERS}])|^[^:。]{2,160}[,、][^:。,、]{0,40}(?:部门|单位|机构|政府|管委会):(?= ?[^ ])`,
);

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
 * A header row whose organ the page glued to the notice's first paragraph ("来源:X县人民政府办公室为…"): the row ends at the organ's name, and the paragraph is a block of its own.
 */
function splitGluedParagraphOff(text: string, block: Block, headingDepth: Map<number, number>): Block[] {
  const at = block.fields ? gluedParagraphStart(block.fields) : null;
  if (at === null) return [block];
  const last = block.fields!.at(-1)!;
  last.valueTo = at;
  last.value = block.text.slice(last.valueFrom, at);
  const row: Block = {
    from: block.from,
    to: block.from + at,
    text: block.text.slice(0, at),
    kind: 'field',
    fields: block.fields!,
  };
  const paragraph = classify(text, block.from + at, block.to, headingDepth);
  return paragraph ? [row, paragraph] : [row];
}

// A number run into the line it stands over: the 文号 in brackets under a title glued to the 主送
// line, which names organs before its colon ("(某政发〔1994〕103号)某州,各县人民政府:"), and a 令's
// number glued to the promulgation it numbers ("第3号 《某规定》已经…通过,现予发布施行。")
const NUMBER_RUN_IN = new RegExp(
  `^(?:\\((?:${DOC_NUMBER_SHAPE})\\)(?= ?(?=[^。:]{0,240}(?:各|政府|部门|单位|机构|局|委员会|管委会))[^ (。:][^。:]{1,240}:)` +
    `|第 ?\\d{1,5} ?号(?= ?《[^《》]{2,80}》(?:已经|经)))`,
);

/** Cuts a number run into the line after it (`NUMBER_RUN_IN`) off into a block of its own. */
function splitNumberOff(text: string, from: number, to: number): [number, number][] {
  const first = text[from];
  if (first !== '(' && first !== '第') return [[from, to]];
  const m = NUMBER_RUN_IN.exec(text.slice(from, Math.min(to, from + 300)));
  if (!m) return [[from, to]];
  return [
    [from, from + m[0].length],
    [from + m[0].length, to],
  ];
}

// (a title may hold a parenthesis or a list: 3 保障(支持)措施, 5 监督、评估, or be padded: 1 总 则)
const BARE_NUMBER_HEADING = /^(\d{1,2}) *(?=[\u4e00-\u9fff](?: ?[\u4e00-\u9fff()、]){1,24}$)/;

/**
 * In a document numbered 1.1 / 1.1.1 (GB/T 1.1), the top units are often written "1 总则" or
 * "1总则": a number and a short title. A number at a line's start is more often a count, so the
 * sequence must confirm it: its first subunit N.1 comes next, or it goes on from unit N-1 with
 * no subunits (N+1.x, or nothing numbered, comes next). A text with one decimal heading only
 * (1 总则 / 1.1 编制目的 / text / 2 …) is such a document when that heading's unit line
 * stands right above it, or a few paragraphs above it when both titles are short phrases and
 * the unit's is no count (an excerpt cut after 1 总则 / text / 1.1 适用范围 / text).
 */
function readBareNumbersInDecimalOutlines(blocks: Block[]): void {
  const decimals = blocks.filter((b) => b.marker?.style === 'decimal');
  if (decimals.length === 0) return;
  const one = decimals.length === 1;
  let d = 0; // the first decimal heading after the block
  let top = 0; // the last top-level unit number read
  let confirmed = !one; // (with one decimal heading: once its unit line was read over it)
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (decimals[d] === b) {
      top = Number(b.marker!.raw.split('.')[0]);
      d++;
    }
    const m = b.kind === 'paragraph' && !b.toc ? BARE_NUMBER_HEADING.exec(b.text) : null;
    if (!m) continue;
    const n = Number(m[1]);
    const next = decimals[d]?.marker!.raw;
    const firstUnder =
      next === `${n}.1` &&
      (!one || blocks[i + 1] === decimals[d] || isUnitLineOver(blocks, i, m[0].length, decimals[d]!));
    const goesOn = confirmed && top === n - 1 && (next === undefined || next.startsWith(`${n + 1}.`));
    if (!firstUnder && !goesOn) continue;
    top = n;
    confirmed = true;
    // (depth 1: the top level of the decimal numbering)
    const marker = { style: 'arabic-dot' as const, ordinal: n, raw: m[1]!, length: m[0].length, depth: 1 };
    Object.assign(b, {
      kind: 'heading',
      marker,
      titleFrom: b.from + m[0].length,
      titleTo: b.to,
      bodyFrom: b.to,
    });
  }
}

// how far above its one decimal heading (N.1) a unit line may stand, and how long their titles are
const MAX_BLOCKS_UNDER_UNIT_LINE = 3;
const MAX_SHORT_TITLE = 12;
const SHORT_TITLE = new RegExp(`^\\p{Script=Han}(?: ?\\p{Script=Han}){1,${MAX_SHORT_TITLE - 1}}$`, 'u');
// a number before a measure word counts (1 个工作专班, 3 年内): no unit's title opens so
const COUNT_START = new RegExp(`^(?:万|亿)?(?:${UNITS.map((u) => u.unit).join('|')})`);

/**
 * The unit line at `i` (its title after `titleAt`) stands a few paragraphs over `decimal`, its
 * first subunit: no heading between, both titles short phrases alone on their lines.
 */
function isUnitLineOver(blocks: Block[], i: number, titleAt: number, decimal: Block): boolean {
  // (only the few blocks after it are looked at: linear time over many such lines)
  const near = blocks.slice(i + 1, i + 2 + MAX_BLOCKS_UNDER_UNIT_LINE);
  const at = near.indexOf(decimal);
  const between = near.slice(0, at);
  const title = blocks[i]!.text.slice(titleAt);
  const subTitle = decimal.text.slice(decimal.titleFrom! - decimal.from);
  return (
    at >= 0 &&
    between.every((b) => b.kind === 'paragraph') &&
    SHORT_TITLE.test(title) &&
    !COUNT_START.test(title) &&
    SHORT_TITLE.test(subTitle)
  );
}

// an article's title alone on its line: a few characters, no punctuation (目的, 适用范围)
const OWN_LINE_ARTICLE_TITLE = /^\p{Script=Han}{2,8}$/u;

/**
 * Articles are untitled units ("第一条 为了…"), but some regulations give each a short title on
 * the article's line and put its text on the next ("第一条 目的" / "为了统一…"): that line's rest
 * is the article's title, when at least half the articles, and two or more, are written so (one
 * article whose sentence a page broke after a few words, "第三条 县农业农村局" / "负责…", is none).
 */
function readArticleTitlesOnOwnLine(blocks: Block[]): void {
  const articles = blocks.filter((b) => b.marker?.style === 'article');
  const titled = blocks.filter(
    (b, i) =>
      b.marker?.style === 'article' &&
      blocks[i + 1]?.kind === 'paragraph' &&
      OWN_LINE_ARTICLE_TITLE.test(b.text.slice(b.titleFrom! - b.from)),
  );
  if (titled.length < 2 || titled.length * 2 < articles.length) return;
  for (const b of titled) {
    b.titleTo = b.to;
    b.bodyFrom = b.to;
  }
}

/**
 * "1.80周岁及以上的" reads as a decimal, but when the next numbered line is "2.", or the last
 * numbered line before it "3." ("4.460个活动室…"), it is an item followed by a number: the
 * sequence decides.
 */
function readItemsBeforeNumbers(blocks: Block[]): void {
  let previous: Marker | undefined; // the marker of the last numbered block before block i
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const m = b.kind === 'paragraph' ? /^(\d{1,2})\.(?=\d)/.exec(b.text) : null;
    const next = blocks[i + 1]?.marker;
    const n = m ? Number(m[1]) : 0;
    const before = previous;
    if (b.marker) previous = b.marker;
    const inSequence =
      (next?.style === 'arabic-dot' && next.ordinal === n + 1) ||
      (before?.style === 'arabic-dot' && before.ordinal === n - 1);
    if (!m || !inSequence) continue;
    const marker = { style: 'arabic-dot' as const, ordinal: n, raw: m[0], length: m[0].length };
    previous = marker;
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

/**
 * A table row dumped as text, its cells set apart by spaces, may end with a list in its last cell
 * ("1 关于…的通知 X发〔2000〕65号 1、制定依据…") that goes on over the next lines ("2、根据…"):
 * those are the cell's items, not headings of the text.
 */
function readListsGoingOnFromCells(blocks: Block[]): void {
  let expected: string | null = null; // the marker of the cell's next item
  for (let i = 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    const m = b.marker;
    if (m?.style === 'arabic-dot' && m.ordinal > 1 && b.mdDepth === undefined) {
      const separator = m.raw.replace(/^\d+/, '');
      if (m.raw === expected || opensListInLastCell(blocks[i - 1]!, `${m.ordinal - 1}${separator}`)) {
        blocks[i] = { from: b.from, to: b.to, text: b.text, kind: 'paragraph' };
        expected = `${m.ordinal + 1}${separator}`;
        continue;
      }
    }
    expected = null;
  }
}

/** The row's first item `marker` stands after a space, in a cell after two others at least. */
function opensListInLastCell(row: Block, marker: string): boolean {
  if (row.kind !== 'paragraph') return false;
  const at = row.text.indexOf(` ${marker}`);
  // (not a number such as " 1.5%")
  return (
    at > 0 && row.text.lastIndexOf(' ', at - 1) > 0 && !/\d/.test(row.text[at + 1 + marker.length] ?? '')
  );
}

function trimRange(text: string, from: number, to: number): [number, number] {
  while (from < to && isBlank(text.charCodeAt(from))) from++;
  while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
  return [from, to];
}

/** A space or a tab, read from the UTF-16 unit (no string per character). */
const isBlank = (c: number) => c === 0x20 || c === 0x09;

// 2024年9月13日, 二〇二四年九月, 2024-09-13, and the damaged 2023年58, 2019年1123, 2019117, { 2017 6 23
const YEAR_FIRST_DATE = `(?:(?:19|20)\\d{2}|[一二]${CN_YEAR_DIGIT}{3}) ?(?:年 ?[\\d一二三四五六七八九十〇零]{0,4} ?(?:月 ?[\\d一二三四五六七八九十〇零]{0,3} ?日?)?|[-./]\\d{1,2}[-./]\\d{1,2}|\\d{2,4}日?|\\d{1,2} +\\d{1,2}日?)`;
// (a date in brackets of its own under a title, (2020年8月19日), is the document's date)
const DATE_LINE = new RegExp(
  `^(?:\\( ?${YEAR_FIRST_DATE} ?\\)|(?:[{[【(] ?)?(?:${YEAR_FIRST_DATE}|${LOST_ZEROS_DATE}|${LOST_YEAR_DATE}))$`,
);
const NOTE_LINE = new RegExp(`^\\((?:${NOTE_OPENERS})[^)]{0,80}\\)$`);
// (附: alone, as older notices write it, only over a numbered list: 附:1、X.docx)
const ATTACHMENT_LINE = new RegExp(
  `^附(?:件 ?(\\d{1,2}|[一二三四五六七八九十]{1,3})?${LABEL_REMARK}(?: ?[:.、] ?(.{0,120}))?| ?: ?(\\d{1,2}[.、].{1,120}))$`,
);
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
  // (before the attachment label: a listed "附件1.…表......12" starts no attachment)
  if (isTocEntry(line)) return { from, to, text: line, kind: 'paragraph', toc: true };
  const fields = readFieldLine(line);
  if (fields) return { from, to, text: line, kind: 'field', fields };
  if (DATE_LINE.test(line)) return { from, to, text: line, kind: 'date' };
  if (NOTE_LINE.test(line)) return { from, to, text: line, kind: 'note' };
  const att = ATTACHMENT_LINE.exec(line);
  if (att) {
    const attachment = { title: (att[2] ?? att[3])?.trim() || null };
    return { from, to, text: line, kind: 'attachment-label', attachment };
  }
  if (isTableRow(line)) return { from, to, text: line, kind: 'paragraph' };
  return classifyHeading(base, 0, undefined);
}

/**
 * A row of a table, its cells joined by tabs ("1.信息化发展指数\t>79\t72.45"): a numbered first
 * cell numbers the row, not a heading. A tab right after a marker ("一、\t总体要求") is layout.
 */
function isTableRow(line: string): boolean {
  const tab = line.indexOf('\t');
  if (tab < 0 || line.slice(tab).trim() === '') return false;
  const first = line.slice(0, tab).trim();
  return readMarker(first)?.length !== first.length;
}

function classifyHeading(
  base: Pick<Block, 'from' | 'to' | 'text'>,
  skip: number,
  mdDepth: number | undefined,
): Block {
  const rest = base.text.slice(skip);
  const marker = readMarker(rest) ?? readLostNumeralMarker(rest) ?? undefined;
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

// The longest title a heading runs into its text with ':' (a phrase such as 总体要求, 申报条件).
const RUN_IN_TITLE_MAX = 20;

/**
 * Where a heading's title ends (GOLD-SPEC and GB/T 9704 practice: at the first 。 or ; or the
 * end of the line, or at a ':' that follows a short phrase). Articles (第X条) have no title. A
 * long line with no such stop whose start is a stock heading ("指导思想以习近平…", scraping
 * removed the line break) is cut after it.
 */
export function splitTitle(rest: string, isArticle: boolean): { titleLength: number; bodyStart: number } {
  if (isArticle) return { titleLength: 0, bodyStart: 0 };
  const stop = rest.search(/[。;!?]/);
  // a run-in title that ends at ':' ("工作目标:到2025年…"): a short phrase, not a clause
  const colon = rest.indexOf(':');
  if (
    colon >= 2 &&
    colon <= RUN_IN_TITLE_MAX &&
    (stop < 0 || colon < stop) &&
    !/[,、(]/.test(rest.slice(0, colon)) // not a label inside a note: "X(责任单位:Y)"
  ) {
    // "主要任务牵头单位:…": a stock heading the next line's label was run into
    const stock = STOCK_PREFIX.exec(rest);
    if (stock && stock[0].length < colon) return { titleLength: stock[0].length, bodyStart: stock[0].length };
    let bodyStart = colon + 1;
    while (rest[bodyStart] === ' ') bodyStart++;
    if (bodyStart < rest.length) return { titleLength: colon, bodyStart };
  }
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
