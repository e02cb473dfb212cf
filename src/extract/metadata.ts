import type { DocNumber, HeaderField, Metadata, Notice } from '../schema/contract.js';
import {
  INDEX_NUMBER_SHAPE,
  EXPIRED_VALIDITY,
  HEADER_FIELD_LABELS,
  NON_ORGANISATION_SOURCE_ENDINGS,
  PAGE_META_FIELDS,
  REPEAL_LABEL_WORD,
  TITLE_VALIDITY_MARKS,
  type MetadataKey,
} from '../knowledge/header-fields.js';
import { DOCUMENT_TYPES, KIND_FORMULAS, MINUTES_MARK } from '../knowledge/document-types.js';
import {
  endsWithIssuer,
  isPageChrome,
  isSignatureLine,
  isTitleLine,
  readPageTimestamp,
  stripDocNumber,
  titleText,
} from '../structure/titles.js';
import { bannerIssuer, isDecree, signatureText, titleIssuer } from './notice.js';
import { lastRecordVerb } from '../structure/adoption.js';
import type { Block } from '../segment/index.js';
import type { DocTree } from '../structure/index.js';
import type { ExtractContext } from './context.js';
import {
  findDocNumbers,
  readBracketlessNumberLine,
  readNumberLine,
  readSerialLine,
  type DocNumberMatch,
} from './doc-number.js';
import {
  describeDamage,
  findDates,
  impliedDate,
  readDamagedDate,
  readDate,
  readOpeningDate,
  type DamagedDate,
} from './date.js';

export interface FoundField extends HeaderField {
  target: MetadataKey | null;
}

/**
 * Metadata from the page's 信息公开 fields where present, else from the document itself (its
 * 文号 line, the notice's title and date). Where the header and a body copy of the 文号
 * disagree, or the body copy is damaged, the header's wins and a message says so.
 */
