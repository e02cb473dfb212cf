import {
  COLUMN_HEAD_TYPES,
  DOCUMENT_TYPES,
  ISSUER_SUFFIXES,
  OFFICIAL_DOCUMENT_TYPES,
  TRANSMITTAL_VERBS,
} from '../knowledge/document-types.js';
import { COMBINED_BODIES, DEPARTMENT_FUNCTIONS, REPLACED_BODIES } from '../knowledge/departments.js';
import { YEAR_NUMBER } from '../knowledge/numerals.js';
import { ADMIN_LEVEL_WORDS, BARE_ORGAN_WORDS, UNIT_KINDS } from '../knowledge/recipients.js';
import { PAGE_CHROME_WORDS } from '../knowledge/web-leftovers.js';
import { INDEX_NUMBER_SHAPE } from '../knowledge/header-fields.js';
import { BREADCRUMB_LEADS } from '../knowledge/html-containers.js';
import type { Block } from '../segment/index.js';

const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

const TYPE_ALTERNATION = [...DOCUMENT_TYPES].sort((a, b) => b.length - a.length).join('|');
// A title ends with its type, perhaps followed by (试行), a period such as (2017—2020年), the count
// of items a 分工方案 lists (共计121项) or 》.
const PERIOD = `${YEAR_NUMBER}[—–\\-~至到]+${YEAR_NUMBER}年?`;
const TITLE_END = new RegExp(
  `(?:${TYPE_ALTERNATION})》?(?:\\((?:试行|暂行|征求意见稿|修订|修订稿|草案|[一二三四五六七八九十]|\\d{1,2}|共计?\\d{1,4}项|${PERIOD})\\))?$`,
);
const PERIOD_LINE = new RegExp(`^\\(${PERIOD}\\)$`);

// a 公文's type alone, its characters spaced out as a title's last line sets it ("通 知"; not a
// 目 录 over a table of contents)
const SPACED_WORD = /^\p{Script=Han}(?: +\p{Script=Han}){1,4}$/u;
const OFFICIAL_TYPES: ReadonlySet<string> = new Set(OFFICIAL_DOCUMENT_TYPES);

/** A line that reads as (the end of) a document title, perhaps with its 文号 before or after it. */
export function isTitleLine(text: string): boolean {
  if (SPACED_WORD.test(text)) return OFFICIAL_TYPES.has(text.replace(/ +/g, ''));
  const title = unquoteTitle(stripDocNumber(text));
  return (
    title.length <= 120 &&
    TITLE_END.test(title) &&
    !/[。;]/.test(title) &&
    !title.endsWith(':') &&
    !isKeyValue(title) &&
    !BREADCRUMB_LINE.test(title) &&
    !(COLUMN_HEAD_TYPES as readonly string[]).includes(title)
  );
}

// a document-sharing site names the document by its file (X实施方案.docx)
const FILE_EXTENSION = /\.(?:docx?|wps)$/i;

/** A document-sharing site's name of the file that holds the document (X实施方案.docx): its title. */
export function isFileNamedTitle(text: string): boolean {
  return FILE_EXTENSION.test(text) && isTitleLine(text.replace(FILE_EXTENSION, ''));
}

// a page's key and its value, perhaps as a list's item ("• 体 裁: 通知"): the key names no issuer
// and the value no document handed on, as a dateline's "某地:关于…" does
const KEY_VALUE = /^(?:[•·▪●] *)?(\p{Script=Han}(?: *\p{Script=Han}){1,5}) *:(.*)$/u;

function isKeyValue(text: string): boolean {
  const m = KEY_VALUE.exec(text);
  return !!m && !TITLE_VERB.test(m[2]!) && !ISSUER_END.test(m[1]!.replace(/ +/g, ''));
}

