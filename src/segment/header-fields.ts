import { HAN_CHAR } from '../schema/chars.js';
import { NOTICE_FIRST_CHARACTERS } from '../knowledge/recipients.js';
import { DOCUMENT_TYPES, ISSUER_SUFFIXES } from '../knowledge/document-types.js';
import { DOC_NUMBER_SHAPE } from '../knowledge/doc-numbers.js';
import { HEADER_FIELD_LABELS, PAGE_COUNTER_LABELS, type MetadataKey } from '../knowledge/header-fields.js';

/** One "label: value" pair found on a header line; offsets are within the line. */
export interface FieldMatch {
  label: string;
  value: string;
  from: number;
  valueFrom: number;
  valueTo: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  label: string | null;
}

// The labels in a trie: a hand-walked trie matches them with the spaces pages put between their
// characters ("索 引 号") without the start-up cost of one huge regular expression.
const ROOT: TrieNode = { next: new Map(), label: null };
for (const label of Object.keys(HEADER_FIELD_LABELS)) {
  let node = ROOT;
  for (const ch of label) {
    if (!node.next.has(ch)) node.next.set(ch, { next: new Map(), label: null });
    node = node.next.get(ch)!;
  }
  node.label = label;
}

// The last one or two characters of each label (称 of 名称, 词 of 主题词): what is left of a label
// whose first characters the scrape lost ("称: X关于…的通知", "区应急管理局 号:").
const LABEL_TAILS: ReadonlySet<string> = new Set(
  Object.keys(HEADER_FIELD_LABELS)
    .filter((label) => /^\p{Script=Han}{2,}$/u.test(label))
    .flatMap((label) => [label.slice(-1), ...(label.length > 2 ? [label.slice(-2)] : [])]),
);
const TRUNCATED_LABEL = /^(\p{Script=Han}{1,2}) ?:/u;

/**
 * A row that opens with what is left of a label ("称: …", "词:"): the field, its label as the page
 * left it (it names no field for sure). Read only among the header's rows (see `readTruncatedRows`).
 */
export function readTruncatedField(written: string): FieldMatch | null {
  const m = TRUNCATED_LABEL.exec(written);
  if (!m || !LABEL_TAILS.has(m[1]!)) return null;
  let valueFrom = m[0].length;
  while (written[valueFrom] === ' ') valueFrom++;
  return { label: m[1]!, value: written.slice(valueFrom), from: 0, valueFrom, valueTo: written.length };
}

// List bullets that pages put before a header label ("• 索引号:", "- 发布日期:" of a list).
export const BULLET = /^(?:[•∙·▪] ?|[-*] )/;
// A label is followed by ':', or by a tab or '|' in a table row.
const AFTER_LABEL = ':\t|';
const MAX_INNER_SPACES = 12;

interface LabelMatch {
  label: string;
  /** Where the separator ends (or, for a label followed by spaces only, where the value starts). */
  end: number;
  /** The label's characters were padded with spaces ("索 引 号", "文    号"). */
  spaced: boolean;
}

/**
 * The longest label at `at` (its characters perhaps padded with spaces) that is followed, after
 * optional spaces, by one of `separators`; returns where the separator ends. With `bare`, a label
 * followed by spaces and a value also counts (a table row scraped without its cell borders).
 */
function matchLabel(line: string, at: number, separators: string, bare = false): LabelMatch | null {
  let node = ROOT;
  let i = at;
  let spaced = false;
  let best: LabelMatch | null = null;
  while (i < line.length) {
    let child = node.next.get(line[i]!);
    if (!child && line[i] === ' ' && node !== ROOT) {
      let j = i;
      while (line[j] === ' ' && j - i < MAX_INNER_SPACES) j++;
      child = node.next.get(line[j]!);
      if (child) {
        i = j;
        spaced = true;
      }
    }
    if (!child) break;
    node = child;
    i++;
    if (node.label) {
      let j = i;
      while (line[j] === ' ') j++;
      if (j < line.length && separators.includes(line[j]!)) best = { label: node.label, end: j + 1, spaced };
      else if (bare && j > i && j < line.length) best = { label: node.label, end: j, spaced };
    }
  }
  return best;
}

/**
 * Labels followed by spaces or a colon and a value after `from`, each after a space: a row's cells
 * ("文 号 X发〔2020〕3号 主题分类: 其他"); the last cell may be a label alone, its value cell
 * left empty ("成文日期 2020-01-02 废止日期").
 */
