import { HAN_CHAR } from '../schema/chars.js';
import {
  AGENCY_STOP_WORDS,
  GARBLED_YEAR_BRACKETS,
  ISSUER_NAME_ENDINGS,
  MAX_AGENCY_LENGTH,
  SERIAL_NUMBER_LINE,
  SERIALLY_NUMBERED_TYPES,
  YEAR_BRACKETS,
} from '../knowledge/doc-numbers.js';
import { readDate } from './date.js';
import { readChineseNumber } from './numerals.js';
import { Scanner } from './scan.js';

/**
 * Who issues 令: the State Council, the President, and ministries, commissions and governments,
 * these also by the abbreviation their 令 numbers carry (东府令: 东河市人民政府令).
 */
const ORDER_ISSUER_ENDINGS = ['国务院', '主席', ...ISSUER_NAME_ENDINGS, '委', '署', '府'];

/** A 发文字号 found in text. Offsets are into the string searched; `raw` is `text.slice(start, end)`. */
export interface DocNumberMatch {
  raw: string;
  /** The standard form 机关代字〔年份〕序号号, e.g. 许政〔2017〕48号 for "许政 [2017] 48号". */
  normalized: string;
  agency: string;
  year: number | null;
  serial: number | null;
  start: number;
  end: number;
  /**
   * The closing bracket or the final 号 was lost in scraping (某政办字〔2021035), or the brackets
   * are an encoding accident („2009‟); `normalized` is the repaired form.
   */
  damaged: boolean;
}

const OPEN = `[${escapeClass(YEAR_BRACKETS.open)}]`;
const CLOSE = `[${escapeClass(YEAR_BRACKETS.close)}]`;
// bracket, year, then either the closing bracket (and 第) or, when it was lost, the serial at once
const NUMBER_TAIL = new Scanner(
  new RegExp(
    `(${OPEN})[ ]*((?:19|20)\\d\\d)(?:[ ]*(${CLOSE})[ ]*(?:第[ ]*)?|(?=\\d))(\\d{1,5})(?!\\d)(?:[ ]*([号號]))?`,
    'gu',
  ),
  YEAR_BRACKETS.open,
);
// The 令 numbers of regulations and rules: 国务院令第N号, 某部令2019年第N号, 主席令第十二号
const ORDER_NUMBER = new Scanner(
  /令[ ]*(?:((?:19|20)\d\d)[ ]*年[ ]*)?第[ ]*(\d{1,5}|[一二三四五六七八九十百〇零]{1,6})[ ]*[号號]/gu,
  '令',
);

// The style before GB/T 9704 took its form (1950s–90s): the year's last two digits in brackets
// before a short 机关代字, which ends in 字, 发 or 函: (80)某交字35号, (81)某发第12号, 〔94〕某农字第345号.
// An item marker before a sentence ((11)认真执行国发12号文件) has no year of those decades, or a longer run
const OLD_STYLE_NUMBER = new Scanner(
  /[(〔[【]([5-9]\d)[)〕\]】][ ]*(\p{Script=Han}{1,5}[字发函])[ ]*(?:第[ ]*)?(\d{1,5})[ ]*[号號]/gu,
  '(〔[【',
);

/** 发文字号 of the old style ((80)某字35号); the two-digit year is of the 1900s. */
function findOldStyleNumbers(text: string): DocNumberMatch[] {
  return OLD_STYLE_NUMBER.all(text).map((m) => {
    const [raw, year, agency, serial] = m;
    return {
      raw,
      normalized: `(${year})${agency}${Number(serial)}号`,
      agency: agency!,
      year: 1900 + Number(year),
      serial: Number(serial),
      start: m.index,
      end: m.index + raw.length,
      damaged: false,
    };
  });
}

/**
 * Finds 发文字号 (机关代字〔年份〕序号号) in a text: with 〔〕 or the [] () 【】 that pages put instead,
 * spaces inside, 號 or 第 before the serial. A number that lost its closing bracket or its 号
 * (某政办字〔2021035, 某政办发〔202135号) is returned with `damaged: true`, the first four digits
 * read as the year; such losses are accepted only after the unambiguous 〔 or before a 号.
 */
