/**
 * Field-by-field comparison of two documents: metadata side by side, targets paired by metric,
 * departments by function, rosters, keywords, and passages one document reuses from the other.
 */
import type { Department, Person, PolicyDocument, Span, Target } from '../schema/contract.js';
import { classifyDepartment, findDepartmentMentions, findResponsibility } from '../extract/department.js';
import { findDocNumbers } from '../extract/doc-number.js';
import { countSeats } from '../extract/personnel.js';
import { readDocumentType } from '../extract/metadata.js';
import { DEPARTMENT_FUNCTIONS, LEVEL_MARKERS } from '../knowledge/departments.js';
import { DOCUMENT_TYPES, TRANSMITTAL_VERBS } from '../knowledge/document-types.js';
import { HEADER_FIELD_LABELS } from '../knowledge/header-fields.js';
import { ROSTER_HEADINGS } from '../knowledge/heading-markers.js';
import { TOOLBAR_WORDS } from '../knowledge/html-containers.js';
import { ROSTER_ROLES, TITLE_ENDINGS } from '../knowledge/roles.js';
import { GUIDING_FORMULAS, SESSION_NUMBER, STOCK_PHRASES, STOP_WORDS } from '../knowledge/stop-words.js';
import { METRIC_SYNONYMS } from '../knowledge/metric-synonyms.js';
import { UNITS } from '../knowledge/units.js';
import type { Alignment, Diff, DiffDoc, TargetRef } from './schema.js';
import {
  dropResponsibility,
  flattenSections,
  flattenText,
  listMeasures,
  readStockCore,
  type PlacedSection,
} from './align.js';
import { assignPairs } from './assign.js';
import { collectShingles, compactText, isComparedChar, measureOverlap, roundScore } from './similarity.js';
import type { Tokenizer } from './tokens.js';
import { escapeRegExp } from '../schema/chars.js';
import type { NormText } from '../normalize/index.js';
import { placeSectionText } from './place.js';

/** Below this metric similarity two targets measure different things. */
export const MIN_METRIC_SCORE = 0.5;
/** Keywords ranked per side. */
export const KEYWORDS_PER_SIDE = 30;
/** Shortest passage (Han characters, letters, digits) reported as reused. */
export const MIN_REUSE_CHARS = 20;
/** Least shingle overlap, both ways, of two sentences reported as a near copy. */
export const MIN_NEAR_COPY = 0.85;

/** A passage found in both documents, as the side given first and second write it. */
export interface ReusedPassage {
  a: Span;
  b: Span;
  textA: string;
  textB: string;
  /** 1 for a verbatim copy, else the smaller of the two sentences' shingle overlaps. */
  similarity: number;
}

type MetadataRow = Diff['metadata'][number];
type RosterSide = Diff['personnel']['a'];
type DepartmentSide = Diff['departments']['shared'][number]['sideA'];

/** What the diff says of one document: title, issuer and its level, type, dates, size. */
export function describeDocument(doc: PolicyDocument): DiffDoc {
  const { metadata, notice } = doc;
  const issuer = namedInFull([notice?.issuer, metadata.publisher, notice?.signature]);
  const title = metadata.title ?? notice?.title ?? null;
  const sections = flattenSections(doc);
  // the preamble is text of the policy too; a document without an outline has it as a section
  const preamble = doc.outline.length > 0 && doc.preamble ? countVisible(doc.preamble.text) : 0;
  return {
    path: doc.source.path,
    title,
    docNumber: metadata.docNumber?.normalized ?? null,
    issuer,
    level: issuer ? classifyDepartment(issuer).level : null,
    // The type of the policy a cover notice transmits (实施意见), not of the notice (通知).
    genre: readDocumentType(notice?.transmits ?? title ?? '') ?? metadata.genre,
    publishDate: metadata.publishDate,
    signedDate: metadata.signedDate ?? notice?.signedDate ?? null,
    chars: sections.reduce((n, { section: s }) => n + countVisible(s.title) + countVisible(s.text), preamble),
    sections: sections.length,
    measures: listMeasures(doc).length,
  };
}

/**
 * The first name given, or a longer one that ends with it: the same body with its place
 * (区人民政府办公室 in the notice, X区人民政府办公室 as publisher), so that two districts' issuers differ.
 */
function namedInFull(names: (string | null | undefined)[]): string | null {
  const given = names.filter((n): n is string => !!n);
  const first = given[0];
  if (first === undefined) return null;
  return given.find((n) => n.length > first.length && n.endsWith(first)) ?? first;
}

/** Metadata rows side by side; `same` when both sides say the same (or both say nothing). */
export function compareMetadata(a: PolicyDocument, b: PolicyDocument): MetadataRow[] {
  const docA = describeDocument(a);
  const docB = describeDocument(b);
  const count = (n: number): string => String(n);
  const fields: [string, (doc: PolicyDocument, d: DiffDoc) => string | null][] = [
    ['title', (_, d) => d.title],
    ['type', (_, d) => d.genre],
    ['issuer', (_, d) => d.issuer],
    ['level', (_, d) => d.level],
    ['docNumber', (_, d) => d.docNumber],
    ['publishDate', (_, d) => d.publishDate],
    ['signedDate', (_, d) => d.signedDate],
    ['validity', (doc) => doc.metadata.validity],
    ['chars', (_, d) => count(d.chars)],
    ['sections', (_, d) => count(d.sections)],
    ['measures', (_, d) => count(d.measures)],
    ['targets', (doc) => count(doc.targets.length)],
    ['departments', (doc) => count(doc.departments.length)],
    ['personnel', (doc) => count(doc.personnel.length)],
    ['attachments', (doc) => count(doc.attachments.length)],
  ];
  return fields.map(([field, read]) => {
    const va = read(a, docA);
    const vb = read(b, docB);
    return { field, a: va, b: vb, same: va === vb };
  });
}