export function extractMetadata(
  tree: DocTree,
  fields: FoundField[],
  notice: Notice | null,
  ctx: ExtractContext,
): Metadata {
  const first = (key: MetadataKey) => firstValue(fields, key);

  const docTitle = titleText(tree.docTitle.map((b) => MINUTES_MARK.exec(b.text)?.[1] ?? b.text));
  // a 令 promulgates a regulation: the regulation's title is the document's
  // (in full as a title line above the 令 may give it: X市 + the name the 令 cites)
  const decree = notice && isDecree(notice.title, notice.recipients.length > 0);
  const carried = decree ? notice.transmits : null;
  const fuller = carried && tree.header.find((b) => b.text.endsWith(carried) && isTitleLine(b.text))?.text;
  const noticeTitle = decree ? (fuller ?? carried ?? notice.title) : (notice?.title ?? null);
  const header = readHeaderTitle(first('title'));
  const title = chooseTitle(header.title, noticeTitle, docTitle || null, ctx, fields);
  const adoption = readAdoption(tree.adoptionRecords, ctx);
  const docNumber = chooseDocNumber(tree, ctx) ?? adoption.number;
  const publishDate =
    publishedOnPage(fields, tree.header) ??
    adoption.published ??
    // (when the page was last edited: only where nothing says when it was published)
    readIsoDate(first('updatedDate'));
  reportIncompleteDates(fields, ctx);
  // the kind the title names (that of the transmitted document when a notice transmits one),
  // unless the header states a kind (体裁分类: 决定, not 区政府办公室文件); a catalogue class last
  const genre =
    readDocumentType(first('genre') ?? '') ??
    readDocumentType(docTitle) ??
    readDocumentType(notice?.transmits ?? '') ??
    readDocumentType(title ?? '') ??
    (title === null ? kindByFormula(tree.norm.text) : null) ??
    first('category');
  // a 纪要 is neither signed nor dated at its end (GB/T 9704-2012 10.2): the office that prints it
  // issues it, on the date of its printing line
  const printed = genre === '纪要' ? readPrintingLine(tree.trailer) : null;
  const closingAt = tree.trailer.findIndex((b) => b.kind === 'date');
  const closingDate = closingAt >= 0 ? tree.trailer[closingAt]!.text : null;
  // a date line under the document's own title (a plan's cover), which the header holds
  const titleEnd = tree.docTitle.at(-1)?.to ?? Infinity;
  const titleDate = tree.header.find((b) => b.kind === 'date' && b.from >= titleEnd)?.text ?? null;
  const signedDate =
    notice?.signedDate ??
    readIsoDate(first('signedDate')) ??
    readIsoDate(closingDate, publishDate) ??
    readIsoDate(titleDate) ??
    numberLineDate(tree.header) ??
    adoption.date ??
    readIsoDate(printed?.date ?? null);
  // a document dated by month only: the month, as no day can be given
  const dateLine = notice ? notice.signedDateRaw : (closingDate ?? titleDate);
  const month = signedDate || !dateLine ? null : readDate(dateLine)?.iso;
  const signedMonth = month && /^\d{4}-\d{2}$/.test(month) ? month : null;
  if (closingDate && !readIntactDate(closingDate)) {
    const block = tree.trailer[closingAt]!;
    ctx.report({
      ruleId: 'date/incomplete',
      severity: 'warning',
      message: `closing date "${closingDate}" ${describeDamage(readDamaged(closingDate), publishDate)}`,
      from: block.from,
      to: block.to,
      actual: closingDate,
    });
  }
  // a document with no cover notice is signed by the lines over its closing date (joint issuers
  // one to a line)
  let signerAt = closingAt;
  while (signerAt > 0 && isSignatureLine(tree.trailer[signerAt - 1]!)) signerAt--;
  const closingIssuer =
    tree.trailer
      .slice(signerAt, Math.max(closingAt, 0))
      .map((b) => signatureText(b.text))
      .join(' ') || null;
  const signed =
    notice?.issuer ??
    closingIssuer ??
    printed?.issuer ??
    // the title's issuer: a cover notice's (its title may stand only in the header), or, where an
    // organ stands before its 关于 or verb, a document's own (某市人民政府办公厅关于…的通知); not
    // the title of what a cover hands on, which names that document's author
    (title && !(notice?.transmits && title === docTitle) ? titleIssuer(title) : null) ??
    // a law database prints the issuer on a line of its own under the title
    tree.header.find((b) => isSignatureLine(b) && !isPageChrome(b.text))?.text ??
    bannerIssuer(tree.header);
  const issuer = fullerName(organ(first('issuer')), signed) ?? signed;
  const keywords = (first('keywords') ?? '').split(/[ ,;、]+/).filter(Boolean);
  return {
    title,
    // (a page may print it alone on a line over the title, without its label)
    indexNumber:
      first('indexNumber') ?? tree.header.find((b) => INDEX_NUMBER_SHAPE.test(b.text))?.text ?? null,
    // the 发布机构 as the header writes it; the issuer in full
    publisher: organ(first('publisher')) ?? sourceAsPublisher(first('source'), issuer) ?? issuer,
    docNumber,
    publishDate,
    signedDate,
    signedMonth,
    topic: first('topic'),
    genre,
    keywords,
    validity:
      first('validity') ??
      header.validity ??
      noteValidity(tree) ??
      (isRepealed(fields) ? EXPIRED_VALIDITY : null),
    fields: fields.map(({ key, value, span }) => ({ key, value, span })),
  };
}

/**
 * The date the page says it published the notice (its header's dates, else a timestamp line):
 * no date the notice was signed on can be later.
 */
export function publishedOnPage(fields: FoundField[], header: Block[]): string | null {
  const first = (key: MetadataKey) => firstValue(fields, key);
  return (
    readIsoDate(first('publishDate')) ??
    readIsoDate(first('signedDate')) ??
    readIsoDate(first('createdDate')) ??
    readIsoDate(pageTimestamp(header))
  );
}

/** The first value the header gives the field, trimmed. */
function firstValue(fields: FoundField[], key: MetadataKey): string | null {
  return fields.find((f) => f.target === key && f.value.trim() !== '')?.value.trim() ?? null;
}

