import type { NormText } from '../normalize/index.js';
import {
  ANNEX_TITLE_ENDS,
  CLOSING_REQUEST_VERBS,
  KIND_FORMULAS,
  MINUTES_MARK,
  TITLE_COPY_WORDS,
} from '../knowledge/document-types.js';
import { DOC_NUMBER_SHAPE, SERIAL_NUMBER_LINE } from '../knowledge/doc-numbers.js';
import type { Block } from '../segment/index.js';
import { readMarkerNumeral } from '../segment/markers.js';
import { buildOutline, type Outline, type PendingMessage } from './outline.js';
import { buildPartsOutline } from './parts.js';
import { readDecree } from './decree.js';
import { findAdoptionRecords } from './adoption.js';
import {
  announcesText,
  findTitleStart,
  MAX_TITLE_LINES,
  isFileNamedTitle,
  isPeriodLine,
  isPageChrome,
  isRecipientPiece,
  isRecipientsLine,
  isSignatureLine,
  isTitleLine,
  readForwardedFromText,
  readPageTimestamp,
  readTransmitted,
  readTransmittedFromText,
  squashTitle,
  stripDocNumber,
  titleText,
  withTitleMarks,
} from './titles.js';

export type { Outline, OutlineNode, PendingMessage } from './outline.js';

/** The cover notice's parts (GB/T 9704: 标题, 主送机关, 正文, 发文机关署名, 成文日期, 附注). */
export interface NoticeParts {
  title: Block[];
  recipients: Block | null;
  body: Block[];
  signature: Block[];
  date: Block | null;
  notes: Block[];
  /** The title of the document the notice transmits, as the notice names it. */
  transmits: string | null;
}

/** An attachment the 附件说明 names whose text the document does not hold (a separate file). */
export interface ListedAttachment {
  /** The 附件说明 line that names it (owned by `attachmentList`). */
  block: Block;
  label: string;
  title: string;
}

export interface AttachmentParts {
  label: Block;
  title: Block[];
  outline: Outline;
}

/** The document as a tree of blocks: every block is owned by exactly one part. */
export interface DocTree {
  norm: NormText;
  blocks: Block[];
  /** Header fields and the page lines above the document (site name, page title, 文号 line). */
  header: Block[];
  notice: NoticeParts | null;
  /** The title lines of the main document (the one a cover notice transmits, or the only one). */
  docTitle: Block[];
  /** The 题注 under a regulation's title: when and by whom it was adopted, revised or promulgated. */
  adoptionRecords: Block[];
  outline: Outline;
  /** 附件说明 lines ("附件:…") where they stand in the main text. */
  attachmentList: Block[];
  /** What follows the text: signature and date of a document issued directly, 抄送, 印发, 来源. */
  trailer: Block[];
  attachments: AttachmentParts[];
  /** Attachments named in the 附件说明 with no text of their own in the document. */
  listedAttachments: ListedAttachment[];
  messages: PendingMessage[];
}

