import { NOTICE_FIRST_CHARACTERS } from '../knowledge/recipients.js';
import { DOCUMENT_TYPES, ISSUER_SUFFIXES, ISSUING_VERBS } from '../knowledge/document-types.js';
import { HEADER_FIELD_LABELS } from '../knowledge/header-fields.js';
import { CN_ZERO_LOOKALIKES } from '../knowledge/numerals.js';
import { HEADING_HEAD_NOUNS, MARKER_STYLES, type MarkerStyle } from '../knowledge/heading-markers.js';
import { readMarker, readMarkerNumeral, STOCK_PREFIX, writeMarker, type Marker } from './markers.js';

/** Openers of a 附注 in parentheses (GB/T 9704 7.3.6): (此件公开发布), (联系人:…) … */
export const NOTE_OPENERS = '此件|此页|联系人|联系科室|联系电话|本文有删减|此文|主动公开|依申请公开|不予公开';

// A line is "flattened" when scraping joined a whole notice into it: long, with many pieces, or
// holding the units of a regulation (第X章/第X条) or a notice's closing run into one another.
const FLAT_MIN_LENGTH = 300;
const MARKER_AFTER_STOP =
  /(?<=[。;:!?])(?=第[一二三四五六七八九十百]{1,4}[章节条]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}\.(?!\d))/g;
// a list marker set apart from the full stop before it by an indent the page kept ("…制度。 (二)提高认识")
const LIST_MARKER_AFTER_STOP_AND_SPACE =
  /[。;:!?] +(?=[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}\.(?!\d))/g;
// a list's first item run into the words that announce it ("…的奖励标准(一)对单位…"), not cited
// ("第四条(一)规定"): cut only when the list goes on with (二)
const FIRST_ITEM_AFTER_WORD = /(?<=[\u4e00-\u9fff])(?<![条款项第])\(一\)/g;
const MARKER_AFTER_SHORT_HEADING =
  /(?=\([一二三四五六七八九十]{1,3}\)|(?<![\d.])\d{1,2}\.(?=[\u4e00-\u9fff]))/g;
// a marker that starts a word of a line whose lines were joined with spaces
const MARKER_AFTER_SPACE =
  /(?<= )(?:第[一二三四五六七八九十百]{1,4}[章节条]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))/g;

const CN_NUM = '[一二三四五六七八九十百零〇两]{1,5}';
const UNIT_ANYWHERE = new RegExp(`第(${CN_NUM})([章节条])`, 'g');
// a 第X章/第X节 that heads its unit: a short title, perhaps padded (罚  则) or a list (监督、检查),
// then its first article or section
const UNIT_HEADING_TITLE = new RegExp(
  `^ *([\\u4e00-\\u9fff] *(?:[\\u4e00-\\u9fff、] *){0,14}?)(?=第${CN_NUM}[条节])`,
);
// a unit cited in a sentence, not begun: 第三条规定, 第五条的, 第二章所列, 第三条第二款, 第四条、第五条
const CITED_UNIT = /^ *(?:规定|的|所|中|之|第|款|项|[、和与及或至以,.;:)])/;
// a unit marker at a position, and what follows it: "第三条规定" cites it
const UNIT_CITED_AT = new RegExp(
  `第${CN_NUM}[章节条] *(?:规定|的|所|中|之|第|款|项|[、和与及或至以,.;:)])`,
  'y',
);
const BREAK_BEFORE = /[。;:!?) ]/;
// an item cited in a sentence: (一)项, (二)款所列
const CITED_ITEM = /^\([一二三四五六七八九十]{1,3}\)(?:项|款|目|所|中|的)/;
const TYPES = [...DOCUMENT_TYPES].sort((a, b) => b.length - a.length).join('|');
// the title of a regulation, right before its first unit ("…管理办法第一章"), not "本办法第一条"
const TITLE_BEFORE = new RegExp(`(?<!本|该|此|上述)(?:${TYPES})(?:\\([^()]{1,6}\\))?$`);
// "…原文:X关于…的通知各区、…:": a notice's title run in between a lead and its recipients
const TITLE_BEFORE_RECIPIENTS = new RegExp(
  `(?<=[:。])[^。:;,!?]{2,40}?关于[^。:;!?]{2,80}?的(?:${TYPES})(?=各[^。:]{1,160}:)`,
  'g',
);
// the words a document's text opens with after its title (X工作方案为深入贯彻…, X办法根据…)
const TEXT_OPENER = `为(?!${TYPES})|根据|按照|依据|近年来`;
const CN_DATE = `(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日|[一二][〇零${CN_ZERO_LOOKALIKES}一二三四五六七八九]{3}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日`;
const DATE_THEN_NOTE = new RegExp(`(${CN_DATE}) ?(\\((?:${NOTE_OPENERS})[^)]{0,80}\\))`, 'g');
// "…X局 2022年6月7日 X发展规划", "…X总会2023年12月28日X办法第一章总则…": the signed date, then the
// title of the document the notice hands on, at the line's end, before its first unit or its first
// words (X实施意见为进一步…), or before the words of its first headings that the line's spaces set
// apart ("X预案 总则 1.1 编制目的"); not a clause that names a document (县政府2023年5月6日印发的X方案为…)
const DATE_THEN_TITLE = new RegExp(
  `(${CN_DATE})(?! ?(?:${ISSUING_VERBS.join('|')})的) ?(?=([^。,;:!?]{2,80}?(?:${TYPES})(?:\\([^()]{1,20}\\))?)(?:$| |第[一1][章条]|${TEXT_OPENER}))`,
  'g',
);
const LABELS = Object.keys(HEADER_FIELD_LABELS)
  .sort((a, b) => b.length - a.length)
  .join('|');