/** The page's header fields, read once for the notice and the metadata. */
export function readFields(tree: DocTree, ctx: ExtractContext): FoundField[] {
  const found: FoundField[] = [];
  for (const block of headerBlocks(tree)) {
    if (block.kind !== 'field' || !block.fields) continue;
    for (const f of block.fields) {
      found.push({
        key: f.label,
        value: f.value,
        span: ctx.span(block.from + f.from, block.from + (f.valueTo > f.valueFrom ? f.valueTo : f.valueFrom)),
        target: HEADER_FIELD_LABELS[f.label] ?? null,
      });
    }
  }
  const lines = tree.norm.lines;
  for (const meta of tree.norm.source.pageFields) {
    const target = PAGE_META_FIELDS[meta.key] ?? null;
    found.push({ key: meta.key, value: meta.value, span: lines.span(meta.start, meta.end), target });
  }
  return found;
}

const VALIDITY_MARK = new RegExp(`\\((${TITLE_VALIDITY_MARKS.join('|')})\\)$`);
// a law database's note under the title of a text no longer in force, naming the document that
// ended it: "根据某年某月某日X部发布的关于废止…的通知失效" (a line, not a sentence)
const VALIDITY_NOTE = new RegExp(
  `^根据[^。;,:]{4,150}(?:${DOCUMENT_TYPES.join('|')})》?(${TITLE_VALIDITY_MARKS.join('|')})$`,
);

/** The validity a note line before the text states, if any. */
function noteValidity(tree: DocTree): string | null {
  for (const b of headerBlocks(tree)) {
    const m = b.kind === 'paragraph' ? VALIDITY_NOTE.exec(b.text) : null;
    if (m) return m[1]!;
  }
  return null;
}

/**
 * The header's title as a title: without the 文号 a catalogue prints with it and the mark it puts
 * after a title no longer in force ("X发〔2014〕31号 X关于…的意见(废止)"), which gives the validity.
 */
function readHeaderTitle(value: string | null): { title: string | null; validity: string | null } {
  if (value === null) return { title: null, validity: null };
  const mark = VALIDITY_MARK.exec(value);
  const title = titleText([mark ? value.slice(0, mark.index) : value]);
  return { title: title || value, validity: mark?.[1] ?? null };
}

/**
 * The header's title, unless the document's own title block shows it damaged: a header that
 * lost its first characters ("民政府办公室关于…", for 某市人民政府办公室关于…) is the end of the complete title.
 */
function chooseTitle(
  header: string | null,
  noticeTitle: string | null,
  docTitle: string | null,
  ctx: ExtractContext,
  fields: FoundField[],
): string | null {
  const own = noticeTitle || docTitle;
  // a header title that starts at 关于/印发 left the issuer out by the portal's convention; one
  // that starts inside the issuer's name lost characters
  if (header && own && own !== header && own.endsWith(header) && !/^(?:关于|印发|转发)/.test(header)) {
    const field = fields.find((f) => f.target === 'title')!;
    ctx.messages.push({
      ruleId: 'metadata/title-damaged',
      severity: 'warning',
      message: `header title "${header}" lost its beginning; the document's own title "${own}" is used`,
      line: field.span.line,
      column: field.span.column,
      span: field.span,
      actual: header,
      expected: own,
    });
    return own;
  }
  return header ?? own;
}

/** A line searched for the 文号, and where an offset into its text stands in the normalised text. */
interface NumberLine {
  kind: Block['kind'];
  text: string;
  at: (offset: number) => number;
}

const asNumberLine = (b: Pick<Block, 'from' | 'text' | 'kind'>): NumberLine => ({
  kind: b.kind,
  text: b.text,
  at: (i) => b.from + i,
});

function toDocNumber(m: DocNumberMatch, line: Pick<NumberLine, 'at'>, ctx: ExtractContext): DocNumber {
  return {
    raw: m.raw,
    normalized: m.normalized,
    agency: m.agency,
    year: m.year,
    serial: m.serial,
    span: ctx.span(line.at(m.start), line.at(m.end)),
  };
}

/**
 * The two lines of a title as one, a space for the line break: a 令 puts its number on the line
 * under it ("X人民政府令" / "第82号"), indented, or set apart by blank lines or a line of the page.
 */
