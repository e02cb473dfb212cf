import type { Target } from '../schema/contract.js';
import { PLAN_PERIODS } from '../knowledge/plan-periods.js';
import {
  ATTAIN_VERBS,
  BASELINE_AFTER,
  BASELINE_BEFORE,
  CHANGE_VERBS,
  DEADLINE_AFTER,
  DEADLINE_BEFORE,
  DESCRIPTIVE_WORDS,
  DISTRIBUTIVE_BEFORE,
  GOAL_VERBS,
  INTENT_WORDS,
  LEVEL_PARTICLES,
  VALUE_PARTICLES,
  METRIC_FILLER_WORDS,
  PAYMENT_WORDS,
  PREFIX_COMPARATORS,
  RULE_WORDS,
  STATUS_WORDS,
  VALUE_VERBS,
} from '../knowledge/target-words.js';
import { MONEY_METRIC_WORDS } from '../knowledge/units.js';
import { findDates } from './date.js';
import { findDocNumbers } from './doc-number.js';
import { findQuantities, type Comparator, type QuantityMatch } from './quantity.js';

/** A quantified goal found in text. Offsets are those of the clause holding it. */
export interface TargetMatch {
  /** The clause the goal is stated in; `text.slice(start, end)` of the string searched. */
  text: string;
  start: number;
  end: number;
  /** The noun phrase measured (养老床位, 康养产业规模, 近视率), best effort. */
  metric: string;
  /** The deadline or stated year (到2026年, 2021年起, 十四五末 → 2025), else null. */
  year: number | null;
  value: number | null;
  valueMax: number | null;
  /** As written: 千/百 folded into the value (3千张 → 3000 张), 万/亿 kept (40 亿元). */
  unit: string | null;
  /** The value in base units (40亿元 → 4e9 元). */
  normalized: { value: number; valueMax: number | null; unit: string } | null;
  comparator: Comparator;
  kind: Target['kind'];
}

interface Span {
  start: number;
  end: number;
}

/** For every position of a text, the start and end of the clause (or sentence) holding it. */
interface Runs {
  start: Int32Array;
  end: Int32Array;
}

interface YearAnchor extends Span {
  year: number;
}

/** What stands right before a number: a bounding word or a verb that sets the value. */
interface Prefix {
  word: string;
  start: number;
  /** 到/至/在/为 between the word and the number, if any. */
  particle: string;
}

const MASK = '\uFFFC';
// how far around a number its clause and sentence are read, so that text without punctuation
// costs linear time
const WINDOW = 200;
const CLAUSE_BREAKS = ',;。!?:\n\t';
const SENTENCE_BREAKS = '。!?\n';
// heading markers inside running text (flattened pages run them into the sentences):
// 1. (1) (一) 第三章 anywhere, 一、 after a sentence end
const INLINE_MARKER =
  /(?<![\d.])\d{1,2}\.(?=\p{Script=Han})|\((?:[一二三四五六七八九十]{1,3}|\d{1,2})\)|第[一二三四五六七八九十百零〇]{1,5}(?:部分|编|章|节|条)|(?<=^|[\s。;:!?])[一二三四五六七八九十]{1,3}、/gmu;
const PERIOD_NAMES = Object.keys(PLAN_PERIODS).join('|');
// 十四五末, “十四五”期末, 十四五时期末, 十四五期间: the period's last year; the name alone is masked
const PLAN_PERIOD = new RegExp(
  `["“]?(${PERIOD_NAMES})["”]?(?:(时期末|期末|末期|末|期间)|(?:时期|期|规划)?)`,
  'gu',
);
const VALUE_WORDS = [...new Set([...VALUE_VERBS, ...Object.keys(PREFIX_COMPARATORS)])].sort(
  (a, b) => b.length - a.length,
);

/**
 * Finds the quantified goals of a policy text (到2026年…床位3千张以上, 覆盖率达到90%以上, 年均增长10%
 * 左右, 规模达到40亿元 …) with their metric, year, value, unit and bound. A year (到2030年, 2021年起,
 * 力争2023年底, 十四五末) applies to the quantities after it until the next year, line break or
 * heading marker. 文号, dates and heading markers are masked before numbers are read. Subsidies,
 * fees, payment rates, standards (每…, 配备), ages, durations, frequencies and counts of items
 * are not goals and are left out.
 */
