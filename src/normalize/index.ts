import type { Removal } from '../schema/contract.js';
import { LineTable } from '../schema/location.js';
import { OffsetMapBuilder, mapRange, type OffsetMap } from '../schema/offset-map.js';
import type { SourceText } from '../ingest/index.js';
import { PINYIN_SYLLABLES } from '../knowledge/pinyin.js';
import {
  LOST_INDENT,
  LOST_INDENT_MIN_LINES,
  LOST_TRAILING_BLANK,
  PADDED_LABEL,
  PAGE_COUNTER,
  PAGE_MARK_AT_END,
  PAGE_MARK_LINE,
  PAGE_NUMBER_INLINE,
  SITE_FOOTER_LINES,
  WEB_LEFTOVER_LINES,
} from '../knowledge/web-leftovers.js';
import { findWrapBreaks } from './unwrap.js';
import { countLeading } from '../schema/search.js';

/** The document's text after NFKC and space folding, and where each character came from. */
export interface NormText {
  source: SourceText;
  text: string;
  /** text → decoded input. */
  map: OffsetMap;
  lines: LineTable;
  removals: Removal[];
  /** Markdown: the depth of the `#` heading each line (by its start offset in `text`) was. */
  headingDepth: Map<number, number>;
}

// Circled numbers (U+2460–2473) are heading markers (① → level 5); NFKC would turn them into
// plain digits, so isStable keeps them.
// Every kind of space that scraping leaves: no-break, ideographic, en/em, thin.
const SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;

/**
 * NFKC (full-width `（），：` become ASCII), all spaces folded to U+0020, CRLF to LF, invisible
 * characters dropped; whole lines of web-page leftovers and Markdown markup (#, **, links,
 * table pipes) removed as recorded removals; the lines of a hard-wrapped text joined.
 */
export function normalize(source: SourceText): NormText {
  const lines = new LineTable(source.input);
  const { text: folded, map } = foldCharacters(source.text, source.map, source.input.length);
  const drops = findDrops(folded, source.source.format === 'markdown');
  const norm = applyDrops(source, folded, map, lines, drops);
  // an HTML page's lines are its blocks: they are never wrapped
  return source.source.format === 'html' ? norm : joinWrappedLines(norm);
}

/**
 * Is the code unit left as it is: ASCII, CJK Unified Ideographs (NFKC-stable), a circled
 * number, or any other that folding leaves alone (。、“”《》: copying them with the run around
 * them is what folding them one by one would give).
 */
function isStable(c: number): boolean {
  if (c < 0x80) return c !== 13;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x2460 && c <= 0x2473)) return true;
  return c < 0xd800 || c > 0xdfff ? foldsToItself(c) : false; // surrogates are read as code points
}

// per BMP code unit: 1 when folding leaves it as it is, 2 when folding changes it, 0 not known yet
const unitFolds = new Uint8Array(0x10000);
function foldsToItself(c: number): boolean {
  let known = unitFolds[c]!;
  if (known === 0) {
    known = foldChar(c) === String.fromCharCode(c) ? 1 : 2;
    unitFolds[c] = known;
  }
  return known === 1;
}

function foldCharacters(
  src: string,
  srcMap: OffsetMap,
  inputLength: number,
): { text: string; map: OffsetMap } {
  const parts: string[] = [];
  const map = new OffsetMapBuilder(src.length + 16);
  const push = (chars: string, from: number, to: number) => {
    const [start, end] = mapRange(srcMap, from, to, inputLength);
    for (let k = 0; k < chars.length; k++) map.push(start, end);
    parts.push(chars);
  };
  let i = 0;
  while (i < src.length) {
    // the common case: a run of stable characters is copied whole
    const runStart = i;
    while (i < src.length && isStable(src.charCodeAt(i))) i++;
    if (i > runStart) {
      parts.push(src.slice(runStart, i));
      map.append(srcMap, runStart, i);
      continue;
    }
    const cp = src.codePointAt(i)!;
    if (cp === 13) {
      const end = src.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      push('\n', i, end);
      i = end;
      continue;
    }
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldChar(cp);
    // invisible characters are dropped: they are blank, so nothing is lost
    if (folded !== '') push(folded, i, i + width);
    i += width;
  }
  return { text: parts.join(''), map: map.build() };
}

/**
 * What a character that is not stable becomes: ' ' for a space, '' for an invisible one, else
 * its NFKC form. Remembered per code point, since punctuation (，：；) recurs in every line and
 * normalize() is slow; there are only so many code points.
 */