/**
 * Pairs targets one to one by how alike their metrics are (the better of the Dice coefficients
 * of their jieba tokens and of their character bigrams; 1 for two names of one indicator in
 * METRIC_SYNONYMS), only within a unit family (money, percent, points, amounts …), and says what
 * differs between the paired ones. A target whose subject the text leaves implicit (…培育3至5家
 * 龙头企业,年均增长8%) has no metric: it pairs with a target of the same wording, or with one of
 * no metric, kind, unit and year alike that stands in the counterpart of its section. Two targets
 * of the same wording but different metrics (the bare 50% of two list members) are paired by
 * their metrics, as any others.
 */
export function compareTargets(
  a: readonly Target[],
  b: readonly Target[],
  tokenizer: Tokenizer,
  context: TargetContext,
): Diff['targets'] {
  const placeA = placeTargets(a, context.sectionsA);
  const placeB = placeTargets(b, context.sectionsB);
  const counterparts = new Set(context.sections.matches.map((m) => `${m.a.id}\n${m.b.id}`));
  const score = (ta: Target, tb: Target, i: number, j: number): number => {
    if (readUnitFamily(ta) !== readUnitFamily(tb)) return 0;
    // where both name a subject, the metrics decide (the same wording 50% may measure two things)
    if (ta.metric && tb.metric) return scoreMetrics(ta, tb, tokenizer);
    if (compactText(ta.text) === compactText(tb.text)) return 1;
    const alike =
      !ta.metric && !tb.metric && ta.kind === tb.kind && ta.unit === tb.unit && ta.year === tb.year;
    return alike && counterparts.has(`${placeA[i]}\n${placeB[j]}`) ? MIN_METRIC_SCORE : 0;
  };
  const scores = a.map((ta, i) => b.map((tb, j) => score(ta, tb, i, j)));
  const pairs = assignPairs(scores, MIN_METRIC_SCORE);
  const pairedA = new Set(pairs.map(([i]) => i));
  const pairedB = new Set(pairs.map(([, j]) => j));
  return {
    matches: pairs.map(([i, j]) => ({
      a: toTargetRef(a[i]!),
      b: toTargetRef(b[j]!),
      score: roundScore(scores[i]![j]!),
      differences: listTargetDifferences(a[i]!, b[j]!),
    })),
    onlyA: a.filter((_, i) => !pairedA.has(i)).map(toTargetRef),
    onlyB: b.filter((_, j) => !pairedB.has(j)).map(toTargetRef),
  };
}

/** Where the targets of two documents stand: their sections, and which sections were paired. */
export interface TargetContext {
  sectionsA: readonly PlacedSection[];
  sectionsB: readonly PlacedSection[];
  sections: Alignment;
}

/**
 * The id of the section each target stands in: the last one whose heading starts before it
 * (headings and targets are placed in one input), or null in the preamble.
 */
function placeTargets(targets: readonly Target[], sections: readonly PlacedSection[]): (string | null)[] {
  const starts = sections
    .map(({ section: s }) => ({ id: s.id, start: s.span.start }))
    .sort((x, y) => x.start - y.start);
  return targets.map((t) => starts.findLast((s) => s.start <= t.span.start)?.id ?? null);
}

/**
 * Departments grouped by function across levels and reforms (县卫健局 and 市卫生计生委 are both
 * 卫生健康): functions both documents give work to, and those only one does. A body carrying
 * several functions (教体局) counts under each; a unit of no known function is grouped by its name
 * without the level word before it (区某某办 and 市某某办 are one body at two levels), shared under
 * that name. Groups follow the order of the function taxonomy, unknown units after.
 */
export function compareDepartments(a: readonly Department[], b: readonly Department[]): Diff['departments'] {
  const groupsA = groupByFunction(a);
  const groupsB = groupByFunction(b);
  const keys = sortFunctions([...new Set([...groupsA.keys(), ...groupsB.keys()])]);
  const out: Diff['departments'] = { shared: [], onlyA: [], onlyB: [] };
  for (const key of keys) {
    const ga = groupsA.get(key);
    const gb = groupsB.get(key);
    if (ga && gb) {
      const renamed = [...ga.renamed, ...gb.renamed];
      out.shared.push({
        canonical: readGroupName(key),
        a: ga.side.names,
        b: gb.side.names,
        sideA: ga.side,
        sideB: gb.side,
        renamed: renamed.length > 0 ? [...new Set(renamed)].sort(compareCodePoints).join('; ') : null,
      });
    } else {
      const canonical = key.startsWith(UNKNOWN_UNIT) ? null : key;
      if (ga) out.onlyA.push({ canonical, side: ga.side });
      if (gb) out.onlyB.push({ canonical, side: gb.side });
    }
  }
  return out;
}

