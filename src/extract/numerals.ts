import { CN_DIGIT_VALUES, CN_LARGE_UNIT_VALUES, CN_SMALL_UNIT_VALUES } from '../knowledge/numerals.js';
import { execAll } from './scan.js';

const ARABIC = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
// one token of a mixed numeral: an Arabic number (1,234.5) or a single character
const TOKEN = /\d+(?:,\d{3})*(?:\.\d+)?|[^]/gu;

/**
 * Reads a whole string as a number: Arabic (1,234.5), Chinese (三千, 两万, 一百二十, 一千二百万,
 * 壹佰), mixed (1.5万 → 15000, 3千 → 3000, 40亿 → 4e9), and digit-by-digit Chinese (二〇二四 → 2024).
 * Spoken abbreviations read as their full form (两万五 → 25000). Returns null for anything else,
 * including an empty string and a bare unit (万, 百).
 */
export function readChineseNumber(s: string): number | null {
  const t = s.trim();
  if (t === '') return null;
  if (ARABIC.test(t)) return finite(Number(t.replace(/,/g, '')));
  const chars = [...t];
  // a year or code written digit by digit: 二〇二四, 一九九八
  if (chars.length > 1 && chars.every((c) => c in CN_DIGIT_VALUES)) {
    return finite(Number(chars.map((c) => CN_DIGIT_VALUES[c]).join('')));
  }
  return readGroupedNumber(t);
}

/** Reads a numeral built from digits and the units 十百千 / 万亿, left to right. */
function readGroupedNumber(t: string): number | null {
  let total = 0; // groups of 亿 already closed
  let wan = 0; // groups of 万 below the current 亿
  let section = 0; // the part below 万 read so far
  let digit: number | null = null;
  let lastSmall = Infinity; // units in a section must descend: 三千五百, not 五百三千
  let lastLarge = Infinity;
  let lastUnit = 0; // the unit just read, for 两万五 (= 25000)
  let seenDigit = false;
  for (const [tok] of execAll(TOKEN, t)) {
    const arabic = /^\d/.test(tok) ? Number(tok.replace(/,/g, '')) : undefined;
    const value = arabic ?? CN_DIGIT_VALUES[tok];
    if (value !== undefined) {
      if (digit !== null && digit !== 0) return null; // 五五万
      digit = value;
      seenDigit = true;
      if (value === 0) lastUnit = 0; // 一百零五: the 五 is units, not tens
      continue;
    }
    const small = CN_SMALL_UNIT_VALUES[tok];
    if (small !== undefined) {
      if (small >= lastSmall) return null;
      if (digit === null && small !== 10) return null; // 百 alone; 十 alone is 10
      section += (digit ?? 1) * small;
      digit = null;
      lastSmall = small;
      lastUnit = small;
      continue;
    }
    const large = CN_LARGE_UNIT_VALUES[tok];
    if (large === undefined) return null;
    const group = section + (digit ?? 0);
    if (group === 0 && wan === 0 && total === 0) return null; // 万 alone
    if (large === 1e8) {
      total = (total + wan + group) * large;
      wan = 0;
    } else {
      if (large >= lastLarge) return null; // 一万二万
      wan += group * large;
    }
    lastLarge = large === 1e8 ? Infinity : large;
    section = 0;
    digit = null;
    lastSmall = Infinity;
    lastUnit = large;
  }
  if (!seenDigit && section === 0) return null;
  // 两万五, 三千五, 一百二: a final digit right after a unit counts one place below it
  const tail = digit !== null && lastUnit >= 100 ? (digit * lastUnit) / 10 : (digit ?? 0);
  return finite(Number((total + wan + section + tail).toPrecision(12)));
}

function finite(n: number): number | null {
  return Number.isFinite(n) ? n : null;
}