function findBareLabels(line: string, from: number): Array<{ label: string; from: number; after: number }> {
  const found: Array<{ label: string; from: number; after: number }> = [];
  for (let i = from; i < line.length; i++) {
    if (line[i - 1] !== ' ' || line[i] === ' ') continue;
    const more = matchLabel(line, i, ':', true);
    if (more) {
      found.push({ label: more.label, from: i, after: more.end });
      i = more.end - 1;
      continue;
    }
    const last = labelsAt(line, i).at(-1);
    if (last?.end === line.length) found.push({ label: last.label, from: i, after: last.end });
  }
  return found;
}

/**
 * Reads the header fields on one line, which may hold several ("名  称: … 索 引 号: …"), be an
 * HTML or Markdown table row ("索引号\t000014349/2018-00205\t主题分类\t…"), or a law database's
 * "∙【制定机关】…". Returns null when the line does not start with a known label.
 */
export function readFieldLine(written: string): FieldMatch[] | null {
  const line = blankLabelBrackets(written);
  let start = BULLET.exec(line)?.[0].length ?? 0;
  while (line[start] === ' ') start++;
  if (line[start] === '【') {
    const bracketed = matchLabel(line, start + 1, '】');
    if (!bracketed) return readBracketGroups(line);
    let valueFrom = bracketed.end;
    while (line[valueFrom] === ' ') valueFrom++;
    return [
      {
        label: bracketed.label,
        value: line.slice(valueFrom).trim(),
        from: 0,
        valueFrom,
        valueTo: line.trimEnd().length,
      },
    ];
  }
  const first = matchLabel(line, start, AFTER_LABEL);
  if (!first) return readBareRow(line, start);
  const found = [{ label: first.label, from: start, after: first.end, shapeOnly: false, unknown: false }];
  for (let i = first.end; i < line.length; i++) {
    if (line[i] === ' ') continue;
    // a label stands after a gap, or glued to the value before it when a colon follows it
    // ("发布日期:2023-03-21访问次数:", "信息来源:某某网发布时间:2016-06-28")
    const gap = ' \t|'.includes(line[i - 1]!);
    const more = matchLabel(line, i, gap ? AFTER_LABEL : ':') ?? (gap ? cellLabel(line, i) : null);
    // after a gap, a label without its colon ("来源: 县政府办公室 发布日期 2020-05-06")
    const bare = !more && gap ? matchLabel(line, i, '', true) : null;
    const known = more ?? bare ?? (gap ? truncatedLabelAtEnd(line, i) : null);
    const unknown = !known && gap ? unknownLabel(line, i) : null;
    const hit = known ?? unknown;
    if (hit) {
      found.push({
        label: hit.label,
        from: i,
        after: hit.end,
        shapeOnly: bare !== null || (!gap && HAN_CHAR.test(line[i - 1]!)),
        unknown: unknown !== null,
      });
      i = hit.end - 1;
    }
  }
  // after a Han character a label may end a longer, unknown one ("信息分类名称:"), and a word
  // without a colon may be the value's own: such a label ends the value before it only when its
  // own value has its field's shape (a date, a 文号, an organ), or when the value before it, cut
  // there, has its field's shape ("文号:X政发〔2023〕5号主  题:…", a row's cells run together)
  const fields = toFields(line, found);
  const shaped = (k: number) => gluedValueKind(found[k]!.label, fields[k]!.value) === 'shaped';
  // (a word the tables lack, with its colon, is a label only between two known ones)
  const amongLabels = (k: number) => found.slice(k + 1).some((f) => !f.unknown);
  // (a page's counter, 阅读次数:, is no end of a longer label: it ends the value before it)
  const kept = found.filter(
    (f, k) =>
      (!f.shapeOnly || PAGE_COUNTER_LABELS.has(f.label) || shaped(k) || (k > 0 && shaped(k - 1))) &&
      (!f.unknown || amongLabels(k)),
  );
  return kept.length === found.length ? fields : toFields(line, kept);
}

/** What is left of a label, with its colon, ending the line after a gap: its value cell is empty. */
function truncatedLabelAtEnd(line: string, at: number): LabelMatch | null {
  const field = readTruncatedField(line.slice(at));
  return field && field.value.trim() === '' ? { label: field.label, end: line.length, spaced: false } : null;
}