// A 文号 that pages glue before a title or put after it: in parentheses, or after a space as a
// catalogue's row gives it (title, 文号, perhaps the issuer and the date); a space may stand before
// its 号 (〔2020〕2 号)
const NUMBER = '[A-Za-z\\u4e00-\\u9fff]{1,12} ?[〔[(【]\\d{4}[〕\\])】] ?\\d{1,5} ?号';
const LEADING_NUMBER = new RegExp(`^${NUMBER} ?`);
const TRAILING_NUMBER = new RegExp(
  ` *\\(${NUMBER}\\)$| +${NUMBER}(?: +[\\u4e00-\\u9fff]{0,28}(?:${alternation(ISSUER_SUFFIXES)}))?(?: +\\d{4}年\\d{1,2}月\\d{1,2}日)?$`,
);

/** A title without the 文号 written before or after it. */
export function stripDocNumber(title: string): string {
  return title.replace(LEADING_NUMBER, '').replace(TRAILING_NUMBER, '');
}

// a site's label before the title on reposted pages: “政务公开专栏” X市人民政府关于…, a column's
// tag 【保民生】X市…关于… (no title opens with 【】), a news dateline "某地:关于…" (no title puts a
// colon before its 关于), a news portal's lead that repeats the title (导读:X关于…), a column's
// name set off by the bar 丨 (某某专栏丨X关于…), a list's bullet
const SITE_LABEL =
  /^(?:“[^“”]{1,20}” +(?=\S)|【[^【】]{1,20}】 *|[\u4e00-\u9fff]{2,8}:(?=关于)|导读 ?:|[^\s丨]{2,8} ?丨 ?(?=[\u4e00-\u9fff])|[•·▪●] ?)/;
const ISSUER_END = new RegExp(`(?:${alternation(ISSUER_SUFFIXES)})$`);
const TITLE_VERB = new RegExp(`关于|${TRANSMITTAL_VERBS.join('|')}`);
// spaces between CJK characters (and the punctuation and digits titles hold) are layout, not text
const LAYOUT_SPACE = /(?<=[\u3000-\u9fff《》“”〔〕、()\d]) +(?=[\u3000-\u9fff《》“”〔〕、()\d])/g;

/** A title a page put in 《》 whole ("《X关于印发〈Y〉的通知》"): the title, its 〈〉 back to 《》. */
function unquoteTitle(text: string): string {
  const whole = /^《([^《》]+)》$/.exec(text);
  return whole ? withTitleMarks(whole[1]!) : text;
}

/** 〈〉, the title marks of a title quoted inside 《》, as 《》: how the title reads on its own. */
export function withTitleMarks(text: string): string {
  return text.replace(/〈/g, '《').replace(/〉/g, '》');
}

/**
 * A title's text from its lines: without the 文号 written before or after it and without a site's
 * label before it; spaces between CJK characters are dropped as layout, except between the names
 * of joint issuers ("X市财政局 X市民政局关于…"), which keep one space, as do issuers on lines of their own.
 */
export function titleText(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    const t = line.trim();
    text += text && t && betweenIssuers(text, t) ? ` ${t}` : t;
  }
  // (a 令 numbered as a 文号, 东政令[1997]3号, has no title but its number)
  text = text.trim().replace(FILE_EXTENSION, '');
  text = unquoteTitle(withoutPagePrefix((stripDocNumber(text) || text).replace(SITE_LABEL, '')));
  return text
    .replace(LAYOUT_SPACE, (spaces, at: number) =>
      betweenIssuers(text.slice(0, at), text.slice(at + spaces.length)) ? ' ' : '',
    )
    .trim();
}

// the shortest organ a page's prefix is cut before: a place and its organ (某县政府), not a word
// that merely ends like one (-局, -办)
const MIN_PREFIXED_ORGAN = 4;

/**
 * A title without the page's names glued before its issuer by a dash or an underscore (网站名_X局关于…,
 * 首页-X办公室关于…): cut where what stands before the issuer is no organ's name.
 */
function withoutPagePrefix(text: string): string {
  const verb = TITLE_VERB.exec(text);
  if (!verb) return withoutColumnPrefix(text);
  const head = text.slice(0, verb.index);
  const cut = Math.max(...['-', '—', '_'].map((d) => head.lastIndexOf(d)));
  const organ = head.slice(cut + 1);
  const before = head.slice(0, cut).replace(/[-—_ ]+$/, '');
  return cut > 0 && endsWithIssuer(organ) && organ.length >= MIN_PREFIXED_ORGAN && !ISSUER_END.test(before)
    ? text.slice(cut + 1)
    : text;
}