/** Splits the blocks into header, cover notice, main text and attachments, and nests headings. */
export function structure(norm: NormText, blocks: Block[]): DocTree {
  const messages: PendingMessage[] = [];
  const attachmentStarts = findAttachmentStarts(blocks);
  const mainEnd = attachmentStarts[0] ?? blocks.length;
  const main = blocks.slice(0, mainEnd);

  const header: Block[] = [];
  const attachmentList: Block[] = [];
  let notice: NoticeParts | null = null;
  const coverRecord: Block[] = [];
  let docTitle: Block[] = [];
  let bodyStart = 0;
  let noticeBodyIsText = false;

  // (a '- ' list line is no heading of the text: page header rows are written so)
  const firstHeading = main.findIndex(
    (b) => b.kind === 'heading' && !b.mdDepth && b.marker?.style !== 'bullet',
  );
  const searchEnd = firstHeading < 0 ? main.length : firstHeading;
  const r = main.findIndex(
    (b, i) =>
      i < searchEnd && b.kind === 'paragraph' && (isRecipientsLine(b.text) || addressesAfterTitle(main, i)),
  );
  // a cover notice, found by its recipients line; else the promulgation a 令 opens with
  const cover: Cover | null =
    r >= 0
      ? readNotice(main, r, main[r]!)
      : (readDecree(main, searchEnd) ?? readUnaddressedNotice(main, searchEnd));
  if (cover) {
    const { parts, next } = cover;
    notice = parts;
    // the 附件说明 above the signature names attachments; it is not the notice's text
    attachmentList.push(...parts.body.filter(isAttachmentListLine));
    parts.body = parts.body.filter((b) => !isAttachmentListLine(b));
    // (a 令's issuer may stand a line above its title, the lines between are the page's)
    const opening = r >= 0 ? r : (cover.bodyStart ?? main.indexOf(parts.title.at(-1)!));
    for (let i = 0; i < opening; i++) if (!parts.title.includes(main[i]!)) header.push(main[i]!);
    bodyStart = next;
    // the 版记 under the cover's signature (抄送:省文明委) closes the cover, over the text it hands on
    while (bodyStart < searchEnd && RECORD_LINE.test(main[bodyStart]!.text))
      coverRecord.push(main[bodyStart++]!);
    // header rows a page prints between the cover and the text (公开方式:主动公开) are no text
    while (bodyStart < searchEnd && main[bodyStart]!.kind === 'field') header.push(main[bodyStart++]!);
    if (parts.transmits !== null || looksLikeTitleAt(main, bodyStart)) {
      const title = readTitleGroup(main, bodyStart, parts.transmits);
      docTitle = title.blocks;
      bodyStart = title.next;
      // (the plan's own cover: its issuer and month under the title)
      if (docTitle.length > 0)
        while (bodyStart < searchEnd && isOwnLine(main[bodyStart])) header.push(main[bodyStart++]!);
    } else {
      // a notice that is itself the document (成立/调整…的通知): its body is the text
      noticeBodyIsText = true;
    }
  } else {
    const near = (i: number) => i < Math.min(searchEnd, 40);
    // (a table of contents lists chapters such as "第五章 行文规则", named like a document)
    let t = main.findIndex((b, i) => near(i) && !b.toc && (isTitleLine(b.text) || b.mdDepth === 1));
    // (where no line is a title, the name of the file a document-sharing site gives: X方案.docx)
    if (t < 0) t = main.findIndex((b, i) => near(i) && b.kind === 'paragraph' && isFileNamedTitle(b.text));
    if (t >= 0) {
      const fileNamed = isFileNamedTitle(main[t]!.text);
      const start = main[t]!.mdDepth === 1 || fileNamed ? t : findTitleStart(main, t, 0);
      header.push(...main.slice(0, start));
      let title = fileNamed ? { blocks: [main[t]!], next: t + 1 } : readTitleGroup(main, start);
      // a page may print the title again over the text (its heading, then the document's, with
      // page facts between): the last copy is the document's title, all above it the page's
      let titleStart = start;
      for (let k = title.next; k < Math.min(searchEnd, title.next + MAX_LINES_BETWEEN_COPIES); k++) {
        const again = readTitleGroup(main, k);
        const copy =
          isSameTitle(again.blocks, title.blocks) ||
          endsWithTitle(title.blocks, again.blocks) ||
          handsOn(again.blocks, title.blocks);
        if (!copy) continue;
        header.push(...main.slice(titleStart, k));
        title = again;
        titleStart = k;
        k = again.next - 1;
      }
      docTitle = title.blocks;
      bodyStart = title.next;
      // (and the page's rows under its title, 发布日期, 来源: not one that holds a sentence)
      while (bodyStart < searchEnd && (isOwnLine(main[bodyStart]) || isPageRow(main[bodyStart]!)))
        header.push(main[bodyStart++]!);
    } else {
      // no title line (the page's 名称 row gives it): the header rows it opens with are no text
      while (bodyStart < searchEnd && ['field', 'markup'].includes(main[bodyStart]!.kind))
        header.push(main[bodyStart++]!);
    }
  }

  // a 纪要 without a title line: its mark (X会议纪要〔2021〕第2号), wherever the page put it, is its title
  if (!notice && docTitle.length === 0) {
    const mark = main.find((b, i) => i >= bodyStart && b.kind !== 'heading' && MINUTES_MARK.test(b.text));
    if (mark) docTitle = [mark];
  }
  const after = main.slice(bodyStart).filter((b) => !docTitle.includes(b));
  // (a notice that is the document: its closing signature may be read as a line of its body)
  const rest = noticeBodyIsText && notice ? [...notice.body, ...after] : after;
  const trailerStart = findTrailerStart(rest);
  const body: Block[] = [];
  const source = rest.slice(0, trailerStart);
  if (noticeBodyIsText && notice) notice.body = [];
  for (const b of source) (isAttachmentListLine(b) ? attachmentList : body).push(b);
  const adoptionRecords = findAdoptionRecords(body);
  const text = body.filter((b) => !adoptionRecords.includes(b));
  const parted = buildPartsOutline(text, docTitle, notice?.body ?? [], messages);
  const outline = parted.outline;
  docTitle = parted.docTitle;

  const listed = attachmentList.filter((b) => b.attachment?.title);
  const attachments = attachmentStarts.map((start, k) => {
    const end = attachmentStarts[k + 1] ?? blocks.length;
    const label = blocks[start]!;
    const inner = blocks.slice(start + 1, end);
    // (a label may carry the title: "附件1:X目录")
    const titleCount = label.attachment?.title
      ? 0
      : countTitleLines(inner, listedTitle(listed, attachmentNumber(label.text)));
    return {
      label,
      title: inner.slice(0, titleCount),
      outline: buildOutline(inner.slice(titleCount), messages),
    };
  });

  return {
    norm,
    blocks,
    header,
    notice,
    docTitle,
    adoptionRecords,
    outline,
    attachmentList,
    trailer: [
      ...coverRecord,
      ...(notice ? moveClosingIntoNotice(notice, rest.slice(trailerStart)) : rest.slice(trailerStart)),
    ],
    attachments,
    listedAttachments: listedWithoutText(listed, attachments),
    messages,
  };
}

