/**
 * How 发文字号 are written (GB/T 9704-2012, 7.2.4: 机关代字 + 〔年份〕 + 序号 + 号) and the words that
 * stand right before one in running text. Scraped pages replace 〔〕 with [] () 【】.
 */

/**
 * Brackets around the year of a 发文字号: the standard 〔〕, the substitutes found on web pages,
 * „‟ (U+201E, U+201F), which 〔〕 become when a Word document passes through a legacy code page,
 * and the quotes a page typed for them (X发"2009"27号, X发“2009”27号).
 */
export const YEAR_BRACKETS = { open: '〔[(【„"“', close: '〕])】‟"”' } as const;

/**
 * Year brackets that only an accident produces (of encoding or of typing): a number written with
 * them is repaired, and read only when they close the year.
 */
export const GARBLED_YEAR_BRACKETS = '„‟"“”';

/** The longest 机关代字 taken from running text (某府办规, 某政办字, 某医保规字 are 4–5 characters). */
export const MAX_AGENCY_LENGTH = 8;

/**
 * Words that end the text before a 机关代字 in running text (根据某政办字〔…〕, 印发国办函〔…〕,
 * 国发〔…〕1号和国办发〔…〕): the agency code starts after the last of them (common usage in 公文).
 */
export const AGENCY_STOP_WORDS = [
  '文件',
  '印发',
  '转发',
  '根据',
  '依据',
  '按照',
  '参照',
  '贯彻',
  '落实',
  '执行',
  '关于',
  '通知',
  '意见',
  '详见',
  '和',
  '及',
  '与',
  '或',
  '的',
  '见',
  '号',
  '即',
  '以',
] as const;

/**
 * Endings of issuer names (政府, 办公厅, 委员会, 局 …): when the text before a bracket runs longer
 * than an agency code, the code starts after the last of them (某省人民政府办公厅某政办字〔…〕).
 */
export const ISSUER_NAME_ENDINGS = ['政府', '办公厅', '办公室', '委员会', '厅', '局', '部'] as const;

/**
 * A 发文字号 or a 令's number as a whole value (GB/T 9704 7.2.4: 机关代字〔年份〕序号; 令号 第N号):
 * X政办〔2016〕82号, X政令[1997]29号, X人民政府令第3号 — for lines and header values that hold
 * nothing else.
 */
export const DOC_NUMBER_SHAPE =
  '[\\u4e00-\\u9fff]{1,12} ?[〔[(【]\\d{4}[〕\\])】] ?(?:第 ?)?\\d{1,5} ?号|[\\u4e00-\\u9fff]{2,20}令 ?(?:\\d{4}年)?第 ?\\d{1,5} ?号';

/**
 * The number of a 公告 or 通告 on the line under its title, with no agency code: 第28号, 〔2021〕第2号
 * (人大常委会 number their 公告, and governments their 通告, in a sequence of their own, as the
 * 全国人民代表大会常务委员会公告 do). Year and serial are captured.
 */
const SERIAL_NUMBER_SHAPE = '(?:[〔[(【](\\d{4})[〕\\])】] ?)?第 ?(\\d{1,5}) ?号';
/** A line that is such a number alone, perhaps in brackets ((第38号)); the number is captured first. */
export const SERIAL_NUMBER_LINE = new RegExp(`^\\(?(${SERIAL_NUMBER_SHAPE})\\)?$`);
export const SERIALLY_NUMBERED_TYPES = ['公告', '通告'] as const;