// a page column named after a kind of document, glued before a title of that kind by a dash
// (应急预案—某市突发公共事件总体应急预案)
const COLUMN_PREFIX = new RegExp(
  `^(?:${TYPE_ALTERNATION})[-—_]+(?=[^-—_\\s]{4,}(?:${TYPE_ALTERNATION})$)`,
  'u',
);

/** A title without the page column's name a dash glues before it. */
function withoutColumnPrefix(text: string): string {
  return text.replace(COLUMN_PREFIX, '');
}

/** `before` ends with an organ's name, before any 关于/印发, and `after` starts with another's. */
function betweenIssuers(before: string, after: string): boolean {
  if (TITLE_VERB.test(before) || !ISSUER_END.test(before)) return false;
  const name = after.split(/ +/)[0]!.split(TITLE_VERB)[0]!;
  const suffix = ISSUER_END.exec(name);
  // a whole name, not the rest of one broken after 政府 (…人民政府 / 办公室关于…)
  return !!suffix && name.length - suffix[0].length >= 2 && !/[。;:,、《》]/.test(name);
}

/** A line such as "(2017—2020年)" that completes a plan's title. */
export function isPeriodLine(text: string): boolean {
  return PERIOD_LINE.test(text);
}

/** The most lines a title is broken over. */
export const MAX_TITLE_LINES = 4;

/**
 * The title that ends at block `end` (inclusive): the block itself, or it joined with the short
 * lines before it when the title was broken over several lines ("某市人民政府办公室" /
 * "关于印发…产业" / "发展实施方案的通知"). Returns the index of the first block of the title.
 */
export function findTitleStart(blocks: Block[], end: number, floor: number): number {
  let start = end;
  let length = blocks[end]!.text.length;
  while (start - 1 >= floor && end - start + 1 < MAX_TITLE_LINES) {
    const first = blocks[start]!.text;
    const prev = blocks[start - 1]!;
    // the title's first line names the issuer (the first of joint issuers, one to a line), or
    // carries the issuer before 关于
    const nextIssuer = endsWithIssuer(first) && prev.kind === 'paragraph' && endsWithIssuer(prev.text);
    // a line that ends at the verb goes on in the next, whatever that opens with
    // ("X办公室转发" / "市某委关于…"), as does one broken after it ("X办公厅关于成立X省" / "推进…中心")
    const prevEndsAtVerb =
      prev.kind === 'paragraph' && (ENDS_AT_TITLE_VERB.test(prev.text) || opensUnfinishedTitle(prev));
    // (a 关于 inside the title the line cites, 《国务院关于…》的意见, names no issuer of this one)
    const opensWithIssuer = ISSUER_THEN_VERB.test(unquoteTitle(first).replace(CITED_TITLE, ''));
    if (!prevEndsAtVerb && ((endsWithIssuer(first) && !nextIssuer) || opensWithIssuer)) break;
    // an organ's name over a whole title that names no issuer ("X省人大常委会" / "X保护条例") is
    // the issuer's line, not the title's first
    // (the kind alone, 公 告, is no whole title: the organ's line over it is the title's first)
    const wholeTitle =
      start === end &&
      isTitleLine(first) &&
      !OPENS_AT_TITLE_VERB.test(first) &&
      !OFFICIAL_TYPES.has(first.replace(/ +/g, ''));
    // (not a line between the title's first and its last: "X办公厅关于成立X省" / "推进…中心" /
    // "建设领导小组的通知")
    const between = start - 2 >= floor && opensUnfinishedTitle(blocks[start - 2]!);
    if (wholeTitle && !prevEndsAtVerb && !between && isSignatureLine(prev)) break;
    const joinable =
      prev.kind === 'paragraph' &&
      prev.text.length <= 40 &&
      !isPageChrome(prev.text) &&
      // before 关于 stands the issuer (or the title's first words up to the verb), not a page's
      // heading ("信息详情" / "关于…")
      (!OPENS_AT_TITLE_VERB.test(first) || endsWithIssuer(prev.text) || prevEndsAtVerb) &&
      !/[。;:,、]$/.test(prev.text) &&
      // a line that ends as a title does is a title of its own, unless this one only goes on
      // with it ("关于印发《X预案》" / "的通知", "关于印发X计划" / "(2023—2025年)的通知"), or it
      // hands on a document whose notice this one ends ("关于印发X工作报告" / "Y方案的通知")
      (!isTitleLine(prev.text) || GOES_ON_WITH_TITLE.test(first) || endsHandingOn(prev.text, first)) &&
      !DOC_NUMBER_LIKE.test(prev.text) &&
      !INDEX_NUMBER_SHAPE.test(prev.text);
    if (!joinable || length + prev.text.length > 120) break;
    length += prev.text.length;
    start--;
  }
  return start;
}