/**
 * The rosters side by side: groups with their size and roles, a table of roles, and the
 * functions of the units whose officials sit on each (read from their titles: 区发改局局长 →
 * 发展改革).
 */
export function comparePersonnel(a: readonly Person[], b: readonly Person[]): Diff['personnel'] {
  const rolesA = countBy(a.flatMap((p) => Array<string>(countSeats(p)).fill(p.role)));
  const rolesB = countBy(b.flatMap((p) => Array<string>(countSeats(p)).fill(p.role)));
  const roleOrder = (role: string): number => {
    const k = (ROSTER_ROLES as readonly string[]).indexOf(role);
    return k < 0 ? ROSTER_ROLES.length : k;
  };
  const roles = [...new Set([...rolesA.keys(), ...rolesB.keys()])].sort(
    (x, y) => roleOrder(x) - roleOrder(y) || compareCodePoints(x, y),
  );
  const functionsA = readRosterFunctions(a);
  const functionsB = readRosterFunctions(b);
  return {
    a: describeRoster(a),
    b: describeRoster(b),
    roles: roles.map((role) => ({ role, a: rolesA.get(role) ?? 0, b: rolesB.get(role) ?? 0 })),
    functions: {
      shared: sortFunctions([...functionsA].filter((f) => functionsB.has(f))),
      onlyA: sortFunctions([...functionsA].filter((f) => !functionsB.has(f))),
      onlyB: sortFunctions([...functionsB].filter((f) => !functionsA.has(f))),
    },
  };
}

/**
 * Keywords: each side's top KEYWORDS_PER_SIDE words by TF-IDF (term frequency in the document,
 * IDF over the sections of both, smoothed as ln(1 + N/df) so a plan's theme word still ranks).
 * `shared` holds the top words of either side that the other also uses, by their summed weight;
 * `onlyA` / `onlyB` the top words of one side the other never uses. Rosters, officials' titles
 * and responsibility notes are left out: they name people and bodies, not policy.
 */
export function compareKeywords(
  a: PolicyDocument,
  b: PolicyDocument,
  tokenizer: Tokenizer,
): Diff['keywords'] {
  const places = new Set([...issuerPlaces(a), ...issuerPlaces(b)]);
  const unitsA = listKeywordUnits(a, tokenizer, places);
  const unitsB = listKeywordUnits(b, tokenizer, places);
  const units = [...unitsA, ...unitsB];
  const df = countBy(units.flatMap((u) => [...new Set(u)]));
  const weigh = (tokens: string[]): Map<string, number> =>
    new Map([...countBy(tokens)].map(([t, n]) => [t, n * Math.log(1 + units.length / df.get(t)!)]));
  const weightsA = weigh(unitsA.flat());
  const weightsB = weigh(unitsB.flat());
  const top = (weights: Map<string, number>): string[] =>
    [...weights]
      .sort((x, y) => y[1] - x[1] || compareCodePoints(x[0], y[0]))
      .slice(0, KEYWORDS_PER_SIDE)
      .map(([t]) => t);
  const topA = top(weightsA);
  const topB = top(weightsB);
  const shared = [...new Set([...topA, ...topB])].filter((t) => weightsA.has(t) && weightsB.has(t));
  const sum = (t: string): number => weightsA.get(t)! + weightsB.get(t)!;
  return {
    shared: shared.sort((x, y) => sum(y) - sum(x) || compareCodePoints(x, y)),
    onlyA: topA.filter((t) => !weightsB.has(t)),
    onlyB: topB.filter((t) => !weightsA.has(t)),
  };
}

/**
 * Passages of A's text (sections, preamble, cover body) found again in B's: verbatim runs of at least MIN_REUSE_CHARS
 * characters (compared with punctuation and spaces dropped, responsibility notes left out),
 * then sentences whose 4-character shingles overlap at least MIN_NEAR_COPY both ways. Each
 * passage is reported once (longest and closest first), in A's reading order. A run that stops
 * inside a number the two sides write differently (于2024年 / 于2025年) ends at its last whole
 * clause, and starts at its first; a passage with fewer than MIN_REUSE_CHARS characters outside
 * the guiding formulas every 公文 repeats (GUIDING_FORMULAS, left out of keywords too) is none.
 *
 * Spans: with the normalised text a document was read from, a passage gets its own span (see
 * place.ts). Without it, a passage is placed exactly only where its section's heading runs into
 * its text on one line ((一)标题。正文…); elsewhere it gets the span of the heading it stands
 * under (of the preamble or notice outside the outline).
 */