export function findTargets(text: string): TargetMatch[] {
  // the year of a 文号 is no date: mask 文号 before looking for dates
  const withoutDocNumbers = maskSpans(text, findDocNumbers(text));
  const dates = findDates(withoutDocNumbers);
  const markers = [...text.matchAll(INLINE_MARKER)].map(toSpan);
  const periods = [...text.matchAll(PLAN_PERIOD)];
  const masked = maskSpans(withoutDocNumbers, [...dates, ...markers, ...periods.map(toSpan)]);
  const clauses = indexRuns(text, CLAUSE_BREAKS, markers);
  const sentences = indexRuns(text, SENTENCE_BREAKS, markers);
  const anchors = [
    ...dates
      .filter((d) => d.iso !== null && isDeadline(text, d, d.iso.length === 4))
      .map((d) => ({
        start: d.start,
        end: d.end,
        year: Number(d.iso!.slice(0, 4)),
      })),
    ...periods
      .filter((p) => p[2] !== undefined)
      .map((p) => ({ ...toSpan(p), year: PLAN_PERIODS[p[1]!]!.last })),
  ].sort((a, b) => a.start - b.start);
  // a year stops applying at a line break or a heading marker
  const resets = [...markers, ...[...text.matchAll(/\n/g)].map(toSpan)].sort((a, b) => a.start - b.start);

  const out: TargetMatch[] = [];
  for (const q of findQuantities(masked)) {
    const year = findYear(anchors, resets, q.start);
    const found = readTarget(text, masked, q, around(q, clauses), around(q, sentences), year);
    if (!found) continue;
    // 产值突破4000亿元,年均增长10%以上: a growth without a subject measures the one before it
    const previous = out[out.length - 1];
    if (found.metric === '' && previous && sentences.start[previous.start] === sentences.start[q.start]) {
      found.metric = previous.metric;
    }
    out.push(found);
  }
  return out;
}

/** A quantity and what surrounds it, as the rules below read it. */
interface Candidate {
  q: QuantityMatch;
  clause: Span;
  sentence: Span;
  year: number | null;
  /** The clause before the quantity, with 文号, dates and markers masked. */
  before: string;
  prefix: Prefix | null;
}

/** Reads the quantity `q` in `clause` of `sentence` as a target, if it states a goal. */
function readTarget(
  text: string,
  masked: string,
  q: QuantityMatch,
  clause: Span,
  sentence: Span,
  year: number | null,
): TargetMatch | null {
  const before = masked.slice(clause.start, q.start);
  const c: Candidate = { q, clause, sentence, year, before, prefix: readPrefix(before) };
  if (!statesGoal(text, masked, c)) return null;
  const metric = readMetric(text, masked, c);
  const moneyImplied = q.role === null && MONEY_METRIC_WORDS.some((w) => metric.endsWith(w));
  const [start, end] = trimSpan(text, clause);
  return {
    text: text.slice(start, end),
    start,
    end,
    metric,
    year,
    value: q.value,
    valueMax: q.valueMax,
    unit: moneyImplied ? `${q.unit}元` : q.unit,
    normalized: { ...q.normalized, unit: moneyImplied ? '元' : q.normalized.unit },
    comparator: readBound(c) ?? 'eq',
    kind: readKind(c),
  };
}

/**
 * A quantity states a goal when a building verb governs it (建成, 培育), or a value verb (达到,
 * 控制在) with a year, a bound or a word of intent, or a year and a bound alone (到2025年…40张以上);
 * and it is no standard, payment, present state, age or duration.
 */
