import {
  ARTICLE_AMENDMENT_UNITS,
  ARTICLE_AMENDMENT_VERBS,
  BULLETS,
  STOCK_HEADINGS,
  type MarkerStyle,
} from '../knowledge/heading-markers.js';
import { CN_DIGIT_VALUES, CN_SMALL_UNIT_VALUES } from '../knowledge/numerals.js';

/** A stock heading (指导思想, 组成人员 …) at the start of a title that text was run into. */
export const STOCK_PREFIX = new RegExp(`^(?:${STOCK_HEADINGS.join('|')})(?=[^,;:。、的和与及]{2})`);

/** A heading marker found at the start of a line. */
export interface Marker {
  style: MarkerStyle;
  /** 1 for 一、/（一）/1./第一章 …; 0 where none can be read (a bullet). */
  ordinal: number;
  /** The marker as written, e.g. "(一)", "第三章", "•". */
  raw: string;
  /** Characters of the line the marker and the space after it take. */
  length: number;
  /** Decimal numbering: how many parts (1.2.3 → 3). */
  depth?: number;
  /** The page lost the numeral ("()指导思想"): the ordinal and `raw` are read from the sequence. */
  lost?: boolean;
}

/**
 * Reads the small Chinese numerals of heading markers: 一 … 九十九, 一百 … 九百九十九, and their
 * 大写 forms (第壹条, 第拾贰条), which some pages print for the first articles.
 */
export function readMarkerNumeral(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    const unit = CN_SMALL_UNIT_VALUES[ch];
    if (unit) {
      total += (digit || 1) * unit;
      digit = 0;
    } else digit = CN_DIGIT_VALUES[ch] ?? 0;
  }
  return total + digit;
}

const CN_NUM_CHARS = [...Object.keys(CN_DIGIT_VALUES), ...Object.keys(CN_SMALL_UNIT_VALUES)].join('');
const CN_NUM = `[${CN_NUM_CHARS}]{1,5}`;
const UNIT_PATTERN = new RegExp(`^第(${CN_NUM}|\\d{1,3})(部分|编|章|节|条)[ ]*`);
const CN_COMMA = new RegExp(`^(${CN_NUM})[、,.][ ]*`);
const CN_PAREN = new RegExp(`^\\((${CN_NUM})\\)[ 、.]*`);
// "1." but not a decimal or a date such as 2024.09.13, and not 2024、; "1 . " is spaced as
// some typesetting does (not "1 . 5", a number)
const ARABIC_DOT = /^(\d{1,2})(?:[.、](?!\d)| [.、](?! ?\d))[ ]*/;
const ARABIC_PAREN = /^\((\d{1,2})\)[ 、.]*/;
const CIRCLED = /^([\u2460-\u2473])[ ]*/;
// 1.1 / 2.3.1 before a title (not 1.5亿, not 2.5%)
const DECIMAL = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?[ ]*(?=[\u4e00-\u9fff])/;
// after 第X条: its 款/项 or 中/后, then an amending verb, or an added 款/项/条 (增加一款)
const AMENDED_ARTICLE = new RegExp(
  `^(?:第(?:${CN_NUM}|\\d{1,3})[款项目]|[中后])*(?:${ARTICLE_AMENDMENT_VERBS.join('|')}|增加(?:${CN_NUM})?[${ARTICLE_AMENDMENT_UNITS}])`,
);
const UNIT_STYLE = { 部分: 'part', 编: 'part', 章: 'chapter', 节: 'section', 条: 'article' } as const;

// what a numbered marker starts with: most lines start with none of these, and skip the patterns
const NUMBERED_START = new RegExp(`^[第(\\d\\u2460-\\u2473${CN_NUM_CHARS}]`);