function joinedLines(title: Block[], text: string): NumberLine[] {
  const [first, second] = title;
  if (title.length !== 2) return [];
  const apart = text.slice(first!.to, second!.from).trim() !== '';
  if (apart && !(first!.text.endsWith('令') && /^(?:[〔[(]\d{4}[〕\])] ?)?第/.test(second!.text))) return [];
  const cut = first!.text.length + 1;
  return [
    {
      kind: 'paragraph',
      text: `${first!.text} ${second!.text}`,
      at: (i) => (i < cut ? first!.from + i : second!.from + i - cut),
    },
  ];
}

/** A title line, or the number of a 纪要's mark after the page's label before it (图文解读:X纪要〔2021〕第2号). */
function minutesNumberLine(b: Block): NumberLine {
  const mark = MINUTES_MARK.exec(b.text);
  const from = mark ? b.text.indexOf(mark[1]!) : 0;
  return { kind: b.kind, text: b.text.slice(from), at: (i) => b.from + from + i };
}

/** The values of the header's title fields, which a catalogue may print after the 文号 (标题: X发〔2020〕2号 X关于…). */
function titleFieldValues(tree: DocTree): NumberLine[] {
  return headerBlocks(tree).flatMap((b) =>
    (b.fields ?? [])
      .filter((f) => HEADER_FIELD_LABELS[f.label] === 'title' && f.value)
      .map((f) => ({
        kind: 'paragraph' as const,
        text: f.value,
        at: (i: number) => b.from + f.valueFrom + i,
      })),
  );
}

/**
 * The document's own 文号: the header field, else a 文号 line above the text, or one under its title,
 * or one the header's title field prints with the title.
 */
function chooseDocNumber(tree: DocTree, ctx: ExtractContext): DocNumber | null {
  let header: DocNumber | null = null;
  for (const block of headerBlocks(tree)) {
    if (block.kind !== 'field' || !block.fields) continue;
    for (const f of block.fields) {
      if (HEADER_FIELD_LABELS[f.label] !== 'docNumber' || !f.value) continue;
      const m = findDocNumbers(f.value)[0];
      if (m) header = toDocNumber(m, asNumberLine({ ...block, from: block.from + f.valueFrom }), ctx);
    }
    if (header) break;
  }
  const copies: DocNumber[] = [];
  const damaged = new Set<DocNumber>();
  for (const block of [
    ...[...tree.header, ...(tree.notice?.title ?? [])].map(asNumberLine),
    ...joinedLines(tree.notice?.title ?? [], tree.norm.text),
    ...(tree.notice ? [] : tree.docTitle).map(minutesNumberLine),
    ...titleFieldValues(tree),
  ]) {
    if (block.kind === 'field') continue;
    const m =
      findDocNumbers(block.text)[0] ??
      (inNumberSlot(tree, block.at(0)) ? readBracketlessNumberLine(block.text) : null) ??
      undefined;
    // a 文号 line holds the number and little else (its date, as law databases print it); a
    // title may carry it before or after itself (then perhaps the issuer and the date)
    const onItsOwn =
      m && (block.text.length - m.raw.length <= 4 || readNumberLine(block.text)?.number.start === m.start);
    const title = stripDocNumber(block.text);
    const aroundTitle = m && title !== block.text && (m.start <= 1 || m.start >= title.length);
    if (m && (onItsOwn || aroundTitle)) {
      const copy = toDocNumber(m, block, ctx);
      if (m.damaged) damaged.add(copy);
      copies.push(copy);
    }
  }
  const copy = copies[0] ?? serialUnderTitle(tree, ctx);
  if (header && copy && copy.normalized !== header.normalized) {
    ctx.messages.push({
      ruleId: 'doc-number/mismatch',
      severity: 'warning',
      message: `body copy of the 文号 "${copy.raw}" differs from the header's ${header.normalized}; the header's is used`,
      line: copy.span.line,
      column: copy.span.column,
      span: copy.span,
      actual: copy.raw,
      expected: header.normalized,
    });
  } else if (header && copy && copy.raw !== header.raw && damaged.has(copy)) {
    ctx.messages.push({
      ruleId: 'doc-number/damaged',
      severity: 'warning',
      message: `body copy of the 文号 is damaged ("${copy.raw}"); the header's ${header.normalized} is used`,
      line: copy.span.line,
      column: copy.span.column,
      span: copy.span,
      actual: copy.raw,
      expected: header.normalized,
    });
  } else if (!header && copy && damaged.has(copy)) {
    ctx.messages.push({
      ruleId: 'doc-number/damaged',
      severity: 'warning',
      message: `the 文号 "${copy.raw}" is damaged; read as ${copy.normalized}`,
      line: copy.span.line,
      column: copy.span.column,
      span: copy.span,
      actual: copy.raw,
      expected: copy.normalized,
    });
  }
  return header ?? copy;
}