/** A line of the 附件说明 ("附件:X表", "附件:1.X表", "2.Y书" under it), not an attachment's start. */
function isAttachmentListLine(b: Block): boolean {
  return b.kind === 'attachment-label' && (!!b.attachment?.title || !!b.attachment?.list);
}

/** The number of an attachment label: 附件2 → 2, 附件三 → 3, a lone 附件 → 1. */
function attachmentNumber(label: string): number {
  const m = /^附件 ?(\d{1,2}|[一二三四五六七八九十]{1,3})/.exec(label);
  return m ? readMarkerNumeral(m[1]!) : 1;
}

/** The title the 附件说明 gives attachment `n` (a list of one item names attachment 1). */
function listedTitle(listed: Block[], n: number): string | null {
  const item = listed.find((b) => (b.attachment!.number ?? 1) === n);
  return item?.attachment!.title ?? null;
}

const ANNEX_TITLE_END = new RegExp(`(?:${ANNEX_TITLE_ENDS.join('|')})$`);
const TITLE_PIECE = /^[^。;:,、]{1,60}$/;

/**
 * How many lines at the start of an attachment's text are its title: a short line, and the lines
 * a title broken over centred lines goes on with ("…专项资金" / "拨付审批表") — while
 * the 附件说明's title for it goes on with them, or while the title is not complete and the next
 * short line completes it.
 */
function countTitleLines(inner: Block[], listedTitle: string | null): number {
  const first = inner[0];
  if (!first || first.kind !== 'paragraph' || first.text.length > 60 || /[。;]/.test(first.text)) return 0;
  const isPiece = (b: Block | undefined) => !!b && b.kind === 'paragraph' && TITLE_PIECE.test(b.text);
  const complete = (t: string) => isTitleLine(t) || ANNEX_TITLE_END.test(t);
  const squash = (t: string) => t.replace(/ /g, '');
  let count = 1;
  let title = squash(first.text);
  while (count < 4 && isPiece(inner[count])) {
    const joined = title + squash(inner[count]!.text);
    const inList = !!listedTitle && squash(listedTitle).startsWith(joined);
    const completes = !complete(title) && complete(joined) && inner[count]!.text.length <= 30;
    if (!inList && !completes) break;
    title = joined;
    count++;
  }
  return count;
}

/** The 附件说明's items that no attachment's text in the document answers (by number or title). */
function listedWithoutText(listed: Block[], attachments: AttachmentParts[]): ListedAttachment[] {
  return listed
    .filter((b) => {
      const n = b.attachment!.number ?? 1;
      const title = squashTitle(b.attachment!.title!);
      return !attachments.some(
        (a) =>
          attachmentNumber(a.label.text) === n || squashTitle(a.title.map((t) => t.text).join('')) === title,
      );
    })
    .map((b) => ({
      block: b,
      label: b.attachment!.number && listed.length > 1 ? `附件${b.attachment!.number}` : '附件',
      title: b.attachment!.title!,
    }));
}

/**
 * A short line ending with ':' right after a notice's title (and perhaps its 文号 line) is the
 * recipients line whoever it addresses (所属中队, 各科室, 各村): GB/T 9704 puts 主送机关 there.
 */
function addressesAfterTitle(main: Block[], i: number): boolean {
  const line = main[i]!.text;
  if (line.length > 80 || /[。;]/.test(line) || isPageChrome(line) || announcesText(line)) return false;
  if (!/:$/.test(line) && !isAddressListWithoutColon(line, main[i + 1])) return false;
  // (a 范文 site's label of a variant, X工作方案一:, names a document, not those it addresses)
  if (isTitleLine(line.replace(/[一二三四五六七八九十\d]{0,3}:$/, ''))) return false;
  if (isPageKey(main[i + 1])) return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const b = main[k]!;
    if (b.kind === 'paragraph' && isTitleLine(b.text)) return true;
    if (b.kind !== 'field' && b.kind !== 'date' && !DOC_NUMBER_LINE.test(b.text) && !isPageChrome(b.text))
      return false;
  }
  return false;
}