/**
 * A title's first line that names the issuer and its verb, broken before the title ends ("X办公厅关于成立X省";
 * not a whole title with a note after it, X关于…的通知(2019修订)).
 */
function opensUnfinishedTitle(b: Block): boolean {
  const issuer = ISSUER_BEFORE_VERB.exec(b.text)?.[1];
  return (
    b.kind === 'paragraph' &&
    !!issuer &&
    endsWithIssuer(issuer) &&
    !isTitleLine(b.text.replace(/\([^()]*\)$/, '')) &&
    !/[。;:,]/.test(b.text)
  );
}

// the kinds of notice that hand a document on (印发…的通知)
const HANDING_ON_KIND = /的(?:通知|决定|通报)$/;
const HANDING_ON_VERB = new RegExp(`^(?:关于)?(?:${TRANSMITTAL_VERBS.join('|')})`);

/** `line` opens handing a document on (关于印发…) that `next` ends as the notice does (…的通知). */
function endsHandingOn(line: string, next: string): boolean {
  return HANDING_ON_VERB.test(line) && !HANDING_ON_KIND.test(line) && HANDING_ON_KIND.test(next);
}

const DOC_NUMBER_LIKE = /[〔【[]\d{4}|\d{4}[〕】\]]|\d+号$/;
const CITED_TITLE = /《[^《》]*》/g;
// a line that opens with 的, or with the period or cited title the line above ends before: (…)的
const GOES_ON_WITH_TITLE = /^(?:\([^()]{1,20}\))?的/;
// what a title says after its issuer opens with: 关于, or a verb that hands a document on (not
// 发布, which ends page labels such as 信息发布)
const HANDING_ON = '关于|印发|转发|批转';
const OPENS_AT_TITLE_VERB = new RegExp(`^(?:${HANDING_ON})`);
const ENDS_AT_TITLE_VERB = new RegExp(`(?:${HANDING_ON})$`);
const ISSUER_THEN_VERB = new RegExp(`^(?!${HANDING_ON}).+(?:${HANDING_ON})`);
const ISSUER_BEFORE_VERB = new RegExp(`^(.+?)(?:${HANDING_ON})`);

/** A signature line: an organ's name, or several organs' names on one line (joint issue). */
export function isSignatureLine(b: Block): boolean {
  return b.kind === 'paragraph' && signatureNames(b.text) !== null;
}

// an organ's name spaced out to the signature's width, a character or two between spaces (国 务 院,
// X 市 公 安 局; 国 务院 where a pinyin reading was cut out)
const LETTER_SPACED = /^\p{Script=Han}{1,2}(?: +\p{Script=Han}{1,2})+$/u;

/** The organs a signature line names (several set apart by spaces, or one spaced out); null for none. */
export function signatureNames(text: string): string[] | null {
  const parts = text.split(/ +/);
  if (parts.every((part) => endsWithIssuer(part))) return parts;
  const name = text.replace(/ +/g, '');
  return LETTER_SPACED.test(text) && endsWithIssuer(name) ? [name] : null;
}

