/**
 * Alignment of the sections and of the measures of two documents by content, not position:
 * every pair of items is scored, a one-to-one assignment maximises the total score, and each
 * pair made is labelled by how much of its wording the two sides share.
 *
 * score = min(1, max(cosine, (overlapA + overlapB) / 2) + stock bonus), where
 * - cosine = 0.6 × cos(whole item) + 0.4 × cos(titles), TF-IDF cosines of jieba tokens with IDF
 *   counted over the items of both documents, so words every item uses (康养, 产业 in plans on
 *   康养产业) weigh little. The title counts twice in the whole item and again on its own: it
 *   names what the item is about, where the text says it at length and in its own words;
 * - overlapA / overlapB are the shares of A's / B's 4-character shingles found in the other,
 *   which catch reused wording that the tokens may cut differently;
 * - the stock bonus goes to two stock headings of one group (STOCK_HEADING_GROUPS: 组织保障,
 *   组织领导, 保障措施 …), more when their cores are equal (加强组织保障 ↔ 组织保障). Their own
 *   title counts once, and IDF discounts their generic words, so they pair with each other
 *   without a stock heading outweighing content elsewhere.
 * Pairs scoring below MIN_SCORE are not made.
 *
 * Sections with subsections are then scored once more by their structure: the Dice share of
 * their subsections paired with each other's in the first assignment, and the assignment is run
 * again with the better of the two scores: a chapter is the counterpart of the chapter its
 * measures match, however differently the two are titled.
 */
import type { Measure, PolicyDocument, Section } from '../schema/contract.js';
import { STOCK_HEADING_GROUPS, STOCK_HEADING_VERBS } from '../knowledge/heading-markers.js';
import { findResponsibility } from '../extract/department.js';
import type { Alignment, ItemRef, Match, MatchLabel } from './schema.js';
import { assignPairs } from './assign.js';
import {
  buildTfIdfVectors,
  collectShingles,
  compactText,
  measureCosine,
  measureOverlap,
  roundScore,
} from './similarity.js';
import type { Tokenizer } from './tokens.js';

/** A section or measure as the alignment sees it. */
export interface AlignItem {
  ref: ItemRef;
  /** What the item is about: its title, without the marker. */
  title: string;
  /** Its title and own text, and for a section with children their titles. */
  content: string;
  /** Ids of the sections it stands in, outermost first (none for a measure). */
  ancestors: string[];
}

/** Below this score two items are too unlike to call counterparts. */
export const MIN_SCORE = 0.15;
/** Share of the title cosine in the cosine. */
export const TITLE_SHARE = 0.4;
/** Added to the score of two stock headings of one group (组织保障 ↔ 加强组织领导). */
export const STOCK_GROUP_BONUS = 0.15;
/** Added instead when their cores are equal (加强组织保障 ↔ 组织保障). */
export const STOCK_CORE_BONUS = 0.2;
/** The highest score reported for two items that are not the same text. */
const MAX_UNEQUAL_SCORE = 0.99;
/** Label thresholds on the one-directional overlaps. */
const NEAR_COPY = 0.9;
const CONTAINED = 0.8;
const NOT_CONTAINING = 0.6;

/** Each stock core → the index of its group. */
const STOCK_GROUP_OF: ReadonlyMap<string, number> = new Map(
  STOCK_HEADING_GROUPS.flatMap((group, g) => group.map((core): [string, number] => [core, g])),
);

/** A section of a document with where it stands. */
export interface PlacedSection {
  section: Section;
  /** Titles of the sections above it (for an attachment's, the attachment's title first). */
  path: string[];
  /** Ids of the sections above it, outermost first. */
  ancestors: string[];
}

/**
 * Every section of a document, all levels, in reading order: main text, then attachments. A
 * document with no headings (a short 通知) says all it says in its preamble: that is one section.
 */