// a page's key and its short value ("截止:2020-01-02", "状态:"), not a notice's first sentence
const PAGE_KEY = /^[\u4e00-\u9fff]{2,8} ?:[^。;,]{0,40}$/;

/** A line under a colon-ended line that makes both a page's keys: a header field, or a key with a short value. */
function isPageKey(b: Block | undefined): boolean {
  return (
    !!b && (b.kind === 'field' || (b.kind === 'paragraph' && PAGE_KEY.test(b.text) && !announcesText(b.text)))
  );
}

// words of a notice's first sentence, which hands a document on or states a decision (现将…印发, 经研究)
const HANDS_ON_PHRASES = /现将|现予|印发|转发|经研究|通知如下|已经/;

/**
 * A recipients line whose ':' was lost ("各街道办事处,区级各部门,X管委会"): two or more pieces,
 * each ending with an organ, and the notice's first sentence after it.
 */
function isAddressListWithoutColon(line: string, next: Block | undefined): boolean {
  const pieces = line.split(/[,、]/);
  return (
    pieces.length >= 2 &&
    pieces.every((p) => isRecipientPiece(p.trim())) &&
    !!next &&
    next.kind === 'paragraph' &&
    HANDS_ON_PHRASES.test(next.text)
  );
}

/**
 * The issuer on a line of its own under a title (as law databases print it), the document's own
 * 文号 and its date there (a plan's cover: 二〇二二年四月), or the time the page posted it
 * (2022-05-19 14:17), before its text: lines of the header.
 */
function isOwnLine(b: Block | undefined): boolean {
  return (
    !!b &&
    (isSignatureLine(b) ||
      OWN_NUMBER_LINE.test(b.text) ||
      SERIAL_NUMBER_LINE.test(b.text) ||
      b.kind === 'date' ||
      readPageTimestamp(b.text) !== null)
  );
}

const DOC_NUMBER_LINE = /^[\u4e00-\u9fff]{1,12} ?[〔[(【]\d{4}[〕\])】]? ?\d{1,5}号?$/;
// a 文号 or a 令's number alone on a line, perhaps in brackets: 东政令[1997]29号, (某市人民政府令第3号)
const OWN_NUMBER_LINE = new RegExp(`^\\(?(?:${DOC_NUMBER_SHAPE})\\)?$`);
// a 公告's or 通告's number, which names no agency (第28号)

/**
 * Bare labels "附件" / "附件2" on a line of their own start an attachment's text; so does a label
 * with its title ("附件1:X目录") that text of its own follows.
 */
function findAttachmentStarts(blocks: Block[]): number[] {
  const starts: number[] = [];
  blocks.forEach((b, i) => {
    if (b.kind !== 'attachment-label' || i + 1 >= blocks.length) return;
    if (!isAttachmentListLine(b) || isTitledStart(b, blocks[i + 1]!)) starts.push(i);
  });
  return starts;
}

/**
 * A 附件说明 of one attachment ("附件:X表") stands over the notice's signature and date, or over
 * the label that starts the attachment's text: a titled label followed by anything else starts it.
 */
function isTitledStart(label: Block, next: Block): boolean {
  // (a file name "附件5.docx" over a download line is a link)
  if (label.attachment?.list || !/^附件 ?(?:\d{1,2}|[一二三四五六七八九十]{1,3})? ?:/.test(label.text))
    return false;
  return next.kind === 'paragraph' && !isSignatureLine(next) && !isPageChrome(next.text);
}

/** A cover notice as read, and where the text after it begins. */
interface Cover {
  parts: NoticeParts;
  next: number;
  /** Where its body begins, when no 主送 line stands before it. */
  bodyStart?: number;
}

// the sentence of a cover notice that hands its document on to those it addresses
const HANDS_ON = /(?:印发|转发|批转|下发)给你们|现予(?:印发|转发)/;
// how many page lines (a 信息公开 table's rows, 文号 and date lines) may stand between such a
// notice's title and its body
const MAX_PAGE_LINES_UNDER_TITLE = 10;

/**
 * A cover notice whose 主送 line the page left out: a title that hands a document on (关于印发…的
 * 通知), then, after page lines only (its 文号 and date, the rows of a 信息公开 table, a posting
 * line: no sentence), the sentence that hands it on (《X》已经…同意, 现印发给你们). Or a titled
 * text signed and dated over the title of a second document (a 征求意见 notice over the 起草说明
 * it publishes). Read as a notice without recipients; the lines between title and body are the
 * page's header.
 */
