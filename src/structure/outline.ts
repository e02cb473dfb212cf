import type { Message } from '../schema/contract.js';
import { MARKER_STYLES, type MarkerStyle } from '../knowledge/heading-markers.js';
import type { Block } from '../segment/index.js';
import { writeMarker } from '../segment/markers.js';
import { isTitleLine } from './titles.js';

/** A node of the heading tree, still pointing at its blocks. */
export interface OutlineNode {
  heading: Block;
  style: MarkerStyle;
  ordinal: number;
  level: number;
  /** The style the marker was written in. */
  written: MarkerStyle;
  /** The marker as written, or as inferred for a recovered heading. */
  marker: string | null;
  recovered: boolean;
  /** Offsets of the title in the normalised text ([from, from) for untitled articles). */
  titleFrom: number;
  titleTo: number;
  paragraphs: Block[];
  children: OutlineNode[];
}

export interface Outline {
  /** Paragraphs before the first heading (a preamble: 为贯彻落实…, 现提出如下意见). */
  intro: Block[];
  sections: OutlineNode[];
}

/** A message before it is placed: the structure stage turns block offsets into spans. */
export interface PendingMessage {
  ruleId: string;
  severity: Message['severity'];
  message: string;
  from: number;
  to: number;
  actual?: string;
  expected?: string;
}

const BASE_RANK = new Map<MarkerStyle, number>(MARKER_STYLES.map((s) => [s.style, s.rank]));
// In a regulation, articles (第X条) sit below 章/节 and above the items numbered inside them.
const ARTICLE_RANK_IN_REGULATION = 2.5;

interface Candidate {
  block: Block;
  style: MarkerStyle;
  /** The style the marker was written in (a 一、 clause read as an article keeps cn-comma). */
  written: MarkerStyle;
  ordinal: number;
  /** Where the level sits among the document's styles (GB/T 9704 order, adjusted below). */
  rank: number;
  recovered: boolean;
  marker: string | null;
  titleFrom: number;
  titleTo: number;
}

/**
 * Nests headings into a tree. Levels follow GB/T 9704 order (一、 → (一) → 1. → (1) → ①, with
 * 第X章/第X节 above and articles 第X条 as untitled units, and 1.1/1.1.1 decimal numbering by
 * depth), compressed to the styles the text uses. Markers lost in scraping are recovered from
 * the sequence and flagged; a numbering that starts again at 一 after 五 nests under it.
 */
export function buildOutline(blocks: Block[], messages: PendingMessage[]): Outline {
  const regulation = blocks.some((b) => b.marker && ['chapter', 'section', 'part'].includes(b.marker.style));
  const candidates: (Candidate | null)[] = blocks.map((b) => readCandidate(b));
  for (const c of candidates) if (c?.recovered) messages.push(recoveredMessage(c));
  if (regulation) readClausesAsArticles(candidates);
  // (1.1 and the unit line "1 总则" over it, which the segment read by the sequence, make two)
  const decimal = candidates.filter((c) => c?.block.marker?.depth).length >= 2;
  if (!decimal) candidates.forEach((c, i) => c?.style === 'decimal' && (candidates[i] = null));
  const articleRank = regulation ? ARTICLE_RANK_IN_REGULATION : articleRankWithoutChapters(candidates);
  const rank = (style: MarkerStyle, depth = 1) => rankOf(style, depth, articleRank, decimal);
  for (const c of candidates) if (c) c.rank = rank(c.style, c.block.marker?.depth);
  if (decimal) readItemsInDecimalOutline(candidates);
  recoverLostMarkers(blocks, candidates, rank, messages);
  nestRestartedNumbering(candidates);

  const intro: Block[] = [];
  const sections: OutlineNode[] = [];
  // nested by rank; a node's level is its depth in the tree
  const stack: { node: OutlineNode; rank: number }[] = [];
  blocks.forEach((block, i) => {
    const c = candidates[i];
    if (!c || c.style === 'bullet') {
      const owner = stack[stack.length - 1]?.node;
      (owner ? owner.paragraphs : intro).push(block);
      return;
    }
    while (stack.length && stack[stack.length - 1]!.rank >= c.rank) stack.pop();
    const parent = stack[stack.length - 1]?.node;
    const node: OutlineNode = {
      heading: block,
      style: c.style,
      written: c.written,
      ordinal: c.ordinal,
      level: (parent?.level ?? 0) + 1,
      marker: c.marker,
      recovered: c.recovered,
      titleFrom: c.titleFrom,
      titleTo: c.titleTo,
      paragraphs: [],
      children: [],
    };
    (parent ? parent.children : sections).push(node);
    stack.push({ node, rank: c.rank });
  });
  checkNumbering(sections, messages, new Map());
  returnClosingParagraphs(sections);
  return { intro, sections };
}