const foldedChars = new Map<number, string>();
function foldChar(cp: number): string {
  let folded = foldedChars.get(cp);
  if (folded === undefined) {
    const ch = String.fromCodePoint(cp);
    folded = SPACE.test(ch) ? ' ' : INVISIBLE.test(ch) ? '' : ch.normalize('NFKC');
    foldedChars.set(cp, folded);
  }
  return folded;
}

interface Drop {
  from: number;
  to: number;
  kind: 'web-leftover' | 'markup' | 'page-mark' | 'lost-indent';
  /** Markdown `#` headings: the depth, kept for the line. */
  depth?: number;
}

// Markdown markup: emphasis, images, the brackets and targets of links, table pipes at a
// row's ends, table rule rows, HTML comments.
const MARKUP_INLINE =
  /\*\*|__|!\[[^\]\n]{0,200}\]\([^)\n]{0,500}\)|\[(?=[^\]\n]{0,200}\]\()|\]\([^)\n]{0,500}\)/g;
/** A Markdown table's rule row ("|---|:---:|"): cells of three or more dashes, perhaps with colons. */
function isTableRule(line: string): boolean {
  const cells = line.split('|');
  if (cells.length < 2) return false;
  if (cells[0]!.trim() === '') cells.shift();
  if (cells.at(-1)?.trim() === '') cells.pop();
  return cells.length > 0 && cells.every((cell) => /^:?-{3,}:?$/.test(cell.trim()));
}

/** What normalisation removes: whole lines of web leftovers, and Markdown markup. */
function findDrops(text: string, markdown: boolean): Drop[] {
  const drops: Drop[] = [];
  const toneless = readsWithTonelessPinyin(text);
  const blanksLost = countLinesWithLostBlanks(text) >= LOST_INDENT_MIN_LINES;
  let afterFooter = false; // the last line that was not blank is one of the site's footer
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    let trimmed = line.trim();
    let from = lineStart + line.indexOf(trimmed);
    const indent = blanksLost ? LOST_INDENT.exec(trimmed) : null;
    if (indent) {
      // the line is read as it stood on the page, after its indent
      drops.push({ from, to: from + indent[0].length, kind: 'lost-indent' });
      const rest = trimmed.slice(indent[0].length);
      trimmed = rest.trimStart();
      from += indent[0].length + rest.length - trimmed.length;
    }
    const footer = trimmed !== '' && line.length <= 160 && isSiteFooterLine(trimmed);
    if (
      footer ||
      (trimmed && line.length <= 160 && WEB_LEFTOVER_LINES.some((re) => re.test(trimmed))) ||
      (afterFooter && SITE_NAME_IN_FOOTER.test(trimmed) && isSiteFooterLine(nextLine(text, lineEnd)))
    ) {
      drops.push({ from, to: from + trimmed.length, kind: 'web-leftover' });
    } else if (PAGE_MARK_LINE.test(trimmed)) {
      drops.push({ from, to: from + trimmed.length, kind: 'page-mark' });
    } else if (trimmed) {
      const mark = trimmed.endsWith('—') ? PAGE_MARK_AT_END.exec(trimmed) : null;
      const inline: Drop[] = [
        ...(mark ? [{ from: from + mark.index, to: from + trimmed.length, kind: 'page-mark' as const }] : []),
        ...findInline(trimmed, from, PAGE_COUNTER, '页', 'page-mark'),
        ...findInline(trimmed, from, PAGE_NUMBER_INLINE, '—', 'page-mark'),
        ...(markdown ? findMarkup(trimmed, from) : findTablePipes(trimmed, from)),
        ...findInline(trimmed, from, ENTITY_RESIDUE, '&'),
        ...findInline(trimmed, from, PINYIN_ANNOTATION, '('),
        ...(toneless ? findInline(trimmed, from, TONELESS_PINYIN, '(') : []),
        ...(blanksLost ? findPaddingLost(trimmed, from) : []),
        ...findInline(trimmed, from, LOST_TRAILING_BLANK, '?', 'lost-indent'),
      ];
      drops.push(...nonOverlapping(inline));
    }
    if (trimmed) afterFooter = footer;
    lineStart = lineEnd + 1;
  }
  return drops;
}

const isSiteFooterLine = (line: string) => SITE_FOOTER_LINES.some((re) => re.test(line));
// the site's name the footer prints between its lines (X市人民政府): short, no sentence
const SITE_NAME_IN_FOOTER = /^[^。;!?]{1,30}$/;