// a word and its colon after a gap: the shape of a header row's label ("公文目录:", "类别:")
const UNKNOWN_LABEL = /(\p{Script=Han}{2,6}) ?:/uy;

/**
 * A label the tables lack, after a gap in a row of fields ("索引号:0001/2018-01 资料类别:应急 发文日期:…"):
 * the value before it ends there (read so only between known labels, see `readFieldLine`).
 */
function unknownLabel(line: string, at: number): LabelMatch | null {
  UNKNOWN_LABEL.lastIndex = at;
  const m = UNKNOWN_LABEL.exec(line);
  return m ? { label: m[1]!, end: at + m[0].length, spaced: false } : null;
}

// a page's facts and toolbar each in brackets: "【来源: | 发布日期:2020-05-06 】 【字号:"
const BRACKET_GROUP = /【([^【】]*)(】?)/g;

/**
 * A line of bracketed groups only, the first holding header fields: the fields of each closed
 * group (an unclosed one may have lost its value with its bracket).
 */
function readBracketGroups(line: string): FieldMatch[] | null {
  if (line.replace(BRACKET_GROUP, '').trim() !== '') return null;
  const fields: FieldMatch[] = [];
  for (const m of line.matchAll(BRACKET_GROUP)) {
    const inner = m[2] ? readFieldLine(m[1]!) : null;
    if (!inner && fields.length === 0) return null;
    const at = m.index + 1;
    for (const f of inner ?? [])
      fields.push({ ...f, from: f.from + at, valueFrom: f.valueFrom + at, valueTo: f.valueTo + at });
  }
  return fields;
}

// a table cell that is a label the tables lack, by its colon: "| 资料类别: |"
const CELL_LABEL = /\| *(\p{Script=Han}{2,8}) ?: *(?=\|)/uy;

/**
 * In a row of cells between '|' borders, a cell that holds a word and its colon is a label even
 * when the tables lack it: the value before it ends there.
 */
function cellLabel(line: string, at: number): LabelMatch | null {
  let bar = at - 1;
  while (line[bar] === ' ') bar--;
  CELL_LABEL.lastIndex = bar;
  const m = CELL_LABEL.exec(line);
  return m ? { label: m[1]!, end: line.indexOf(':', at) + 1, spaced: false } : null;
}

// Labels in square brackets, as some portals print their table's cells: "[ 索引号 ] | … |" or
// "[ 索引号 ] 1150…/2020-00160 [ 发文字号 ] …"
const LABEL_OPENING = /\[ ?(?=[\u4e00-\u9fff])/g;
const LABEL_CLOSING = /(?<=[\u4e00-\u9fff]) ?\](?= |$)/g;

/**
 * The line with the square brackets around labels blanked and each closing one read as the
 * label's colon (offsets stay those of the line).
 */
function blankLabelBrackets(line: string): string {
  if (!line.startsWith('[')) return line;
  return line
    .replace(LABEL_OPENING, (m) => ' '.repeat(m.length))
    .replace(LABEL_CLOSING, (m) => `${' '.repeat(m.length - 1)}:`);
}

// a whole notice title: its words up to 关于 or the verb, and a document type at its end
const TITLE_VALUE = new RegExp(
  `^[^。;:,]{0,40}?(?:关于|印发|转发|批转)[^。;:]{2,100}(?:${DOCUMENT_TYPES.join('|')})$`,
);

/**
 * A row of the 信息公开 table scraped without colons, tabs or borders ("索 引 号 0001/2020-01 成文日期
 * 2020-06-18"): read when its first label is padded with spaces, which no sentence is, when a
 * second label follows on the line, or when a title label's value is a whole title ("名称 X关于…的通知").
 */
function readBareRow(line: string, start: number): FieldMatch[] | null {
  const first = matchLabel(line, start, '', true);
  if (!first) return null;
  const rest = findBareLabels(line, first.end);
  const titled = HEADER_FIELD_LABELS[first.label] === 'title' && TITLE_VALUE.test(line.slice(first.end));
  if (!first.spaced && rest.length === 0 && !titled) return null;
  const fields = toFields(line, [{ label: first.label, from: start, after: first.end }, ...rest]);
  // a row of column headings ("日期 标题 来源") gives no label a value
  return fields.every((f, k) => f.value !== '' || k === fields.length - 1) ? fields : null;
}

