import {
  CN_DIGIT_VALUES,
  CN_YEAR_DIGIT,
  CN_ZERO_LOOKALIKES,
  LOST_ZEROS_DATE,
} from '../knowledge/numerals.js';
import { readChineseNumber } from './numerals.js';
import { Scanner } from './scan.js';

/** A date found in text. Offsets are into the string searched; `raw` is `text.slice(start, end)`. */
export interface DateMatch {
  raw: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY as far as the text gives it; null for a damaged date. */
  iso: string | null;
  start: number;
  end: number;
  /** The date lost characters in scraping (2023年58, 2019117) and cannot be read for sure. */
  damaged: boolean;
}

/** A date that lost characters, with the readings it could have (ISO, zero-padded). */
export interface DamagedDate {
  raw: string;
  guesses: string[];
}

const YEAR = '(?:19|20)\\d\\d';
const TIME = '(?:[ ]{0,2}\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d))?';
// 2024年9月13日, 2024年 4月 20 日, 2024年9月, 2024年; 号 is the spoken form of 日
// (the Arabic forms start with the 1 or 2 of their year, the Chinese one with 一 or 二)
const ARABIC_CN = new Scanner(
  new RegExp(`(?<!\\d)(${YEAR})[ ]*年(?:[ ]*(\\d{1,2})[ ]*月(?:[ ]*(\\d{1,2})[ ]*[日号]${TIME})?)?`, 'gu'),
  '12',
);
// 2024-09-13, 2024/9/13, 2024.09.13, each with an optional time (2021-10-01 09:45)
const ARABIC_SEP = new Scanner(
  new RegExp(`(?<![\\d.\\/-])(${YEAR})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d.])${TIME}`, 'gu'),
  '12',
);
// 二〇二四年九月十三日; pages type the zero of a year as ○ (U+25CB), the letter O or the digit 0
const ZERO_LOOKALIKES = new RegExp(`[${CN_ZERO_LOOKALIKES}]`, 'g');
const CHINESE = new Scanner(
  new RegExp(
    `([一二]${CN_YEAR_DIGIT}{3})[ ]*年(?:[ ]*([一二三四五六七八九十]{1,2})[ ]*月(?:[ ]*([一二三四五六七八九十]{1,3})[ ]*[日号])?)?`,
    'gu',
  ),
  '一二',
);
// scraping drops 年/月/日: 2023年58, 2019117, 2023年5月8, or leaves spaces for them and a stray
// bracket of the text box before them ({ 2017 6 23)
const DAMAGED = new RegExp(
  `^(?:[{[【(] ?)?(${YEAR})[ ]*(?:年[ ]*)?(?:(\\d{1,2})(?:[ ]*月[ ]*| +)(\\d{1,2})|(\\d{2,4})[ ]*日?)$`,
  'u',
);

const CN_LOST_ZEROS = new RegExp(`^${LOST_ZEROS_DATE}$`, 'u');

/**
 * Finds the dates in a text: Arabic and Chinese 年月日 forms (also with spaces between the parts),
 * 2024-09-13 / 2024/9/13 / 2024.09.13 with an optional time, year-months and bare years (2026年).
 * A line that holds nothing but a damaged date (2023年58, 2019117, as signature lines lose them)
 * is returned with `damaged: true` and `iso: null`.
 */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  // Arabic and damaged dates hold a year 19xx or 20xx, the Chinese forms a 年: texts without them
  // are let go after native searches instead of scans
  if (text.includes('19') || text.includes('20')) {
    found.push(...findDamagedLines(text));
    for (const m of ARABIC_CN.all(text)) found.push(makeMatch(m, Number(m[1]), num(m[2]), num(m[3])));
    for (const m of ARABIC_SEP.all(text)) found.push(makeMatch(m, Number(m[1]), num(m[3]), num(m[4])));
  }
  if (text.includes('年')) {
    for (const m of CHINESE.all(text)) found.push(makeMatch(m, cn(m[1]), cn(m[2]), cn(m[3])));
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateMatch[] = [];
  for (const d of found) {
    if (d.iso === null && !d.damaged) continue; // not a calendar date (2024年13月)
    const last = kept[kept.length - 1];
    if (!last || d.start >= last.end) kept.push(d);
  }
  return kept;
}