/** A title as titles are compared: without spaces and 《》. */
export function squashTitle(text: string): string {
  return text.replace(/[ 《》]/g, '');
}

/**
 * The block is a short line naming an organ (a signature or the first line of a title); not a
 * title's first line broken inside the 《》 it cites (关于印发《X局 / 管理办法》的通知).
 */
export function endsWithIssuer(text: string): boolean {
  return (
    text.length <= 60 &&
    ISSUER_SUFFIXES.some((s) => text.endsWith(s)) &&
    !/[。;:,]/.test(text) &&
    !/《[^》]*$/.test(text)
  );
}

/**
 * The title of the document a cover notice transmits: what stands between 印发 (转发 …) and
 * 的通知, without its 《》 when they enclose all of it ("印发2020年市《政府工作报告》确定的…方案"
 * keeps the whole phrase).
 */
// titles named together (《甲》和《乙》、《丙》), each perhaps with its 文号 after it
const TITLE_CHAIN = /(?:《[^《》]{2,80}》(?:\([^()]{0,30}\))?(?:和|、|及|以及|与)?)+/g;
// (a 令 公布s the regulation it carries; a verb before 的 names a document handed on before,
// 国务院办公厅转发的《X》, which the notice cites)
const HANDED_ON = new RegExp(`(?:${TRANSMITTAL_VERBS.join('|')}|印发给|转发给|公布)(?!的)`);

/**
 * What a notice's text says it hands on when its title does not (a page without the title line):
 * in the sentence that 印发/转发 it, the first of the titles named together nearest before the
 * verb ("根据《甲法》制定了《乙办法》,现印发给你们" hands on 乙办法).
 */
export function readTransmittedFromText(text: string): string | null {
  return readTransmittedTitles(text)[0] ?? readUnquotedTransmitted(text);
}

/** Every title named together in the sentence that hands them on (《甲》和《乙》…现予印发). */
export function readTransmittedTitles(text: string): string[] {
  for (const before of beforeHandingOn(text)) {
    const chain = [...before.matchAll(TITLE_CHAIN)]
      .filter((m) => !CITES_BASIS.test(before.slice(0, m.index)))
      .at(-1)?.[0];
    // (a page's spaces inside the marks, 《 X办法》, are none of the title)
    if (chain) return [...chain.matchAll(/《([^《》]+)》/g)].map((m) => m[1]!.trim());
  }
  return [];
}

// titles a sentence names as its basis (根据《甲》…,确定…,现予以公布) are cited, not handed on
const CITES_BASIS = /(?:根据|按照|依据|依照)$/;

/**
 * In each sentence that hands something on, what stands before its verb: a verb outside 《》, not
 * one of the title it forwards (现将《X关于印发〈Y〉的通知》转发给你们 hands on the whole 《…》).
 */
function beforeHandingOn(text: string): string[] {
  return text.split(/[。;]/).flatMap((sentence) => {
    const verb = HANDED_ON.exec(withoutQuotedText(sentence));
    return verb ? [sentence.slice(0, verb.index).trim()] : [];
  });
}

const QUOTED = /《[^《》]*》/g;
const blank = (quote: string) => '\0'.repeat(quote.length);

/**
 * The text with every 《…》 blanked out, its length kept: twice, for a title a page quotes inside
 * another with 《》 too (《X关于印发《Y》的通知》).
 */
function withoutQuotedText(text: string): string {
  return text.replace(QUOTED, blank).replace(QUOTED, blank);
}

// a document handed on without 《》: the object of 现将 (现将X印发给你们), or the subject of the
// sentence that says it was approved (X已经…审议批准,现印发给你们)
const UNQUOTED_OBJECT = /(?:现将|现把)([^,;:《》]{2,60})$|^([^,;:《》]{2,60}?)已/;

/** The document a sentence hands on without 《》, where what it names ends as a title does (…计划). */
function readUnquotedTransmitted(text: string): string | null {
  for (const before of beforeHandingOn(text)) {
    const m = UNQUOTED_OBJECT.exec(before);
    const object = m?.[1] ?? m?.[2];
    if (object && isTitleLine(object)) return object;
  }
  return null;
}