export function findDocNumbers(text: string): DocNumberMatch[] {
  const out = text.includes('令') ? findOrderNumbers(text) : [];
  if (/[)〕\]】]/.test(text)) out.push(...findOldStyleNumbers(text));
  // every other number holds a year 19xx or 20xx: most texts hold neither, as two native searches tell
  if (!text.includes('19') && !text.includes('20')) return out;
  for (const m of NUMBER_TAIL.all(text)) {
    const [tail, open, year, close, serial, hao] = m;
    const haoLost = hao === undefined;
    // after [ ( 【 a number without 号 is too likely something else: (2018)15; a quote that opens a
    // year and no more is a quotation (“2023”专项行动)
    if ((haoLost && open !== '〔') || (close === undefined && GARBLED_YEAR_BRACKETS.includes(open!)))
      continue;
    const bracket = m.index!;
    const agency = readAgency(text, bracket);
    if (agency === null) continue;
    const start = agency.start;
    const end = bracket + tail.length;
    out.push({
      raw: text.slice(start, end),
      normalized: `${agency.name}〔${year}〕${Number(serial)}号`,
      agency: agency.name,
      year: Number(year),
      serial: Number(serial),
      start,
      end,
      damaged:
        close === undefined ||
        haoLost ||
        GARBLED_YEAR_BRACKETS.includes(open!) ||
        GARBLED_YEAR_BRACKETS.includes(close),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A line that holds a 文号 and nothing else: perhaps in brackets, perhaps with its date after it as
 * law databases print both under a title ("(某检监〔1989〕565号 一九八九年十月十六日)"; `date` is
 * its ISO form). Null for any other line.
 */
export function readNumberLine(text: string): { number: DocNumberMatch; date: string | null } | null {
  const number = findDocNumbers(text)[0];
  if (!number || !/^[ ([【]*$/.test(text.slice(0, number.start))) return null;
  const rest = trimClosingBrackets(text.slice(number.end)).replace(/^ *[,,、]/, '');
  if (rest.trim() === '') return { number, date: null };
  const date = readDate(rest)?.iso;
  return date ? { number, date } : null;
}

// a 机关代字 run into its year and serial, the brackets and the 号 lost: 某经开202136
const BRACKETLESS_NUMBER_LINE = /^(\p{Script=Han}{2,8})((?:19|20)\d\d)(\d{1,4})$/u;

/**
 * A line that is a 文号 whose brackets and 号 were lost in scraping (某经开202136): read so only
 * where a 文号 stands (the lines between a notice's title and its recipients), as `damaged`.
 */
export function readBracketlessNumberLine(text: string): DocNumberMatch | null {
  const m = BRACKETLESS_NUMBER_LINE.exec(text);
  if (!m) return null;
  const [, agency, year, serial] = m;
  return {
    raw: text,
    normalized: `${agency}〔${year}〕${Number(serial)}号`,
    agency: agency!,
    year: Number(year),
    serial: Number(serial),
    start: 0,
    end: text.length,
    damaged: true,
  };
}

// (an organ's name before the kind: a bare 公告 says nothing of whose sequence the number is in)
const SERIALLY_NUMBERED_TITLE = new RegExp(`^.{2,}(?:${SERIALLY_NUMBERED_TYPES.join('|')})$`);

/**
 * A number with no agency code alone on the line under the title of a 公告 or 通告 ("第28号",
 * "〔2021〕第2号", "(第38号)"): that document's number, its agency the title (organ and kind, as a
 * 令's agency is X人民政府令). Null for any other line or title.
 */
export function readSerialLine(text: string, title: string): DocNumberMatch | null {
  const m = SERIAL_NUMBER_LINE.exec(text);
  if (!m || !SERIALLY_NUMBERED_TITLE.test(title)) return null;
  const year = m[2] ? Number(m[2]) : null;
  const serial = Number(m[3]);
  const start = text.indexOf(m[1]!);
  return {
    raw: m[1]!,
    normalized: `${title}${year ? `〔${year}〕` : ''}第${serial}号`,
    agency: title,
    year,
    serial,
    start,
    end: start + m[1]!.length,
    damaged: false,
  };
}

/** The text without the spaces and closing brackets it ends with (by a loop: a regex whose lazy
 * head meets a run of them backtracks over it). */
function trimClosingBrackets(s: string): string {
  let end = s.length;
  while (end > 0 && ' )]】'.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/**
 * The organ before a 令 when its name stands alone, as a 令's own heading writes it
 * ("某自治区人民政府令", "(中华人民共和国国务院令第N号)"), or after the date of a 题注's record
 * ("(2015年8月30日某自治区人民政府令第1号发布"): the whole run of Han characters, from the start
 * of the line, a bracket or the date's 日, not longer than an organ's full name.
 */
function readOrderIssuer(text: string, at: number): { name: string; start: number } | null {
  let start = at;
  const limit = MAX_ORDER_ISSUER_LENGTH + MAX_CN_DATE_LENGTH;
  while (start > 0 && at - start <= limit && HAN_CHAR.test(text[start - 1]!)) start--;
  const dated = lastDateEnd(text.slice(Math.max(0, start - 1), at));
  if (dated > 0) start = Math.max(0, start - 1) + dated;
  const alone = dated > 0 || start === 0 || /[\s(（《〈“]/.test(text[start - 1]!);
  if (!alone || at - start > MAX_ORDER_ISSUER_LENGTH) return null;
  const cut = lastStopWord(text.slice(start, at)); // 根据X部令…
  if (!(cut === 1 && CONJUNCTIONS.includes(text[start]!) && opensLine(text, start))) start += cut;
  return { name: text.slice(start, at), start };
}

// 中华人民共和国国务院, 新疆维吾尔自治区人民政府: the longest names that issue 令
const MAX_ORDER_ISSUER_LENGTH = 16;
// 二〇一五年十二月三十一日: the longest date in Chinese numerals
const MAX_CN_DATE_LENGTH = 11;
// the end of a date: its 日 after a digit or a Chinese numeral (30日, 三十日; not a 日 that opens a name)
const DATE_END = /[\d〇零一二三四五六七八九十]日/gu;

/** The position just after the last date's 日 in `s`, or 0. */
function lastDateEnd(s: string): number {
  let end = 0;
  for (const m of s.matchAll(DATE_END)) end = m.index + m[0].length;
  return end;
}

/** 令 numbers (国务院令第N号): the issuer before 令 must be a body (国务院, 主席, …部, …局 …). */
function findOrderNumbers(text: string): DocNumberMatch[] {
  const out: DocNumberMatch[] = [];
  for (const m of ORDER_NUMBER.all(text)) {
    const [tail, year, written] = m;
    const serial = readChineseNumber(written!);
    if (serial === null) continue;
    const issuer = readOrderIssuer(text, m.index) ?? readAgency(text, m.index);
    if (!issuer || !ORDER_ISSUER_ENDINGS.some((e) => issuer.name.endsWith(e))) continue;
    const agency = `${issuer.name}令`;
    out.push({
      raw: text.slice(issuer.start, m.index + tail.length),
      normalized: `${agency}${year ? `${year}年` : ''}第${serial}号`,
      agency,
      year: year ? Number(year) : null,
      serial,
      start: issuer.start,
      end: m.index + tail.length,
      damaged: false,
    });
  }
  return out;
}

/** The 机关代字 written before the bracket at `bracket` (spaces between them allowed). */
function readAgency(text: string, bracket: number): { name: string; start: number } | null {
  let end = bracket;
  while (end > 0 && text[end - 1] === ' ') end--;
  let start = end;
  // look a little further back than the longest code, so that a stop word before it is seen
  while (start > 0 && end - start < MAX_AGENCY_LENGTH * 2 && HAN_CHAR.test(text[start - 1]!)) start--;
  let name = text.slice(start, end);
  let cut = lastStopWord(name);
  // a conjunction joins the number to one or a title before it on the line (国发〔…〕1号和国办发〔…〕);
  // where nothing stands before it, it is the code's first character (和东办发〔2008〕31号: its code opens with 和)
  if (cut === 1 && CONJUNCTIONS.includes(name[0]!) && opensLine(text, start)) cut = 0;
  if (cut > 0) name = name.slice(cut);
  // (a 纪要 is numbered under its whole name: 县长办公会议纪要〔2021〕第2号)
  if (name.length > MAX_AGENCY_LENGTH && !name.endsWith('纪要')) {
    const issuerEnd = lastEnding(name.slice(0, -2), ISSUER_NAME_ENDINGS);
    name = name.slice(issuerEnd > 0 ? issuerEnd : name.length - MAX_AGENCY_LENGTH);
  }
  return name.length >= 2 ? { name, start: end - name.length } : null;
}

const CONJUNCTIONS = '和及与或';
// what may stand on a line before its 文号: bullets, brackets, a label ("文号:", "备注/文号:")
const LINE_OPENING = /^[ \t([【〔<"“‘|•·*-]*(?:[\p{Script=Han}/ ]{1,10}:[ \t]*)?[ ([【〔]*$/u;

/** Nothing but bullets, brackets or a label stands on the line before `at`. */
function opensLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return at - lineStart <= 16 && LINE_OPENING.test(text.slice(lineStart, at));
}

/** Where the text before a 机关代字 or a 令's issuer ends: after its last stop word, or 0. */
function lastStopWord(s: string): number {
  // (the 和 of 中华人民共和国 joins nothing)
  return lastEnding(s.replaceAll('共和国', '共\0国'), AGENCY_STOP_WORDS);
}

/** The position just after the last occurrence of any of `words` in `s`, or 0. */
function lastEnding(s: string, words: readonly string[]): number {
  let best = 0;
  for (const w of words) {
    const i = s.lastIndexOf(w);
    if (i >= 0) best = Math.max(best, i + w.length);
  }
  return best;
}

function escapeClass(chars: string): string {
  return chars.replace(/[\]\\^-]/g, '\\$&');
}