export function flattenSections(doc: PolicyDocument): PlacedSection[] {
  const out: PlacedSection[] = [];
  if (doc.outline.length === 0 && doc.preamble) {
    const { text, span } = doc.preamble;
    out.push(toLooseSection('preamble', doc.metadata.title ?? '', text, span));
  }
  const visit = (sections: readonly Section[], path: string[], ancestors: string[]): void => {
    for (const section of sections) {
      out.push({ section, path, ancestors });
      visit(section.children, [...path, section.title], [...ancestors, section.id]);
    }
  };
  visit(doc.outline, [], []);
  for (const attachment of doc.attachments) visit(attachment.outline, [attachment.title], []);
  return out;
}

/**
 * All the text of a document that its wording is compared by (reused passages, keywords): its
 * sections, and before them what stands outside the outline: the cover notice's body and the
 * preamble before the first heading, which often states the plan's goals at length.
 */
export function flattenText(doc: PolicyDocument): PlacedSection[] {
  const loose: PlacedSection[] = [];
  if (doc.notice?.body) loose.push(toLooseSection('notice', '', doc.notice.body, doc.notice.span));
  if (doc.preamble && doc.outline.length > 0) {
    loose.push(toLooseSection('preamble', '', doc.preamble.text, doc.preamble.span));
  }
  return [...loose, ...flattenSections(doc)];
}

/** Text outside the outline as a section with no marker and no children. */
function toLooseSection(id: string, title: string, text: string, span: Section['span']): PlacedSection {
  const section = { id, level: 1, marker: null, recovered: false, title, text, span, children: [] };
  return { section, path: [], ancestors: [] };
}

/** The sections of a document as alignment items (see `flattenSections`). */
export function listSections(doc: PolicyDocument): AlignItem[] {
  return flattenSections(doc).map(({ section: s, path, ancestors }) => ({
    ref: toItemRef(s.id, s.title, path, s.span, s.marker, s.text),
    title: s.title,
    content: [s.title, dropResponsibility(s.text), ...s.children.map((c) => c.title)]
      .filter(Boolean)
      .join('\n'),
    ancestors,
  }));
}

/** The measures of a document, main text first, then each attachment's. */
export function listMeasures(doc: PolicyDocument): AlignItem[] {
  return [
    ...doc.measures.map((m) => toMeasureItem(m, m.path)),
    ...doc.attachments.flatMap((a) => a.measures.map((m) => toMeasureItem(m, [a.title, ...m.path]))),
  ];
}

function toMeasureItem(m: Pick<Measure, 'id' | 'title' | 'text' | 'span'>, path: string[]): AlignItem {
  return {
    ref: toItemRef(m.id, m.title, path, m.span, null, m.text),
    title: m.title,
    content: [m.title, dropResponsibility(m.text)].filter(Boolean).join('\n'),
    ancestors: [],
  };
}

/**
 * The measures of A and of B, each side also given the sections that the outline pairs as
 * (nearly) identical with a measure of the other: a heading that lost its marker on one side
 * makes its items a plan's frame there, not measures, and the two lists would then contradict
 * the outline.
 */
export function listPairedMeasures(
  a: PolicyDocument,
  b: PolicyDocument,
  sections: Alignment,
): [AlignItem[], AlignItem[]] {
  const close = sections.matches.filter((m) => m.label === 'identical' || m.label === 'nearly-identical');
  const measureSections = (doc: PolicyDocument) =>
    new Set([...doc.measures, ...doc.attachments.flatMap((x) => x.measures)].map((m) => m.sectionId));
  const [inA, inB] = [measureSections(a), measureSections(b)];
  const counterparts = (doc: PolicyDocument, ids: Set<string>): AlignItem[] =>
    flattenSections(doc)
      .filter(({ section }) => ids.has(section.id))
      .map(({ section: s, path }) => toMeasureItem(s, path));
  const extraA = close.filter((m) => inB.has(m.b.id) && !inA.has(m.a.id)).map((m) => m.a.id);
  const extraB = close.filter((m) => inA.has(m.a.id) && !inB.has(m.b.id)).map((m) => m.b.id);
  return [
    [...listMeasures(a), ...counterparts(a, new Set(extraA))],
    [...listMeasures(b), ...counterparts(b, new Set(extraB))],
  ];
}