function readUnaddressedNotice(main: Block[], searchEnd: number): Cover | null {
  const end = Math.min(searchEnd, 40);
  const k = main.findIndex((b, i) => i < end && b.kind === 'paragraph' && HANDS_ON.test(b.text));
  if (k > 0 && looksLikeTitleAt(main, titleAbove(main, k))) {
    const cover = readNotice(main, k - 1, null);
    const title = titleText(cover.parts.title.map((b) => b.text));
    if (readTransmitted(stripDocNumber(title)) !== null) return { ...cover, bodyStart: k };
  }
  return readSignedAboveDocument(main, end);
}

/** The nearest line above `k` that is not a page line (no sentence): the title's last, if any. */
function titleAbove(main: Block[], k: number): number {
  let t = k - 1;
  while (t > 0 && t >= k - MAX_PAGE_LINES_UNDER_TITLE && !looksLikeTitleAt(main, t) && !isSentence(main[t]!))
    t--;
  return t;
}

const isSentence = (b: Block) => /[。;]/.test(b.text);
const isPageRow = (b: Block) => b.kind === 'field' && !isSentence(b);

/**
 * A title, its text (after page lines only), then a signature and date over the title of another
 * document and its text: the first is a notice the second follows, signed where it ends.
 */
function readSignedAboveDocument(main: Block[], end: number): Cover | null {
  const t = main.findIndex((b, i) => i < end && !b.toc && looksLikeTitleAt(main, i));
  const k =
    t < 0 ? -1 : main.findIndex((b, i) => i > t && i < end && b.kind === 'paragraph' && isSentence(b));
  if (k < 0 || titleAbove(main, k) !== t) return null;
  const d = main.findIndex((b, i) => i > k && i < end && b.kind === 'date');
  if (d < 0 || d - 1 <= k || !isSignatureLine(main[d - 1]!) || !opensDocument(main, d + 1)) return null;
  const cover = readNotice(main, k - 1, null);
  return cover.parts.date === main[d] ? { ...cover, bodyStart: k } : null;
}

/** A document's title (or an annex's: …说明) at `i`, with its text after it. */
function opensDocument(main: Block[], i: number): boolean {
  const b = main[i];
  if (!b || b.kind !== 'paragraph' || b.text.length > 60 || /[。;:]/.test(b.text) || !main[i + 1])
    return false;
  return isTitleLine(b.text) || ANNEX_TITLE_END.test(b.text);
}

/**
 * Reads a cover notice around its recipients line `r` (or, for a notice without one, the line
 * before its body): the title before it (perhaps broken over lines, perhaps after a 文号 line),
 * then body, signature, date and notes (此件公开发布).
 */
function readNotice(main: Block[], r: number, recipients: Block | null): Cover {
  // the title stands a few lines above; a page may put its 信息公开 table or a summary between
  let titleEnd = -1;
  // (without a 主送 line, `r` is the line before the body: perhaps the title's last)
  const below = recipients ? r - 1 : r;
  for (let i = below; i >= Math.max(0, r - 20) && titleEnd < 0; i--) {
    const b = main[i]!;
    // (a page may list the title as an item: "• X关于…的通知")
    const unnumbered = b.kind === 'heading' && (!b.marker || b.marker.style === 'bullet');
    if (isTitleLine(b.text) && (b.kind === 'paragraph' || unnumbered)) titleEnd = i;
  }
  const found = titleEnd >= 0 ? main.slice(findTitleStart(main, titleEnd, 0), titleEnd + 1) : [];
  const title = fullerCopyAbove(main, found) ?? found;

  const titleLine = stripDocNumber(title.map((b) => b.text).join(''));
  const transmits = readTransmitted(titleLine);
  // (a page without the title line: its first sentence hands the document on)
  const handsOn = transmits !== null || readTransmittedFromText(main[r + 1]?.text ?? '') !== null;
  const dateAt = findNoticeDate(main, r, handsOn);
  // a note (此件公开发布) may stand between the signature and the date
  let sigEnd = dateAt;
  while (dateAt >= 0 && sigEnd - 1 > r && main[sigEnd - 1]!.kind === 'note') sigEnd--;
  if (sigEnd < dateAt && !isSignatureLine(main[sigEnd - 1]!)) sigEnd = dateAt;
  let sigStart = dateAt >= 0 ? sigEnd : r + 1;
  while (dateAt >= 0 && sigStart - 1 > r && isSignatureLine(main[sigStart - 1]!) && sigEnd - sigStart < 4)
    sigStart--;
  const bodyEnd = dateAt >= 0 ? sigStart : r + 1 + countParagraphs(main, r + 1, handsOn);
  const bodyText = main
    .slice(r + 1, bodyEnd)
    .map((b) => b.text)
    .join('');
  const coverText = () => title.map((b) => b.text).join('') + bodyText;
  const after =
    dateAt >= 0 && sigStart === dateAt && !opensHandedOnDocument(main, dateAt + 1, coverText)
      ? countSignatureAfter(main, dateAt)
      : 0;
  let next = dateAt >= 0 ? dateAt + 1 + after : bodyEnd;
  const notes: Block[] = dateAt >= 0 ? main.slice(sigEnd, dateAt) : [];
  while (next < main.length && main[next]!.kind === 'note') notes.push(main[next++]!);
  return {
    parts: {
      title,
      recipients,
      body: main.slice(r + 1, bodyEnd),
      signature:
        dateAt < 0
          ? []
          : after > 0
            ? main.slice(dateAt + 1, dateAt + 1 + after)
            : main.slice(sigStart, sigEnd),
      date: dateAt >= 0 ? main[dateAt]! : null,
      notes,
      transmits: readForwardedFromText(titleLine, bodyText) ?? transmits ?? readTransmittedFromText(bodyText),
    },
    next,
  };
}