// GB/T 9704-2012 7.4.2 印发机关和印发日期: "X办公室 2021年8月16日印发" (印 alone on some pages)
const PRINTING_LINE = /^(\S.{1,39}?) +(\d{4}年\d{1,2}月\d{1,2}日)印发?$/;

/** The organ and date of the printing line among the closing lines, if one names an organ. */
function readPrintingLine(trailer: Block[]): { issuer: string; date: string } | null {
  for (const b of trailer) {
    const m = PRINTING_LINE.exec(b.text);
    if (m && endsWithIssuer(m[1]!)) return { issuer: m[1]!, date: m[2]! };
  }
  return null;
}

/** The page dates the notice's repeal (废止日期: 2023-10-16). */
function isRepealed(fields: FoundField[]): boolean {
  return fields.some(
    (f) => f.target === 'expiryDate' && f.key.includes(REPEAL_LABEL_WORD) && readIsoDate(f.value.trim()),
  );
}

/** The position is where a cover notice's 文号 stands: between its title and its recipients. */
function inNumberSlot(tree: DocTree, at: number): boolean {
  const notice = tree.notice;
  const titleEnd = notice?.title.at(-1)?.to;
  return titleEnd !== undefined && at >= titleEnd && at < (notice!.recipients?.from ?? -1);
}

/**
 * The number a 公告 or 通告 has on the line under its title, which names no agency (第28号): the
 * cover's (a 公告 that promulgates a regulation) or the document's own.
 */
function serialUnderTitle(tree: DocTree, ctx: ExtractContext): DocNumber | null {
  for (const title of [tree.notice?.title ?? [], tree.docTitle]) {
    const titleEnd = title.at(-1)?.to;
    const line = titleEnd === undefined ? undefined : tree.header.find((b) => b.from >= titleEnd);
    const m = line && readSerialLine(line.text, titleText(title.map((b) => b.text)));
    if (m) return toDocNumber(m, asNumberLine(line), ctx);
  }
  return null;
}

/** The date printed with the 文号 on its line under the title: "(某检监〔1989〕565号 一九八九年十月十六日)". */
function numberLineDate(header: Block[]): string | null {
  for (const b of header) {
    const iso = b.kind === 'paragraph' ? readNumberLine(b.text)?.date : null;
    if (iso && FULL_ISO.test(iso)) return iso;
  }
  return null;
}

const NOT_AN_ORGAN = new RegExp(
  `(?:${NON_ORGANISATION_SOURCE_ENDINGS.join('|')})$|www\\.|https?:|\\.(?:cn|com|net|org)\\b`,
);

/** The value when it can name an organ: not a website, a paper or an id (某某网, an id of letters and digits). */
function organ(value: string | null): string | null {
  return value && /\p{Script=Han}/u.test(value) && !NOT_AN_ORGAN.test(value) ? value : null;
}

/**
 * The signature's name when the header's is a contraction of it (地区行署 for X地区行政公署,
 * 市政府办公室 for X市人民政府办公室: its characters in order, ending alike): the same organ, in full.
 */
function fullerName(header: string | null, signed: string | null): string | null {
  if (!header || !signed || header.length >= signed.length || header.at(-1) !== signed.at(-1)) return header;
  let k = 0;
  for (const ch of signed) if (ch === header[k]) k++;
  return k === header.length ? signed : header;
}