const FIRST_VERB = new RegExp(TRANSMITTAL_VERBS.join('|'));

/**
 * What a notice whose title 转发s names in its text as the one document it forwards, in that
 * document's own marks (现将《X关于印发〈甲〉的通知》转发给你们), which its title may drop or move
 * (X转发《Y关于印发甲》的通知); null when its title hands on otherwise or its text names several.
 */
export function readForwardedFromText(noticeTitle: string, text: string): string | null {
  const verb = FIRST_VERB.exec(withoutQuotedText(noticeTitle))?.[0];
  if (verb !== '转发' && verb !== '批转') return null;
  const titles = readTransmittedTitles(text);
  return titles.length === 1 ? titles[0]! : null;
}

export function readTransmitted(noticeTitle: string): string | null {
  const verbs = TRANSMITTAL_VERBS.join('|');
  // (a site's label before the title may hold a verb: 政策发布丨)
  const title = noticeTitle.replace(SITE_LABEL, '');
  const between = new RegExp(`(?:${verbs})(.+?)的(?:通知|决定|通报)(?:\\(.*\\))?$`).exec(title);
  // a title whose 的通知 was lost still names what it hands on in 《》
  if (!between) return new RegExp(`(?:${verbs})《([^《》]+)》`).exec(title)?.[1] ?? null;
  const object = between[1]!.trim();
  const whole = /^《([^《》]+)》$/.exec(object);
  return whole ? whole[1]! : object;
}

// what a recipient ends with: a kind of organ (…人民政府, …部门, …管委会), of unit (各直属企业) or
// places (各乡镇, 各街道)
const RECIPIENT_END = new RegExp(
  `(?:${alternation([...BARE_ORGAN_WORDS, ...UNIT_KINDS, ...ADMIN_LEVEL_WORDS])})$`,
);

/** A piece of a recipients line, as its end shows (before an alternative name in brackets: 各管理局(管委会)). */
export function isRecipientPiece(piece: string): boolean {
  return RECIPIENT_END.test(withoutParentheses(piece));
}

/** Recipients (主送机关): a line ending with ':' that addresses organs. */
export function isRecipientsLine(text: string): boolean {
  return (
    text.length <= 240 &&
    !isPageChrome(text) &&
    /:$/.test(text) &&
    /各|人民政府|政府|部门|单位|委员会|管委会|直属机构|办事处|局|厅/.test(text) &&
    !announcesText(text)
  );
}

/**
 * A sentence that ends by announcing a list or a text (为…,经研究决定成立…如下:; X会议决定,修改下列
 * 法规:) addresses no one, whatever its colon.
 */
export function announcesText(text: string): boolean {
  return /[。]|^为|根据|经研究|决定|如下|现将|按照/.test(text);
}

/**
 * Splits a recipients line into recipients: at , and ;, and at 、 only between complete recipients
 * (never inside parentheses). A piece that names only places ("各州、县人民政府") shares the organ named after it; a bare kind of organ ("市政府各委、办、局",
 * "…人民政府、党委") shares the head before it: such pieces stay with their neighbour.
 */
export function splitRecipients(text: string): string[] {
  const groups: string[][] = [];
  let pieces: string[] = [];
  let depth = 0;
  let current = '';
  const endPiece = () => {
    if (current.trim()) pieces.push(current.trim());
    current = '';
  };
  for (const ch of text.replace(/:$/, '')) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ';')) {
      endPiece();
      if (pieces.length) groups.push(pieces);
      pieces = [];
    } else if (depth === 0 && ch === '、') endPiece();
    else current += ch;
  }
  endPiece();
  if (pieces.length) groups.push(pieces);
  return groups.flatMap(joinIncomplete);
}