/** Characters of its text an untitled item is known by: enough to tell articles apart. */
export const EXCERPT_CHARS = 16;

/** An item as a match names it; one with no title gets the opening words of its text. */
function toItemRef(
  id: string,
  title: string,
  path: string[],
  span: ItemRef['span'],
  marker: string | null,
  text: string,
): ItemRef {
  const ref = { id, title, path, span };
  const opening = [...text.trim().replace(/\s+/g, ' ')];
  if (title || opening.length === 0) return ref;
  const cut =
    opening.length > EXCERPT_CHARS ? `${opening.slice(0, EXCERPT_CHARS).join('')}…` : opening.join('');
  return { ...ref, excerpt: `${marker ?? ''}${cut}` };
}

/** How alike one item of A and one of B are. */
export interface PairScore {
  score: number;
  cosine: number;
  overlapA: number;
  overlapB: number;
  /** Title and text are equal once punctuation and spaces are dropped. */
  same: boolean;
}

/** Scores every item of A against every item of B (rows A, columns B); see the file comment. */
export function scoreItems(
  itemsA: readonly AlignItem[],
  itemsB: readonly AlignItem[],
  tokenizer: Tokenizer,
): PairScore[][] {
  const all = [...itemsA, ...itemsB];
  const cores = all.map((item) => readStockCore(item.title));
  const titleTokens = all.map((item) => tokenizer.tokenize(item.title));
  const wholes = buildTfIdfVectors(
    // A stock title (组织保障) names the section's place in the plan, not its content: once only.
    all.map((item, k) => [
      ...titleTokens[k]!,
      ...(cores[k] ? [] : titleTokens[k]!),
      ...tokenizer.tokenize(item.content.slice(item.title.length)),
    ]),
  );
  const titles = buildTfIdfVectors(titleTokens);
  const shingles = all.map((item) => collectShingles(item.content));
  const compact = all.map((item) => compactText(item.content));
  const n = itemsA.length;
  return itemsA.map((_, i) =>
    itemsB.map((_, j) => {
      const k = n + j;
      const cos =
        (1 - TITLE_SHARE) * measureCosine(wholes[i]!, wholes[k]!) +
        TITLE_SHARE * measureCosine(titles[i]!, titles[k]!);
      const overlapA = measureOverlap(shingles[i]!, shingles[k]!);
      const overlapB = measureOverlap(shingles[k]!, shingles[i]!);
      const score = Math.min(
        1,
        Math.max(cos, (overlapA + overlapB) / 2) + readStockBonus(cores[i]!, cores[k]!),
      );
      return { score, cosine: cos, overlapA, overlapB, same: compact[i] === compact[k] };
    }),
  );
}

/**
 * Pairs the items of A and B one to one by content and labels each pair; items left without a
 * counterpart are listed per side. Matches follow A's order, unpaired items their document's.
 */
