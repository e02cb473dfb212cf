import { MARKER_STYLES } from '../knowledge/heading-markers.js';
import type { Block } from './index.js';

// A table of contents (目录; 目次 in GB/T 1.1 documents) lists the headings of the text with their
// pages. Its lines are not headings: read as such they make a second outline above the real one.

/** The line a table of contents is introduced by: 目录, 目 录, 目次. */
const TOC_LABEL = /^目 *[录次] *:?$/;
// the page number that ends an entry, Arabic or Roman (front matter: i, ii, IV); after a space or
// tab when no leader stands before it (6.1 应急处置 20)
const PAGE_NUMBER = /(?:\d{1,4}|[IVXivx]{1,6})$/;
const SPACED_PAGE_NUMBER = /[ \t]+(?:\d{1,4}|[IVXivx]{1,6})$/;
// leader characters as NFKC leaves them (…… becomes ......)
const LEADER = '.·・⋯';
// an entry longer than this is a sentence of the text, not a listed heading
const ENTRY_MAX = 40;
// and its line, leader and page number included, no longer than this
const ENTRY_LINE_MAX = 200;
// a table of contents lists at most this many lines before the first of them stands again
const TOC_MAX_LINES = 300;
// entries after a 目录 line that end the page, fewest read as a table cut off before its text
const CUT_TABLE_MIN = 3;

/**
 * Where the leader and page number of a table-of-contents entry begin ("1.1 编制目的......4",
 * "第二章 总则 · · · · iv"), or -1. Scanned back from the end, so a long run of dots costs one pass.
 */
function leaderStart(line: string): number {
  const page = PAGE_NUMBER.exec(line);
  if (!page) return -1;
  let k = page.index;
  let dots = 0;
  for (; k > 0 && (line[k - 1] === ' ' || LEADER.includes(line[k - 1]!)); k--)
    if (line[k - 1] !== ' ') dots++;
  return dots >= 3 && k > 0 ? k : -1;
}

/** A line that ends in a leader and a page number is an entry of a table of contents. */
export function isTocEntry(line: string): boolean {
  return leaderStart(line) >= 0;
}

/**
 * The heading an entry lists, as compared with the heading in the text: without its leader and
 * page number (or a page number after a space or tab), without spaces. Null for a block that
 * cannot be an entry (a sentence, a date, a header field).
 */
function entryKey(b: Block): string | null {
  if (b.kind !== 'heading' && b.kind !== 'paragraph' && b.kind !== 'attachment-label') return null;
  if (b.text.length > ENTRY_LINE_MAX) return null;
  const lead = leaderStart(b.text);
  const title = lead >= 0 ? b.text.slice(0, lead) : b.text.replace(SPACED_PAGE_NUMBER, '');
  const key = title.replace(/[ \t]/g, '');
  return key.length >= 2 && key.length <= ENTRY_MAX && !/[。;!?]/.test(key) ? key : null;
}

const RANK = new Map<string, number>(MARKER_STYLES.map((s) => [s.style, s.rank]));

/**
 * A run of entries with no 目录 line before it is a table of contents only when it lists one
 * numbering from its start: a numbered first entry (第一章, 一、), at least three of its style
 * numbered 1, 2, 3 … in order — two are enough when the text that follows repeats the run's
 * first two entries in turn — and nothing that ranks above it (a plan whose one-line headings
 * repeat a title under two parents is no table of contents).
 */
function listsOneNumbering(entries: Block[], repeatedInTurn: boolean): boolean {
  const first = entries[0]!.marker!;
  if (first.style === 'decimal') return listsDecimalNumbering(entries);
  const rank = RANK.get(first.style);
  if (rank === undefined || first.style === 'article') return false;
  let count = 0;
  for (const b of entries) {
    const m = b.marker;
    if (!m) continue;
    if (m.style === first.style) {
      if (m.ordinal !== ++count) return false;
    } else if ((RANK.get(m.style) ?? Infinity) < rank) return false;
  }
  return count >= 3 || (count === 2 && entries.length >= 3 && repeatedInTurn);
}

/** Decimal numbers listed in order (1.1, 1.2, 2.1, 3.1 …), at least three, whatever stands between. */
function listsDecimalNumbering(entries: Block[]): boolean {
  let last: number[] = [];
  let count = 0;
  for (const b of entries) {
    if (b.marker?.style !== 'decimal') continue;
    const parts = b.marker.raw.split('.').map(Number);
    if (compareNumbers(parts, last) <= 0) return false;
    last = parts;
    count++;
  }
  return count >= 3;
}