const COUNT_OPENING = /^\d[\d,]*(?: ?次)?/;

function toFields(line: string, found: Array<{ label: string; from: number; after: number }>): FieldMatch[] {
  return found.map((f, k) => {
    const end = k + 1 < found.length ? found[k + 1]!.from : line.length;
    let valueFrom = f.after;
    let valueTo = end;
    while (valueFrom < valueTo && /[ \t:|]/.test(line[valueFrom]!)) valueFrom++;
    // (a comma may part a field from the next: "发布机构:县政府办, 发文日期:…")
    const parting = k + 1 < found.length ? /[ \t|,;]/ : /[ \t|]/;
    while (valueTo > valueFrom && parting.test(line[valueTo - 1]!)) valueTo--;
    // a page's counter holds its count only: the toolbar the page prints after it (【字体:) is not its value
    if (PAGE_COUNTER_LABELS.has(f.label))
      valueTo = valueFrom + (COUNT_OPENING.exec(line.slice(valueFrom, valueTo))?.[0].length ?? 0);
    return { label: f.label, value: line.slice(valueFrom, valueTo), from: f.from, valueFrom, valueTo };
  });
}

const DATE_TARGETS: ReadonlySet<MetadataKey | null> = new Set([
  'signedDate',
  'createdDate',
  'publishDate',
  'effectiveDate',
  'expiryDate',
  'updatedDate',
]);
/**
 * The label is that of a date the notice has (成文日期, 发布时间 …), whose value a page may put on a
 * line below: not an expiry (废止日期), whose empty value says the notice is in force.
 */
export function takesDateBelow(label: string): boolean {
  const target = HEADER_FIELD_LABELS[label] ?? null;
  return target !== 'expiryDate' && DATE_TARGETS.has(target);
}
// values a page writes in sentences as often as in a header: never read without a separator
const FREE_TEXT_TARGETS: ReadonlySet<MetadataKey | null> = new Set([
  'title',
  'summary',
  'source',
  'keywords',
]);
const DATE_VALUE =
  /^(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日?|[-./]\d{1,2}[-./]\d{1,2})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;
const DOC_NUMBER_VALUE = new RegExp(`^(?:${DOC_NUMBER_SHAPE})$`);
const ORGAN_VALUE = new RegExp(`^[\\u4e00-\\u9fff、 ]{1,40}(?:${ISSUER_SUFFIXES.join('|')})$`);
const INDEX_VALUE = /^[A-Za-z0-9][A-Za-z0-9/\-.]{5,40}$/;
const SHORT_VALUE = /^[\u4e00-\u9fff]{2,15}$/;

/**
 * How a label glued to its value reads ("发文日期1986年07月07日", "发文机关国务院办公厅"): 'shaped'
 * when the value has the shape of the label's field (a date, a 文号, an organ's name, an index
 * number), 'short' when it is only a short phrase for a label of three or more characters
 * ("时效性现行有效"), null when it does not read as that label's value.
 */
function gluedValueKind(label: string, value: string): 'shaped' | 'short' | null {
  const target = HEADER_FIELD_LABELS[label] ?? null;
  if (DATE_TARGETS.has(target)) return DATE_VALUE.test(value) ? 'shaped' : null;
  if (target === 'docNumber') return DOC_NUMBER_VALUE.test(value) ? 'shaped' : null;
  if (target === 'issuer' || target === 'publisher') return ORGAN_VALUE.test(value) ? 'shaped' : null;
  if (target === 'indexNumber') return INDEX_VALUE.test(value) ? 'shaped' : null;
  if (FREE_TEXT_TARGETS.has(target) || [...label].length < 3) return null;
  // (a title that opens with a label's words: 时效性评价办法)
  return SHORT_VALUE.test(value) && !DOCUMENT_TYPES.some((t) => value.endsWith(t)) ? 'short' : null;
}

/**
 * A header line whose label the page glued to its value, with no colon, tab or space between
 * ("发文字号国办发〔1986〕53号"): the label, and the value when it has the field's shape. Only the
 * head of a document is read so (see `readGluedHeaderFields`).
 */
export function readGluedField(written: string): { field: FieldMatch; kind: 'shaped' | 'short' } | null {
  const start = BULLET.exec(written)?.[0].length ?? 0;
  for (const { label, end } of labelsAt(written, start).reverse()) {
    const value = written.slice(end).trim();
    const kind = value ? gluedValueKind(label, value) : null;
    if (!kind) continue;
    const valueFrom = written.indexOf(value, end);
    return { field: { label, value, from: start, valueFrom, valueTo: valueFrom + value.length }, kind };
  }
  return null;
}