export function alignItems(
  itemsA: readonly AlignItem[],
  itemsB: readonly AlignItem[],
  tokenizer: Tokenizer,
): Alignment {
  const pairScores = scoreItems(itemsA, itemsB, tokenizer);
  let scores = pairScores.map((row) => row.map((p) => p.score));
  let pairs = assignPairs(scores, MIN_SCORE);
  const structure = scoreStructure(itemsA, itemsB, pairs);
  if (structure) {
    scores = scores.map((row, i) => row.map((s, j) => Math.max(s, structure[i]![j]!)));
    pairs = assignPairs(scores, MIN_SCORE);
  }
  const matches: Match[] = pairs.map(([i, j]) => {
    const p = pairScores[i]![j]!;
    return {
      a: itemsA[i]!.ref,
      b: itemsB[j]!.ref,
      // 1.00 says the two are the same: a bonus or the structure can lift others no higher than this
      score: p.same ? roundScore(scores[i]![j]!) : Math.min(roundScore(scores[i]![j]!), MAX_UNEQUAL_SCORE),
      label: p.same ? 'identical' : labelOverlap(p.overlapA, p.overlapB),
      cosine: roundScore(p.cosine),
      overlapA: roundScore(p.overlapA),
      overlapB: roundScore(p.overlapB),
    };
  });
  const pairedA = new Set(pairs.map(([i]) => i));
  const pairedB = new Set(pairs.map(([, j]) => j));
  return {
    matches,
    onlyA: itemsA.filter((_, i) => !pairedA.has(i)).map((item) => item.ref),
    onlyB: itemsB.filter((_, j) => !pairedB.has(j)).map((item) => item.ref),
  };
}

/**
 * For each pair of sections that both have subsections, the Dice share of their descendants
 * paired with each other's: 2 × pairs between them / (descendants of A's + of B's). Null when
 * no item on a side has subsections (measures), 0 for pairs where either has none.
 */
function scoreStructure(
  itemsA: readonly AlignItem[],
  itemsB: readonly AlignItem[],
  pairs: readonly [number, number][],
): number[][] | null {
  const countDescendants = (items: readonly AlignItem[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const item of items) for (const id of item.ancestors) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  };
  const descendantsA = countDescendants(itemsA);
  const descendantsB = countDescendants(itemsB);
  if (descendantsA.size === 0 || descendantsB.size === 0) return null;
  const shared = new Map<string, number>();
  for (const [i, j] of pairs) {
    for (const p of itemsA[i]!.ancestors) {
      for (const q of itemsB[j]!.ancestors) shared.set(`${p}\n${q}`, (shared.get(`${p}\n${q}`) ?? 0) + 1);
    }
  }
  return itemsA.map(({ ref: p }) =>
    itemsB.map(({ ref: q }) => {
      const both = shared.get(`${p.id}\n${q.id}`) ?? 0;
      return both === 0 ? 0 : (2 * both) / (descendantsA.get(p.id)! + descendantsB.get(q.id)!);
    }),
  );
}

/**
 * The stock heading a title is, by its core after an opening verb (加强组织保障 → 组织保障), or
 * null for a heading that names content.
 */
export function readStockCore(title: string): string | null {
  const bare = compactText(title);
  const verb = STOCK_HEADING_VERBS.find((v) => bare.startsWith(v) && bare.length > v.length);
  const core = verb ? bare.slice(verb.length) : bare;
  return STOCK_GROUP_OF.has(core) ? core : null;
}

function readStockBonus(coreA: string | null, coreB: string | null): number {
  if (!coreA || !coreB) return 0;
  if (coreA === coreB) return STOCK_CORE_BONUS;
  return STOCK_GROUP_OF.get(coreA) === STOCK_GROUP_OF.get(coreB) ? STOCK_GROUP_BONUS : 0;
}

/** How much of its wording a pair shares, from the shingle overlaps. */
function labelOverlap(overlapA: number, overlapB: number): MatchLabel {
  if (overlapA >= NEAR_COPY && overlapB >= NEAR_COPY) return 'nearly-identical';
  if (overlapA >= CONTAINED && overlapB < NOT_CONTAINING) return 'a-in-b';
  if (overlapB >= CONTAINED && overlapA < NOT_CONTAINING) return 'b-in-a';
  return 'related';
}

/**
 * The text without its note of responsible units ((市财政局牵头，市税务局配合)):
 * which bodies carry a measure is compared apart, and their names would make unrelated measures
 * of one document look alike.
 */
export function dropResponsibility(text: string): string {
  const note = findResponsibility(text);
  return note ? text.slice(0, note.start) + text.slice(note.end) : text;
}