/**
 * 来源 names where the page came from: it stands for the 发布机构 only when it is an organ's name,
 * and, when the document names its issuer, one of the issuers ("县政府办公室" for
 * "某县人民政府办公室"), not a website, an id or another organ; of the two names, the longer.
 */
function sourceAsPublisher(value: string | null, issuer: string | null): string | null {
  const source = organ(value);
  if (!source || !issuer) return source;
  const bare = (s: string) => s.replace(/人民政府/g, '政府');
  const named = bare(source);
  const same = issuer.split(/ +/).find((part) => bare(part).endsWith(named) || named.endsWith(bare(part)));
  // (the longer of two names of one organ: the page's 区政府办公室 or the cover's X市Y区人民政府办公室)
  return same === undefined ? null : same.length > source.length ? same : source;
}

const DATE_KEYS: ReadonlySet<MetadataKey | null> = new Set([
  'publishDate',
  'signedDate',
  'createdDate',
  'updatedDate',
]);

/** A header date that lost characters (a 日 lost: 2020年06月18) is kept raw in `fields`, with a warning. */
function reportIncompleteDates(fields: FoundField[], ctx: ExtractContext): void {
  for (const f of fields) {
    const value = f.value.trim();
    if (!DATE_KEYS.has(f.target) || !/(?:19|20)\d\d/.test(value) || readIntactDate(value)) continue;
    ctx.messages.push({
      ruleId: 'date/incomplete',
      severity: 'warning',
      message: `header date ${f.key} "${value}" ${describeDamage(readDamaged(value))}`,
      line: f.span.line,
      column: f.span.column,
      span: f.span,
      actual: value,
    });
  }
}

/** What a regulation's 题注 says of it. */
interface Adoption {
  /** The date of its latest record (the text as last revised). */
  date: string | null;
  /** The date of its latest promulgation (…令第N号发布, 公布): when it was published. */
  published: string | null;
  /** The number of the 令 that promulgated it, its own (the 令 of a revision, 根据…令第M号《…》修正, is cited). */
  number: DocNumber | null;
}

const PROMULGATION_VERBS: readonly string[] = ['发布', '公布', '颁布'];

/**
 * A regulation's 题注: the date of its latest record, read as far as a damaged date's digits allow
 * (with a warning), and the date and 令 number of the record that promulgates it.
 */
function readAdoption(records: Block[], ctx: ExtractContext): Adoption {
  // each record: a date and what was done by the next date ("…通过 2005年2月1日…令第3号发布"),
  // the verb perhaps on a line the record goes on to
  const dated: { iso: string; at: number }[] = [];
  const text = records.map((b) => b.text).join('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const block of records) {
    starts.push(offset);
    const d = readOpeningDate(block.text);
    if (d?.damaged) {
      ctx.report({
        ruleId: 'date/incomplete',
        severity: 'warning',
        message: `题注 date "${d.raw}" ${describeDamage(d.damaged)}`,
        from: block.from + d.start,
        to: block.from + d.start + d.raw.length,
        actual: d.raw,
      });
    }
    if (d?.iso) dated.push({ iso: d.iso, at: offset + d.start });
    for (const m of findDates(block.text))
      if (m.iso && FULL_ISO.test(m.iso) && m.start >= (d ? d.start + d.raw.length : 0))
        dated.push({ iso: m.iso, at: offset + m.start });
    offset += block.text.length + 1;
  }
  dated.sort((a, b) => a.at - b.at);
  let latest: string | null = null;
  let promulgation: { iso: string; at: number; end: number } | null = null;
  dated.forEach((d, i) => {
    const end = dated[i + 1]?.at ?? text.length;
    const verb = lastRecordVerb(text.slice(d.at, end));
    if (verb && (latest === null || d.iso >= latest)) latest = d.iso;
    if (verb && PROMULGATION_VERBS.includes(verb) && (!promulgation || d.iso >= promulgation.iso)) {
      promulgation = { iso: d.iso, at: d.at, end };
    }
  });
  const found = promulgation as { iso: string; at: number; end: number } | null;
  const order = found
    ? findDocNumbers(text.slice(found.at, found.end))
        .filter((m) => m.agency.endsWith('令'))
        .at(-1)
    : undefined;
  // (a position of the records' joined text in the input)
  const at = (i: number) => {
    let k = starts.length - 1;
    while (starts[k]! > i) k--;
    return records[k]!.from + i - starts[k]!;
  };
  return {
    date: latest,
    published: found?.iso ?? null,
    number: order ? toDocNumber(order, { at: (i) => at(found!.at + i) }, ctx) : null,
  };
}

