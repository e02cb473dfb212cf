import type { Target } from '../schema/contract.js';
import { CN_DIGIT_VALUES, CN_LARGE_UNIT_VALUES, CN_SMALL_UNIT_VALUES } from '../knowledge/numerals.js';
import {
  OVER_MARKERS,
  PREFIX_COMPARATORS,
  PLOT_STANDARD_NAMES,
  SCORE_NAMES,
  SUFFIX_COMPARATORS,
  UNITLESS_MEASURES,
  VALUE_PARTICLES,
  VALUE_VERBS,
} from '../knowledge/target-words.js';
import { PER_UNITS, UNITS, type UnitRole } from '../knowledge/units.js';
import { readChineseNumber } from './numerals.js';
import { Scanner } from './scan.js';
import { escapeRegExp } from '../schema/chars.js';

export type Comparator = Target['comparator'];

/** A number with its unit as written in text. Offsets are into the string searched. */
export interface QuantityMatch {
  raw: string;
  start: number;
  end: number;
  /** The value as written in `unit`: 千/百 folded in (3千张 → 3000), 万/亿 left in the unit. */
  value: number;
  /** The upper bound of a range (1至3家), else null. */
  valueMax: number | null;
  /** The unit as written with its 万/亿 (张, 亿元, %, 个百分点); a bare magnitude (过亿 → 亿). */
  unit: string;
  /** What the unit measures; null for a bare magnitude. */
  role: UnitRole | null;
  /** The value in the unit without its 万/亿: 40亿元 → 4e9 元. */
  normalized: { value: number; valueMax: number | null; unit: string };
  /** The bound the quantity itself states (range, 以上, 左右, 余, 过), else null. */
  comparator: Comparator | null;
  /** The number is a Chinese numeral (三千, 百分之九十五) rather than digits. */
  chinese: boolean;
}

const byLength = (a: string, b: string) => b.length - a.length;
const alternation = (words: string[]) => [...words].sort(byLength).map(escapeRegExp).join('|');

const FOLDED = Object.keys(CN_SMALL_UNIT_VALUES)
  .filter((u) => CN_SMALL_UNIT_VALUES[u]! >= 100)
  .join('');
const LARGE = Object.keys(CN_LARGE_UNIT_VALUES).join('');
const CN_NUMERAL_CHARS = `${Object.keys(CN_DIGIT_VALUES).join('')}${Object.keys(CN_SMALL_UNIT_VALUES).join('')}`;
const CN_NUMERAL = `[${CN_NUMERAL_CHARS}]+`;
const NUMERAL = `(?:\\d+(?:,\\d{3})*(?:\\.\\d+)?[${FOLDED}]?|${CN_NUMERAL})`;
// 1至3家, 1-3家, 30一40分钟 (一 for a dash between digits, as OCR and typing leave it)
const RANGE_SEP = '(?:至|到|~|-|—|–|一(?=\\d))';
// 6%—6.5%, 3万至5万人: the percent sign or 万/亿 written with both ends of a range (the same
// after the second number, which the lookahead checks)
const RANGE_LEAD = `(?<lead>%|[${LARGE}]{1,2})(?:至|到|~|-|—|–)(?<leadNum2>${NUMERAL})(?=\\k<lead>)`;
const UNIT_INFO = new Map(UNITS.map((u) => [u.unit, u]));

// not inside a number or a code (A3, 1.5, 1,500): a comma only continues a number as a group of
// three digits after a digit (1,500), so the count after a clause's comma (…甲类人员,20名…) is read;
// pages set a space between a number and its 万/亿 or unit (300 万件), or its bound (60% 以上),
// which is read over
const QUANTITY = new RegExp(
  '(?<![A-Za-z\\d.])(?!(?<=\\d,)\\d{3}(?!\\d))' +
    `(?:百分之(?<pct>${NUMERAL})|过(?<overMag>[${FOLDED}]?[${LARGE}]{1,2})|(?<num>${NUMERAL})(?:${RANGE_LEAD}|${RANGE_SEP}(?<num2>${NUMERAL}))?)` +
    `(?: ?(?<mag>[${LARGE}]{1,2}))?(?<over>[${OVER_MARKERS}])?(?: ?(?<unit>${alternation([...UNIT_INFO.keys()])})(?:/(?<per>${alternation([...PER_UNITS])}))?)?` +
    `(?: ?(?<suffix>${alternation(Object.keys(SUFFIX_COMPARATORS))}))?`,
  'gu',
);

// every match opens with a digit, a Chinese numeral (the 百 of 百分之 is one) or the 过 of 过亿
const QUANTITY_SCAN = new Scanner(QUANTITY, `过0123456789${CN_NUMERAL_CHARS}`);

/**
 * Finds quantities in a text: Arabic, Chinese and mixed numbers (3千, 1.5万, 三千), ranges (1至3,
 * 1-3), 百分之九十五, 过亿, with the unit after them (张, 亿元, %, 个百分点 …) and a bound written
 * with them (以上, 左右, 余). A number with neither a unit nor a 万/亿 is not a quantity.
 */
export function findQuantities(text: string): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  for (const m of QUANTITY_SCAN.all(text)) {
    const q = readMatch(m);
    if (q) out.push(q);
  }
  return out;
}