// "…存在。X办公室2015年8月19日 来源:…", "…X办公室2015年8月12日附件X名单…": the signed date, then
// what closes the page (a space, a page's label such as 来源:) or the attachments (附件, 抄送)
const DATE_THEN_CLOSING = new RegExp(`(${CN_DATE})(?= |附件|抄送|(?:${LABELS}) ?:)`, 'g');
// a bare 附件 label glued to its attachment's title (附件X名单; not 附件1, 附件:)
const BARE_ATTACHMENT_LABEL = /^附件(?=\p{Script=Han})(?![一二三四五六七八九十])/u;
// "X县人民政府办公室 2017年11月30日": the signature and the signed date on one line
const DATE_AT_END = new RegExp(`(?:${CN_DATE})$`);
// "X关于印发《…》的通知X发〔2023〕23号来源:X部各省、…:《…》…": a notice flattened from its title on,
// the title and 文号 run into the recipients (a title it cites, 《…的决定》, is no end of it)
const LEADING_TITLE = new RegExp(
  `(?:\\p{Script=Han}{2,40}?)?关于(?:《[^《》]{1,80}》|[^。:;!?《》]){2,80}?的(?:${TYPES})`,
  'uy',
);
// "…QQ空间 X综管办〔2015〕176号X办公室关于印发《…》的通知区直各单位、…:": the same after a page's
// words and a space, its 文号 glued before it or none
const SPACE_BEFORE_TITLE = / (?=[^ 。,;:!?]{0,60}关于)/g;
// "X工作方案为深入贯彻…": a plan's title (no 关于) run into its first sentence, at a flattened
// line's start
const LEADING_PLAN_TITLE = new RegExp(`^[^。,;:!?《》“”\\s]{2,60}?(?:${TYPES})(?=${TEXT_OPENER})`);
const DOC_NUMBER_AT = / ?[\u4e00-\u9fff]{1,10}[〔[(]\d{4}[〕\])]第?\d{1,4}号/y;
// the recipients after a notice's title (and 文号): right at its end, ending at their colon (区直各单位、
// 各…:, X县人民政府,各乡镇…:), or after a label, before the notice's first words (来源:X部各省…:《…》)
const RECIPIENTS_AT = new RegExp(
  `^ ?[^。:;!?\\s]{0,40}?各[^。:;]{1,160}:|各[^。:;]{1,160}:(?= ?[${NOTICE_FIRST_CHARACTERS}])`,
);