function statesGoal(text: string, masked: string, c: Candidate): boolean {
  const { q, clause, sentence, year, before, prefix } = c;
  if (q.role === 'frequency') return false;
  if (q.chinese && q.normalized.value === 1 && q.valueMax === null) return false; // 一人一档, 一个
  const clauseText = text.slice(clause.start, clause.end);
  if (RULE_WORDS.some((w) => clauseText.includes(w))) return false;
  if (DESCRIPTIVE_WORDS.some((w) => before.includes(w))) return false;
  if (before !== '' && DISTRIBUTIVE_BEFORE.includes(before.slice(-1))) return false;
  if (masked.startsWith('的', q.end)) return false; // 过亿的企业: describes, does not set
  const setsValue = prefix !== null && (VALUE_VERBS as readonly string[]).includes(prefix.word);
  const lead = text.slice(sentence.start, q.start);
  // value verbs also report the present (老年人口达到30万人): they need a year, a bound or intent
  const attains =
    (setsValue || ATTAIN_VERBS.some((v) => before.includes(v))) &&
    (year !== null || q.comparator !== null || INTENT_WORDS.some((w) => lead.includes(w)));
  const builds = GOAL_VERBS.some((v) => before.includes(v));
  if (!builds && !attains && !(year !== null && readBound(c) !== null)) return false;
  // ages and durations are standards (每天1小时, 6岁儿童) unless a dated goal sets them (寿命达到79岁)
  if ((q.role === 'age' || q.role === 'duration') && !(setsValue && year !== null)) return false;
  // 每人, 每处, 每个学校: a per-item standard, unless it is dated (到2025年,每千名老年人拥有床位40张以上)
  if (/每(?!年)/u.test(before) && year === null) return false;
  const sentenceText = text.slice(sentence.start, sentence.end);
  return !PAYMENT_WORDS.some((w) => sentenceText.includes(w)) && !STATUS_WORDS.some((w) => lead.includes(w));
}

/** The bound of a quantity: written with it (以上, 1至3) or before it (突破, 不低于). */
function readBound({ q, prefix }: Candidate): Comparator | null {
  return q.comparator ?? (prefix ? (PREFIX_COMPARATORS[prefix.word] ?? null) : null);
}

function readKind({ q, prefix, before }: Candidate): Target['kind'] {
  const change =
    (prefix !== null &&
      (CHANGE_VERBS as readonly string[]).includes(prefix.word) &&
      (prefix.particle === '' || !LEVEL_PARTICLES.includes(prefix.particle))) ||
    /增速|增幅|增长率/u.test(before);
  if (change) return 'growth';
  return q.role === 'percent' || q.role === 'points' ? 'share' : 'level';
}

/** The bounding word or value verb right before a number (突破, 不低于, 达到, 控制在, 下降到). */
function readPrefix(before: string): Prefix | null {
  const head = before.trimEnd();
  const word = VALUE_WORDS.find((w) => head.endsWith(w));
  if (word) return { word, start: head.length - word.length, particle: '' };
  const particle = head.slice(-1);
  if (particle === '' || !VALUE_PARTICLES.includes(particle)) return null;
  const verb = VALUE_WORDS.find((w) => head.endsWith(w, head.length - 1));
  return verb ? { word: verb, start: head.length - 1 - verb.length, particle } : null;
}

/**
 * The noun phrase a goal measures: the object of a building verb (建成养老床位3千张), else the
 * subject before the value verb (康养产业规模达到40亿元), else the noun after the quantity
 * (建设100条研学康养特色线). Fillers (确保, 全区, 年均), baselines (在…的基础上) and modifiers
 * before the last 的 are dropped.
 */
function readMetric(text: string, masked: string, { q, clause, prefix }: Candidate): string {
  const from = clause.start + text.slice(clause.start, q.start).lastIndexOf('、') + 1;
  const segment = masked.slice(from, q.start);
  const head = prefix ? segment.slice(0, Math.max(0, prefix.start - (from - clause.start))) : segment;
  const goal = lastOccurrence(head, [...GOAL_VERBS, ...ATTAIN_VERBS]);
  if (goal === null) return cleanMetric(head);
  const object = cleanMetric(head.slice(goal.end));
  if (object !== '') return object;
  // 建设100条研学康养特色线: the noun follows the quantity
  const following = /^\p{Script=Han}+/u.exec(text.slice(q.end, clause.end))?.[0] ?? '';
  return cleanMetric(!prefix && following !== '' ? following : head.slice(0, goal.start));
}