/**
 * The cover notice's date line. A notice that hands a document on may number its own remarks
 * (一、…三、) before its signature, so for it the search goes past headings, but only to a date
 * that stands under a signature and over the next document's title (or over nothing but page
 * lines: no heading, no sentence); otherwise it stops at the first heading, which begins the text of a
 * document issued directly.
 */
function findNoticeDate(main: Block[], r: number, transmittal: boolean): number {
  for (let i = r + 1; i < main.length && i <= r + 30; i++) {
    const b = main[i]!;
    if (b.kind === 'heading') break;
    if (b.kind === 'date') return i;
  }
  if (!transmittal) return -1;
  for (let i = r + 2; i < main.length && i <= r + 60; i++) {
    const b = main[i]!;
    const after = main[i + 1];
    const titled =
      !after || after.kind === 'note' || isTitleLine(after.text) || onlyPageLinesFrom(main, i + 1);
    if (b.kind === 'date' && isSignatureLine(main[i - 1]!) && titled) return i;
  }
  return -1;
}

/** Nothing from `from` on could be a document's text: no heading, no sentence (page lines, keywords). */
function onlyPageLinesFrom(main: Block[], from: number): boolean {
  return main.slice(from).every((b) => b.kind !== 'heading' && !/[。;]/.test(b.text));
}

// the request that closes a cover notice (请认真贯彻落实。, 请遵照执行。, 请结合实际认真组织实施.)
const CLOSING_REQUEST = new RegExp(`请[^。;]{0,30}(?:${CLOSING_REQUEST_VERBS.join('|')})[。.!]?$`);
// its closing formula on a line of its own (特此通知。)
const CLOSING_FORMULA = new RegExp(
  `^(?:${KIND_FORMULAS.map(([formula]) => formula)
    .filter((formula) => formula.startsWith('特此'))
    .join('|')})[。.]?$`,
);

/** Most paragraphs a notice writes after its request before its signature (联系人…, 报送时限…). */
const MAX_PARAGRAPHS_AFTER_REQUEST = 4;

/**
 * A notice's paragraphs when it has no date: up to a title, or the table of contents of what it
 * hands on. A notice that hands a document on ends with the paragraph that asks for it to be
 * carried out (现印发给你们,请认真贯彻落实。), its 特此通知 and a signature without its date: the
 * document's own text follows, its title and the notice's date left out by the page (or signed at
 * the document's end). When its signature comes a few paragraphs later (…请认真贯彻执行。\n联系人:
 * 甲某。\nX县人民政府办公室), those paragraphs are the notice's too. One that announces items of its
 * own (…现印发给你们,并就有关事项通知如下) goes on through them.
 */
function countParagraphs(main: Block[], from: number, handsOn: boolean): number {
  let k = from;
  while (k < main.length && !endsNoticeText(main[k]!)) {
    const text = main[k]!.text;
    k++;
    if (handsOn && OWN_ITEMS.test(text)) k = ownItemsEnd(main, k);
    else if (handsOn && CLOSING_REQUEST.test(text)) k = Math.max(k, signatureWithin(main, k));
    else continue;
    while (k < main.length && (CLOSING_FORMULA.test(main[k]!.text) || isSignatureLine(main[k]!))) k++;
    break;
  }
  return k - from;
}

// a notice that announces items of its own after handing a document on (现印发给你们,并就有关事项通知如下)
const OWN_ITEMS = /通知如下/;

/**
 * Where the items a notice numbers after its 通知如下 end when no date closes them: at its
 * signature, at the title of the document it hands on, or at a heading that numbers from the start
 * again (that document's own 一、); else at the end of the text (a page that stops within them).
 */
function ownItemsEnd(main: Block[], from: number): number {
  let firstStyle: string | undefined;
  for (let k = from; k < main.length; k++) {
    const b = main[k]!;
    if (b.kind === 'heading' && b.marker) {
      if (b.marker.style === firstStyle && b.marker.ordinal === 1) return k;
      firstStyle ??= b.marker.style;
    } else if (b.kind !== 'paragraph' || b.toc || isTitleLine(b.text) || isSignatureLine(b)) return k;
  }
  return main.length;
}

