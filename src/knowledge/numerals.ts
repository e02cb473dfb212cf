/**
 * Chinese numerals as written in 公文 (common usage; the 大写 forms 壹贰叁… are those of the
 * 会计基础工作规范 (1996) for amounts). 〇 is the digit zero of dates written digit by digit
 * (二〇二四年), as GB/T 15835-2011 (出版物上数字用法) describes.
 */
export const CN_DIGIT_VALUES: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};

/** Units inside one 万-group: 十, 百, 千 (and their 大写 forms). */
export const CN_SMALL_UNIT_VALUES: Readonly<Record<string, number>> = {
  十: 10,
  百: 100,
  千: 1000,
  拾: 10,
  佰: 100,
  仟: 1000,
};

/** Group units: 万 (10^4) and 亿 (10^8), with the traditional forms scraped pages keep. */
export const CN_LARGE_UNIT_VALUES: Readonly<Record<string, number>> = {
  万: 1e4,
  亿: 1e8,
  萬: 1e4,
  億: 1e8,
};

/**
 * What pages type for the 〇 of a year written digit by digit: ○ (U+25CB WHITE CIRCLE), the
 * letter O and the digit 0 (二○一二年, 二OO九年, 二00七年), as word processors and input methods
 * substitute them; NFKC has already turned the full-width Ｏ and ０ into these.
 */
export const CN_ZERO_LOOKALIKES = '○Oo0';

/** A digit of a year written in Chinese numerals, its 〇 perhaps typed as ○, O or 0 (二○一二年). */
export const CN_YEAR_DIGIT = `[〇零${CN_ZERO_LOOKALIKES}一二三四五六七八九]`;

/** A year of the 1900s or 2000s, in digits or in Chinese numerals (2020, 二〇二〇): a pattern. */
export const YEAR_NUMBER = `(?:(?:19|20)\\d{2}|[一二]${CN_YEAR_DIGIT}{3})`;

/**
 * A date in Chinese numerals whose year lost its 〇s to an encoding without one (GB2312 has no 〇):
 * 二三年十月十五日 for 二〇〇三年十月十五日. Year, month and day are captured; month and day, written
 * without 〇, show it is a date.
 */
export const LOST_ZEROS_DATE = `([一二]${CN_YEAR_DIGIT}{1,2}) *年 *([一二三四五六七八九十]{1,2}) *月 *([一二三四五六七八九十]{1,3}) *[日号]`;

/**
 * A date whose year's digits were lost in scraping, its 年 left: 年5月8日 for 2019年5月8日. Read
 * as a date line, kept raw.
 */
export const LOST_YEAR_DATE =
  '年 *(?:\\d{1,2}|[一二三四五六七八九十]{1,2}) *月 *(?:\\d{1,2}|[一二三四五六七八九十]{1,3}) *[日号]';