export function findReuse(
  a: PolicyDocument,
  b: PolicyDocument,
  normA?: NormText,
  normB?: NormText,
): ReusedPassage[] {
  const unitsA = flattenText(a).map((s) => toReuseUnit(s, normA));
  const unitsB = flattenText(b).map((s) => toReuseUnit(s, normB));
  const saysMore = (m: RangePair) =>
    countOwnChars(unitsA[m.unitA]!, m.startA, m.endA) >= MIN_REUSE_CHARS &&
    countOwnChars(unitsB[m.unitB]!, m.startB, m.endB) >= MIN_REUSE_CHARS;
  const runs = findCommonRuns(unitsA, unitsB).map((m) =>
    trimCutNumbers(m, unitsA[m.unitA]!, unitsB[m.unitB]!),
  );
  const verbatim = selectDisjoint(runs.filter(saysMore));
  const near = selectDisjoint(findNearSentences(unitsA, unitsB).filter(saysMore), verbatim);
  return [...verbatim, ...near]
    .map((m) => {
      const ua = unitsA[m.unitA]!;
      const ub = unitsB[m.unitB]!;
      const [sa, ea] = closeBookTitles(ua.text, ...ua.toText(m.startA, m.endA));
      const [sb, eb] = closeBookTitles(ub.text, ...ub.toText(m.startB, m.endB));
      return {
        a: ua.locate(sa, ea),
        b: ub.locate(sb, eb),
        textA: ua.text.slice(sa, ea),
        textB: ub.text.slice(sb, eb),
        similarity: m.similarity,
      };
    })
    .sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start);
}

/**
 * A passage widened by the 《 》 its ends cut off (…宪法》《…组织法 → …组织法》), since the runs
 * compared leave punctuation out: a cited title reads whole.
 */
function closeBookTitles(text: string, start: number, end: number): [number, number] {
  let depth = 0;
  let unopened = false;
  for (const ch of text.slice(start, end)) {
    if (ch === '《') depth++;
    else if (ch === '》') {
      if (depth > 0) depth--;
      else unopened = true;
    }
  }
  return [
    unopened && text[start - 1] === '《' ? start - 1 : start,
    depth > 0 && text[end] === '》' ? end + 1 : end,
  ];
}

const ROSTER_CORES: ReadonlySet<string> = new Set(ROSTER_HEADINGS);

/**
 * The policy words of each stretch of text: none of a roster (its sections, the lines naming an
 * official with a title, an official's full name, titles such as 局长), no body's or
 * government's name (民政厅, 发改委, X市: departments are compared apart, and each side's own place
 * tells nothing of its policy), none of a stock
 * formula (STOCK_PHRASES, cut out whole), of a page's toolbar (分享), nor a fragment a suffix
 * was cut from (特色化、智慧化发展 → 化发展).
 */
function listKeywordUnits(
  doc: PolicyDocument,
  tokenizer: Tokenizer,
  places: ReadonlySet<string>,
): string[][] {
  const names = [
    ...new Set(doc.personnel.map((p) => compactText(p.name ?? '')).filter((n) => n.length >= 2)),
  ];
  const isNoise = (w: string): boolean =>
    (ROSTER_ROLES as readonly string[]).includes(w) ||
    DOCUMENT_WORDS.has(w) ||
    TITLE_ENDINGS.some((e) => w.endsWith(e)) ||
    classifyDepartment(w).functions.length > 0 ||
    TOOLBAR.has(w) ||
    places.has(w) ||
    (BOUND_SUFFIXES.includes(w[0]!) && STOP.has(w.slice(1)));
  return flattenText(doc)
    .filter(({ section: s }) => !ROSTER_CORES.has(readStockCore(s.title) ?? ''))
    .map(({ section: s }) => {
      const text = dropRosterLines(dropResponsibility(s.text), doc.personnel);
      const words = tokenizer.words(dropFormulas(dropNames(`${s.title}\n${text}`, names)));
      return words.filter((w) => !isNoise(w));
    });
}

/**
 * The places the issuers are named after (东河市西山区人民政府 → 东河, 东河市, 西山 …): comparing two
 * regions' plans, each region's own name would top its keywords and say nothing of its policy.
 */
function issuerPlaces(doc: PolicyDocument): string[] {
  const out: string[] = [];
  for (const issuer of [doc.metadata.publisher, doc.notice?.issuer]) {
    let rest = (issuer ?? '').replace(/^中共/, '');
    for (let m = PLACE_PREFIX.exec(rest); m; m = PLACE_PREFIX.exec(rest)) {
      out.push(m[1]!, m[0]);
      rest = rest.slice(m[0].length);
    }
  }
  return out;
}
// a place and its level word at the start of a body's name (河北省, 某某自治州, 某区)
const PLACE_PREFIX = /^([\u4e00-\u9fff]{2,7}?)(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗)/;

const TOOLBAR: ReadonlySet<string> = new Set(TOOLBAR_WORDS);
const STOP: ReadonlySet<string> = new Set(STOP_WORDS);
/** Suffixes that end the word before them (特色化, 多样性, 生态型), never start one. */
const BOUND_SUFFIXES = '化性型';
/** Any of `phrases`, longest first, or a congress or session named by number. */
const matchFormulas = (phrases: readonly string[]) =>
  new RegExp(`${[...phrases].sort((x, y) => y.length - x.length).join('|')}|${SESSION_NUMBER.source}`, 'g');
const STOCK_PHRASE = matchFormulas(STOCK_PHRASES);
const GUIDING_FORMULA = matchFormulas(GUIDING_FORMULAS);