/**
 * Cuts a line that scraping flattened (a whole notice on one line, its lines joined by spaces or
 * by nothing) back into pieces: before the units of a regulation (第X章 with its title, 第X条,
 * each where a unit can begin and in sequence), before a notice's signature, date and 附注, before
 * heading markers run into the text after a full stop ("…执行。一、指导思想…") or after a short
 * heading ("三、工作原则(一)…"), and at spaces between words when the lines were joined with
 * spaces, keeping one-character words with their neighbour ("组 长", "王 浩" are padded).
 */
export function splitFlattenedLine(text: string, from: number, to: number): [number, number][] {
  const line = text.slice(from, to);
  // (a short line is cut only where a signature and its date share it)
  if (line.length < 20 && !line.endsWith('日')) return [[from, to]];
  const { cuts: unitCuts, headings } = findUnitCuts(line);
  const closingCuts = findClosingCuts(line);
  // (most lines hold no title: its 关于 is looked for first)
  const titleCuts = line.includes('关于')
    ? [
        ...[...line.matchAll(TITLE_BEFORE_RECIPIENTS)].flatMap((m) => [m.index, m.index + m[0].length]),
        ...findLeadingTitleCuts(line, 0),
        ...[...line.matchAll(SPACE_BEFORE_TITLE)].flatMap((m) => findLeadingTitleCuts(line, m.index + 1)),
      ]
    : [];
  const strong = unitCuts.filter((c) => c > 0).length >= 2 || closingCuts.length > 0 || titleCuts.length > 0;
  if (line.length < FLAT_MIN_LENGTH && !strong) return [[from, to]];
  const stopCuts = [...line.matchAll(MARKER_AFTER_STOP)]
    .map((m) => m.index)
    .filter((at) => !isCitedUnit(line, at));
  // lines joined with nothing between them: spaces are padding inside a line (第一条  为…, 罚  则)
  const glued = unitCuts.length + stopCuts.length;
  const markerCuts = [...line.matchAll(MARKER_AFTER_SPACE)].map((m) => m.index);
  const spaced = markerCuts.length;
  const spaceCuts = glued > spaced ? [] : cutsAtSpaces(line, headings);
  const fewCuts = !strong && spaceCuts.length < 4 && stopCuts.length < 2;
  // two markers after spaces (not cited: 第三条规定, (一)项) are two headings a space joined to the
  // text before them: the line is cut there alone
  const headingCuts = fewCuts
    ? markerCuts.filter((at) => !isCitedUnit(line, at) && !CITED_ITEM.test(line.slice(at)))
    : [];
  if (fewCuts && headingCuts.length < 2) return [[from, to]];
  const wordCuts = fewCuts ? headingCuts : spaceCuts;
  const planTitle = LEADING_PLAN_TITLE.exec(line)?.[0].length;
  const base = [
    ...new Set([...wordCuts, ...stopCuts, ...unitCuts, ...closingCuts, ...titleCuts, planTitle ?? 0]),
  ].sort((a, b) => a - b);
  base.push(...continueClauseNumbering(line, base));
  if (glued > spaced) base.push(...cutsAfterRunInTitles(line, base));
  base.sort((a, b) => a - b);
  addCutsContinuingNumbering(line, base);
  const added: number[] = [];
  // a short heading directly followed by a sub-heading: "三、工作原则(一)坚持…", "(七)学校1.加强…",
  // also a title of two phrases before the first item ("(一)加强领导,明确责任1.成立…")
  let k = 0;
  let lastCut = 0;
  for (const m of line.matchAll(MARKER_AFTER_SHORT_HEADING)) {
    while (k < base.length && base[k]! < m.index) lastCut = Math.max(lastCut, base[k++]!);
    const piece = line.slice(lastCut, m.index).trim();
    const stops = markerAt(line, m.index)?.ordinal === 1 ? /[。;]/ : /[。,;]/;
    if (piece.length <= 16 && readMarker(piece) && !stops.test(piece)) {
      added.push(m.index);
      lastCut = m.index;
    }
  }
  if (glued > spaced) added.push(...cutsAfterRunInTitles(line, added));
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

function isCitedUnit(line: string, at: number): boolean {
  UNIT_CITED_AT.lastIndex = at;
  return UNIT_CITED_AT.test(line);
}

/**
 * Where the units of a regulation begin in a flattened line: 第X章/第X节 followed by a short
 * title and the unit's first article or section, and 第X条 where a unit can begin — at the start,
 * after a full stop or a space, after a chapter's title, or (the first) after the regulation's
 * title — not cited (第三条规定…), and numbered on from the unit before. `headings` are the spans
 * of the 章/节 headings found.
 */
function findUnitCuts(line: string): { cuts: number[]; headings: [number, number][] } {
  const cuts: number[] = [];
  const headings: [number, number][] = [];
  const headingEnds = new Set<number>();
  let lastArticle = 0;
  let lastChapter = 0;
  for (const m of line.matchAll(UNIT_ANYWHERE)) {
    const at = m.index;
    const end = at + m[0].length;
    const ordinal = readMarkerNumeral(m[1]!);
    const rest = line.slice(end);
    // (the next article set apart from its text begins it, whatever word follows: "第六条 项目单位…")
    const beginsText = m[2] === '条' && ordinal === lastArticle + 1 && rest.startsWith(' ');
    if (CITED_UNIT.test(rest) && !beginsText) continue;
    const opens =
      at === 0 ||
      BREAK_BEFORE.test(line[at - 1]!) ||
      headingEnds.has(at) ||
      (ordinal === 1 && TITLE_BEFORE.test(line.slice(Math.max(0, at - 20), at)));
    if (!opens) continue;
    const inSequence = (last: number) => !last || (ordinal > last && ordinal <= last + 3);
    if (m[2] === '条') {
      if (!inSequence(lastArticle)) continue;
      lastArticle = ordinal;
    } else {
      const title = UNIT_HEADING_TITLE.exec(rest);
      if (!title || /^(?:规定|的|所|中)/.test(title[1]!)) continue;
      if (m[2] === '章') {
        if (!inSequence(lastChapter)) continue;
        lastChapter = ordinal;
      }
      headingEnds.add(end + title[0].length);
      headings.push([at, end + title[0].length]);
    }
    cuts.push(at);
  }
  return { cuts, headings };
}

/**
 * A notice's closing run into the text: "…贯彻执行。X市人民政府2021年3月8日(此件公开发布)X办法…".
 * A date followed by a 附注 is cut off with it, and so is the signature between the last full
 * stop and the date.
 */
function findClosingCuts(line: string): number[] {
  const cuts: number[] = [];
  if (!line.includes('日')) return cuts; // (no date: most lines)
  for (const m of line.matchAll(DATE_THEN_NOTE)) {
    const end = m.index + m[0].length;
    cuts.push(m.index, end - m[2]!.length, end, ...signatureCut(line, m.index, false));
  }
  // (a date is at most 12 characters long: only the line's end is searched)
  const tail = Math.max(0, line.length - 16);
  const last = DATE_AT_END.exec(line.slice(tail));
  if (last) {
    const at = tail + last.index;
    const signature = organsSigning(line, at, true);
    if (signature.length > 0) cuts.push(...signature, at);
  }
  // (the signature of one organ or of several, not a title or a sentence that names a date:
  // "X关于废止2019年12月1日印发的X办法的决定", "1.各县于2024年6月30日前制定…方案")
  for (const m of line.matchAll(DATE_THEN_TITLE)) {
    const signature = organsSigning(line, m.index, true);
    if (signature.length > 0)
      cuts.push(...signature, m.index, m.index + m[0].length, m.index + m[0].length + m[2]!.length);
  }
  // (right after a sentence: "。X局2015年8月3日至7日" may open one, not before what closes a page)
  for (const m of line.matchAll(DATE_THEN_CLOSING)) {
    const signature = organsSigning(line, m.index, false);
    if (signature.length === 0) continue;
    const end = m.index + m[0].length;
    const label = BARE_ATTACHMENT_LABEL.exec(line.slice(end));
    cuts.push(...signature, m.index, end, ...(label ? [end + label[0].length] : []));
  }
  return cuts;
}

/** The cuts before a signature that names organs only and stands before a date at `at` (see `signatureCut`). */
function organsSigning(line: string, at: number, fromStart: boolean): number[] {
  const cuts = signatureCut(line, at, fromStart);
  return cuts.length > 0 && namesOrgans(line.slice(cuts.at(-1), at)) ? cuts : [];
}

const ORGAN_END = new RegExp(`(?:${[...ISSUER_SUFFIXES].sort((a, b) => b.length - a.length).join('|')})$`);

/** Text that is one organ's name, or several set apart by spaces (a joint signature). */
export function namesOrgans(text: string): boolean {
  const names = text.trim().split(/ +/);
  return names.every((name) => name.length >= 2 && ORGAN_END.test(name));
}

/**
 * A notice's title at `from` followed by its recipients (its 文号 glued before or after it, and a
 * label such as 来源:X before the recipients): cut before and after the 文号 and the title, and
 * where the recipients end when they follow right after (…的通知区直各单位、…:), else where they
 * begin after the label (the notice's first words tell where they end).
 */
function findLeadingTitleCuts(line: string, from: number): number[] {
  const start = from + (readAt(DOC_NUMBER_AT, line, from)?.[0].length ?? 0);
  const title = readAt(LEADING_TITLE, line, start);
  if (!title) return [];
  let end = start + title[0].length;
  const cuts = [from, start, end];
  const number = readAt(DOC_NUMBER_AT, line, end);
  if (number) cuts.push((end += number[0].length));
  const recipients = RECIPIENTS_AT.exec(line.slice(end, end + 200));
  // (a title and 文号 alone are a row of a list of documents)
  if (!recipients || recipients.index > 40) return [];
  return [...cuts, end + (recipients.index === 0 ? recipients[0].length : recipients.index)];
}

/** The match of a sticky regex at `at`. */
function readAt(sticky: RegExp, line: string, at: number): RegExpExecArray | null {
  sticky.lastIndex = at;
  return sticky.exec(line);
}

// a 附件说明 of one attachment between the last sentence and the signature ("。附件:X名单 X办公室2015年…")
const ATTACHMENT_NOTE_AT = /^附件 ?:[^ 。;:]{2,80} /;
const SIGNATURE_REACH = 150;

/**
 * Where the signature before a date at `at` starts: after the last full stop (and after a 附件说明
 * there, which is cut off too), or at the line's start when `fromStart` allows; none when what
 * stands there is no signature (2–60 characters without commas). The last cut is the signature's start.
 */
function signatureCut(line: string, at: number, fromStart: boolean): number[] {
  // (looked for only as far back as a signature and a 附件说明 reach: a line of many dates is read
  // in linear time)
  const floor = Math.max(0, at - SIGNATURE_REACH);
  const before = line.slice(floor, at);
  const found = Math.max(before.lastIndexOf('。'), before.lastIndexOf(';'));
  if (found < 0 && floor > 0) return [];
  const stop = found < 0 ? -1 : floor + found;
  const note = ATTACHMENT_NOTE_AT.exec(line.slice(stop + 1, at));
  const start = stop + 1 + (note?.[0].length ?? 0);
  const signature = line.slice(start, at).trim();
  if ((stop < 0 && !fromStart) || signature.length < 2 || signature.length > 60 || /[,:;、]/.test(signature))
    return [];
  return note ? [stop + 1, start] : [start];
}

/**
 * Clauses numbered 一、二、 after full stops go on as 三、 even where the text before has no stop
 * ("…负责日常联络三、工作要求…"): the next number of the run is looked for after the last one, where
 * it stands between words and not in a list of numbers (二、三级, 第三、).
 */
function continueClauseNumbering(line: string, cuts: number[]): number[] {
  const clauses = cuts
    .map((at) => ({ at, marker: readMarker(line.slice(at, at + 8)) }))
    .filter((c) => c.marker?.style === 'cn-comma');
  if (clauses.length < 2) return [];
  const added: number[] = [];
  let last = clauses.at(-1)!;
  let ordinal = last.marker!.ordinal;
  for (;;) {
    const next = writeMarker('cn-comma', ordinal + 1);
    let at = line.indexOf(next, last.at + 1);
    while (
      at > 0 &&
      (/[\d、,一二三四五六七八九十百第]/.test(line[at - 1]!) || !isWordStart(line[at + next.length]))
    )
      at = line.indexOf(next, at + 1);
    if (at <= 0) break;
    if (!cuts.includes(at)) added.push(at);
    last = { at, marker: null };
    ordinal++;
  }
  return added;
}

/**
 * List markers that stand where no full stop cuts the line: after a stop and an indent
 * ("…制度。 (二)提高认识"), and a list's first item run into the words that announce it
 * ("…奖励标准(一)对单位…;(二)…"). Each is cut only where the line's numbering expects it, so
 * that an item cited in a sentence ("如(二)所述") stays in it. `cuts` (sorted) gains them.
 */
function addCutsContinuingNumbering(line: string, cuts: number[]): void {
  const cut = new Set(cuts);
  const afterIndent = [...line.matchAll(LIST_MARKER_AFTER_STOP_AND_SPACE)].map((m) => m.index + m[0].length);
  const items = cuts.filter((at) => markerAt(line, at)?.style === 'cn-paren');
  let k = 0;
  const firstItems = [...line.matchAll(FIRST_ITEM_AFTER_WORD)]
    .map((m) => m.index)
    .filter((at) => {
      while (k < items.length && items[k]! < at) k++;
      const next = k < items.length ? markerAt(line, items[k]!) : null;
      return next?.ordinal === 2 && !CITED_ITEM.test(line.slice(at, at + 8));
    });
  const found = new Set([...afterIndent, ...firstItems].filter((at) => !cut.has(at)));
  if (found.size === 0) return;
  // the last ordinal of each style whose list is open at the position reached
  const open = new Map<MarkerStyle, number>();
  for (const at of [...cuts, ...found].sort((x, y) => x - y)) {
    const marker = markerAt(line, at);
    if (!marker || !LEVEL.has(marker.style)) continue;
    if (found.has(at)) {
      if (marker.ordinal !== (open.get(marker.style) ?? 0) + 1) continue;
      cuts.push(at);
    }
    // a unit or a higher list closes the lists below it: their items number afresh
    for (const style of open.keys()) if (LEVEL.get(style)! > LEVEL.get(marker.style)!) open.delete(style);
    open.set(marker.style, marker.ordinal);
  }
  cuts.sort((x, y) => x - y);
}

// the level a numbering runs at: a regulation's units (which number on across one another)
// above the list styles in GB/T 9704 order
const UNIT_STYLES = new Set<MarkerStyle>(['part', 'chapter', 'section', 'article']);
const LEVEL = new Map<MarkerStyle, number>(
  MARKER_STYLES.map((s) => [s.style, UNIT_STYLES.has(s.style) ? 0 : s.rank]),
);

function markerAt(line: string, at: number): Marker | null {
  return readMarker(line.slice(at, at + 8));
}

// words that open a clause, not a title: 按照上级要求,…; 我县行政区域内…; 通过共同努力,…; 为了加强…
const CLAUSE_OPENER =
  '为了|为(?:进一步|切实|全面|深入|加快|确保|加强|做好|推动|推进|促进|贯彻)|按照|根据|依据|依照|通过|坚持|围绕|结合|(?:到|至)20\\d{2}年|[我全](?:省|市|县|区|镇|乡|街道)|各(?:级|地|乡镇|镇|乡|县|区|市|部门|单位|村|街道|有关)';
// a short title ending in a heading's noun, right before such words ("时间安排按照…", "目标要求通过…")
const TITLE_BEFORE_CLAUSE = new RegExp(
  `[\\u4e00-\\u9fff]{0,8}?(?:${HEADING_HEAD_NOUNS.join('|')})(?=${CLAUSE_OPENER})`,
  'y',
);
// the longest title that a heading's line holds up to its first stop without a comma
const WHOLE_TITLE_MAX = 24;

/**
 * Lines joined with nothing between them run a heading into its text ("一、工作目标到2025年…"):
 * after a marker, a stock heading followed by more words ends where its line did, and so does a
 * short title ending in a heading's noun before the words that open a clause ("(一)时间安排按照
 * 上级要求,…"), where what runs up to the first stop is too long for a title or has a comma: a
 * title such as "严格要求各乡镇落实责任" stays whole.
 */
function cutsAfterRunInTitles(line: string, cuts: number[]): number[] {
  const added: number[] = [];
  for (const at of cuts) {
    const marker = readMarker(line.slice(at, at + 8));
    if (!marker || !['cn-comma', 'cn-paren'].includes(marker.style)) continue;
    const start = at + marker.length;
    const stock = STOCK_PREFIX.exec(line.slice(start));
    if (stock) {
      added.push(start + stock[0].length);
      continue;
    }
    const title = readAt(TITLE_BEFORE_CLAUSE, line, start);
    if (!title) continue;
    const run = /^[^。;:!?]*/.exec(line.slice(start, start + WHOLE_TITLE_MAX + 1))![0];
    if (run.length > WHOLE_TITLE_MAX || run.includes(',')) added.push(start + title[0].length);
  }
  return added;
}

function isWordStart(ch: string | undefined): boolean {
  return !!ch && /[\u4e00-\u9fff]/.test(ch) && !/[一二三四五六七八九十]/.test(ch);
}

/**
 * Positions where a flattened line's words begin. One-character words are padding, not words:
 * a run of them is one name ("王 浩"), and one before a label remnant belongs to it ("组 长:"), or
 * before the bracket of a post.
 * A marker keeps the words of its unit's heading (第五章 罚 则).
 */
const SPACED_AFTER_NUMBER = /^[年月日号个万亿元%]/;

// the longest title a 《 opens: a 《 left open further back is a stray one
const CITED_TITLE_MAX = 120;

function cutsAtSpaces(line: string, headings: [number, number][]): number[] {
  const words = [...line.matchAll(/[^ ]+/g)];
  const cuts: number[] = [];
  let h = 0;
  // where the 《 of a title still open begins, or -1
  let openTitle = -1;
  for (let i = 1; i < words.length; i++) {
    const left = words[i - 1]![0];
    const right = words[i]![0];
    const at = words[i]!.index;
    while (h < headings.length && headings[h]![1] <= at) h++;
    if (h < headings.length && at > headings[h]![0]) continue;
    // inside a title cited in 《》, a space around a Latin or digit word is typesetting, not a
    // line's end ("《中共 X 市委、X 市人民政府关于…的意见》"; a line broken inside the title, 《X关于
    // 印发…》, is cut and joined again as the notice's title)
    const opened = left.lastIndexOf('《');
    if (opened > left.lastIndexOf('》')) openTitle = words[i - 1]!.index + opened;
    else if (left.includes('》')) openTitle = -1;
    const spacedWord = /[A-Za-z\d]$/.test(left) || /^[A-Za-z\d]/.test(right);
    if (openTitle >= 0 && at - openTitle <= CITED_TITLE_MAX && spacedWord) continue;
    // "陈 浩" inside a list of names ("…、陈 浩、…") is padded too
    const paddedInList =
      /(?:^|[、,:])[\u4e00-\u9fff]$/.test(left) && /^[\u4e00-\u9fff](?:[、,]|$)/.test(right);
    // (and a padded name keeps its bracketed post: "张 某(县公安局副局长)", "陈 某 (X局局长助理)")
    const padded =
      paddedInList ||
      (left.length === 1 && (right.length === 1 || /^.{1,2}:|^[\u4e00-\u9fff]?\(/.test(right)));
    // a marker set apart from its title: "一、 组织领导", "…第三条 为…", "1 总则", "1.1 编制目的"
    const bareMarker =
      (readMarker(left)?.length ?? 0) >= left.length ||
      /第[一二三四五六七八九十百]{1,4}[章节条]$|^\d{1,2}(?:\.\d{1,2}){0,3}$/.test(left);
    // a PDF's text sets numbers apart from what follows them: "2018 年 2 月 13 日", "14 号", "一、2018 年…"
    const spacedNumber =
      (/\d$/.test(left) && SPACED_AFTER_NUMBER.test(right)) || (/[年月]$/.test(left) && /^\d/.test(right));
    if (padded || bareMarker || spacedNumber) continue;
    cuts.push(at);
  }
  return cuts;
}