// a list item written as one whole sentence on its line ("(三)不得收取费用。"); an article, a
// unit of its own, goes on over its paragraphs (款)
const WHOLE_ITEM = /[。;]$/;
const LIST_ITEM_STYLES = new Set<MarkerStyle>(['cn-paren', 'arabic-dot', 'arabic-paren', 'circled']);

/**
 * A list of one-line items ("(一)…;" … "(六)…。") followed by paragraphs without a marker: those
 * close the unit that holds the list (an article's next 款, a section's closing remark), not
 * its last item, which no other item of the list goes on past its line.
 */
function returnClosingParagraphs(nodes: OutlineNode[]): void {
  for (const node of nodes) {
    returnClosingParagraphs(node.children);
    const items = node.children;
    const last = items.at(-1);
    if (!last || items.length < 2 || last.paragraphs.length === 0) continue;
    const oneLine = (item: OutlineNode) =>
      LIST_ITEM_STYLES.has(item.style) && item.children.length === 0 && WHOLE_ITEM.test(item.heading.text);
    if (!items.every((item) => oneLine(item) && (item === last || item.paragraphs.length === 0))) continue;
    node.paragraphs.push(...last.paragraphs);
    last.paragraphs = [];
  }
}

/**
 * A regulation without 章/节 (办法, 细则 numbered 第一条 … straight away) still holds its items
 * inside its articles: (一)(二) after 第四条 belong to it, and 第五条 closes them. Articles rank
 * above every list style, or just below the style of the headings that stand before the first
 * article (一、总则 / 第一条 …), which then hold them as chapters would.
 */
function articleRankWithoutChapters(candidates: (Candidate | null)[]): number {
  const first = candidates.findIndex((c) => c?.style === 'article');
  if (first < 0) return BASE_RANK.get('article')!;
  let outer = Infinity;
  for (const c of candidates.slice(0, first))
    if (c && c.style !== 'bullet') outer = Math.min(outer, BASE_RANK.get(c.style) ?? Infinity);
  return outer === Infinity ? ARTICLE_RANK_IN_REGULATION : outer + 0.5;
}

// below every depth of decimal numbering (1.1.1.1 ranks 3.4), above (一) and (1)
const ITEM_RANK_IN_DECIMAL_OUTLINE = 3.5;

/**
 * In a decimal outline, "1." inside a numbered unit (after 1.2) cannot be a top unit, which
 * would repeat or go back: it opens a list of items under the heading above it, and "2.", "3."
 * go on with that list until the next decimal heading or unit line.
 */
function readItemsInDecimalOutline(candidates: (Candidate | null)[]): void {
  let top = 0; // the number of the unit the text is in
  let item = 0; // the last item's number, 0 outside a list
  for (const c of candidates) {
    if (c?.style === 'decimal' || c?.block.marker?.depth === 1) {
      top = Number(c.marker!.split('.')[0]);
      item = 0;
    } else if (c?.style === 'arabic-dot' && top > 0 && c.ordinal === item + 1) {
      c.rank = ITEM_RANK_IN_DECIMAL_OUTLINE;
      item = c.ordinal;
    }
  }
}

function rankOf(style: MarkerStyle, depth: number, articleRank: number, decimal: boolean): number {
  if (style === 'article') return articleRank;
  // decimal numbering takes the place of 1. and below it, by depth
  if (decimal && (style === 'decimal' || style === 'arabic-dot')) return 3 + depth / 10;
  return BASE_RANK.get(style) ?? 9;
}

function readCandidate(block: Block): Candidate | null {
  if (block.kind !== 'heading') return null;
  const marker = block.marker;
  let style: MarkerStyle;
  if (marker) style = marker.style;
  else if (block.mdDepth && block.mdDepth >= 2) style = block.mdDepth === 2 ? 'chapter' : 'section';
  else return null;
  const titleFrom = block.titleFrom ?? block.from;
  // (an article has no title, but for one on the article's own line: see the segment)
  const titleTo = style === 'article' ? (block.titleTo ?? titleFrom) : (block.titleTo ?? block.to);
  return {
    block,
    style,
    written: style,
    ordinal: marker?.ordinal ?? 0,
    rank: 0,
    // (a marker whose numeral the page lost is numbered from the sequence: see the segment)
    recovered: marker?.lost ?? false,
    marker: marker?.raw ?? null,
    titleFrom,
    titleTo,
  };
}

/**
 * Numbered clauses under chapters that carry no title of their own work as articles
 * ("一、根据《…》,制定本规则。"): when most 一、 units of a regulation are sentences, all are
 * untitled units, as 第X条 are — decided for the run, not clause by clause.
 */