/** Kinds of document (通知, 意见, 决定) and the verbs that hand one on (印发, 转发): no topic. */
const DOCUMENT_WORDS: ReadonlySet<string> = new Set([...DOCUMENT_TYPES, ...TRANSMITTAL_VERBS]);
/** A line of a page's header (• 索引号: …, 发文日期: …) left in the text. */
const HEADER_LINE = new RegExp(
  `^[\\s•·*-]*(?:${Object.keys(HEADER_FIELD_LABELS)
    .sort((x, y) => y.length - x.length)
    .join('|')})\\s*[:：]`,
);

/** Text without stock formulas, 文号 (国办发〔2015〕84号), bodies' names and page header lines. */
export function dropFormulas(text: string): string {
  let out = text.replace(STOCK_PHRASE, '\n');
  out = cutSpans(out, findDocNumbers(out));
  out = cutSpans(out, findDepartmentMentions(out, true));
  return out
    .split('\n')
    .filter((line) => !HEADER_LINE.test(line))
    .join('\n');
}

/**
 * `text` with each of `spans` replaced by a line break, in one pass (spans that overlap are cut
 * as one): a line listing thousands of bodies is copied once, not once per body.
 */
function cutSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of [...spans].sort((x, y) => x.start - y.start || y.end - x.end)) {
    if (end <= at) continue;
    if (start >= at) parts.push(text.slice(at, start), '\n');
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Text without the officials' full names (郑秋实, also written 郑 秋 实), so that no piece of one
 * becomes a keyword. A given name alone is left: it is often a policy word (振兴, 创新, 海洋).
 */
function dropNames(text: string, names: readonly string[]): string {
  if (names.length === 0) return text;
  const spaced = (name: string) => [...name].map(escapeRegExp).join('[ \\t\\u3000]*');
  const pattern = [...names]
    .sort((x, y) => y.length - x.length)
    .map(spaced)
    .join('|');
  return text.replace(new RegExp(pattern, 'g'), '\n');
}

/** Text without the lines of a roster: those naming an official and one of his titles or his role. */
function dropRosterLines(text: string, people: readonly Person[]): string {
  if (people.length === 0) return text;
  const entries = people.flatMap((p) => {
    const name = compactText(p.name ?? '');
    return name ? [{ name, marks: [p.role, ...p.titles].map(compactText).filter(Boolean) }] : [];
  });
  return text
    .split('\n')
    .filter((line) => {
      const bare = compactText(line);
      return !entries.some((e) => bare.includes(e.name) && e.marks.some((m) => bare.includes(m)));
    })
    .join('\n');
}

function countVisible(text: string): number {
  return text.replace(/\s/g, '').length;
}

function toTargetRef(t: Target): TargetRef {
  const { id, metric, year, value, valueMax, unit, comparator, kind, text, span } = t;
  return {
    id,
    metric,
    year,
    value,
    valueMax,
    unit,
    comparator,
    kind,
    direction: readDirection(t),
    text,
    span,
  };
}

/** A change's direction: the normalised value of a reduction is negative (下降3% → −3). */
function readDirection(t: Target): TargetRef['direction'] {
  if (t.kind !== 'growth') return null;
  return (t.normalized?.value ?? t.value ?? 0) < 0 ? 'down' : 'up';
}

const UNIT_ROLES: ReadonlyMap<string, string> = new Map(UNITS.map((u) => [u.unit, u.role]));

/** What kind of quantity a target sets: money, percent, points, amount, duration … or none. */
function readUnitFamily(t: Target): string {
  const unit = t.normalized?.unit ?? t.unit;
  if (!unit) return 'none';
  if (unit.endsWith('元')) return 'money';
  return UNIT_ROLES.get(unit) ?? 'amount';
}

const METRIC_GROUP: ReadonlyMap<string, number> = new Map(
  METRIC_SYNONYMS.flatMap((names, g) => names.map((name): [string, number] => [name.toUpperCase(), g])),
);

/** The indicator a target's metric names (METRIC_SYNONYMS), or null; 经济 of a growth is 经济增长. */
function readIndicator(t: Target): number | null {
  const name = compactText(t.metric).toUpperCase();
  const names = t.kind === 'growth' ? [name, `${name}增长`] : [name];
  return names.map((n) => METRIC_GROUP.get(n)).find((g) => g !== undefined) ?? null;
}

function scoreMetrics(ta: Target, tb: Target, tokenizer: Tokenizer): number {
  const indicator = readIndicator(ta);
  if (indicator !== null && indicator === readIndicator(tb)) return 1;
  const [x, y] = [ta.metric, tb.metric];
  const bigrams = (s: string): Set<string> => {
    const chars = [...s.replace(/\s/g, '')];
    if (chars.length === 1) return new Set(chars);
    return new Set(chars.slice(1).map((c, i) => chars[i]! + c));
  };
  return Math.max(
    computeDice(new Set(tokenizer.tokenize(x)), new Set(tokenizer.tokenize(y))),
    computeDice(bigrams(x), bigrams(y)),
  );
}

function computeDice(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size + y.size === 0) return 0;
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  return (2 * shared) / (x.size + y.size);
}