/** The heading marker a line starts with, if any. */
export function readMarker(line: string): Marker | null {
  const numbered = NUMBERED_START.test(line) ? readNumberedMarker(line) : null;
  if (numbered) return numbered;
  if (line.length > 1 && BULLETS.includes(line[0]!) && line[1] !== line[0] && !/^-\d/.test(line)) {
    const raw = /^.[ ]*/.exec(line)![0];
    // a list glyph that a page put before a numbered marker ("• 第一条 …") is layout: the number rules
    const rest = line.slice(raw.length);
    const numbered = NUMBERED_START.test(rest) ? readNumberedMarker(rest) : null;
    if (numbered) return { ...numbered, length: raw.length + numbered.length };
    return make('bullet', 0, raw);
  }
  return null;
}

function readNumberedMarker(line: string): Marker | null {
  let m = UNIT_PATTERN.exec(line);
  // "第九条修改为:…" in a decision that amends a regulation cites its article
  if (m && m[2] === '条' && AMENDED_ARTICLE.test(line.slice(m[0].length))) return null;
  if (m) {
    return {
      style: UNIT_STYLE[m[2] as keyof typeof UNIT_STYLE],
      ordinal: readMarkerNumeral(m[1]!),
      raw: m[0].trimEnd(),
      length: m[0].length,
    };
  }
  if ((m = CN_COMMA.exec(line))) return make('cn-comma', readMarkerNumeral(m[1]!), m[0]);
  if ((m = DECIMAL.exec(line)) && !/^[\d.]+[万亿千百十个%]/.test(line)) {
    const parts = m[1]!.split('.');
    return {
      style: 'decimal',
      ordinal: Number(parts.at(-1)),
      raw: m[1]!,
      length: m[0].length,
      depth: parts.length,
    };
  }
  if ((m = CN_PAREN.exec(line))) return make('cn-paren', readMarkerNumeral(m[1]!), m[0]);
  if ((m = ARABIC_PAREN.exec(line))) return make('arabic-paren', Number(m[1]), m[0]);
  if ((m = ARABIC_DOT.exec(line))) return make('arabic-dot', Number(m[1]), m[0]);
  if ((m = CIRCLED.exec(line))) return make('circled', m[1]!.charCodeAt(0) - 0x2460 + 1, m[0]);
  return null;
}

// "()指导思想", "()目标任务。…": a (一) whose numeral the page lost, before a short title (not a
// "()" a sentence opens with, "()内填写村名,…", nor the blank of a form before a colon, "()县人民政府:")
const LOST_NUMERAL_PAREN = /^\(\) ?(?=\p{Script=Han}[^。;:,!?()]{1,19}(?:$|[。;]))/u;

/** A cn-paren marker whose numeral was lost, at the start of a heading's line; its ordinal is 0. */
export function readLostNumeralMarker(line: string): Marker | null {
  const m = LOST_NUMERAL_PAREN.exec(line);
  return m ? { ...make('cn-paren', 0, m[0]), lost: true } : null;
}

function make(style: MarkerStyle, ordinal: number, matched: string): Marker {
  return { style, ordinal, raw: matched.trimEnd(), length: matched.length };
}

/** The marker an ordinal of a style is written with, for recovered headings. */
export function writeMarker(style: MarkerStyle, ordinal: number): string {
  const cn = writeMarkerNumeral(ordinal);
  switch (style) {
    case 'part':
      return `第${cn}部分`;
    case 'chapter':
      return `第${cn}章`;
    case 'section':
      return `第${cn}节`;
    case 'article':
      return `第${cn}条`;
    case 'cn-comma':
      return `${cn}、`;
    case 'cn-paren':
      return `(${cn})`;
    case 'arabic-dot':
      return `${ordinal}.`;
    case 'arabic-paren':
      return `(${ordinal})`;
    case 'circled':
      return String.fromCharCode(0x2460 + ordinal - 1);
    case 'bullet':
      return '•';
    case 'decimal':
      return String(ordinal);
  }
}

function writeMarkerNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n]!;
  if (n < 20) return '十' + (n % 10 ? digits[n % 10] : '');
  if (n < 100) return digits[Math.floor(n / 10)] + '十' + (n % 10 ? digits[n % 10] : '');
  return String(n);
}