/** A block a dateless notice's text cannot go on into: no paragraph, or a title. */
function endsNoticeText(b: Block): boolean {
  return b.kind !== 'paragraph' || !!b.toc || isTitleLine(b.text);
}

/** The first signature line among the few paragraphs from `from` on, or -1. */
function signatureWithin(main: Block[], from: number): number {
  for (let i = from; i < main.length && i <= from + MAX_PARAGRAPHS_AFTER_REQUEST; i++) {
    if (endsNoticeText(main[i]!)) break;
    if (isSignatureLine(main[i]!)) return i;
  }
  return -1;
}

function looksLikeTitleAt(main: Block[], i: number): boolean {
  const b = main[i];
  return !!b && b.kind === 'paragraph' && isTitleLine(b.text);
}

/** A document title at `start`: one or more lines ending with a document type, and a period line. */
function readTitleGroup(
  main: Block[],
  start: number,
  expected: string | null = null,
): { blocks: Block[]; next: number } {
  let end = start;
  if (main[start]?.mdDepth === 1) end = start + 1;
  else {
    for (let i = start; i < main.length && i < start + MAX_TITLE_LINES; i++) {
      const b = main[i]!;
      if (b.kind !== 'paragraph' || /[。;:]/.test(b.text)) break;
      // (a line inside the 《》 the title cites ends no title: 贯彻落实《关于X的若干政策 / 措施》实施方案)
      if (isTitleLine(b.text) && !opensCitation(main.slice(start, i + 1))) {
        end = i + 1;
        break;
      }
      // a line that does not end the title is one of its first lines, and short
      if (b.text.length > 60) break;
    }
  }
  // a line that goes on with the title the cover notice names ("…2025年计划" / "草案报告"), read
  // without the dashes scraping may lose (2024—2026年 as 20242026年) and a plan cover's 文本
  const named = expected === null ? '' : comparable(expected);
  let joined = comparable(
    main
      .slice(start, end)
      .map((b) => b.text)
      .join(''),
  );
  while (named.length > joined.length && main[end]?.kind === 'paragraph') {
    const longer = joined + comparable(main[end]!.text).replace(COPY_WORD_END, '');
    if (!named.startsWith(longer)) break;
    joined = longer;
    end++;
  }
  if (main[end] && isPeriodLine(main[end]!.text)) end++;
  return { blocks: main.slice(start, end), next: end };
}

/** The lines open a 《 that they do not close. */
function opensCitation(lines: Block[]): boolean {
  const text = lines.map((b) => b.text).join('');
  return (text.match(/《/g)?.length ?? 0) > (text.match(/》/g)?.length ?? 0);
}

const comparable = (title: string) => squashTitle(withTitleMarks(title)).replace(/[—–\-~]/g, '');
const COPY_WORD_END = new RegExp(`(?:${TITLE_COPY_WORDS.join('|')})$`);

// how far below a title a page may print it again
const MAX_LINES_BETWEEN_COPIES = 8;

/**
 * A title line a little above the title found that ends with all of it (the page printed the
 * title whole, then again with its first half lost: "国务院办公厅关于成立X小组的通知" … "X小组的通知").
 */
function fullerCopyAbove(main: Block[], title: Block[]): Block[] | null {
  const tail = squashedTitle(title);
  // (a title that has its 关于 or verb lost nothing: a longer line ending with it is a breadcrumb)
  if (title.length === 0 || /关于|印发|转发|批转/.test(tail)) return null;
  const first = main.indexOf(title[0]!);
  for (let i = first - 1; i >= Math.max(0, first - MAX_LINES_BETWEEN_COPIES); i--) {
    const b = main[i]!;
    const whole = squashTitle(b.text);
    const copy = b.kind === 'paragraph' && isTitleLine(b.text) && !isPageChrome(b.text);
    if (copy && whole.length > tail.length && whole.endsWith(tail)) return [b];
  }
  return null;
}

const squashedTitle = (blocks: Block[]) => squashTitle(blocks.map((x) => x.text).join(''));

function isSameTitle(a: Block[], b: Block[]): boolean {
  // (a copy may write the period's dash otherwise: 2022-2024年, 2022—2024年)
  return a.length > 0 && comparable(squashedTitle(a)) === comparable(squashedTitle(b));
}

/** A notice's title (X关于印发《Y》的通知) under the title of what it hands on (Y), as a page prints both. */
function handsOn(notice: Block[], title: Block[]): boolean {
  const handed = notice.length > 0 ? readTransmitted(squashedTitle(notice)) : null;
  return handed !== null && title.length > 0 && comparable(handed) === comparable(squashedTitle(title));
}