// (after the organisation that addresses them all: 共青团各省、自治区、直辖市委)
// (各有关区、县级市: the places a collective names may be narrowed to those concerned)
const PLACES_ONLY = new RegExp(
  `^(?:[\\u4e00-\\u9fff]{0,6}各(?:有关|相关)?)?(?:${alternation(ADMIN_LEVEL_WORDS)})+$`,
);
// a place named alone (甲区, 乙县, 高新区) before the organ a later place's name ends with
const NAMED_PLACE = /^[\u4e00-\u9fff]{1,10}[区县市旗州]$/;
const ORGAN_NAME_END = /(?:人民政府|政府|管委会|管理委员会|党委|县委|区委|市委)$/;

/** A name made only of places and levels (各州, 自治区, 县(市、区)): it shares the organ after it. */
export function isPlacesOnly(name: string): boolean {
  return PLACES_ONLY.test(withoutParentheses(name));
}
const BARE_ORGAN = new RegExp(`^(?:${alternation(BARE_ORGAN_WORDS)})+$`);
const UNIT_KIND = new RegExp(`^(?:各大?|有关)*(?:${alternation(UNIT_KINDS)})$`);
const withoutParentheses = (s: string) => s.replace(/\([^()]*\)/g, '');
const NUMBER_ONLY = /^第?(?:\d{1,4}|[一二三四五六七八九十]{1,3})$/;
// a body named after a collective or another place (各县发展改革委, 甲新区经济局, 甲兵团民政局); not
// after its own level alone (区党群工作部, 宣传部 …: the issuer's own bodies, each a recipient)
const LEVEL = alternation(ADMIN_LEVEL_WORDS);
const HEADED = new RegExp(`^(?:各|[\\u4e00-\\u9fff]{1,8}?(?:${LEVEL}))`);
// a recipient with a head of its own (县教育局, 县直各单位, 各学校), which shares no field before it
const OWN_HEAD = new RegExp(`^(?:各|${LEVEL})|直`);
// the organs a field or a place before them shares (卫生、计生行政管理部门; X新城、Y新区管委会)
const SHARED_END = /(?:部门|机构|局|委|办|管委会|管理委员会|政府)$/;
// an organ named by its level alone (区政府, 县委), after a collective of that level (各区委) whose 各
// it shares: each place's organ
const LEVEL_ORGAN = new RegExp(`^(${LEVEL})(?:${alternation(BARE_ORGAN_WORDS)})$`);
const sharesCollective = (piece: string, before: string) => {
  const level = LEVEL_ORGAN.exec(piece)?.[1];
  return !!level && before.startsWith(`各${level}`);
};
const hasHead = (piece: string) => !isHeadless(piece) && (HEADED.test(piece) || endsInBodyAfterPlace(piece));

/** Whether a piece ends in a body's name after a place of two characters or more (甲兵团民政局). */
function endsInBodyAfterPlace(piece: string): boolean {
  for (let k = 2; k < piece.length; k++) if (HEADLESS_BODIES.has(piece.slice(k))) return true;
  return false;
}
// the names of bodies without their place (财政局, 发展改革委, 民政厅; 财政厅(局) with its alternative)
const HEADLESS_BODIES = new Set(
  [...DEPARTMENT_FUNCTIONS, ...COMBINED_BODIES, ...REPLACED_BODIES].flatMap((body) => [
    ...body.names,
    ...(body.provincial ?? []),
  ]),
);
const isHeadless = (piece: string) => HEADLESS_BODIES.has(withoutParentheses(piece));