function listTargetDifferences(x: Target, y: Target): Diff['targets']['matches'][number]['differences'] {
  const differences: Diff['targets']['matches'][number]['differences'] = [];
  // Compare amounts in the base unit where both have one (40亿元 = 400000万元), as magnitudes:
  // a reduction's sign is its direction, told apart.
  const comparable = x.normalized && y.normalized && x.normalized.unit === y.normalized.unit;
  const amounts = (t: Target): string => {
    const [v, max] = comparable ? [t.normalized!.value, t.normalized!.valueMax] : [t.value, t.valueMax];
    return [v, max]
      .filter((n) => n !== null)
      .map((n) => Math.abs(n))
      .sort((p, q) => p - q)
      .join('..');
  };
  if (amounts(x) !== amounts(y)) differences.push('value');
  if (readDirection(x) !== readDirection(y)) differences.push('direction');
  if (x.unit !== y.unit) differences.push('unit');
  if (x.year !== y.year) differences.push('year');
  if (x.comparator !== y.comparator) differences.push('comparator');
  return differences;
}

interface FunctionGroup {
  side: DepartmentSide;
  /** Notes on names a reform replaced (卫生计生委 → 卫生健康, 2018). */
  renamed: string[];
}

/** Starts the group key of a unit the taxonomy does not know; its name without a level word follows. */
const UNKNOWN_UNIT = '\u0000';

/** What a group key shows: the function, or an unknown unit's name without its level word. */
function readGroupName(key: string): string {
  return key.startsWith(UNKNOWN_UNIT) ? key.slice(UNKNOWN_UNIT.length) : key;
}

function groupByFunction(departments: readonly Department[]): Map<string, FunctionGroup> {
  const groups = new Map<string, FunctionGroup & { leads: Set<string>; participates: Set<string> }>();
  for (const d of departments) {
    const c = classifyDepartment(d.name);
    const functions =
      c.functions.length > 0 ? c.functions : [d.canonical ?? `${UNKNOWN_UNIT}${dropLevelWord(d.name)}`];
    for (const key of functions) {
      let g = groups.get(key);
      if (!g) {
        g = {
          side: { names: [], levels: [], leads: 0, participates: 0, mentions: 0 },
          renamed: [],
          leads: new Set(),
          participates: new Set(),
        };
        groups.set(key, g);
      }
      // (one name at two levels, 市财政局 and a county's bare 财政局, is one name here)
      if (!g.side.names.includes(d.name)) g.side.names.push(d.name);
      if (d.level && !g.side.levels.includes(d.level)) g.side.levels.push(d.level);
      g.side.mentions += d.mentions;
      for (const id of d.leads) g.leads.add(id);
      for (const id of d.participates) g.participates.add(id);
      if (c.renamed && key) g.renamed.push(`${c.renamed.from} → ${key}, ${c.renamed.year}`);
    }
  }
  return new Map(
    [...groups].map(([key, { side, renamed, leads, participates }]) => [
      key,
      { side: { ...side, leads: leads.size, participates: participates.size }, renamed },
    ]),
  );
}

const FUNCTION_ORDER: ReadonlyMap<string, number> = new Map(DEPARTMENT_FUNCTIONS.map((f, k) => [f.id, k]));

/** Functions in the order of the taxonomy (发展改革, 民政, 卫生健康 …), others after, unknown units last. */
function sortFunctions(keys: string[]): string[] {
  const rank = (k: string): number =>
    k.startsWith(UNKNOWN_UNIT) ? Infinity : (FUNCTION_ORDER.get(k) ?? DEPARTMENT_FUNCTIONS.length);
  return keys.sort((x, y) => rank(x) - rank(y) || compareCodePoints(x, y));
}

const LEVEL_WORDS_LONGEST_FIRST = LEVEL_MARKERS.map(([word]) => word).sort((x, y) => y.length - x.length);

/** A unit's name without the level word it starts with (区某某办 → 某某办), if a name is left. */
function dropLevelWord(name: string): string {
  const word = LEVEL_WORDS_LONGEST_FIRST.find((w) => name.startsWith(w) && name.length - w.length >= 2);
  return word ? name.slice(word.length) : name;
}

function describeRoster(people: readonly Person[]): RosterSide {
  const groups = new Map<string | null, { members: Set<string>; roles: Record<string, number> }>();
  // a person holding two posts (成员, and 办公室主任) is one person; an entry without a name is as
  // many as the units or posts it lists send (市某局、某局负责同志)
  const who = (p: Person, i: number) =>
    p.name !== null ? [p.name] : Array.from({ length: countSeats(p) }, (_, k) => `#${i}.${k}`);
  people.forEach((p, i) => {
    const g = groups.get(p.group) ?? { members: new Set<string>(), roles: {} };
    for (const seat of who(p, i)) g.members.add(seat);
    g.roles[p.role] = (g.roles[p.role] ?? 0) + countSeats(p);
    groups.set(p.group, g);
  });
  return {
    groups: [...groups].map(([name, g]) => ({ name, size: g.members.size, roles: g.roles })),
    people: new Set(people.flatMap(who)).size,
    incomplete: people.filter((p) => p.incomplete).length,
  };
}

/**
 * The functions of the units a roster's titles name: as prose names them, a bare unit of a list
 * after one with a level word taking its level (市某局、财政局、…分管负责同志), and a title that is a
 * known body alone (张三(市财政局)), as the register reads them.
 */