/** The next line after `lineEnd` that is not blank, trimmed ('' at the end of the text). */
function nextLine(text: string, lineEnd: number): string {
  let start = lineEnd + 1;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (line) return line;
    start = end + 1;
  }
  return '';
}

/**
 * How many lines show blanks lost as '?': an indent (`LOST_INDENT`) or a label's padding
 * (`PADDED_LABEL`).
 */
function countLinesWithLostBlanks(text: string): number {
  let count = 0;
  for (let at = text.indexOf('?'); at >= 0;) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).trim();
    if (LOST_INDENT.test(line) || findPaddingLost(line, 0).length > 0) count++;
    at = text.indexOf('?', lineEnd);
  }
  return count;
}

/** The runs of '?' that pad the labels of a line (`PADDED_LABEL`), as lost blanks. */
function findPaddingLost(line: string, at: number): Drop[] {
  if (!line.includes('?')) return [];
  const drops: Drop[] = [];
  for (const label of line.matchAll(PADDED_LABEL)) {
    if (!isPadded(label[0])) continue;
    for (const run of label[0].matchAll(/\?+/g)) {
      const from = at + label.index + run.index;
      drops.push({ from, to: from + run[0].length, kind: 'lost-indent' });
    }
  }
  return drops;
}

/**
 * A label is padded when blanks part three characters or more, or pad it before its colon too
 * (名   ?称?:); a question and its answer (为什么出台?答:) part two words once.
 */
function isPadded(label: string): boolean {
  const gaps = label.match(/(?<=\p{Script=Han})[ ?]+(?=\p{Script=Han})/gu)?.length ?? 0;
  return gaps >= 2 || /\?[ ?]*:$/.test(label);
}

// An entity escaped twice on the page (&amp;nbsp;) reads as "&nbsp;" once decoded, or as a mangled
// "&bsp;": not text of the notice.
const ENTITY_RESIDUE = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,8});/gi;

// A reading of a character in pinyin, which some mirror sites put after it (and the space the page
// may put after the reading, or inside its brackets): 發(fā), 鎮(zhèn), 關(guan) 於(yu), 樂(lè ), also
// repeated (治(zhi)(zhi)). A syllable with a tone mark is one wherever it stands. (Each reading opens
// with its bracket, so the repetition matches in one pass.)
const PINYIN_ANNOTATION =
  /(?<=\p{Script=Han})(?:\( ?[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5} ?\) ?)+/gu;
// One without tone marks must be a syllable of the table, in a text where such readings recur, so
// that a letter or a word in brackets (甲(a), 面积(ha)) stays text.
const TONELESS_READING = `\\( ?(${PINYIN_SYLLABLES.join('|')}) ?\\) ?`;
const TONELESS_PINYIN = new RegExp(`(?<=\\p{Script=Han})(?:${TONELESS_READING})+`, 'gu');
// how many different syllables make readings recur (a unit written four times, 面积(ha), is one)
const TONELESS_PINYIN_MIN = 3;

const TONELESS_PINYIN_AT = new RegExp(`(?<=\\p{Script=Han})${TONELESS_READING}`, 'uy');

/** The text holds toneless readings of a few different syllables: tried only at its '(' (a search
 * that opens with a look-behind tries every position of a two-byte text slowly). */
function readsWithTonelessPinyin(text: string): boolean {
  const syllables = new Set<string>();
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
    TONELESS_PINYIN_AT.lastIndex = i;
    const reading = TONELESS_PINYIN_AT.exec(text)?.[1];
    if (reading && syllables.add(reading).size >= TONELESS_PINYIN_MIN) return true;
  }
  return false;
}

/** Web leftovers inside a line: the matches of `pattern`, looked for only when `cue` is there. */
function findInline(
  line: string,
  at: number,
  pattern: RegExp,
  cue: string,
  kind: Drop['kind'] = 'web-leftover',
): Drop[] {
  if (!line.includes(cue)) return [];
  return [...line.matchAll(pattern)].map((m) => ({
    from: at + m.index,
    to: at + m.index + m[0].length,
    kind,
  }));
}

/** The drops in order, each that overlaps the one before it left out. */
function nonOverlapping(drops: Drop[]): Drop[] {
  return drops.sort((a, b) => a.from - b.from).filter((d, i, all) => i === 0 || d.from >= all[i - 1]!.to);
}