/** Drops baselines, years, fillers and long modifiers from a metric; keeps at most 20 characters. */
function cleanMetric(raw: string): string {
  // baselines: 在2021年的基础上, 比2020年, 较上年
  let s = raw.replace(/在[^,。]{0,20}?基础上|[比较与]\uFFFC+(?:相比)?/gu, '');
  const cut = s.lastIndexOf(MASK); // a year or 文号 in the clause: the metric follows it
  if (cut >= 0) {
    s = s.slice(cut + 1);
    const tail = DEADLINE_AFTER.find((w) => s.startsWith(w)); // 2023年底, 2021年起
    if (tail) s = s.slice(tail.length);
  }
  s = s.replace(/[\s“”"]/gu, '');
  let previous: string;
  do {
    previous = s;
    for (const w of METRIC_FILLER_WORDS) {
      if (s.startsWith(w)) s = s.slice(w.length);
      if (s.endsWith(w)) s = s.slice(0, s.length - w.length);
    }
  } while (s !== previous);
  s = s.replace(/^[的将要]+|[的了将要均]+$/gu, '');
  const de = s.lastIndexOf('的');
  if (de >= 0 && s.length > 8) s = s.slice(de + 1);
  return s.length > 20 ? s.slice(-20) : s;
}

/** A year is a deadline or a start (到2026年, 2023年底, 2021年起, clause-initial 2020年), not a baseline. */
function isDeadline(text: string, d: Span, bare: boolean): boolean {
  const after = text.slice(d.end, d.end + 4);
  const before = text.slice(Math.max(0, d.start - 4), d.start);
  if (DEADLINE_AFTER.some((w) => after.startsWith(w))) return true;
  if (BASELINE_AFTER.some((w) => after.startsWith(w))) return false;
  if (DEADLINE_BEFORE.some((w) => before.endsWith(w))) return true;
  if (BASELINE_BEFORE.some((w) => before.endsWith(w))) return false;
  // a bare year opening a clause states when: "2020年,全市…", "2021年拟建…"
  return bare && (before === '' || `${CLAUSE_BREAKS} 、`.includes(before.slice(-1)));
}

/** The year of the last anchor before `pos` with no line break or heading marker in between. */
function findYear(anchors: YearAnchor[], resets: Span[], pos: number): number | null {
  const anchor = lastBefore(anchors, (a) => a.end <= pos);
  if (!anchor) return null;
  const reset = lastBefore(resets, (r) => r.start < pos);
  return reset && reset.start >= anchor.end ? null : anchor.year;
}

/** The last of `items` (sorted) for which `ok` holds, `ok` being true up to some index. */
function lastBefore<T>(items: T[], ok: (x: T) => boolean): T | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return items[lo - 1];
}

/** The run around a quantity, at most WINDOW characters to either side of it. */
function around(q: QuantityMatch, runs: Runs): Span {
  return {
    start: Math.max(runs.start[q.start]!, q.start - WINDOW),
    end: Math.min(runs.end[q.start]!, q.end + WINDOW),
  };
}

/** For every position, the start and end of the run of text between `breaks` around it. */
function indexRuns(s: string, breaks: string, markers: Span[]): Runs {
  const isBreak = new Uint8Array(s.length);
  const breakCodes = new Set([...breaks].map((c) => c.charCodeAt(0)));
  for (let i = 0; i < s.length; i++) if (breakCodes.has(s.charCodeAt(i))) isBreak[i] = 1;
  for (const m of markers) isBreak.fill(1, m.start, m.end);
  const start = new Int32Array(s.length + 1);
  const end = new Int32Array(s.length + 1);
  for (let i = 0, run = 0; i <= s.length; i++) {
    if (i < s.length && isBreak[i]) run = i + 1;
    start[i] = run;
  }
  for (let i = s.length, run = s.length; i >= 0; i--) {
    if (i < s.length && isBreak[i]) run = i;
    end[i] = run;
  }
  return { start, end };
}
function maskSpans(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  // UTF-16 units are masked one for one, so that offsets stay those of `text`
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    parts.push(text.slice(at, from), MASK.repeat(end - from));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function lastOccurrence(s: string, words: readonly string[]): Span | null {
  let best: Span | null = null;
  for (const w of words) {
    const i = s.lastIndexOf(w);
    if (i >= 0 && (!best || i > best.start)) best = { start: i, end: i + w.length };
  }
  return best;
}

function trimSpan(text: string, span: Span): [number, number] {
  let { start, end } = span;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return [start, end];
}

function toSpan(m: RegExpMatchArray): Span {
  return { start: m.index!, end: m.index! + m[0].length };
}