function readRosterFunctions(people: readonly Person[]): Set<string> {
  const functions = new Set<string>();
  for (const p of people) {
    const units = [
      ...findDepartmentMentions(p.titles.join('、')).map((m) => m.name),
      ...p.titles.filter((t) => classifyDepartment(t).canonical !== null),
    ];
    for (const unit of units) for (const f of classifyDepartment(unit).functions) functions.add(f);
  }
  return functions;
}

function countBy(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** Order by UTF-16 code units: stable across locales, unlike localeCompare. */
function compareCodePoints(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A section's text as the reuse search sees it. */
interface ReuseUnit {
  text: string;
  /** The text's Han characters, letters and digits, responsibility note left out. */
  compact: string;
  /** 1 for each character of `compact` inside a guiding formula (GUIDING_FORMULAS, SESSION_NUMBER). */
  formula: Uint8Array;
  /** For each character of `compact`, its offset in `text`. */
  offsets: number[];
  /** Sentences as [start, end) ranges of `compact`. */
  sentences: [number, number][];
  /** The `text` range of a `compact` range. */
  toText(start: number, end: number): [number, number];
  /** The input span of a `text` range. */
  locate(start: number, end: number): Span;
}

/** A passage pair as ranges of two units' compact text. */
interface RangePair {
  unitA: number;
  startA: number;
  endA: number;
  unitB: number;
  startB: number;
  endB: number;
  similarity: number;
}

const SENTENCE_END = /[。；;！!？?\n]/;
/** Length of the exact seeds the verbatim search extends. */
const SEED = 8;

function toReuseUnit({ section }: PlacedSection, norm?: NormText): ReuseUnit {
  const { text } = section;
  const note = findResponsibility(text);
  let compact = '';
  const offsets: number[] = [];
  const sentences: [number, number][] = [];
  let sentenceStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (SENTENCE_END.test(ch) && offsets.length > sentenceStart) {
      sentences.push([sentenceStart, offsets.length]);
      sentenceStart = offsets.length;
    }
    if (note && i >= note.start && i < note.end) continue;
    if (!isComparedChar(ch)) continue;
    compact += ch;
    offsets.push(i);
  }
  if (offsets.length > sentenceStart) sentences.push([sentenceStart, offsets.length]);
  const formula = new Uint8Array(compact.length);
  for (const m of compact.matchAll(GUIDING_FORMULA)) formula.fill(1, m.index, m.index + m[0].length);
  const place = norm && placeSectionText(norm, section.span, text);
  const heading = locateInSection(section);
  return {
    text,
    compact,
    formula,
    offsets,
    sentences,
    toText: (start, end) => [offsets[start]!, offsets[end - 1]! + 1],
    locate: (start, end) => place?.(start, end) ?? heading(start, end),
  };
}

/**
 * How to place a range of a section's text in the input without the normalised text. When the
 * heading runs into its text on one line, the heading span ends where the text's first line ends
 * and is as long as marker, title, at most two separating characters (。 or a space) and that
 * line: positions in the line are then exact. Else the heading's span stands for the whole
 * section.
 */
function locateInSection(section: PolicyDocument['outline'][number]): (start: number, end: number) => Span {
  const { span, text, title, marker, recovered } = section;
  const firstLine = text.split('\n', 1)[0] ?? '';
  const written = (recovered ? 0 : (marker?.length ?? 0)) + title.length + firstLine.length;
  const slack = span.end - span.start - written;
  const inline = firstLine.length > 0 && slack >= 0 && slack <= 2;
  const lineStart = span.end - firstLine.length;
  return (start, end) => {
    if (!inline || end > firstLine.length) return span;
    const from = lineStart + start;
    return { start: from, end: lineStart + end, line: span.line, column: span.column + (from - span.start) };
  };
}

/** Characters of `compact` [start, end) outside guiding formulas. */
function countOwnChars(unit: ReuseUnit, start: number, end: number): number {
  let n = 0;
  for (let k = start; k < end; k++) n += 1 - unit.formula[k]!;
  return n;
}

/** Digits and the Chinese numerals a year or a count is written with (二〇二四年). */
const NUMERAL = /[0-9〇零一二三四五六七八九十]/;
/** Marks that end a clause. */
const CLAUSE_END = /[,，。;；:：、!！?？\n]/;

/**
 * A verbatim run narrowed to whole clauses where it stops inside a number written differently on
 * the two sides (各牵头单位于202|4 / 202|5, 202|4年市… / 202|5年市…): the number is no part of
 * what is reused. A list marker (1.精简…) is no such number: punctuation stands between.
 */
function trimCutNumbers(run: RangePair, ua: ReuseUnit, ub: ReuseUnit): RangePair {
  // whether compact characters k - 1 and k stand side by side in the text
  const adjacent = (u: ReuseUnit, k: number) =>
    k > 0 && k < u.offsets.length && u.offsets[k] === u.offsets[k - 1]! + 1;
  // a number ends at compact character k - 1: a digit, or a Chinese numeral after another (统一 is none)
  const afterNumber = (u: ReuseUnit, k: number) =>
    adjacent(u, k) &&
    (/[0-9]/.test(u.compact[k - 1]!) ||
      (NUMERAL.test(u.compact[k - 1]!) && adjacent(u, k - 1) && NUMERAL.test(u.compact[k - 2]!)));
  const inNumber = (u: ReuseUnit, k: number) =>
    adjacent(u, k) && NUMERAL.test(u.compact[k - 1]!) && NUMERAL.test(u.compact[k]!);
  const clauseBefore = (k: number) => CLAUSE_END.test(ua.text.slice(ua.offsets[k - 1]! + 1, ua.offsets[k]!));
  let { startA, startB, endA, endB } = run;
  if (afterNumber(ua, startA) || afterNumber(ub, startB)) {
    let k = startA + 1;
    while (k < endA && !clauseBefore(k)) k++;
    startB += k - startA;
    startA = k;
  }
  if (inNumber(ua, endA) || inNumber(ub, endB)) {
    let k = endA - 1;
    while (k > startA && !clauseBefore(k)) k--;
    endB -= endA - k;
    endA = k;
  }
  return { ...run, startA, endA, startB, endB };
}

/** Maximal runs of at least MIN_REUSE_CHARS equal characters between any unit of A and of B. */
function findCommonRuns(unitsA: readonly ReuseUnit[], unitsB: readonly ReuseUnit[]): RangePair[] {
  const seeds = new Map<string, [number, number][]>();
  unitsB.forEach((u, ub) => {
    for (let q = 0; q + SEED <= u.compact.length; q++) {
      const key = u.compact.slice(q, q + SEED);
      const list = seeds.get(key);
      if (list) list.push([ub, q]);
      else seeds.set(key, [[ub, q]]);
    }
  });
  const runs: RangePair[] = [];
  unitsA.forEach((u, ua) => {
    const x = u.compact;
    for (let p = 0; p + SEED <= x.length; p++) {
      for (const [ub, q] of seeds.get(x.slice(p, p + SEED)) ?? []) {
        const y = unitsB[ub]!.compact;
        // Only runs that cannot be extended to the left, so each is found once, at its start.
        if (p > 0 && q > 0 && x[p - 1] === y[q - 1]) continue;
        let length = SEED;
        while (p + length < x.length && q + length < y.length && x[p + length] === y[q + length]) length++;
        if (length >= MIN_REUSE_CHARS) {
          runs.push({
            unitA: ua,
            startA: p,
            endA: p + length,
            unitB: ub,
            startB: q,
            endB: q + length,
            similarity: 1,
          });
        }
      }
    }
  });
  return runs;
}

/** Sentence pairs whose shingles overlap at least MIN_NEAR_COPY both ways. */
function findNearSentences(unitsA: readonly ReuseUnit[], unitsB: readonly ReuseUnit[]): RangePair[] {
  const sentencesOf = (units: readonly ReuseUnit[]) =>
    units.flatMap((u, unit) =>
      u.sentences
        .filter(([s, e]) => e - s >= MIN_REUSE_CHARS)
        .map(([s, e]) => ({ unit, start: s, end: e, shingles: collectShingles(u.compact.slice(s, e)) })),
    );
  const sentencesA = sentencesOf(unitsA);
  const sentencesB = sentencesOf(unitsB);
  const index = new Map<string, number[]>();
  sentencesB.forEach((sb, k) => {
    for (const sh of sb.shingles) {
      const list = index.get(sh);
      if (list) list.push(k);
      else index.set(sh, [k]);
    }
  });
  const pairs: RangePair[] = [];
  for (const sa of sentencesA) {
    const candidates = new Set([...sa.shingles].flatMap((sh) => index.get(sh) ?? []));
    for (const k of candidates) {
      const sb = sentencesB[k]!;
      const similarity = Math.min(
        measureOverlap(sa.shingles, sb.shingles),
        measureOverlap(sb.shingles, sa.shingles),
      );
      if (similarity < MIN_NEAR_COPY) continue;
      pairs.push({
        unitA: sa.unit,
        startA: sa.start,
        endA: sa.end,
        unitB: sb.unit,
        startB: sb.start,
        endB: sb.end,
        similarity: roundScore(similarity),
      });
    }
  }
  return pairs;
}

/**
 * Keeps the longest and closest passage pairs that overlap neither each other nor `taken` on
 * either side; ties go to the earlier place, so the choice does not depend on input order.
 */
function selectDisjoint(pairs: RangePair[], taken: readonly RangePair[] = []): RangePair[] {
  const kept: RangePair[] = [];
  const overlaps = (p: RangePair, q: RangePair): boolean =>
    (p.unitA === q.unitA && p.startA < q.endA && q.startA < p.endA) ||
    (p.unitB === q.unitB && p.startB < q.endB && q.startB < p.endB);
  const sorted = [...pairs].sort(
    (p, q) =>
      q.similarity - p.similarity ||
      q.endA - q.startA - (p.endA - p.startA) ||
      p.unitA - q.unitA ||
      p.startA - q.startA ||
      p.unitB - q.unitB ||
      p.startB - q.startB,
  );
  for (const p of sorted) if (![...taken, ...kept].some((q) => overlaps(p, q))) kept.push(p);
  return kept;
}