/**
 * Reads a whole string (surrounding spaces aside, and brackets around it: "(2020年8月19日)") as one
 * date, damaged or not; null if the string holds anything else. Offsets are into `s`.
 */
export function readDate(s: string): DateMatch | null {
  const bracketed = /^ *\( ?(.*?) ?\) *$/.exec(s);
  const inner = bracketed ? bracketed[1]! : s;
  const lead = bracketed ? s.indexOf(inner) : s.length - s.trimStart().length;
  const body = inner.trim();
  if (body === '') return null;
  const only = findDates(body).find((d) => d.start === 0 && d.end === body.length);
  return only ? { ...only, start: only.start + lead, end: only.end + lead } : null;
}

/**
 * Reads a whole string as a date that lost characters in scraping and says what it could have
 * been: "2019117" → 2019-01-17 or 2019-11-07, "2023年58" → 2023-05-08, "二三年十月十五日" →
 * 2003-10-15 or 2030-10-15 (a Chinese year that lost its 〇s). Null for an intact date or
 * anything that is not a date. The caller keeps `raw` and reports the guesses.
 */
export function readDamagedDate(s: string): DamagedDate | null {
  const raw = s.trim();
  const lost = CN_LOST_ZEROS.exec(raw);
  if (lost) {
    const [month, day] = [cn(lost[2]), cn(lost[3])];
    const guesses = yearsWithZerosBack(lost[1]!.replace(ZERO_LOOKALIKES, '〇'))
      .map((year) => toIso(year, month, day))
      .filter((g): g is string => g !== null);
    return guesses.length > 0 ? { raw, guesses } : null;
  }
  const m = DAMAGED.exec(raw);
  if (!m) return null;
  const year = Number(m[1]);
  const splits: Array<[string, string]> = m[4] === undefined ? [[m[2]!, m[3]!]] : splitMonthDay(m[4]);
  const guesses = splits
    .map(([mm, dd]) => toIso(year, Number(mm), Number(dd)))
    .filter((g): g is string => g !== null);
  // two digits that can be a month may be one whose day was lost (2023年12: December, or 1-2)
  if (m[4]?.length === 2 && Number(m[4]) >= 1 && Number(m[4]) <= 12)
    guesses.push(toIso(year, Number(m[4]), null)!);
  return guesses.length > 0 ? { raw, guesses } : null;
}

/** A date a text opens with; `start` is its offset in the text. */
export interface OpeningDate {
  raw: string;
  start: number;
  /** YYYY-MM-DD, also when read from a damaged date that allows only one; else null. */
  iso: string | null;
  /** Set when the date lost characters. */
  damaged: DamagedDate | null;
}

/**
 * The full date a text opens with, after a bracket: "(2003年7月18日X省…会议通过)" → 2003-07-18,
 * or a damaged one glued to the words after it: "2017822日X州…修订" → 2017-08-22, the only
 * date its digits allow. Null when the text opens with none.
 */