function readClausesAsArticles(candidates: (Candidate | null)[]): void {
  const clauses = candidates.filter((c): c is Candidate => c?.style === 'cn-comma');
  const sentences = clauses.filter(
    (c) =>
      c.titleTo - c.titleFrom > 24 ||
      /[,、《]/.test(c.block.text.slice(c.titleFrom - c.block.from, c.titleTo - c.block.from)),
  );
  if (sentences.length * 2 < clauses.length || clauses.length === 0) return;
  for (const c of clauses) {
    c.style = 'article';
    c.titleTo = c.titleFrom;
  }
}

/**
 * "五、工作要求" followed by "一、加强领导 二、…": a numbering that starts again at one right
 * after a heading of its own style is that heading's list of sub-units, one level down. A restart
 * that repeats the first heading of its style (一、总则 … 二、… 一、总则: a table of contents, a second
 * copy) is no list of sub-units: it keeps its level, and the numbering check warns of it.
 */
function nestRestartedNumbering(candidates: (Candidate | null)[]): void {
  const firsts = new Map<MarkerStyle, Candidate>();
  for (const c of candidates) if (c?.ordinal === 1 && !firsts.has(c.style)) firsts.set(c.style, c);
  const titleOf = (c: Candidate) => c.block.text.slice(c.titleFrom - c.block.from, c.titleTo - c.block.from);
  const repeatsFirst = (c: Candidate) => {
    const first = firsts.get(c.style)!;
    return first !== c && titleOf(c) !== '' && titleOf(first) === titleOf(c);
  };
  let previous: Candidate | null = null;
  let run: { style: MarkerStyle; ordinal: number; rank: number; baseRank: number } | null = null;
  for (const c of candidates) {
    if (!c || c.style === 'bullet') continue;
    // an article closes the lists of the one before it: its own (一) starts afresh
    if (c.style === 'article') {
      previous = null;
      run = null;
      continue;
    }
    if (run && c.style === run.style && c.ordinal === run.ordinal + 1) {
      run.ordinal = c.ordinal;
      c.rank = run.rank;
      previous = c;
      continue;
    }
    // the outer numbering going on, or a heading above it, ends the nested run
    if (run && c.rank <= run.baseRank) run = null;
    // only an outer heading (not one of a nested run) takes a nested run: one level, never more
    if (
      !run &&
      previous &&
      c.style === previous.style &&
      c.ordinal === 1 &&
      previous.ordinal >= 2 &&
      previous.rank === c.rank &&
      !repeatsFirst(c)
    ) {
      run = { style: c.style, ordinal: 1, rank: c.rank + 0.05, baseRank: c.rank };
      c.rank = run.rank;
    }
    previous = c;
  }
}