/**
 * Table pipes in plain text (a page's tables dumped as "索引号: | value | 公开方式: | value |"): a
 * line of nothing but pipes (a table's borders) or a rule row goes, and the pipes after a single
 * cell of ten or more characters ("X关于…的 通知 |", and a title cell spanning the empty cells of
 * the header table over it: "X行动方案 | ||||"), so that a title reads as on the page; a short
 * cell is a label whose value the next line holds ("发布单位 |"), read by its pipe. Rows of several
 * cells keep theirs (the header reader parts cells by them). Read by loops: a pattern over runs of
 * pipes and spaces would backtrack on long lines.
 */
function findTablePipes(line: string, at: number): Drop[] {
  if (!line.endsWith('|')) return [];
  if (/^[| ]*$/.test(line) || isTableRule(line)) return [{ from: at, to: at + line.length, kind: 'markup' }];
  let end = line.indexOf('|');
  for (let i = end; i < line.length; i++) if (line[i] !== '|' && line[i] !== ' ') return [];
  while (end > 0 && line[end - 1] === ' ') end--;
  return end >= MIN_TITLE_CELL ? [{ from: at + end, to: at + line.length, kind: 'markup' }] : [];
}
const MIN_TITLE_CELL = 10;

function findMarkup(line: string, at: number): Drop[] {
  if (/^<!--.*-->$/.test(line) || isTableRule(line))
    return [{ from: at, to: at + line.length, kind: 'markup' }];
  const drops: Drop[] = [];
  const heading = /^#{1,6} +/.exec(line);
  if (heading)
    drops.push({ from: at, to: at + heading[0].length, kind: 'markup', depth: heading[0].trim().length });
  const row = /^\| */.exec(line);
  if (row && /\|$/.test(line)) {
    drops.push({ from: at, to: at + row[0].length, kind: 'markup' });
    drops.push({
      from: at + line.length - / *\|$/.exec(line)![0].length,
      to: at + line.length,
      kind: 'markup',
    });
  }
  for (const m of line.matchAll(MARKUP_INLINE))
    drops.push({ from: at + m.index, to: at + m.index + m[0].length, kind: 'markup' });
  return nonOverlapping(drops);
}

function applyDrops(
  source: SourceText,
  text: string,
  map: OffsetMap,
  lines: LineTable,
  drops: Drop[],
): NormText {
  const removals: Removal[] = [];
  const headingDepth = new Map<number, number>();
  if (drops.length === 0) return { source, text, map, lines, removals, headingDepth };
  const cut = cutRanges(text, map, drops);
  for (const d of drops) {
    if (d.to <= d.from) continue;
    const [start, end] = mapRange(map, d.from, d.to, source.input.length);
    removals.push({ kind: d.kind, text: text.slice(d.from, d.to), span: lines.span(start, end) });
    if (d.depth) headingDepth.set(cut.shift(d.to), d.depth);
  }
  return { source, text: cut.text, map: cut.map, lines, removals, headingDepth };
}

/** Joins the lines of a hard-wrapped text (the breaks are blank: nothing to record). */
function joinWrappedLines(norm: NormText): NormText {
  const breaks = findWrapBreaks(norm.text);
  if (breaks.length === 0) return norm;
  const cut = cutRanges(norm.text, norm.map, breaks);
  const headingDepth = new Map<number, number>();
  for (const [at, depth] of norm.headingDepth) headingDepth.set(cut.shift(at), depth);
  return { ...norm, text: cut.text, map: cut.map, headingDepth };
}

/** The text without the given ranges (sorted, not overlapping), its map, and where old offsets went. */
function cutRanges(
  text: string,
  map: OffsetMap,
  ranges: { from: number; to: number }[],
): { text: string; map: OffsetMap; shift: (offset: number) => number } {
  const parts: string[] = [];
  const kept = new OffsetMapBuilder(text.length);
  // removedBefore[k]: chars cut by ranges[0..k)
  const removedBefore = [0];
  let at = 0;
  for (const r of ranges) {
    parts.push(text.slice(at, r.from));
    kept.append(map, at, r.from);
    removedBefore.push(removedBefore.at(-1)! + r.to - r.from);
    at = r.to;
  }
  parts.push(text.slice(at));
  kept.append(map, at, text.length);
  const shift = (offset: number) => {
    // (less the removals of the ranges ending at or before the offset)
    return offset - removedBefore[countLeading(ranges.length, (i) => ranges[i]!.to <= offset)]!;
  };
  return { text: parts.join(''), map: kept.build(), shift };
}

/** The span in the input of normalised text [from, to). */
export function spanOf(norm: NormText, from: number, to: number) {
  const [start, end] = mapRange(norm.map, from, to, norm.source.input.length);
  return norm.lines.span(start, end);
}