const FULL_ISO = /^\d{4}-\d{2}-\d{2}$/;

function pageTimestamp(header: Block[]): string | null {
  for (const b of header) {
    const date = readPageTimestamp(b.text);
    if (date) return date;
  }
  return null;
}

/**
 * The ISO form of a date field's value ("2024年09月13日", "2021-10-01 09:45"), or of the one date
 * it can have been when it lost characters (2020年06月18 → 2020-06-18; of several, the one on or
 * before `latest`), or null.
 */
export function readIsoDate(value: string | null, latest: string | null = null): string | null {
  return value ? (readIntactDate(value) ?? impliedDate(readDamaged(value), latest)) : null;
}

/** A date value that lost characters: the whole value, or its first word. */
function readDamaged(value: string): DamagedDate | null {
  return readDamagedDate(value) ?? readDamagedDate(value.trim().split(/ +/)[0] ?? '');
}

function readIntactDate(value: string): string | null {
  // the whole value first ("2026年 4月 20 日"), then its first word ("2021-10-01 09:45")
  for (const candidate of [value.trim(), value.trim().split(/ +/)[0] ?? '']) {
    const iso = readDate(candidate)?.iso;
    if (iso && FULL_ISO_DATE.test(iso)) return iso;
  }
  // a full date glued to the page's next words ("2020-01-22录入:X"): the date it opens with
  const text = value.trim();
  const lead = findDates(text)[0];
  const glued = lead?.start === 0 && HAN_START.test(text.slice(lead.end));
  return glued && lead.iso && FULL_ISO_DATE.test(lead.iso) ? lead.iso : null;
}

const FULL_ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const HAN_START = /^\p{Script=Han}/u;

const TYPES_LONGEST_FIRST = [...DOCUMENT_TYPES].sort((a, b) => b.length - a.length);

/** The kind of document a text is by the phrases it opens or closes with (现批复如下, 特此通告). */
function kindByFormula(text: string): string | null {
  return KIND_FORMULAS.find(([formula]) => text.includes(formula))?.[1] ?? null;
}

/** The document type a title ends with (通知, 实施意见, 管理办法 …). */
export function readDocumentType(title: string): string | null {
  const bare = title
    .replace(/》$/, '')
    .replace(/\((?:试行|暂行|征求意见稿|修订|草案|\d{4}(?:—|–|-|~|至|到)+\d{4}年?)\)$/, '');
  return TYPES_LONGEST_FIRST.find((t) => bare.endsWith(t)) ?? null;
}

/**
 * The blocks that may hold the page's header fields: those before the text's first heading and
 * before any attachment. A form in an attachment ("名称: …  日期: …") is not the page's header,
 * nor is the cover of the document a notice hands on ("X预案" / "发布日期:…" / "编制单位:…"),
 * unless the page printed its rows there (under the cover notice, or after the text).
 */
function headerBlocks(tree: DocTree): Block[] {
  const firstHeading = tree.outline.sections[0]?.heading.from ?? Infinity;
  const firstAttachment = tree.attachments[0]?.label.from ?? Infinity;
  const end = Math.min(firstHeading, firstAttachment);
  const handedOn = tree.notice ? (tree.docTitle[0]?.from ?? Infinity) : Infinity;
  const pageRows = new Set([...tree.header, ...tree.trailer]);
  return tree.blocks.filter((b) => b.from < end && (b.from < handedOn || pageRows.has(b)));
}
