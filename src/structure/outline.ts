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
  ordinal: number;
  recovered: boolean;
  marker: string | null;
  titleFrom: number;
  titleTo: number;
}

/**
 * Nests headings into a tree. Levels follow GB/T 9704 order (一、 → (一) → 1. → (1) → ①, with
 * 第X章/第X节 above and articles 第X条 as untitled units), compressed to the styles the text
 * uses. Markers lost in scraping are recovered from the sequence and flagged.
 */
export function buildOutline(blocks: Block[], messages: PendingMessage[]): Outline {
  const regulation = blocks.some((b) => b.marker && ['chapter', 'section', 'part'].includes(b.marker.style));
  const candidates: (Candidate | null)[] = blocks.map((b) => readCandidate(b, regulation));
  const rank = (style: MarkerStyle) =>
    style === 'article' && regulation ? ARTICLE_RANK_IN_REGULATION : (BASE_RANK.get(style) ?? 9);
  recoverLostMarkers(blocks, candidates, rank, messages);

  const present = [...new Set(candidates.filter((c): c is Candidate => !!c && c.style !== 'bullet').map((c) => rank(c.style)))].sort(
    (a, b) => a - b,
  );
  const levelOf = (style: MarkerStyle) => present.indexOf(rank(style)) + 1;

  const intro: Block[] = [];
  const sections: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  blocks.forEach((block, i) => {
    const c = candidates[i];
    if (!c || c.style === 'bullet') {
      const owner = stack[stack.length - 1];
      (owner ? owner.paragraphs : intro).push(block);
      return;
    }
    const node: OutlineNode = {
      heading: block,
      style: c.style,
      ordinal: c.ordinal,
      level: levelOf(c.style),
      marker: c.marker,
      recovered: c.recovered,
      titleFrom: c.titleFrom,
      titleTo: c.titleTo,
      paragraphs: [],
      children: [],
    };
    while (stack.length && stack[stack.length - 1]!.level >= node.level) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : sections).push(node);
    stack.push(node);
  });
  checkNumbering(sections, messages);
  return { intro, sections };
}

function readCandidate(block: Block, regulation: boolean): Candidate | null {
  if (block.kind !== 'heading') return null;
  const marker = block.marker;
  let style: MarkerStyle;
  if (marker) style = marker.style;
  else if (block.mdDepth && block.mdDepth >= 2) style = block.mdDepth === 2 ? 'chapter' : 'section';
  else return null;
  const titleFrom = block.titleFrom ?? block.from;
  let titleTo = block.titleTo ?? block.to;
  // Numbered clauses under a chapter that carry no title of their own work as articles
  // ("一、根据《…》,制定本规则。"): they are untitled units, as 第X条 are.
  if (regulation && style === 'cn-comma' && (titleTo - titleFrom > 24 || /[,、《]/.test(block.text.slice(titleFrom - block.from, titleTo - block.from)))) {
    style = 'article';
  }
  if (style === 'article') titleTo = titleFrom;
  return { block, style, ordinal: marker?.ordinal ?? 0, recovered: false, marker: marker?.raw ?? null, titleFrom, titleTo };
}

/** A short unnumbered line that may be a heading whose marker scraping lost. */
function looksLikeLostHeading(block: Block): boolean {
  const t = block.text;
  return (
    block.kind === 'paragraph' &&
    t.length >= 2 &&
    t.length <= 30 &&
    !/[。;:,!?]/.test(t) &&
    !/^[\d(]/.test(t) &&
    !isTitleLine(t)
  );
}

/**
 * Recovers headings whose markers were lost: a bullet standing where a marker stood, or a short
 * unnumbered line directly followed by the first heading of the next level down (an "(一)"
 * must have a parent) or, in a regulation, by an article. The recovered heading takes the
 * style above that heading and the ordinal its siblings imply; an info message says so.
 */
function recoverLostMarkers(
  blocks: Block[],
  candidates: (Candidate | null)[],
  rank: (s: MarkerStyle) => number,
  messages: PendingMessage[],
): void {
  const ranks = () => [...new Set(candidates.filter((c): c is Candidate => !!c && c.style !== 'bullet').map((c) => rank(c.style)))].sort((a, b) => a - b);
  const styleAt = (r: number) => candidates.find((c) => c && c.style !== 'bullet' && rank(c.style) === r)!.style;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const bullet = candidates[i]?.style === 'bullet';
    if (!bullet && !looksLikeLostHeading(block)) continue;
    const next = nextCandidate(candidates, i, 3);
    if (!next) continue;
    const present = ranks();
    if (present.length === 0) continue;
    let parentRank: number | undefined;
    if (next.style === 'article') parentRank = present[0]! < rank('article') ? present[0] : undefined;
    else if (next.ordinal === 1) parentRank = [...present].reverse().find((r) => r < rank(next.style));
    if (parentRank === undefined) continue;
    const style = styleAt(parentRank);
    const ordinal = previousOrdinal(candidates, i, style) + 1;
    const titleFrom = bullet ? (block.titleFrom ?? block.from) : block.from;
    candidates[i] = { block, style, ordinal, recovered: true, marker: writeMarker(style, ordinal), titleFrom, titleTo: block.to };
    messages.push({
      ruleId: 'outline/recovered-marker',
      severity: 'info',
      message: `heading "${block.text.slice(titleFrom - block.from)}" has no marker; the sequence implies ${writeMarker(style, ordinal)}`,
      from: block.from,
      to: block.to,
      expected: writeMarker(style, ordinal),
    });
  }
}

function nextCandidate(candidates: (Candidate | null)[], i: number, within: number): Candidate | null {
  for (let k = i + 1; k < candidates.length && k <= i + within; k++) {
    const c = candidates[k];
    if (c && c.style !== 'bullet') return c;
  }
  return null;
}

function previousOrdinal(candidates: (Candidate | null)[], i: number, style: MarkerStyle): number {
  for (let k = i - 1; k >= 0; k--) {
    const c = candidates[k];
    if (c && c.style === style) return c.ordinal;
  }
  return 0;
}

/** Warns where siblings of one style skip, repeat or go back in their numbering. */
function checkNumbering(nodes: OutlineNode[], messages: PendingMessage[]): void {
  let previous: OutlineNode | null = null;
  for (const node of nodes) {
    if (previous && previous.style === node.style && node.ordinal > 0) {
      const expected = previous.ordinal + 1;
      if (node.ordinal !== expected) {
        const kind = node.ordinal === previous.ordinal ? 'repeat' : node.ordinal > expected ? 'gap' : 'order';
        const said = { gap: 'skips', repeat: 'repeats', order: 'goes back in' }[kind];
        messages.push({
          ruleId: `outline/numbering-${kind}`,
          severity: 'warning',
          message: `heading "${node.marker}" ${said} the numbering; expected ${writeMarker(node.style, expected)}`,
          from: node.heading.from,
          to: node.heading.to,
          actual: node.marker ?? undefined,
          expected: writeMarker(node.style, expected),
        });
      }
    } else if (!previous && node.ordinal > 1 && node.style !== 'article') {
      messages.push({
        ruleId: 'outline/numbering-gap',
        severity: 'warning',
        message: `heading "${node.marker}" is the first of its level; expected ${writeMarker(node.style, 1)}`,
        from: node.heading.from,
        to: node.heading.to,
        actual: node.marker ?? undefined,
        expected: writeMarker(node.style, 1),
      });
    }
    previous = node;
    checkNumbering(node.children, messages);
  }
}