/** Whether the text holds a quantity at all: findQuantities(text).length > 0, stopping at the first. */
export function hasQuantity(text: string): boolean {
  for (let m = QUANTITY_SCAN.exec(text); m; m = QUANTITY_SCAN.exec(text, m.index + m[0].length)) {
    if (readMatch(m)) return true;
  }
  return false;
}

function readMatch(m: RegExpMatchArray): QuantityMatch | null {
  const g = m.groups!;
  // a bare number (most matches: the 一 of 统一, 进一步) has no unit; known before reading it
  if (g.num !== undefined && g.mag === undefined && g.unit === undefined) return null;
  let magnitude = g.mag ?? ''; // 万/亿 kept in the unit
  let value: number | null;
  let valueMax: number | null = null;
  let comparator: Comparator | null = null;
  if (g.pct !== undefined) {
    value = readChineseNumber(g.pct);
  } else if (g.overMag !== undefined) {
    // 过亿, 过百万: more than one of the magnitude
    const folded = CN_SMALL_UNIT_VALUES[g.overMag[0]!];
    value = folded ?? 1;
    magnitude = folded ? g.overMag.slice(1) : g.overMag;
    comparator = 'gt';
  } else {
    value = readChineseNumber(g.num!);
    const num2 = g.num2 ?? g.leadNum2;
    if (num2 !== undefined) {
      valueMax = readChineseNumber(num2);
      if (valueMax === null) return null;
      comparator = 'range';
    }
  }
  const measure = g.pct !== undefined ? '%' : (g.unit ?? '');
  const per = g.per === undefined ? '' : `/${g.per}`;
  const unit = magnitude + measure + per;
  if (value === null || !Number.isFinite(value) || unit === '') return null;
  // a size class (十亿级项目, 10万级): the kind of thing counted, not a value
  if (measure === '' && m.input?.[m.index! + m[0].length] === '级') return null;
  if (g.over) comparator ??= 'gt';
  if (g.suffix && comparator !== 'range') comparator = SUFFIX_COMPARATORS[g.suffix]!;
  const scale = [...magnitude].reduce((k, c) => k * CN_LARGE_UNIT_VALUES[c]!, 1);
  const start = m.index!;
  return {
    raw: m[0],
    start,
    end: start + m[0].length,
    value,
    valueMax,
    unit,
    role: measure === '' ? null : UNIT_INFO.get(measure)!.role,
    normalized: {
      value: round(value * scale),
      valueMax: valueMax === null ? null : round(valueMax * scale),
      unit: measure + per,
    },
    comparator,
    chinese: !/\d/.test(g.pct ?? g.num ?? ''),
  };
}

// a bare number a value verb gives a measure named as unitless (…指数达80, …死亡率控制在0.02以内),
// with its bound, or a score with its 分 (…得分达到95分以上); read only there: elsewhere a bare
// number is a code or a marker, and 分 a word (部分, 分别)
const SUFFIXES = alternation(Object.keys(SUFFIX_COMPARATORS));
// how far before a bare value its measure's name and verb stand (建筑密度不低于)
const MAX_STANDARD_LEAD = 10;
const BARE_VALUE = new Scanner(
  new RegExp(
    `(?<=(?<name>${alternation([...UNITLESS_MEASURES])})(?:${alternation([...VALUE_VERBS, ...Object.keys(PREFIX_COMPARATORS)])})[${VALUE_PARTICLES}]?)` +
      `(?<![\\d.])(?<num>\\d+(?:\\.\\d+)?)(?<score>分)?(?:(?<suffix>${SUFFIXES})|(?! *[\\d.%‰\\p{Script=Han}A-Za-z]))`,
    'gu',
  ),
  '0123456789',
);

/**
 * Bare numbers stated as the value of a unitless measure (发展指数达80 → 80 with no unit) or of
 * a score (考核得分达到95分以上 → 95 分, gte). findQuantities leaves bare numbers out.
 */
export function findBareValues(text: string): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  for (const m of BARE_VALUE.all(text)) {
    const g = m.groups!;
    const score = g.score !== undefined;
    if (score && !(SCORE_NAMES as readonly string[]).includes(g.name!)) continue;
    // (a project's land-use standard: 容积率不低于1.2)
    const lead = text.slice(Math.max(0, m.index! - MAX_STANDARD_LEAD), m.index!);
    if (PLOT_STANDARD_NAMES.some((w) => lead.includes(w))) continue;
    const value = Number(g.num);
    const unit = score ? '分' : '';
    out.push({
      raw: m[0],
      start: m.index!,
      end: m.index! + m[0].length,
      value,
      valueMax: null,
      unit,
      role: null,
      normalized: { value, valueMax: null, unit },
      comparator: g.suffix === undefined ? null : SUFFIX_COMPARATORS[g.suffix]!,
      chinese: false,
    });
  }
  return out;
}

/** Drops the floating-point noise of scaling (1.2 × 1e8). */
function round(x: number): number {
  // an integer of at most 12 digits comes back as it is, without the detour through a string
  if (Number.isInteger(x) && Math.abs(x) < 1e12) return x;
  return Number(x.toPrecision(12));
}