function compareNumbers(a: number[], b: number[]): number {
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    const d = (a[k] ?? -1) - (b[k] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Where the text that a table of contents lists begins: at its first entry's heading standing
 * again, or at the unit heading that stands over it (1 总则 over 1.1 编制目的).
 */
function textStart(blocks: Block[], first: number, repeat: number): number {
  // (the line above must lie past the table's first entry)
  return repeat - 1 > first && isUnitLineOver(blocks, repeat) ? repeat - 1 : repeat;
}

/** The line over decimal entry `k` (1.1 编制目的) is its unit's ("1 总则", "1总则"). */
function isUnitLineOver(blocks: Block[], k: number): boolean {
  const m = blocks[k]!.marker;
  if (m?.style !== 'decimal' || k < 1) return false;
  const unit = m.raw.split('.')[0]!;
  const above = blocks[k - 1]!.text;
  return above.startsWith(unit) && !/[\d.]/.test(above[unit.length] ?? '');
}

/** The entry after the first stands again within a few lines of the first's repeat. */
function secondRepeats(keys: (string | null)[], first: number, repeat: number): boolean {
  const second = keys[first + 1];
  return !!second && keys.slice(repeat + 1, repeat + 1 + SECOND_REPEAT_WITHIN).includes(second);
}
// how many lines of text the first listed heading holds before the second, at most
const SECOND_REPEAT_WITHIN = 8;

/**
 * Marks the label at `label` and the entries after it that end with a page number (those an entry
 * key is read from); gives the last.
 */
function markPagedEntries(blocks: Block[], keys: (string | null)[], label: number): number {
  const paged = (k: number) => isTocEntry(blocks[k]!.text) || SPACED_PAGE_NUMBER.test(blocks[k]!.text);
  let k = label + 1;
  while (k < blocks.length && keys[k] !== null && paged(k)) k++;
  if (k === label + 1) return label + 1;
  for (let j = label; j < k; j++) markToc(blocks, j);
  return k - 1;
}

/** Marks a table of contents' line as one: never a heading, never an attachment's label. */
function markToc(blocks: Block[], k: number): void {
  const b = blocks[k]!;
  blocks[k] = { from: b.from, to: b.to, text: b.text, kind: 'paragraph', toc: true };
}

/**
 * Finds tables of contents: after a 目录 line (or, without one, a run that lists one numbering
 * from its start), the run of heading-like lines up to the line where its first entry's heading
 * stands again, which begins the text. Its lines become paragraphs marked `toc`. Lines with a
 * leader and a page number are entries wherever they stand (classify reads them so).
 */
export function readTableOfContents(blocks: Block[]): void {
  const keys = blocks.map(entryKey);
  for (let i = 0; i < blocks.length; i++) {
    const key = keys[i];
    const labelled = i > 0 && TOC_LABEL.test(blocks[i - 1]!.text);
    if (key === null || (!labelled && blocks[i]!.marker?.ordinal !== 1)) continue;
    // the label of entries that classify read by their leaders is theirs too
    if (labelled && blocks[i]!.toc) markToc(blocks, i - 1);
    let repeat = -1;
    for (let k = i + 1; k < blocks.length && k <= i + TOC_MAX_LINES && keys[k] !== null; k++)
      if (keys[k] === key) {
        repeat = k;
        break;
      }
    if (repeat < 0) {
      // a page cut before the text: the labelled entries that end with their page number, or
      // all of them when nothing but entries follows the label
      if (labelled && blocks.length - i >= CUT_TABLE_MIN && keys.slice(i).every((k) => k !== null)) {
        for (let k = i - 1; k < blocks.length; k++) markToc(blocks, k);
        break;
      }
      if (labelled) i = markPagedEntries(blocks, keys, i - 1);
      continue;
    }
    const end = textStart(blocks, i, repeat);
    if (!labelled && !listsOneNumbering(blocks.slice(i, end), secondRepeats(keys, i, repeat))) continue;
    // (the unit line over a first decimal entry is listed too: 1 总则 over 1.1 编制目的)
    const start = labelled ? i - 1 : isUnitLineOver(blocks, i) && keys[i - 1] !== null ? i - 1 : i;
    for (let k = start; k < end; k++) markToc(blocks, k);
    i = Math.max(i, end - 1);
  }
}