/** A short unnumbered line that may be a heading whose marker scraping lost. */
function looksLikeLostHeading(block: Block): boolean {
  const t = block.text;
  return (
    block.kind === 'paragraph' &&
    !block.toc &&
    t.length >= 2 &&
    t.length <= 30 &&
    !/[。;:,!?]/.test(t) &&
    !/^[\d(]/.test(t)
  );
}

/** The next heading of `style` after block i goes on from `ordinal` (三、 after the 二、 this takes). */
function isNumberedAfter(
  candidates: (Candidate | null)[],
  i: number,
  style: MarkerStyle,
  ordinal: number,
): boolean {
  for (let k = i + 1; k < candidates.length; k++)
    if (candidates[k]?.style === style) return candidates[k]!.ordinal === ordinal + 1;
  return false;
}

/**
 * Recovers headings whose markers were lost: a bullet standing where a marker stood, or a short
 * unnumbered line directly followed by the first heading of the next level down (an "(一)"
 * must have a parent), in a regulation by an article, or by any heading of a lower level where
 * a higher style's numbering skips exactly one ordinal there (三、 … line … 五、). The recovered
 * heading takes the style above that heading and the ordinal its siblings imply; an info
 * message says so.
 */
function recoverLostMarkers(
  blocks: Block[],
  candidates: (Candidate | null)[],
  rank: (s: MarkerStyle) => number,
  messages: PendingMessage[],
): void {
  // a recovered heading takes a rank already present, so the ranks and their styles are read once
  const styleAt = new Map<number, MarkerStyle>();
  for (const c of candidates)
    if (c && c.style !== 'bullet' && !styleAt.has(c.rank)) styleAt.set(c.rank, c.style);
  const present = [...styleAt.keys()].sort((a, b) => a - b);
  // the last ordinal seen of each style, kept as the loop goes (the one before the current block)
  const lastOrdinal = new Map<MarkerStyle, number>();
  for (let i = 0; i < blocks.length; i++) {
    if (i > 0) {
      const before = candidates[i - 1];
      if (before && before.style !== 'bullet') lastOrdinal.set(before.style, before.ordinal);
    }
    const block = blocks[i]!;
    const bullet = candidates[i]?.style === 'bullet';
    if (!bullet && !looksLikeLostHeading(block)) continue;
    const next = nextCandidate(candidates, i, 3);
    if (!next) continue;
    if (present.length === 0) continue;
    // the numbering of a style leaves this line's place open: a sibling before it, and the next
    // one after it skips the ordinal it would take (一、 … 三、)
    const fillsGap = (r: number): boolean => {
      const last = lastOrdinal.get(styleAt.get(r)!) ?? 0;
      return last >= 1 && isNumberedAfter(candidates, i, styleAt.get(r)!, last + 1);
    };
    let parentRank: number | undefined;
    if (next.style === 'article') parentRank = present[0]! < rank('article') ? present[0] : undefined;
    else if (next.ordinal === 1) parentRank = [...present].reverse().find((r) => r < next.rank);
    // (items numbered on across sections, 39. … 40., have no first item to show the parent)
    else parentRank = [...present].reverse().find((r) => r < next.rank && fillsGap(r));
    if (parentRank === undefined) continue;
    // a line that reads as a title (…行动计划) is a heading only where the numbering leaves its
    // place open: a plan's own title stands before any sibling
    if (!bullet && isTitleLine(block.text) && !fillsGap(parentRank)) continue;
    const style = styleAt.get(parentRank)!;
    const ordinal = (lastOrdinal.get(style) ?? 0) + 1;
    const titleFrom = bullet ? (block.titleFrom ?? block.from) : block.from;
    const recovered: Candidate = {
      block,
      style,
      written: style,
      ordinal,
      rank: parentRank,
      recovered: true,
      marker: writeMarker(style, ordinal),
      titleFrom,
      titleTo: block.to,
    };
    candidates[i] = recovered;
    messages.push(recoveredMessage(recovered));
  }
}

function recoveredMessage(c: Candidate): PendingMessage {
  const { block, marker } = c;
  const lost = block.marker?.lost ? 'lost the numeral of its marker' : 'has no marker';
  return {
    ruleId: 'outline/recovered-marker',
    severity: 'info',
    message: `heading "${block.text.slice(c.titleFrom - block.from)}" ${lost}; the sequence implies ${marker}`,
    from: block.from,
    to: block.to,
    expected: marker ?? undefined,
  };
}

function nextCandidate(candidates: (Candidate | null)[], i: number, within: number): Candidate | null {
  for (let k = i + 1; k < candidates.length && k <= i + within; k++) {
    const c = candidates[k];
    if (c && c.style !== 'bullet') return c;
  }
  return null;
}

/** The marker that should follow `previous` among its siblings. */
function nextMarker(
  previous: Pick<OutlineNode, 'written' | 'ordinal' | 'marker'>,
  ordinal = previous.ordinal + 1,
): string {
  if (previous.written === 'decimal' && previous.marker)
    return previous.marker.replace(/\d+$/, String(ordinal));
  return writeMarker(previous.written, ordinal);
}

/**
 * Warns where siblings of one style skip, repeat or go back in their numbering. A first child
 * that goes on from the last heading written the same way ("3." under "(二)" after "1. 2."
 * under "(一)", or "2." under "(一)" after "1." one level up) continues a numbering that runs
 * across the document, and is not warned about.
 */
function checkNumbering(
  nodes: OutlineNode[],
  messages: PendingMessage[],
  lastOfStyle: Map<string, number>,
): void {
  let previous: OutlineNode | null = null;
  for (const node of nodes) {
    if (previous && previous.written === node.written && node.ordinal > 0) {
      const expected = previous.ordinal + 1;
      if (node.ordinal !== expected) {
        const kind = node.ordinal === previous.ordinal ? 'repeat' : node.ordinal > expected ? 'gap' : 'order';
        const said = { gap: 'skips', repeat: 'repeats', order: 'goes back in' }[kind];
        messages.push({
          ruleId: `outline/numbering-${kind}`,
          severity: 'warning',
          message: `heading "${node.marker}" ${said} the numbering; expected ${nextMarker(previous)}`,
          from: node.heading.from,
          to: node.heading.to,
          actual: node.marker ?? undefined,
          expected: nextMarker(previous),
        });
      }
    } else if (!previous && node.ordinal > 1 && lastOfStyle.get(node.written) !== node.ordinal - 1) {
      // articles number on across chapters: a chapter's first follows the last article before it
      const expected = nextMarker(
        node,
        node.written === 'article' ? (lastOfStyle.get('article') ?? 0) + 1 : 1,
      );
      messages.push({
        ruleId: 'outline/numbering-gap',
        severity: 'warning',
        message: `heading "${node.marker}" is the first of its level; expected ${expected}`,
        from: node.heading.from,
        to: node.heading.to,
        actual: node.marker ?? undefined,
        expected,
      });
    }
    if (node.ordinal > 0) lastOfStyle.set(node.written, node.ordinal);
    previous = node;
    checkNumbering(node.children, messages, lastOfStyle);
  }
}