export function readOpeningDate(text: string): OpeningDate | null {
  const m = /^(\( ?)?([^日]{4,14}日)/.exec(text);
  if (!m) return null;
  const raw = m[2]!;
  const start = m[1]?.length ?? 0;
  const iso = readDate(raw)?.iso;
  if (iso && FULL_DATE.test(iso)) return { raw, start, iso, damaged: null };
  const damaged = readDamagedDate(raw);
  return damaged ? { raw, start, iso: impliedDate(damaged), damaged } : null;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The one full date a damaged date can have been ("2024年96" → 2024-09-06), or, of several, the one
 * on or before `latest` (a notice is not signed after its page published it: "2022128" on a page
 * of 2022-01-29 is 2022-01-28, not 2022-12-08); null when its digits allow none or several.
 */
export function impliedDate(damaged: DamagedDate | null, latest: string | null = null): string | null {
  if (damaged?.guesses.length === 1) return damaged.guesses[0]!;
  const possible = latest === null ? [] : (damaged?.guesses.filter((g) => g <= latest) ?? []);
  return possible.length === 1 ? possible[0]! : null;
}

/** What became of a damaged date, for its message: the date read, or the dates it may be. */
export function describeDamage(damaged: DamagedDate | null, latest: string | null = null): string {
  const implied = impliedDate(damaged, latest);
  const bound =
    damaged && damaged.guesses.length > 1 ? ` on or before the page's publish date ${latest}` : '';
  if (implied) return `lost characters; read as ${implied}, the only date its digits allow${bound}`;
  const guesses = damaged?.guesses.length ? ` (it may be ${damaged.guesses.join(' or ')})` : '';
  return `is incomplete${guesses}; kept raw`;
}

// a damaged date opens (after spaces and perhaps a stray bracket) with its year's 19 or 20; most
// lines are let go without a copy
const DAMAGED_OPENING = /\s*(?:[{[【(] ?)?(?:19|20)/y;

function findDamagedLines(text: string): DateMatch[] {
  const out: DateMatch[] = [];
  for (let lineStart = 0; lineStart <= text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    DAMAGED_OPENING.lastIndex = lineStart;
    if (DAMAGED_OPENING.test(text)) {
      const line = text.slice(lineStart, lineEnd);
      const lead = line.length - line.trimStart().length;
      const damaged = readDamagedDate(line);
      if (damaged) {
        const start = lineStart + lead;
        out.push({ raw: damaged.raw, iso: null, start, end: start + damaged.raw.length, damaged: true });
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/**
 * The years 19xx/20xx a Chinese-numeral year that lost 〇s can have been: its digits with 〇s put
 * back anywhere after the first. 二二三 is 2023 only, but 二三 is 2003 or 2030 (and 一九九 1909 or
 * 1990): a year is read only when one way remains.
 */
function yearsWithZerosBack(digits: string): number[] {
  const kept = [...digits].map((c) => String(CN_DIGIT_VALUES[c]));
  const years: number[] = [];
  for (let year = 1900; year < 2100; year++) {
    let k = 0;
    let fits = true;
    for (const d of String(year)) {
      if (d === kept[k]) k++;
      else fits &&= d === '0';
    }
    if (fits && k === kept.length) years.push(year);
  }
  return years;
}

/** The ways a run of 2–4 digits can be month + day: "126" is 1-26 or 12-6. */
function splitMonthDay(digits: string): Array<[string, string]> {
  const cuts = digits.length === 2 ? [1] : digits.length === 3 ? [1, 2] : [2];
  return cuts.map((k) => [digits.slice(0, k), digits.slice(k)]);
}

function makeMatch(
  m: RegExpMatchArray,
  year: number | null,
  month: number | null,
  day: number | null,
): DateMatch {
  const start = m.index!;
  return { raw: m[0], iso: toIso(year, month, day), start, end: start + m[0].length, damaged: false };
}

/** YYYY-MM-DD, YYYY-MM or YYYY; null when the month or day does not exist. */
function toIso(year: number | null, month: number | null, day: number | null): string | null {
  if (year === null) return null;
  const y = String(year).padStart(4, '0');
  if (month === null) return y;
  if (month < 1 || month > 12) return null;
  const ym = `${y}-${String(month).padStart(2, '0')}`;
  if (day === null) return ym;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth ? `${ym}-${String(day).padStart(2, '0')}` : null;
}

function num(s: string | undefined): number | null {
  return s === undefined ? null : Number(s);
}

function cn(s: string | undefined): number | null {
  return s === undefined ? null : readChineseNumber(s.replace(ZERO_LOOKALIKES, '〇'));
}