/** The pieces of one ,-separated group, each incomplete piece joined to its neighbour with 、. */
function joinIncomplete(pieces: string[]): string[] {
  const out = [...pieces];
  // places share what follows, unless that starts a recipient of its own (各镇、各街道)
  for (let i = out.length - 2; i >= 0; i--) {
    const shares = isPlacesOnly(out[i]!) || (NAMED_PLACE.test(out[i]!) && ORGAN_NAME_END.test(out[i + 1]!));
    if (shares && !out[i + 1]!.startsWith('各')) out.splice(i, 2, `${out[i]}、${out[i + 1]}`);
  }
  // a kind of 单位 shares the word the next piece ends with (各事业、企业单位), and a number or an
  // ordinal alone the name after it (第一、二工程处, 3、5大队)
  for (let i = out.length - 2; i >= 0; i--) {
    const shares = (UNIT_KIND.test(out[i]!) && out[i + 1]!.endsWith('单位')) || NUMBER_ONLY.test(out[i]!);
    if (shares) out.splice(i, 2, `${out[i]}、${out[i + 1]}`);
  }
  // a piece that ends in no organ shares the end of the next (各镇街卫生、计生行政管理部门), and a
  // body named by its function alone the head before it (各区县发展改革委、财政局: each place's 财政局),
  // as an organ named by its level alone does the 各 before it (各区委、区政府)
  for (let i = out.length - 2; i >= 0; i--)
    if (!isRecipientPiece(out[i]!) && SHARED_END.test(out[i + 1]!) && !OWN_HEAD.test(out[i + 1]!))
      out.splice(i, 2, `${out[i]}、${out[i + 1]}`);
  for (let i = 1; i < out.length;) {
    const first = out[i - 1]!.split('、')[0]!;
    if ((isHeadless(out[i]!) && hasHead(first)) || sharesCollective(out[i]!, first))
      out.splice(i - 1, 2, `${out[i - 1]}、${out[i]}`);
    else i++;
  }
  for (let i = 0; i < out.length; i++) {
    if (out.length < 2 || !BARE_ORGAN.test(withoutParentheses(out[i]!))) continue;
    if (i > 0) out.splice(i - 1, 2, `${out[i - 1]}、${out[i]}`);
    else out.splice(0, 2, `${out[0]}、${out[1]}`);
    i--;
  }
  return out;
}

const CHROME_WORD = alternation(PAGE_CHROME_WORDS);
// a line of toolbar labels only ("分享:", "视力保护色:", "字体:[ ]"), or one that carries a web
// address, a toolbar label opening a control ("【字体:"), a posting time (2020-06-18 09:30) or
// a line with two cell borders (a bar of links "收藏本站| 设为首页| 首页", a table row), or a
// breadcrumb's separators (>> 政务公开 >> 政策文件, X » Y », a whole line X > Y > Z >; not a flow of
// steps, 申请 > 受理 > 办结, which ends in none)
const CHROME_LABEL = new RegExp(`[【[]?(?:${CHROME_WORD})[\\]】]?`, 'g');
const BREADCRUMB = `^(?:${BREADCRUMB_LEADS.join('|')})|首页 ?[>»]|^(?:>>|»)|(?:>>|»)[^>»]{1,30}(?:>>|»)|^(?:[^<>]{1,30}>){2,} *$`;
const CHROME_MARK = new RegExp(
  `www\\.|https?:|\\.(?:cn|com|net|org)\\b|【(?:${CHROME_WORD})|\\d{4}-\\d{1,2}-\\d{1,2} \\d{1,2}:\\d{2}|\\|[^|]+\\||${BREADCRUMB}`,
);
// (a breadcrumb ends with its column's name, which may be a kind of document: … >> 通知公告)
const BREADCRUMB_LINE = new RegExp(BREADCRUMB);

// a date with its clock time on a line of its own above the text: when the page was published
const PAGE_TIMESTAMP =
  /^((?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})) +\d{1,2}:\d{2}(?::\d{2})?$/;

/** The date of a line that is the page's timestamp ("2022-05-19 14:17"), or null. */
export function readPageTimestamp(text: string): string | null {
  return PAGE_TIMESTAMP.exec(text)?.[1] ?? null;
}

/** A line of the page around the notice (toolbar, banner), not of the notice. */
export function isPageChrome(text: string): boolean {
  return isToolbarOnly(text) || CHROME_MARK.test(text);
}

/**
 * Toolbar labels and nothing else but colons, spaces and empty controls ([ ]): the labels are cut
 * out first, since one anchored pattern repeating them would try every way of splitting the line.
 */
function isToolbarOnly(text: string): boolean {
  const rest = text.replace(CHROME_LABEL, '\0');
  return rest.includes('\0') && /^[\0 :【[\]】]*$/.test(rest);
}