/** The labels that open `written` at `start` (the prefixes of it that are labels), shortest first. */
function labelsAt(written: string, start: number): Array<{ label: string; end: number }> {
  let node = ROOT;
  const ends: Array<{ label: string; end: number }> = [];
  for (let i = start; i < written.length; i++) {
    const child = node.next.get(written[i]!);
    if (!child) break;
    node = child;
    if (node.label) ends.push({ label: node.label, end: i + 1 });
  }
  return ends;
}

/**
 * A line that is a header label and nothing else ("• 索引号", no colon): a field whose value the
 * page put on a line below, if any (see `readLabelLines`).
 */
export function readLabelAlone(written: string): FieldMatch | null {
  const start = BULLET.exec(written)?.[0].length ?? 0;
  const whole = labelsAt(written, start).at(-1);
  if (whole?.end !== written.length) return null;
  return { label: whole.label, value: '', from: start, valueFrom: whole.end, valueTo: whole.end };
}

// the shortest label read glued to the end of a value (发文机关, 成文日期; not 名称 or 主题, which
// end many words), and the longest
const MIN_GLUED_LABEL = 3;
const MAX_GLUED_LABEL = 8;

/**
 * Where a label the page glued to the end of a value line begins ("X关于…的通知发文机关", the next
 * row's key in a "key line / value line" header), or null.
 */
export function gluedLabelStart(written: string): number | null {
  const from = Math.max(1, written.length - MAX_GLUED_LABEL);
  for (let k = from; k <= written.length - MIN_GLUED_LABEL; k++)
    if (labelsAt(written, k).at(-1)?.end === written.length) return k;
  return null;
}

// an organ's name, and the first sentence of the text below it that the page glued to it (the
// shortest name that a sentence follows: "…人民政府办公室2020年…。", "…委员会为…。")
const ORGAN_THEN_SENTENCE = new RegExp(
  `^[\\u4e00-\\u9fff]{1,40}?(?:${ISSUER_SUFFIXES.join('|')})(?=(?:19|20)\\d{2}年|[${NOTICE_FIRST_CHARACTERS}])`,
);
const ORGAN_TARGETS: ReadonlySet<MetadataKey | null> = new Set(['source', 'publisher', 'issuer']);
const COUNT_VALUE = /^\d[\d,]*$/;

/**
 * Whether a field left empty on its line ("• 发文字号:") takes the line below as its value: a page's
 * counter (浏览次数:) takes only a count, and a field that names no organ never takes an organ's
 * name, which is the first line of a title under the page's rows.
 */
export function takesValueBelow(label: string, line: string): boolean {
  if (PAGE_COUNTER_LABELS.has(label)) return COUNT_VALUE.test(line);
  const target = HEADER_FIELD_LABELS[label] ?? null;
  // (nor a 文号 a field of another kind: "有效性:" left empty over the text's own 文号 line)
  if (DOC_NUMBER_VALUE.test(line)) return target === 'docNumber';
  return ORGAN_TARGETS.has(target) || !ORGAN_VALUE.test(line);
}

/** The label is that of the notice's title (名称, 信息名称 …). */
export function takesTitleBelow(label: string): boolean {
  return HEADER_FIELD_LABELS[label] === 'title';
}

// how long the text after the name is, at least, to be a paragraph of the notice
const MIN_GLUED_PARAGRAPH = 20;

/**
 * Where, in a header line whose last value names an organ ("来源:X县人民政府办公室为…。…"), the
 * paragraph the page glued to the name begins (an offset in the line), or null: the paragraph is
 * the notice's text, not the field's.
 */
export function gluedParagraphStart(fields: FieldMatch[]): number | null {
  const last = fields.at(-1);
  if (!last || !ORGAN_TARGETS.has(HEADER_FIELD_LABELS[last.label] ?? null)) return null;
  const organ = ORGAN_THEN_SENTENCE.exec(last.value)?.[0];
  const rest = organ ? last.value.slice(organ.length) : '';
  return rest.length >= MIN_GLUED_PARAGRAPH && rest.includes('。') ? last.valueFrom + organ!.length : null;
}