/**
 * The lines read as a title end with the whole of a later copy (sidebar lines above the first
 * copy were taken for its first lines): a title of its own, not the end of one.
 */
function endsWithTitle(lines: Block[], copy: Block[]): boolean {
  const tail = squashedTitle(copy);
  return tail.length >= MIN_COPIED_TITLE && squashedTitle(lines).endsWith(tail) && isTitleLine(tail);
}
const MIN_COPIED_TITLE = 8;

// the 版记 of GB/T 9704: 抄送机关 (抄送:X) and 印发机关和印发日期 (X办公室 2021年8月16日印发)
const PRINTING_LINE = '.{2,40}\\d{4}年\\d{1,2}月\\d{1,2}日印发?$';
const RECORD_LINE = new RegExp(`^(?:(?:抄送|抄报) ?:|${PRINTING_LINE})`);
// (also a 纪要's distribution, 分送: or 本期发:, and its printing line, X办公室 2021年8月16日印; a
// news page's editors, 责编: and 审核:, and a repost's 原文链接:)
const TRAILER_LINE = new RegExp(
  `^(?:抄送|抄报|印发|主送|来源|原文链接|责任编辑|责编|编辑|作者|审核|校对|附件下载$|(?:分送|本期发) ?:|${PRINTING_LINE})`,
);

/** A page's trailer label ("编辑:") with its value on the next line ("张三"). */
function isTrailerValue(value: Block, label: Block | undefined): boolean {
  return (
    !!label &&
    /:$/.test(label.text) &&
    TRAILER_LINE.test(label.text) &&
    value.text.length <= 30 &&
    !/[。;:]/.test(value.text)
  );
}

/** Where the closing lines (抄送, 印发, 来源, 附注, a final signature and date) begin. */
function findTrailerStart(rest: Block[]): number {
  let start = rest.length;
  let sawDate = false;
  while (start > 0) {
    const b = rest[start - 1]!;
    if (b.kind === 'note' || TRAILER_LINE.test(b.text)) start--;
    else if (isTrailerValue(b, rest[start - 2])) start -= 2;
    else if (b.kind === 'date' && !sawDate) {
      sawDate = true;
      start--;
    } else if (isSignatureLine(b) && signsDateAt(rest, start)) start--;
    else break;
  }
  return start;
}

// joint issuers sign one to a line: the most lines a signature takes over its date
const MAX_SIGNATURE_LINES = 3;

/** The lines from `at` up to a date are a few signature lines (or none): a line above them signs with them. */
function signsDateAt(rest: Block[], at: number): boolean {
  let k = at;
  while (k < rest.length && k - at < MAX_SIGNATURE_LINES - 1 && isSignatureLine(rest[k]!)) k++;
  return rest[k]?.kind === 'date';
}

/** A date written over its signature (as some county sites do): the signature line under it, 1 or 0. */
function countSignatureAfter(blocks: Block[], dateAt: number): number {
  const next = blocks[dateAt + 1];
  return next && isSignatureLine(next) ? 1 : 0;
}

/**
 * An organ's line under a cover's date that opens the document the cover hands on, as that
 * document's issuer over the rest of its title (X局 / 关于…的 / 实施意见): the cover names the
 * organ as the author of what it hands on (转发X局《关于…》), so it is no signature of the cover.
 */
function opensHandedOnDocument(main: Block[], at: number, coverText: () => string): boolean {
  const organ = main[at];
  if (!organ || !isSignatureLine(organ)) return false;
  const text = coverText();
  const named = text.includes(`${organ.text}《`) || text.includes(`${organ.text}关于`);
  return named && readTitleGroup(main, at).blocks.length > 1;
}

/**
 * A document issued directly (意见, 决定, a 通知 that transmits nothing) is signed at its end:
 * the closing signature, date and notes belong to its notice, not to its trailer.
 */

function moveClosingIntoNotice(notice: NoticeParts, trailer: Block[]): Block[] {
  const dateAt = trailer.findIndex((b) => b.kind === 'date');
  if (notice.date || dateAt < 0) return trailer;
  let sigStart = dateAt;
  while (sigStart > 0 && isSignatureLine(trailer[sigStart - 1]!)) sigStart--;
  const after = sigStart === dateAt ? countSignatureAfter(trailer, dateAt) : 0;
  notice.signature =
    after > 0 ? trailer.slice(dateAt + 1, dateAt + 1 + after) : trailer.slice(sigStart, dateAt);
  notice.date = trailer[dateAt]!;
  let end = dateAt + 1 + after;
  while (trailer[end]?.kind === 'note') notice.notes.push(trailer[end++]!);
  return [...trailer.slice(0, sigStart), ...trailer.slice(end)];
}
