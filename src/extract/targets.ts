import { HAN_CHAR } from '../schema/chars.js';
import type { Target } from '../schema/contract.js';
import { PLAN_PERIODS } from '../knowledge/plan-periods.js';
import { CN_DIGIT_VALUES, CN_SMALL_UNIT_VALUES } from '../knowledge/numerals.js';
import {
  AREA_SIZE_WORDS,
  ATTAIN_VERBS,
  BARE_SHARE_NAMES,
  BASELINE_AFTER,
  BASELINE_BEFORE,
  CHANGE_VERBS,
  CLAUSE_VERBS,
  CLOSING_QUOTES,
  COMPLETION_ADVERBS,
  COMPLETION_VERBS,
  PROVISION_VERBS,
  CONDITION_OPENERS,
  COUNT_GOAL_VERBS,
  DEADLINE_AFTER,
  DEADLINE_BEFORE,
  DESCRIPTIVE_WORDS,
  DISTRIBUTIVE_BEFORE,
  ENUMERATED_NOUNS,
  FUNDING_VERBS,
  GOAL_CONTEXT_WORDS,
  GOAL_NOUNS,
  GOAL_VERBS,
  INTENSITY_BASES,
  INTENSITY_WORD,
  INTENT_WORDS,
  INVESTING_VERBS,
  KIND_UNITS,
  LEVEL_PARTICLES,
  HOLDING_VERBS,
  LIGHT_VERBS,
  LIST_SEPARATORS,
  MEASURE_NOUNS,
  VALUE_PARTICLES,
  METRIC_FILLER_WORDS,
  METRIC_LEADING_WORDS,
  METRIC_OPENING_WORDS,
  METRIC_TRAILING_ADVERBS,
  NOMINAL_GOAL_VERBS,
  NOT_DEADLINE_BEFORE,
  NOT_NOUN_START,
  NOUNS_OPENING_WITH_STOP,
  NOT_PER_ONE_BEFORE,
  OBJECT_PREPOSITIONS,
  NOUN_END_EXCEPTIONS,
  NOUN_END_WORDS,
  OTHER_WORD_BEFORE_BOUND,
  OPENING_QUOTES,
  PAST_BEFORE,
  PAST_COMPARISONS,
  PAIR_WORDS,
  PAST_WORDS,
  PART_NOUNS,
  PAYMENT_WORDS,
  POLLUTANT_NAMES,
  PREFIX_COMPARATORS,
  PROGRAMME_NOUNS,
  RAISING_VERBS,
  RATE_WORDS,
  REPORTED_SPAN_WORDS,
  REDUCTION_VERBS,
  RULE_WORDS,
  SET_PHRASES,
  START_AFTER,
  STATED_AFTER,
  STATED_BEFORE,
  STATUS_WORDS,
  STATUS_WORD_EXCEPTIONS,
  SUFFIX_COMPARATORS,
  VALUE_VERBS,
  VERB_CHAIN_WORDS,
  WORDS_WITH_DENG,
  WORDS_WITH_SEPARATOR,
  NOUNS_OPENING_WITH_VERB,
} from '../knowledge/target-words.js';
import { MONEY_METRIC_WORDS } from '../knowledge/units.js';
import { findDates } from './date.js';
import { findDocNumbers } from './doc-number.js';
import { readChineseNumber } from './numerals.js';
import {
  findBareValues,
  findQuantities,
  hasQuantity,
  type Comparator,
  type QuantityMatch,
} from './quantity.js';
import { Endings } from './endings.js';
import { execAll, Scanner } from './scan.js';
import { countLeading } from '../schema/search.js';

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
  /**
   * The value in base units (40亿元 → 4e9 元), signed: a reduction (下降3%以上, 减少5万人) keeps
   * `value` and `comparator` as written (3, gte: a fall of at least 3) and is negative here
   * (−3, so the change is at most −3); a range is ordered low to high (下降5%—10% → −10..−5).
   */
  normalized: { value: number; valueMax: number | null; unit: string } | null;
  comparator: Comparator;
  kind: Target['kind'];
}

interface Span {
  start: number;
  end: number;
}

/**
 * For every position of a text, the start and end of the clause (or sentence) holding it, found
 * by binary search in the positions of the breaks (tables of every position cost more to build
 * than the few look-ups made in them).
 */
class Runs {
  /** `breaks`: the positions of the break characters, ascending. */
  constructor(
    private readonly breaks: number[],
    private readonly length: number,
  ) {}

  /** Where the run holding position i starts: after the last break at or before i. */
  startAt(i: number): number {
    const k = countBelow(this.breaks, i + 1);
    return k > 0 ? this.breaks[k - 1]! + 1 : 0;
  }

  /** Where the run holding position i ends: at the first break at or after i, or the text's end. */
  endAt(i: number): number {
    const k = countBelow(this.breaks, i);
    return k < this.breaks.length ? this.breaks[k]! : this.length;
  }
}

/** How many of the ascending `xs` are below `limit`. */
function countBelow(xs: number[], limit: number): number {
  return countLeading(xs.length, (i) => xs[i]! < limit);
}

/**
 * How a year dates what follows it: a future deadline or start (到2026年, 力争2023年底, 2021年起,
 * 十四五末), a bare statement (2020年,…; 2023年底…) that may be a goal or a report, or the date of
 * a report (截至2023年底).
 */
type YearKind = 'deadline' | 'stated' | 'past';

interface YearAnchor extends Span {
  year: number;
  kind: YearKind;
  /**
   * For the year of a part (…1.2万人次,其中2021年培训0.5万人次): the year before it, which dates the
   * sentences after the part's.
   */
  outer?: YearAnchor | null;
}

/** What the caller knows of the document around the text. */
export interface TargetOptions {
  /**
   * The year the document speaks from (its own date): a bare year after it is a deadline, one
   * before it reports the past. Without it, the latest year the text itself reports on is used.
   */
  contextYear?: number | null;
  /** The text stands in the goals part of a plan (主要目标 …), as its heading says. */
  goalSection?: boolean;
  /**
   * The year of the goals when the text itself dates none: that of the enclosing heading
   * (一、2024年主要目标) or of the document's title. It only dates goals found
   * otherwise; it makes no number a goal.
   */
  defaultYear?: number | null;
  /**
   * The document lists the commitments of its year (民生实事): a count of the units a programme
   * serves or completes is a goal without a deadline (为10个小区实施改造, 20个村建成…).
   */
  commitments?: boolean;
  /**
   * The one year the document plans for (2024年…行动方案): its comparisons with the year before
   * (2024年,…较去年下降1.5%) state goals for that year, not results.
   */
  planYear?: number | null;
  /**
   * The text is a task of a plan (行动方案, 工作要点) whose title names no year: what it says a value
   * reaches is a goal even undated (…绿化覆盖率达到40%), as in a plan for one year.
   */
  planTask?: boolean;
}

/** What stands right before a number: a bounding word or a verb that sets the value. */
interface Prefix {
  word: string;
  start: number;
  /** 到/至/在/为 between the word and the number, if any. */
  particle: string;
}

const MASK = '\uFFFC';
// an area that is the base of a rate (单位耕地面积化肥使用量, 面积保存率) is no standard's area
const AREA_RATE = /单位\p{Script=Han}{0,6}面积|面积\p{Script=Han}{0,4}率/gu;
// how far around a number its clause and sentence are read, so that text without punctuation
// costs linear time
const WINDOW = 200;
// the longest a metric is given: the name of an indicator, not the clause around it
const MAX_METRIC = 20;
const CLAUSE_BREAKS = ',;。!?:\n\t';
const SENTENCE_BREAKS = '。!?\n';
// heading markers inside running text (flattened pages run them into the sentences):
// 1. (1) (一) 第三章 anywhere, 一、 after a sentence end
const INLINE_MARKER = new Scanner(
  /(?<![\d.])\d{1,2}\.(?=\p{Script=Han})|\((?:[一二三四五六七八九十]{1,3}|\d{1,2})\)|第[一二三四五六七八九十百零〇]{1,5}(?:部分|编|章|节|条)|(?<=^|[\s。;:!?])[一二三四五六七八九十]{1,3}、/gmu,
  '0123456789(第一二三四五六七八九十',
);
const PERIOD_NAMES = Object.keys(PLAN_PERIODS).join('|');
// 十四五末, “十四五”期末, 十四五时期末, 十四五期间: the period's last year; the name alone is masked
const PLAN_PERIOD = new Scanner(
  new RegExp(`["“]?(${PERIOD_NAMES})["”]?(?:(时期末|期末|末期|末|期间)|(?:时期|期|规划)?)`, 'gu'),
  `"“${Object.keys(PLAN_PERIODS)
    .map((name) => name[0])
    .join('')}`,
);
const VALUE_WORDS = [...new Set([...VALUE_VERBS, ...Object.keys(PREFIX_COMPARATORS)])].sort(
  (a, b) => b.length - a.length,
);
const VALUE_WORD_ENDINGS = new Endings(VALUE_WORDS);
const YEAR_TAILS = [...DEADLINE_AFTER, ...STATED_AFTER].sort((a, b) => b.length - a.length);
// a duration inside the name of a programme: 三年行动, 百日攻坚行动, 3年行动计划, 九五计划; the
// numeral and its 年/五 are masked, the name itself is left for the metric (a match starts only
// where a numeral does, so that a long run of digits costs linear time)
const CN_NUMERAL_CHARS = `${Object.keys(CN_DIGIT_VALUES).join('')}${Object.keys(CN_SMALL_UNIT_VALUES).join('')}`;
const PROGRAMME_NOUN = PROGRAMME_NOUNS.join('|');
const PROGRAMME_DURATION = new Scanner(
  new RegExp(
    `(?:(?<![\\d.])\\d+|(?<![${CN_NUMERAL_CHARS}])[${CN_NUMERAL_CHARS}]+)(?:(?:个月|年|月|天|日)(?=\\p{Script=Han}{0,4}?(?:${PROGRAMME_NOUN}))|五(?=["“”]?(?:规划|计划)))`,
    'gu',
  ),
  `0123456789${CN_NUMERAL_CHARS}`,
);

// a start year and the relative period it opens: 2021年起3年内, 从2021年开始用3年时间 (read on a
// short slice after the year)
const START_PERIOD = new RegExp(
  `^(?:${START_AFTER.join('|')})[,]?(?:用|在)?(\\d{1,2}|[一二三四五六七八九十]{1,3})年(?:之内|内|时间|左右时间|期间)`,
  'u',
);

// what closes a goal after the units counted (20个…全面建成): no noun after a count opens with it,
// and the noun after a count ends before it (not at the one-character adverbs, which nouns hold: 技能)
const COMPLETION_WORDS = [...COMPLETION_VERBS, ...COMPLETION_ADVERBS.filter((w) => w.length > 1)];
// what ends the noun after a count: the above, or a verb of going or taking part (…人员赴外地学习)
const NOUN_STOPS = [...NOUN_END_WORDS, ...COMPLETION_WORDS];

// 一 and a noun right before a count: per item (一户两人), not 第一, 统一, 进一步 …
const PER_ONE = new RegExp(`(?:^|[^${NOT_PER_ONE_BEFORE}])一\\p{Script=Han}["”]?$`, 'u');
// a verb of a goal with the perfective 了 (新增了, 建成了, 培养了): a result reported, not a goal
const PERFECTIVES = [...new Set([...GOAL_VERBS, ...COUNT_GOAL_VERBS, ...VALUE_VERBS])].map((v) => `${v}了`);

// set phrases that count (两个维护, 四个意识): masked like the names of programmes
const SET_PHRASE = new Scanner(
  new RegExp(SET_PHRASES.join('|'), 'gu'),
  [...new Set(SET_PHRASES.map((p) => p[0]))].join(''),
);

// a small count of aims or principles the text then spells out after a colon or 即 (坚持三项原则:即…,
// 建立两个机制,即…): masked like the set phrases (not a larger number: 三千个重点项目:)
const SMALL_CN = '一二两三四五六七八九十';
const ENUMERATION = new Scanner(
  new RegExp(
    `(?<![${CN_NUMERAL_CHARS}\\d])[${SMALL_CN}]{1,2}(?![${CN_NUMERAL_CHARS}])[\\p{Script=Han}“”"]{0,8}?(?:${ENUMERATED_NOUNS.join('|')})["”]?(?=:|,?即)`,
    'gu',
  ),
  SMALL_CN,
);

// a count of kinds that its clause introduces, before the colon that lists them (包括四种:…;
// 对以下三类…项目:…): masked like the set phrases
const KIND_COUNT = new Scanner(
  new RegExp(
    `(?:(?<![\\d.])\\d{1,2}|(?<![${CN_NUMERAL_CHARS}\\d])[${SMALL_CN}]{1,2})(?:${KIND_UNITS.join('|')})(?=[^,;。!?:\\n]{0,40}:)`,
    'gu',
  ),
  `0123456789${SMALL_CN}`,
);

// a slogan in quotes that counts in words (“一个翻番、两个突破、三个建成”): masked like the set
// phrases (a quoted goal with figures, “新增10个示范点”, is read)
const SLOGAN = new Scanner(
  new RegExp(`[“"](?=[^“”"\\d\n]{0,30}[${SMALL_CN}]个)[^“”"\\d\n]{2,30}[”"]`, 'gu'),
  '“"',
);

// a count of the parts a text is in (分总体要求、…3部分; 共分六个部分): no goal, masked like
// the set phrases
const PART_COUNT = new Scanner(
  new RegExp(
    `(?:(?<![\\d.])\\d+|(?<![${CN_NUMERAL_CHARS}])[${SMALL_CN}]{1,2})个?(?:${PART_NOUNS.join('|')})`,
    'gu',
  ),
  `0123456789${SMALL_CN}`,
);

// a count in words right after a list that it sums up (突出甲、乙、丙、丁四个重点; 强化…四个支撑): the
// list's own count, no goal unless a goal verb stands before the list (建设甲、乙两个园区)
const LIST_SUM = new RegExp(`[${SMALL_CN}]个\\p{Script=Han}{1,2}(?=[,;。!?\\n]|$)`, 'uy');

// how far back the list a count sums up is read
const MAX_LIST_CLAUSE = 80;

function listSums(text: string): RegExpExecArray[] {
  // (found from each 个, rarer than the numerals before it)
  const counts: RegExpExecArray[] = [];
  for (let at = text.indexOf('个', 1); at >= 0; at = text.indexOf('个', at + 1)) {
    LIST_SUM.lastIndex = at - 1;
    const m = LIST_SUM.exec(text);
    if (m) counts.push(m);
  }
  return counts.filter((m) => {
    const clause = text
      .slice(Math.max(0, m.index - MAX_LIST_CLAUSE), m.index)
      .split(/[,;。:!?\n]/)
      .at(-1)!;
    const members = clause.split('、');
    return (
      members.length >= 2 &&
      members.length === readChineseNumber(m[0][0]!) &&
      ![...COUNT_GOAL_VERBS, ...GOAL_VERBS].some((v) => members[0]!.includes(v))
    );
  });
}

// the title of a document cited or handed on (《…支持政策三十条》, 《…行动计划(2021-2023年)》):
// it counts nothing and dates nothing, masked like a 文号
const CITED_TITLE = /《[^《》\n]{1,120}》/gu;

// a parenthesis that spells something out (…工程(即建成…;打造…;培育…)) or lists clauses (…;…):
// its brackets (and the 即 after the opening one) end clauses, so that each member is read alone
const ASIDE = /\((即?)([^()\n]{1,300})\)/gu;
// how far before a bracket the count it breaks down is read (the longest number with its unit)
const BREAKDOWN_LOOKBACK = 24;

/**
 * Finds the quantified goals of a policy text (到2026年…床位3千张以上, 覆盖率达到90%以上, 年均增长10%
 * 左右, 规模达到40亿元 …) with their metric, year, value, unit and bound. A year (到2030年, 2021年起,
 * 力争2023年底, 十四五末) applies to the quantities after it until the next year, line break or
 * heading marker. 文号, titles in 《》, dates, heading markers and the durations in the names of programmes
 * (全面振兴新突破三年行动) are masked before numbers are read. Subsidies, fees, payment rates
 * (per clause), standards (每…, 配备), ages, durations, frequencies, counts of items and past
 * results (同比增长, 截至2023年底, 已建成; a bare year before the one the text reports on) are not
 * goals and are left out. In a goals paragraph (主要目标, 预期目标) a value verb right before a
 * number is a goal even without a year or a bound.
 */
export function findTargets(text: string, options: TargetOptions = {}): TargetMatch[] {
  // most text states no quantity at all; masking only removes numbers, so none now means none later
  if (!hasQuantity(text) && findBareValues(text).length === 0) return [];
  // the year of a 文号 is no date, nor is a year or number in a title: mask both before looking
  // for dates
  const withoutNames = maskSpans(text, [...findDocNumbers(text), ...execAll(CITED_TITLE, text).map(toSpan)]);
  const dates = findDates(withoutNames);
  const markers = INLINE_MARKER.all(text).map(toSpan);
  const periods = PLAN_PERIOD.all(withoutNames);
  const programmes = PROGRAMME_DURATION.all(text).map(toSpan);
  const phrases = [
    ...SET_PHRASE.all(text),
    ...ENUMERATION.all(text),
    ...SLOGAN.all(text),
    ...KIND_COUNT.all(text),
    ...PART_COUNT.all(text),
    ...listSums(text),
  ].map(toSpan);
  const masked = maskSpans(withoutNames, [
    ...dates,
    ...markers,
    ...periods.map(toSpan),
    ...programmes,
    ...phrases,
  ]);
  const { clauses, sentences, paragraphs } = indexRuns(text, markers, asideBreaks(text));
  const anchors: YearAnchor[] = [
    ...dates.flatMap((d) => {
      const kind = d.iso === null ? null : yearKind(text, d, d.iso.length === 4);
      if (!kind) return [];
      return [{ start: d.start, end: d.end, year: periodEnd(text, d.end, Number(d.iso!.slice(0, 4))), kind }];
    }),
    ...periods
      .filter((p) => p[2] !== undefined && !isBaseline(text, toSpan(p)) && !isSpanOfNoun(text, p))
      .map((p) => ({ ...toSpan(p), year: PLAN_PERIODS[p[1]!]!.last, kind: 'deadline' as const })),
  ].sort((a, b) => a.start - b.start);
  let outer: YearAnchor | null = null;
  for (const a of anchors) {
    if (isPartYear(text, a)) a.outer = outer;
    else outer = a;
  }
  datePastAndFuture(text, anchors, sentences, options.contextYear ?? null);
  // a year stops applying at a line break or a heading marker
  const resets = [...markers, ...lineBreaks(text)].sort((a, b) => a.start - b.start);
  const goalWords = findWordStarts(text, GOAL_CONTEXT_WORDS);

  const out: TargetMatch[] = [];
  // the quantity of the last goal in `out`
  let previousQ: QuantityMatch | null = null;
  // the quantity before, and whether it stated a goal (the first member of a list of counts)
  let last: { q: QuantityMatch; goal: boolean } | null = null;
  // the goals of a list of bare values being read, each with its quantity (…分别达到45%和50%)
  let list: Listed[] = [];
  // (the bare values of unitless measures too: …指数达80)
  const quantities = [...findQuantities(masked), ...findBareValues(masked)].sort((a, b) => a.start - b.start);
  for (const q of quantities) {
    const anchor = findYear(anchors, resets, sentences, q.start);
    // the whole paragraph (a list of goals may name them at its end: …等预期目标), by binary search
    const paragraphEnd = paragraphs.endAt(q.start);
    const goals =
      options.goalSection === true ||
      countBelow(goalWords, paragraphEnd) > countBelow(goalWords, paragraphs.startAt(q.start));
    const boundary = last?.goal ? continuesList(masked, last.q, q, sentences) : null;
    const continues = boundary !== null;
    // 分别增长6%、6.5%: a member that is nothing but its number is stated as the one before it
    const bareMember = continues && masked.slice(last!.q.end, q.start).trim().length <= 1;
    const found = readTarget(text, masked, q, {
      clause: around(q, clauses),
      sentence: around(q, sentences),
      anchor,
      goals,
      commitments: options.commitments === true,
      planYear: options.planYear ?? null,
      planTask: options.planTask === true,
      continues,
      listStart: boundary === null ? null : boundary + 1,
    });
    last = { q, goal: found !== null };
    if (!bareMember) {
      pairRespectively(masked, list);
      shareLastBound(list);
      list = [];
    }
    if (!found) continue;
    found.year ??= options.defaultYear ?? null;
    // 产值突破900亿元、年均增长8%以上: a growth without a subject measures the one before it in
    // its clause, or in the clause right before when it is nothing but its growth words and the
    // subject stands before the value there (产值达到500亿元,年均增长8%); never what a verb
    // counts across a clause boundary (培育3至5家龙头企业,年均增长10%左右)
    const previous = out[out.length - 1];
    // 加装电梯新增300台、完工150台: a member that is nothing but a verb of completion counts the
    // noun of the member before it
    if (continues && previous && isCompletionVerb(found.metric)) {
      const verb = COMPLETION_VERBS.find((v) => previous.metric.endsWith(v));
      found.metric = `${verb ? previous.metric.slice(0, -verb.length) : previous.metric}${found.metric}`;
    }
    if (
      found.metric === '' &&
      previous &&
      (clauses.startAt(previous.start) === clauses.startAt(q.start) ||
        continuesGrowth(masked, previous, previousQ!, found, q, clauses, sentences))
    ) {
      found.metric = previous.metric;
    }
    // 粮食播种面积稳定在…、产量稳定在…: a member naming nothing but a measure measures the subject
    // of the member before
    if (continues && previous) found.metric = withSubjectOf(previous.metric, found.metric);
    if (bareMember && previous) {
      found.kind = previous.kind;
      // 分别降低2.8%、3.6%: a fall, as the member before
      if (previous.normalized !== null && previous.normalized.value < 0) negate(found);
    }
    // one goal stated once: two quantities read alike in one clause are not two goals
    if (previous && sameTarget(previous, found)) continue;
    // the members of a list in one clause (选拔30名…、40名…) each get their own text
    if (boundary !== null && previous && previous.end === found.end && previous.start >= found.start) {
      splitAt(text, previous, found, boundary);
    }
    out.push(found);
    previousQ = q;
    list.push({ target: found, q });
  }
  pairRespectively(masked, list);
  shareLastBound(list);
  return out;
}

/**
 * The growth `found` (at `q`) continues the goal `previous` (at `previousQ`) of the clause right
 * before it in one sentence: its clause holds nothing before the number but growth words (年均增长,
 * 同比提高), and the goal before names its subject before the verb or bound of its value
 * (甲产业产值达到500亿元), not after a verb that counts it (培育甲类企业5家).
 */
function continuesGrowth(
  masked: string,
  previous: TargetMatch,
  previousQ: QuantityMatch,
  found: TargetMatch,
  q: QuantityMatch,
  clauses: Runs,
  sentences: Runs,
): boolean {
  if (found.kind !== 'growth' || previous.metric === '') return false;
  const start = clauses.startAt(q.start);
  if (start !== clauses.endAt(previousQ.start) + 1) return false;
  if (sentences.startAt(previousQ.start) !== sentences.startAt(q.start)) return false;
  let head = masked.slice(start, q.start).trim();
  for (let filler = fillerAt(head); filler; filler = fillerAt(head)) head = head.slice(filler.length);
  if (!CHANGE_VERBS.some((v) => head.startsWith(v))) return false;
  const before = masked.slice(previous.start, previousQ.start);
  const prefix = readPrefix(before);
  return prefix !== null && before.slice(0, prefix.start).includes(previous.metric);
}

/**
 * 粮食播种面积, 产量 → 粮食产量: a bare measure noun (MEASURE_NOUNS) `metric` measures the subject
 * `previous` names before its own, other measure noun (甲产值650亿元,产值突破60亿元 names the
 * same measure again: of something else); else `metric` as it is.
 */
function withSubjectOf(previous: string, metric: string): string {
  if (!(MEASURE_NOUNS as readonly string[]).includes(metric)) return metric;
  const own = MEASURES_LONGEST_FIRST.find((w) => previous.endsWith(w) && previous.length > w.length);
  if (own === undefined || own === metric) return metric;
  return metricHead(`${previous.slice(0, -own.length)}${metric}`);
}

// (播种面积 before 面积: a subject ends before the longest measure noun it ends with)
const MEASURES_LONGEST_FIRST = [...MEASURE_NOUNS].sort((a, b) => b.length - a.length);

/**
 * A change read as a rise made a fall: the normalised values negated, ordered low to high (下降5%—10%
 * → −10..−5), and no −0.
 */
function negate(t: TargetMatch): void {
  const n = t.normalized;
  if (n === null || n.value < 0) return;
  [n.value, n.valueMax] = n.valueMax === null ? [-n.value || 0, null] : [-n.valueMax || 0, -n.value || 0];
}

const isCompletionVerb = (s: string) => (COMPLETION_VERBS as readonly string[]).includes(s);

const fillerAt = (s: string) => METRIC_FILLER_WORDS.find((w) => s.startsWith(w));

/** A goal of a list of values, with its quantity. */
interface Listed {
  target: TargetMatch;
  q: QuantityMatch;
}

/**
 * 甲率、乙率分别达到45%和50%: the subjects listed before 分别 measure the values of the list after
 * it, in order, when they are as many. Only when the first goal measures the last subject (not
 * 城市和农村分别新建示范点10个、20个, which counts 示范点); subjects are parted at 、, else also at
 * 和/及/与. Subjects that share the noun after the last (甲、乙等丙) each measure it (甲丙, 乙丙).
 */
function pairRespectively(masked: string, list: Listed[]): void {
  if (list.length < 2) return;
  const { target, q } = list[0]!;
  const before = masked.slice(target.start, q.start);
  const at = before.lastIndexOf('分别');
  if (at < 0) return;
  const subject = before.slice(0, at).replace(GLOSS, '');
  // 城乡居民人均可支配收入分别增长6%、6.5%: a pair word names the two subjects at once
  const paired =
    list.length === 2 && cleanMetric(subject) === target.metric ? pairedSubjects(target.metric) : null;
  if (paired) {
    list.forEach((member, i) => (member.target.metric = metricHead(paired[i]!)));
    return;
  }
  for (const separators of [/、/u, /[、和及与]/u]) {
    const subjects = subject.split(separators).map(cleanMetric);
    if (subjects.length !== list.length || subjects.includes('')) continue;
    if (!target.metric.endsWith(subjects.at(-1)!)) return;
    const metrics = withSharedNoun(subjects) ?? (unequalSubjects(subjects) ? null : subjects);
    if (metrics) list.forEach((member, i) => (member.target.metric = withSharedHead(metrics, i)));
    return;
  }
}

/**
 * 城乡居民收入, 城镇和农村居民收入 → 城镇居民收入, 农村居民收入: the two subjects of a metric
 * that opens with a pair word (PAIR_WORDS) or its two halves joined, else null.
 */
function pairedSubjects(metric: string): [string, string] | null {
  for (const [word, [first, second]] of Object.entries(PAIR_WORDS)) {
    const openings = [word, ...[...LIST_SEPARATORS].map((sep) => `${first}${sep}${second}`)];
    const opening = openings.find((w) => metric.startsWith(w) && metric.length > w.length);
    if (opening === undefined) continue;
    const rest = metric.slice(opening.length);
    return [`${first}${rest}`, `${second}${rest}`];
  }
  return null;
}

/**
 * 削减甲、乙分别为…; 单位地区生产总值能源消耗和二氧化碳排放分别降低…: the change verb or the base
 * of an intensity (INTENSITY_BASES) that opens the first subject is that of each (削减乙, 单位地区生产
 * 总值二氧化碳排放); the metric of member i.
 */
function withSharedHead(metrics: string[], i: number): string {
  const metric = metrics[i]!;
  if (i === 0) return metric;
  const head = [...CHANGE_VERBS, ...INTENSITY_BASES].find((w) => metrics[0]!.startsWith(w));
  if (head === undefined || metric.startsWith(head) || !isPlainNoun(metric)) return metric;
  return metricHead(`${head}${metric}`);
}

/**
 * 分别控制在5万吨、0.4万吨以内: a bound written after the last value of a list of bare values is
 * that of each value stated without one.
 */
function shareLastBound(list: Listed[]): void {
  const bound = list.at(-1)?.q.comparator;
  if (list.length < 2 || bound === null || bound === undefined || bound === 'range') return;
  for (const { target, q } of list)
    if (q.comparator === null && target.comparator === 'eq') target.comparator = bound;
}

/**
 * 甲、乙、丙等丁类排放量 / 化学需氧量、氨氮排放总量: bare nouns listed before a noun they share, each
 * with it (甲丁类排放量, …; 化学需氧量排放总量, 氨氮排放总量). The shared noun follows the 等 that
 * closes the list, or a pollutant (POLLUTANT_NAMES) when every member is one. Null when the
 * subjects share no noun so.
 */
function withSharedNoun(subjects: string[]): string[] | null {
  const earlier = subjects.slice(0, -1);
  const split = splitShared(subjects.at(-1)!, earlier);
  if (split === null) return null;
  const [name, shared] = split;
  if (shared === '' || !isPlainNoun(name)) return null;
  return [...earlier, name].map(
    (s) => `${s}${shared.slice(Math.max(0, s.length + shared.length - MAX_METRIC))}`,
  );
}

/** The last subject of a list as its own name and the noun the list shares, or null. */
function splitShared(last: string, earlier: string[]): [string, string] | null {
  let words = last;
  for (const w of WORDS_WITH_DENG) words = words.replaceAll(w, MASK.repeat(w.length));
  const closing = words.lastIndexOf('等');
  if (closing > 0) {
    return earlier.every(isPlainNoun) ? [last.slice(0, closing), last.slice(closing + 1)] : null;
  }
  const pollutant = POLLUTANT_NAMES.find((p) => last.startsWith(p));
  if (pollutant === undefined || !earlier.every((s) => (POLLUTANT_NAMES as readonly string[]).includes(s))) {
    return null;
  }
  return [pollutant, last.slice(pollutant.length)];
}

/**
 * 城镇、农村居民人均可支配收入: an earlier subject is a bare modifier of the noun only the last one
 * writes out; the list is not parted then, as no subject names its own metric.
 */
function unequalSubjects(subjects: string[]): boolean {
  const last = subjects.at(-1)!;
  return subjects.slice(0, -1).some((s) => isModifierOf(s, last));
}

/** `s` is a bare modifier of the noun `head` writes out: less than half as long, not ending as it does. */
function isModifierOf(s: string, head: string): boolean {
  return s.length * 2 < head.length && s.at(-1) !== head.at(-1);
}

// the verbs that carry a list of goals over a comma (…稳定在800家以上,淡水鱼产量达60万吨)
const LIST_CONTINUING_VERBS: ReadonlySet<string> = new Set([...ATTAIN_VERBS, ...HOLDING_VERBS]);

/**
 * The quantity `q` continues a list of counts whose member `prev` states a goal: only a separator
 * stands between them (…30名甲类人员、40名…; …300套甲类公寓和500套…; …甲类人员,不少于8名…),
 * a separator and the noun of the next member (…甲类专家6名、乙类专家30名), or a comma, that noun
 * and a bound (…甲类专家不少于60名,乙类人员不少于90名). A clause with a verb of its own is read on
 * its own. Gives the position of the separator that ends the previous member, else null.
 */
function continuesList(
  masked: string,
  prev: QuantityMatch,
  q: QuantityMatch,
  sentences: Runs,
): number | null {
  if (prev.role !== q.role || sentences.startAt(prev.start) !== sentences.startAt(q.start)) return null;
  const between = masked.slice(prev.end, q.start);
  if (between.length > 60 || between.includes(MASK)) return null;
  const separators = `${LIST_SEPARATORS},;`;
  // (涉及, 参与: a word that holds a connective parts no members)
  let words = between;
  for (const w of WORDS_WITH_SEPARATOR) words = words.replaceAll(w, MASK.repeat(w.length));
  let sep = between.length - 1;
  while (sep >= 0 && !separators.includes(words[sep]!)) sep--;
  if (sep < 0) return null;
  const right = between.slice(sep + 1).trim();
  if (right === '') return prev.end + sep;
  const prefix = readPrefix(right);
  const bounded =
    prefix !== null && (prefix.word in PREFIX_COMPARATORS || LIST_CONTINUING_VERBS.has(prefix.word));
  if (bounded && prefix.start === 0) return prev.end + sep;
  // the noun of the next member, before its count: after 、/和, or after a comma with a bound or
  // a count of the same measure (新增城镇就业3.2万人,失业人员再就业1万人)
  const noun = bounded ? right.slice(0, prefix.start) : right;
  const tight = LIST_SEPARATORS.includes(between[sep]!);
  const sameCount = isCount(q) && q.normalized.unit === prev.normalized.unit;
  // 甲、乙等9种…: a count after 等 sums up the nouns listed, it is no member of the list before
  if (!(tight || bounded || sameCount) || !isPlainNoun(noun) || noun.endsWith('等')) return null;
  let first = 0;
  while (!separators.includes(between[first]!)) first++;
  return prev.end + first;
}

/** Text that can be a noun: characters only, opening with none of NOT_NOUN_START, holding no verb of a goal. */
function isPlainNoun(s: string): boolean {
  return (
    /^[\p{Script=Han}“”"]+$/u.test(s) &&
    !NOT_NOUN_START.includes(s[0]!) &&
    ![...GOAL_VERBS, ...COUNT_GOAL_VERBS, ...VALUE_VERBS].some((v) => s.includes(v))
  );
}

/** Ends `previous` at the list separator `at`, and starts `next` after it. */
function splitAt(text: string, previous: TargetMatch, next: TargetMatch, at: number): void {
  [previous.start, previous.end] = trimSpan(text, { start: previous.start, end: at });
  previous.text = text.slice(previous.start, previous.end);
  [next.start, next.end] = trimSpan(text, { start: at + 1, end: next.end });
  next.text = text.slice(next.start, next.end);
}

/**
 * The year that dates the goals after a year read at `end`: the last of the relative period a
 * start year opens (2021年起3年内 → 2023), else the year itself.
 */
function periodEnd(text: string, end: number, year: number): number {
  const m = START_PERIOD.exec(text.slice(end, end + 16));
  if (!m) return year;
  const n = /\d/u.test(m[1]!) ? Number(m[1]) : readChineseNumber(m[1]!);
  return n !== null && n >= 1 ? year + n - 1 : year;
}

/**
 * Reads bare years against the year the document speaks from: the given one, else the latest
 * year the text reports on (截至2023年底; 2023年…同比增长). A bare year after it is a deadline
 * (2025年,旅游收入达到80亿元), one before it a report.
 */
function datePastAndFuture(text: string, anchors: YearAnchor[], sentences: Runs, given: number | null): void {
  let context = given;
  if (context === null) {
    // each sentence read once: a long one holds many years (linear time)
    const past = new Map<number, boolean>();
    const pastAt = (i: number): boolean => {
      const start = sentences.startAt(i);
      let p = past.get(start);
      if (p === undefined) past.set(start, (p = isPast(text.slice(start, sentences.endAt(i)), false)));
      return p;
    };
    for (const a of anchors) {
      const reports = a.kind === 'past' || (a.kind === 'stated' && pastAt(a.start));
      if (reports && (context === null || a.year > context)) context = a.year;
    }
  }
  if (context === null) return;
  for (const a of anchors) {
    if (a.kind !== 'stated') continue;
    if (a.year > context) a.kind = 'deadline';
    // (the part of a total planned for later is planned too: 2019年至2021年培训1.5万人次,其中2019年…)
    else if (a.year < context && a.outer?.kind !== 'deadline') a.kind = 'past';
  }
}

/** What surrounds a quantity: its clause and sentence, its year, the goals around it. */
interface Setting {
  clause: Span;
  sentence: Span;
  /** The year that dates the quantity, if any. */
  anchor: YearAnchor | null;
  /** The paragraph names the goals part of a plan (主要目标, 预期目标 …). */
  goals: boolean;
  /** The document lists the commitments of its year (TargetOptions.commitments). */
  commitments: boolean;
  /** The year the document plans for (TargetOptions.planYear). */
  planYear: number | null;
  /** The text is a task of a plan (TargetOptions.planTask). */
  planTask: boolean;
  /** The quantity continues a list of counts whose first member states a goal. */
  continues: boolean;
  /** Where its member of the list starts (after the separator), when it continues one. */
  listStart: number | null;
}

/** A quantity and what surrounds it, as the rules below read it. */
interface Candidate extends Setting {
  q: QuantityMatch;
  /** The clause before the quantity, with 文号, dates and markers masked. */
  before: string;
  prefix: Prefix | null;
}

/** Reads the quantity `q` in `clause` of `sentence` as a target, if it states a goal. */
function readTarget(text: string, masked: string, q: QuantityMatch, setting: Setting): TargetMatch | null {
  const { clause, anchor } = setting;
  // a space before the number is the page's setting (辅助器具 300万件)
  const before = masked.slice(clause.start, q.start).trimEnd();
  const c: Candidate = { ...setting, q, before, prefix: readPrefix(before) };
  const units = unitsReaching(text, masked, c);
  if (!statesGoal(text, masked, c, units)) return null;
  const read = units?.metric ?? readMetric(text, masked, c);
  if (read === null) return null;
  const metric = fullShareName(masked, clause, read);
  const moneyImplied = q.role === null && MONEY_METRIC_WORDS.some((w) => metric.endsWith(w));
  const [start, end] = trimSpan(text, { start: clause.start, end: noteStart(text, q.end, clause.end) });
  const kind = units ? (q.role === 'percent' ? 'share' : 'level') : readKind(c);
  const target: TargetMatch = {
    text: text.slice(start, end),
    start,
    end,
    metric,
    year: anchor?.year ?? null,
    value: q.value,
    valueMax: q.valueMax,
    unit: moneyImplied ? `${q.unit}元` : q.unit === '' ? null : q.unit,
    normalized: { ...q.normalized, unit: moneyImplied ? '元' : q.normalized.unit },
    comparator: readBound(c) ?? boundAfterGloss(masked, q) ?? 'eq',
    kind,
  };
  // a reduction (下降3%, 减少5万人) is written as a positive change
  if (kind === 'growth' && reduces(c)) negate(target);
  return target;
}

// the longest change said after a share's name (逐步提升, 进一步提高)
const MAX_SHARE_CHANGE = 6;

/**
 * 甲能源消费比例逐步提升,比重达到20%: a bare share name measures the share that the clause right
 * before it in the sentence names in full, with no number of its own; else it stays bare.
 */
function fullShareName(masked: string, clause: Span, metric: string): string {
  if (
    !(BARE_SHARE_NAMES as readonly string[]).includes(metric) ||
    !',;'.includes(masked[clause.start - 1] ?? '\n')
  ) {
    return metric;
  }
  const limit = Math.max(0, clause.start - 1 - WINDOW);
  let from = clause.start - 1;
  while (from > limit && !CLAUSE_BREAKS.includes(masked[from - 1]!)) from--;
  const previous = masked.slice(from, clause.start - 1);
  const share = lastOccurrence(previous, BARE_SHARE_NAMES);
  if (share === null || hasQuantity(previous)) return metric;
  // the share heads that clause, only its change after it (…比例逐步提升), not a manner (按比例安排…)
  if (previous.length - share.end > MAX_SHARE_CHANGE || '按照'.includes(previous[share.start - 1] ?? '')) {
    return metric;
  }
  const named = cleanMetric(previous.slice(0, share.start));
  return named === '' ? metric : `${named}${metric}`;
}

/**
 * Where the text of a goal ends: at the end of its clause, or before a parenthesis opened after
 * its value (下降3%(市发展改革委牵头,…): a note of who is responsible, or of how it is counted).
 * A short parenthesis inside the wording (赴港(澳)交流, 区(县)) is no note.
 */
function noteStart(text: string, from: number, end: number): number {
  for (let paren = text.indexOf('(', from); paren >= 0 && paren < end; paren = text.indexOf('(', paren + 1)) {
    const close = text.indexOf(')', paren);
    if (close < 0 || close - paren > 4) return paren;
  }
  return end;
}

/** The change is a reduction: a lowering verb governs the number (下降3%, 降低不少于10%). */
function reduces({ prefix, before }: Candidate): boolean {
  if (prefix === null) return false;
  if ((REDUCTION_VERBS as readonly string[]).includes(prefix.word)) return true;
  const head = before.slice(0, prefix.start);
  return REDUCTION_VERBS.some((v) => head.endsWith(v));
}

/** Units counted before the verb that completes them (20个示范村全面建成). */
interface UnitsReaching {
  /** What is counted, and the state it reaches (行政村建成卫生室). */
  metric: string;
}

/**
 * A count or a share of units that reach a state: the number stands before the units and their
 * completion verb (20个示范村全面建成; 80%的行政村建成卫生室), with no goal verb before
 * it. It is a goal only when dated by a deadline or said with intent or in a goals paragraph.
 */
function unitsReaching(text: string, masked: string, c: Candidate): UnitsReaching | null {
  const { q, clause, sentence, goals, commitments, before } = c;
  if (q.role !== null && q.role !== 'percent' && q.role !== 'amount') return null;
  if (q.chinese && q.normalized.value === 1 && q.valueMax === null) return null;
  // money is spent, not built (100万元资金全部到位); a Chinese numeral counts in set phrases
  if (q.role === 'amount' && (q.unit.endsWith('元') || q.chinese)) return null;
  if (GOAL_VERBS.some((v) => before.includes(v)) || ATTAIN_VERBS.some((v) => before.includes(v))) return null;
  if (c.prefix !== null) return null;
  const lead = text.slice(sentence.start, q.start);
  if (!(hasDeadline(text, c) || goals || commitments || INTENT_WORDS.some((w) => lead.includes(w)))) {
    return null;
  }
  // the units: a share needs 的 (80%的行政村), a count its measure word (20个示范村)
  let from = q.end;
  if (q.role === 'percent') {
    if (!masked.startsWith('的', from)) return null;
    from += 1;
  } else if (q.role === null) return null;
  const rest = masked.slice(from, clause.end);
  const completion = firstOccurrence(rest, COMPLETION_VERBS);
  // units served (为10个小区实施改造) are counted, not shares of them, and open their clause or
  // follow the word that leads it (推进1万户居民加装…), not a list (…和8个部门实施)
  const served = before === '' || METRIC_LEADING_WORDS.some((w) => before.endsWith(w));
  const provision = q.role === 'amount' && served ? firstOccurrence(rest, PROVISION_VERBS) : null;
  const provides = provision !== null && (completion === null || provision.start < completion.start);
  const verb = provides ? provision : completion;
  if (verb === null || verb.start === 0 || verb.start > 24) return null;
  // 5种物资回收量达到300万吨: a count inside the subject of a value the verb sets
  if (hasQuantity(rest.slice(verb.end))) return null;
  let units = rest.slice(0, verb.start);
  // …500亿斤左右等预期目标完成情况: 等 closes a list, it opens no units
  if (!/^[\p{Script=Han}“”"]+$/u.test(units) || NOT_NOUN_START.includes(units[0]!)) return null;
  let trimmed: string;
  do {
    trimmed = units;
    for (const w of COMPLETION_ADVERBS) if (units.endsWith(w)) units = units.slice(0, -w.length);
  } while (units !== trimmed);
  if (units === '') return null;
  const light = LIGHT_VERBS.find((w) => rest.startsWith(w, verb.start))?.length ?? 0;
  const state = beforeClause(rest.slice(verb.start + light)).replace(/[\s“”"]/gu, '');
  const metric = q.role === 'percent' || provides ? `${units}${state}` : units;
  return { metric: metricHead(metric) };
}

/** Two readings of one goal: the same clause, value, unit, bound and metric. */
function sameTarget(a: TargetMatch, b: TargetMatch): boolean {
  return (
    a.start === b.start &&
    a.end === b.end &&
    a.value === b.value &&
    a.valueMax === b.valueMax &&
    a.unit === b.unit &&
    a.comparator === b.comparator &&
    a.metric === b.metric &&
    a.year === b.year
  );
}

/**
 * A quantity states a goal when a building verb governs it (建成, 培育), or a value verb (达到,
 * 控制在) with a deadline, a bound or a word of intent, or a year and a bound alone (到2025年…40张
 * 以上); in a goals paragraph or under a bare year, a value verb right before the number is
 * enough (主要预期目标…一般公共预算收入增长4%). It is no standard, payment, present state, past
 * result, age or duration.
 */
function statesGoal(text: string, masked: string, c: Candidate, units: UnitsReaching | null): boolean {
  const { q, clause, sentence, anchor, goals, before, prefix, planYear, planTask } = c;
  if (q.role === 'frequency') return false;
  if (q.chinese && q.normalized.value === 1 && q.valueMax === null) return false; // 一人一档, 一个
  if (isQuotedName(text, q)) return false; // “三个中心”: a count in a name or slogan
  const clauseText = text.slice(clause.start, clause.end);
  // an area counted before its verb (30平方公里以上建设用地面积达到…) is what the goal measures,
  // no standard of a floor area (每处建筑面积不少于…)
  let ruleText = clauseText.replace(AREA_RATE, '');
  if (units?.metric.endsWith('面积')) ruleText = ruleText.replace(units.metric, '');
  // an area a value verb sets (种植面积稳定在…, 公园面积占比达到…) or a goal verb counts right
  // before its number (完成植树面积2万亩) is what the goal measures; a size (辖区总面积为…) or a
  // bound standard (建筑面积不少于…) is none
  const setsValue = prefix !== null && (VALUE_VERBS as readonly string[]).includes(prefix.word);
  const setsArea =
    (setsValue || (before.endsWith('面积') && GOAL_VERBS.some((v) => before.includes(v)))) &&
    !AREA_SIZE_WORDS.some((w) => clauseText.includes(w));
  if (setsArea) ruleText = ruleText.replaceAll('面积', '');
  if (RULE_WORDS.some((w) => ruleText.includes(w))) return false;
  if (DESCRIPTIVE_WORDS.some((w) => before.includes(w))) return false;
  if (before !== '' && DISTRIBUTIVE_BEFORE.includes(before.slice(-1))) return false;
  // 过亿的企业: describes, does not set (unless the units it counts reach a goal: 50%的社区建成…,
  // or it is the value of a goal: 达到60%的目标)
  if (masked.startsWith('的', q.end) && units === null && !namesGoal(masked.slice(q.end + 1, clause.end))) {
    return false;
  }
  // (已 in what a task is done to, 对已达标的街道进行提档升级, reports no result)
  const lead = maskObjectClauses(text.slice(sentence.start, q.start));
  const sentenceText = maskObjectClauses(text.slice(sentence.start, sentence.end));
  const deadline = hasDeadline(text, c);
  // past results and statistics (2023年全市实现…,同比增长12%; 截至2023年底…) unless a future
  // deadline dates them
  // (a plan for one year compares its goals with the year before: 2024年,…较去年下降1.5%)
  const plansYear =
    planYear !== null &&
    (anchor === null || anchor.year === planYear) &&
    !REPORTED_SPAN_WORDS.some((w) => sentenceText.includes(w));
  if (!deadline && (anchor?.kind === 'past' || isPast(sentenceText, goals || plansYear))) return false;
  // value verbs also report the present (老年人口达到30万人, 2023年全市实现旅游收入50亿元): they
  // need a deadline, a bound or intent; a value verb right before the number (增长4%, 达到80亿元)
  // also a bare year or a goals paragraph; in a plan for one year they state its goals
  // (2024年重点工作任务: 实现产值500亿元), and so do the undated tasks of a plan
  const attains =
    (setsValue || ATTAIN_VERBS.some((v) => before.includes(v))) &&
    (deadline ||
      q.comparator !== null ||
      INTENT_WORDS.some((w) => lead.includes(w)) ||
      plansYear ||
      (planTask && anchor === null) ||
      (setsValue && (anchor !== null || goals)));
  // a count in brackets after words of its own glosses what stands before them (…方面(分解任务15项)):
  // a building verb governs it only from inside; a bare count in brackets is its noun's (新增就业(1.2万人))
  const opened = before.lastIndexOf('(');
  const inside = opened > before.lastIndexOf(')') ? before.slice(opened + 1) : '';
  const ownBefore = HAN_CHAR.test(inside) ? inside : before;
  const builds =
    GOAL_VERBS.some((v) => ownBefore.includes(v)) ||
    governsCount(masked, c) ||
    raisesMoney(c) ||
    investingVerb(masked, c) !== undefined;
  // a rate or level named right before its bounded value (城镇登记失业率4.5%以内) in a goals
  // paragraph or with intent
  const rated =
    q.comparator !== null &&
    RATE_WORDS.some((w) => before.trimEnd().endsWith(w)) &&
    (goals || INTENT_WORDS.some((w) => lead.includes(w)));
  const { continues } = c;
  if (
    !builds &&
    !attains &&
    !rated &&
    !continues &&
    units === null &&
    !(anchor !== null && readBound(c) !== null)
  ) {
    return false;
  }
  // ages and durations are standards (每天1小时, 6岁儿童) unless a dated goal, or one in a goals
  // paragraph, sets them (到2030年…寿命达到79岁; 主要目标指标:…人均预期寿命达82.4岁)
  if ((q.role === 'age' || q.role === 'duration') && !(setsValue && (anchor !== null || goals))) return false;
  // 每人, 每处, 每个学校: a per-item standard, unless it is dated (到2025年,每千名老年人拥有床位40张以上)
  if (/每(?!年)/u.test(before) && anchor === null) return false;
  // 一户两人, 一校一名: per item too
  if (PER_ONE.test(before) && anchor === null) return false;
  if (holdsStatusWord(lead)) return false;
  return !isPayment(text, c, setsValue || builds || ATTAIN_VERBS.some((v) => before.includes(v)));
}

/**
 * A deadline dates the quantity: its year (到2025年), or a month in its clause before it (12月底前
 * 全市…达到80%), which the year the text plans for dates; not the date of a report (截至…).
 */
function hasDeadline(text: string, { anchor, clause, q }: Candidate): boolean {
  if (anchor?.kind === 'deadline') return true;
  return anchor?.kind !== 'past' && MONTH_DEADLINE_IN_CLAUSE.test(text.slice(clause.start, q.start));
}

// 对已达标的街道, 将已建成的设施, 对2020年已达标的街道: what a task is done to, described by what
// it has reached
const OBJECT_CLAUSE = new RegExp(
  `[${OBJECT_PREPOSITIONS}] *(?:(?:19|20)\\d{2} *年(?:底|末)? *)?已经?\\p{Script=Han}{1,8}?的`,
  'gu',
);

/** `s` with the clauses that describe the object of a task (对已达标的…) masked. */
function maskObjectClauses(s: string): string {
  return s.replace(OBJECT_CLAUSE, (m) => MASK.repeat(m.length));
}

/** A status word stands in `lead` (目前, 现有), not across two words (项目前期, 实现有效). */
function holdsStatusWord(lead: string): boolean {
  if (!STATUS_WORDS.some((w) => lead.includes(w))) return false;
  let s = lead;
  for (const w of STATUS_WORD_EXCEPTIONS) s = s.replaceAll(w, MASK.repeat(w.length));
  return STATUS_WORDS.some((w) => s.includes(w));
}

/** The text after a quantity's 的 names a goal (达到60%的目标, …的预期目标). */
function namesGoal(after: string): boolean {
  const noun = /^[\p{Script=Han}“”"]{0,10}/u.exec(after)![0];
  return GOAL_NOUNS.some((w) => noun.endsWith(w));
}

/**
 * A verb of COUNT_GOAL_VERBS governs the count: it stands right before it, but for a chain of
 * verbs (选拔和培训, 招录培训), a bound (不少于) or a modifier ending in 的 (选拔50名…; 招录培训不少于
 * 30名…), or the count ends its object (培养…人员不少于80名; 选拔…专家10名、…). A count inside a
 * clause of the object's own (培养学生掌握两项技能) is not the verb's.
 */
function governsCount(masked: string, { q, clause, before, prefix }: Candidate): boolean {
  if (!isCount(q)) return false;
  const verb = lastOccurrence(before, COUNT_GOAL_VERBS);
  if (verb === null) return false;
  const between = stripVerbChain(before.slice(verb.end, prefix ? prefix.start : before.length).trimEnd());
  if (between === '' || between.endsWith('的')) return true;
  const next = masked.charAt(q.end);
  return (
    nounAfter(masked, q, clause.end) === '' &&
    (!/\p{Script=Han}/u.test(next) || LIST_SEPARATORS.includes(next))
  );
}

/** A verb of raising money stands right before the amount, or before its bound (筹集5000万元, 筹措不少于1亿元). */
function raisesMoney(c: Candidate): boolean {
  return moneyVerb(c, RAISING_VERBS) !== undefined;
}

/**
 * 投资3000万元建设甲基地: the verb of an amount invested in what a goal verb right after it builds
 * (投资, 投入), else undefined.
 */
function investingVerb(masked: string, c: Candidate): string | undefined {
  return GOAL_VERBS.some((v) => masked.startsWith(v, c.q.end)) ? moneyVerb(c, INVESTING_VERBS) : undefined;
}

/** The one of `verbs` that stands right before an amount of money, or before its bound. */
function moneyVerb({ q, before, prefix }: Candidate, verbs: readonly string[]): string | undefined {
  if (q.role !== 'amount' || !q.normalized.unit.endsWith('元')) return undefined;
  const head = (prefix ? before.slice(0, prefix.start) : before).trimEnd();
  return verbs.find((v) => head.endsWith(v));
}

/** A count of people or things (名, 个, 套 …), not money, a share, a duration or an age. */
function isCount(q: QuantityMatch): boolean {
  return q.role === 'amount' && !q.normalized.unit.endsWith('元');
}

/** Drops the verbs and connectives of a chain from the start of `s` (和培育…, 、选拔和培训…). */
function stripVerbChain(s: string): string {
  const words = [...GOAL_VERBS, ...COUNT_GOAL_VERBS, ...VERB_CHAIN_WORDS];
  let rest = s;
  for (let word = words.find((w) => rest.startsWith(w)); word; word = words.find((w) => rest.startsWith(w))) {
    rest = rest.slice(word.length);
  }
  return rest;
}

// "占X比重" / "占X的比例" before a percentage: a share
const SHARE_OF = /占[^,;。]{1,30}(?:比重|比例)/;

/**
 * The quantity is an amount, rate or condition of a payment: a payment word in its own clause
 * (给予50万元补助), a condition clause of a payment (…达到1000人次的,给予一次性补贴), or a
 * continuation of one with no verb of its own (给予一次性奖励,最高不超过100万元). A goal in
 * another clause of the same sentence stays (年均增长10%左右,对新建企业给予50万元补助).
 */
function isPayment(text: string, { q, clause, sentence }: Candidate, ownVerb: boolean): boolean {
  // 资助100名…: whom a programme funds, not an amount paid
  const words = isCount(q)
    ? PAYMENT_WORDS.filter((w) => !(FUNDING_VERBS as readonly string[]).includes(w))
    : PAYMENT_WORDS;
  // (补贴性培训, 奖励性措施: a payment word before 性 names a kind of work, no money paid)
  const pays = (s: string) => words.some((w) => s.replaceAll(`${w}性`, '').includes(w));
  const clauseText = text.slice(clause.start, clause.end);
  // 研发经费支出占营业收入比重达到1%, 研发经费投入强度达到3%: the share money makes of something
  // (an intensity is one of output), not money paid
  const subject = text.slice(clause.start, q.start);
  if (q.unit === '%' && (SHARE_OF.test(subject) || subject.includes(INTENSITY_WORD))) return false;
  if (pays(clauseText)) return true;
  const opening = clauseText.trimStart();
  const condition = /的\s*$/u.test(clauseText) || CONDITION_OPENERS.some((w) => opening.startsWith(w));
  if (condition && pays(text.slice(clause.end, sentence.end))) return true;
  return !ownVerb && pays(text.slice(sentence.start, clause.start));
}

/**
 * The sentence reports the past: a word of a result or statistic (已, 实现了, 同比, 上年, 截至 …),
 * or a comparison with last year (比上年增长) that no word of intent or goals paragraph makes a
 * goal (预期目标:地区生产总值比上年增长5%左右).
 */
function isPast(sentence: string, goals: boolean): boolean {
  let rest = sentence;
  for (const w of PAST_COMPARISONS) rest = rest.replaceAll(w, '\uFFFC');
  if (PAST_WORDS.some((w) => rest.includes(w))) return true;
  if (PERFECTIVES.some((w) => rest.includes(w) && !rest.includes(`${w}解`))) return true;
  return rest !== sentence && !goals && !INTENT_WORDS.some((w) => sentence.includes(w));
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
    // a bound after a change verb (降低不少于18%, 增长超过5%)
    (prefix !== null &&
      prefix.word in PREFIX_COMPARATORS &&
      CHANGE_VERBS.some((v) => before.slice(0, prefix.start).trimEnd().endsWith(v))) ||
    // a rise named in the list member before, not in an earlier one (…涨幅2%左右、粮食产量500亿斤)
    /增速|增幅|涨幅|增长率/u.test(before.slice(before.lastIndexOf('、') + 1));
  if (change) return 'growth';
  return q.role === 'percent' || q.role === 'points' ? 'share' : 'level';
}

/**
 * The bounding word or value verb right before a number (突破, 不低于, 达到, 控制在, 下降到); not
 * one used as a noun (新突破).
 */
function readPrefix(before: string): Prefix | null {
  const head = before.trimEnd();
  const word = VALUE_WORD_ENDINGS.find(head);
  if (word) {
    const start = head.length - word.length;
    return isOtherWord(head, word, start) ? null : { word, start, particle: '' };
  }
  const particle = head.slice(-1);
  if (particle === '' || !VALUE_PARTICLES.includes(particle)) return null;
  const verb = VALUE_WORD_ENDINGS.find(head, head.length - 1);
  if (!verb) return null;
  const start = head.length - 1 - verb.length;
  return isOtherWord(head, verb, start) ? null : { word: verb, start, particle };
}

/** 新突破, 下达: the word at `start` of `head` is part of another word, not a verb bounding a number. */
function isOtherWord(head: string, word: string, start: number): boolean {
  const before = head.slice(0, start);
  return (OTHER_WORD_BEFORE_BOUND[word] ?? []).some((m) => before.endsWith(m));
}

/**
 * The noun phrase a goal measures: the noun a count stands before (建设100条研学康养特色线,
 * 招录不少于50名…的甲类人员), else the object of a building verb (建成养老床位3千张), else the
 * subject before the value verb (康养产业规模达到40亿元). Fillers (确保, 全区, 年均), baselines
 * (在…的基础上), the rest of a chain of verbs (选拔和培训…) and modifiers before the last 的 are
 * dropped. Null when no noun can be read (3月底前下达50%).
 */
function readMetric(text: string, masked: string, c: Candidate): string | null {
  const { q, clause, prefix, listStart } = c;
  // the things counted, or the fund raised (筹集5000万元产业引导基金), stand after the number
  const after = isCount(q) || raisesMoney(c) ? nounAfter(masked, q, clause.end) : '';
  if (after !== '') return after;
  // what an investment builds, after the amount (投资3000万元建设甲基地 → 投资建设甲基地)
  const invests = investingVerb(masked, c);
  if (invests !== undefined) return metricHead(`${invests}${nounAfter(masked, q, clause.end)}`);
  // the noun before a count: after the last 、, or where its member of a list starts (…20名和团队5个)
  // (a 、 inside a gloss parts no members: 甲和乙排放总量(含城镇、农村)分别控制在…)
  const lead = masked.slice(clause.start, q.start).replace(GLOSS, (g) => ' '.repeat(g.length));
  const from = Math.max(clause.start + memberStart(lead), listStart ?? 0);
  const segment = masked.slice(from, q.start);
  const bounded = (
    prefix ? segment.slice(0, Math.max(0, prefix.start - (from - clause.start))) : segment
  ).replace(GLOSS, '');
  // 3月底前下达50%: a verb that holds a bounding word (下达, 转达) passes a share on, it is no
  // noun; with no noun before it, the metric cannot be read and there is no goal
  const lookalike = PASSING_VERBS.find((w) => bounded.endsWith(w));
  const head = lookalike ? bounded.slice(0, -lookalike.length) : bounded;
  if (lookalike && cleanMetric(head) === '') return null;
  // a verb before 率 is part of a noun (完成率, 建成率, 达标率), no verb of the goal
  const verbs = head
    .replace(RATE_NOUN, (w) => MASK.repeat(w.length))
    .replace(VERB_OPENED_NOUN, (w) => MASK.repeat(w.length));
  const goal = lastOccurrence(verbs, [...GOAL_VERBS, ...COUNT_GOAL_VERBS, ...ATTAIN_VERBS]);
  const whole = cleanMetric(head);
  // a rate is measured, not built: a goal verb inside the name of a share is part of the name
  // (城区建成区绿地率, 新建学校建筑屋顶光伏覆盖率, 残疾人培训合格率)
  const namedRate =
    goal !== null &&
    (q.role === 'percent' || q.role === 'points') &&
    whole.includes(head.slice(goal.start, goal.end)) &&
    SHARE_NAMES.some((w) => whole.endsWith(w));
  if (goal === null || namedRate) {
    // (in a member of a list, from where the member starts: …达到80%以上,其中甲、乙两区…达到82%)
    return withListedParts(masked, Math.max(clause.start, listStart ?? 0), from, whole);
  }
  const afterVerb = stripVerbChain(head.slice(goal.end));
  // 社区数量达到城市社区的60%: a share of the base named after the verb measures what stands before it
  // (with nothing before the verb, the base is what is measured: 完成甲类任务总数的60%)
  if (q.unit === '%' && afterVerb.trimEnd().endsWith('的')) {
    return cleanMetric(head.slice(0, goal.start)) || cleanMetric(afterVerb);
  }
  const object = cleanMetric(afterVerb);
  if (object !== '') return object;
  // 职业技能培训1300人次: a verb right before its count names the work counted
  const nominal = (NOMINAL_GOAL_VERBS as readonly string[]).includes(head.slice(goal.start, goal.end));
  return cleanMetric(head.slice(0, nominal ? goal.end : goal.start));
}

// 较去年, 比上年同期: the baseline of a change, no part of its metric
const PAST_COMPARISON = new RegExp(`(?:${PAST_COMPARISONS.join('|')})(?:同期)?`, 'gu');

const VERB_OPENED_NOUN = new RegExp(NOUNS_OPENING_WITH_VERB.join('|'), 'g');
// a gloss in brackets inside the subject, no part of its name: 工程建设项目(主要是房屋建筑…)全流程审批时间
const GLOSS = /\((?:主要是|主要指|主要|包括|含|不含|即|其中|特别是)[^()]{0,40}\)/g;

// the names of rates and shares (覆盖率, 比重, 占比, 比例)
const SHARE_NAMES = [...RATE_WORDS, '比例'];

/**
 * 甲、乙和丙发电装机容量: bare modifiers listed with 、 before the subject of a value name parts of
 * the one thing measured, and stay in its metric. Each is a plain noun and a modifier of the
 * subject (see isModifierOf); else 、 parts two subjects (甲覆盖率、乙保护率达到…), and the
 * last stands alone.
 */
function withListedParts(masked: string, clauseStart: number, from: number, metric: string): string {
  if (metric === '' || from <= clauseStart || masked[from - 1] !== '、') return metric;
  const members = masked
    .slice(clauseStart, from - 1)
    .split('、')
    .map(cleanMetric);
  if (!members.every((m) => isPlainNoun(m) && isModifierOf(m, metric))) return metric;
  const listed = `${members.join('、')}、${metric}`;
  return listed.length > 20 ? metric : listed;
}

// verbs that hold the bounding word 达 (下达, 转达): they pass something on, they name no metric
const PASSING_VERBS = (OTHER_WORD_BEFORE_BOUND['达'] ?? []).map((b) => `${b}达`);

// a verb that 率 makes a noun of (完成率, 建成率, 达标率): masked when the verb of a goal is looked for
const RATE_NOUN = new RegExp(
  `(?:${[...new Set([...GOAL_VERBS, ...COUNT_GOAL_VERBS, ...ATTAIN_VERBS])].sort((a, b) => b.length - a.length).join('|')})(?=率)`,
  'gu',
);

/**
 * The noun a count or an amount stands before (引进30名甲类人员 → 甲类人员), or '' when none follows it (the
 * count ends its clause, or a separator, particle or verb follows: 10个、…; 40%的…). Read up to
 * the next number or the end of the clause: a modifier ending in 的, or a list closed by 等, is
 * dropped (…具有甲、乙资格的丙类人才 → 丙类人才), the noun ends before a verb that follows it
 * (NOUN_END_WORDS: …人员赴外地学习), and a list too long for a metric keeps its first member.
 */
function nounAfter(masked: string, q: QuantityMatch, end: number): string {
  // 200个(快充)以上甲类充电设施: a gloss of the count, and its bound, stand before the noun
  const from = q.end + (COUNT_GLOSS.exec(masked.slice(q.end, end))?.[0].length ?? 0);
  const chars = /^[\p{Script=Han}“”"()、]*/u.exec(masked.slice(from, Math.min(end, from + WINDOW)))![0];
  let members = chars.split('、');
  // …甲类改造、新装20万台…: the member right before the next count is that count's verb
  if (members.length > 1 && /\d/u.test(masked.charAt(from + chars.length))) members = members.slice(0, -1);
  const listed = members.join('、');
  // …能够突破甲、发展乙的丙类人才: the verbs of a modifier closed by 的 describe the noun after it
  const run = listed.includes('的', listed.indexOf('、')) ? listed : beforeClause(listed);
  const opening = run.replace(/^[“"]/u, '');
  const first = opening.charAt(0);
  if (!/\p{Script=Han}/u.test(first)) return '';
  if (NOT_NOUN_START.includes(first) && !NOUNS_OPENING_WITH_STOP.some((w) => opening.startsWith(w)))
    return '';
  // 20个全面建成…: a verb of completion, no noun
  if (COMPLETION_WORDS.some((w) => run.startsWith(w))) return '';
  let s = run;
  // a list closed by 等 (甲、乙等丙类人才): the noun after it
  const list = s.lastIndexOf('等');
  if (list > 0 && list + 1 < s.length && s.lastIndexOf('、', list) >= 0) s = s.slice(list + 1);
  const de = s.lastIndexOf('的');
  if (de >= 0 && de + 1 < s.length) s = s.slice(de + 1);
  // the noun ends before a verb after it (at least two characters in: a noun is not shorter)
  let words = s;
  for (const w of NOUN_END_EXCEPTIONS) words = words.replaceAll(w, MASK.repeat(w.length));
  let cut = s.length;
  for (const w of NOUN_STOPS) {
    const i = words.indexOf(w, 2);
    if (i >= 2 && i < cut) cut = i;
  }
  s = s
    .slice(0, cut)
    .replace(/[“”"]/gu, '')
    .replace(/[、和及与]+$/u, '');
  if (s.length > MAX_METRIC) s = /^[^、和及与]*/u.exec(s)![0];
  return metricHead(s);
}

// verbs that open a clause of their own after a 、 (not the one-character 达, 超, 降: 达标率)
const CLAUSE_OPENERS = [...GOAL_VERBS, ...VALUE_VERBS].filter((v) => v.length > 1);

/**
 * `s` up to the first 、 that opens a clause of its own rather than the next noun of a list: its
 * member holds a verb of CLAUSE_VERBS (…甲站、同步解决…) or opens with a verb of a goal or a
 * value (…整治、提升…).
 */
function beforeClause(s: string): string {
  const members = s.split('、');
  const clause = members.findIndex(
    (m, i) =>
      i > 0 && (CLAUSE_VERBS.some((v) => m.includes(v)) || CLAUSE_OPENERS.some((v) => m.startsWith(v))),
  );
  return clause > 0 ? members.slice(0, clause).join('、') : s;
}

// a short gloss in brackets right after a count, and the bound written after it: 200个(快充)以上
const COUNT_GLOSS = new RegExp(`^\\([^()\\d]{1,8}\\)(${Object.keys(SUFFIX_COMPARATORS).join('|')})?`, 'u');

/** The bound written after the gloss of a count (200个(快充)以上), else null. */
function boundAfterGloss(masked: string, q: QuantityMatch): Comparator | null {
  const word = COUNT_GLOSS.exec(masked.slice(q.end))?.[1];
  return word === undefined ? null : SUFFIX_COMPARATORS[word]!;
}

/**
 * Where the noun before a value starts in `s`: after its last 、 (…达到5%、乙类指标达到…), unless
 * that 、 is one of a list of nouns that 等 closes (甲类、乙类等9种资源利用量达到…): the list is
 * part of the noun.
 */
function memberStart(s: string): number {
  let sep = s.lastIndexOf('、');
  if (sep < 0 || !/^\p{Script=Han}{1,12}?等/u.test(s.slice(sep + 1))) return sep + 1;
  for (;;) {
    const prev = s.lastIndexOf('、', sep - 1);
    // a member: characters only (a masked year before the first is cut off with the metric)
    if (!/^[\p{Script=Han}\uFFFC]{1,20}$/u.test(s.slice(prev + 1, sep))) return sep + 1;
    if (prev < 0) return 0;
    sep = prev;
  }
}

// a month before the verb (…3月底前下达50%、6月底前下达90%; pages set spaces: 12 月底前): a deadline
// the year before it dates, no noun
const MONTH_DEADLINE_WORDS = String.raw`\d{1,2} *月(?:\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?(?:前|以前|之前)`;
const MONTH_DEADLINE = new RegExp(`^${MONTH_DEADLINE_WORDS}`, 'u');
const MONTH_DEADLINE_IN_CLAUSE = new RegExp(MONTH_DEADLINE_WORDS, 'u');

/**
 * The first MAX_METRIC characters of a metric, without a bracket the cut leaves open: a gloss is
 * kept whole or left out (…综合体(社区服务中心) → …综合体 when it does not fit).
 */
function metricHead(s: string): string {
  const head = s.slice(0, MAX_METRIC);
  const open = head.lastIndexOf('(');
  return open > head.lastIndexOf(')') ? head.slice(0, open) : head;
}

/** Drops baselines, years, fillers and long modifiers from a metric; keeps at most 20 characters. */
function cleanMetric(raw: string): string {
  // baselines: 在2021年的基础上, 比2020年, 较上年
  let s = raw
    .replace(/在[^,。]{0,20}?基础上|[比较与]\s*\uFFFC+(?:\s*相比)?/gu, '')
    .replace(PAST_COMPARISON, '');
  const cut = s.lastIndexOf(MASK); // a year or 文号 in the clause: the metric follows it
  if (cut >= 0) {
    s = s.slice(cut + 1);
    const tail = YEAR_TAILS.find((w) => s.startsWith(w)); // 2023年底, 2021年起
    if (tail) s = s.slice(tail.length);
  }
  // (and the bracket a count written after its noun opens: 新增城镇就业(1.2万人))
  s = s
    .replace(MONTH_DEADLINE, '')
    .replace(/[\s“”"]/gu, '')
    .replace(/\($/, '');
  const opensWord = () => METRIC_OPENING_WORDS.some((w) => s.startsWith(w));
  let previous: string;
  do {
    previous = s;
    for (const w of METRIC_FILLER_WORDS) {
      if (s.startsWith(w) && !opensWord()) s = s.slice(w.length);
      if (s.endsWith(w)) s = s.slice(0, s.length - w.length);
    }
    for (const w of METRIC_TRAILING_ADVERBS) if (s.endsWith(w)) s = s.slice(0, s.length - w.length);
  } while (s !== previous);
  const lead = METRIC_LEADING_WORDS.find((w) => s.startsWith(w) && s.length > w.length + 1 && !opensWord());
  if (lead) s = s.slice(lead.length);
  s = s.replace(/^[的将要]+|[的了将要均]+$/gu, '');
  const de = s.lastIndexOf('的');
  // (a share keeps what it is a share of: 制造业增加值占全市生产总值的比重)
  if (de >= 0 && s.length > 8 && !SHARE_OF.test(s)) s = s.slice(de + 1);
  return s.length > MAX_METRIC ? s.slice(-MAX_METRIC) : s;
}

/**
 * “十四五”期间 after a verb or noun names the span of the noun after it (完成“十四五”期间改厕任务
 * 总数的60%), not the deadline of the clause: only a period that opens its clause, or follows a word
 * of a deadline, dates it (十四五期间,全市新增…).
 */
function isSpanOfNoun(text: string, period: RegExpExecArray): boolean {
  if (period[2] !== '期间') return false;
  const { before } = wordsAround(text, toSpan(period));
  return HAN_CHAR.test(before.slice(-1)) && !DEADLINE_BEFORE.some((w) => before.endsWith(w));
}

/** A year or period the text compares with (比2020年, 相较于十三五末, 与十三五末相比): no deadline. */
function isBaseline(text: string, s: Span): boolean {
  const { before, after } = wordsAround(text, s);
  return BASELINE_AFTER.some((w) => after.startsWith(w)) || BASELINE_BEFORE.some((w) => before.endsWith(w));
}

/**
 * How a year dates the text after it: a deadline or start (到2026年, 2023年底前, 2021年起), a
 * report (截至2023年底), a bare statement (clause-initial 2020年, 2023年底), or nothing (a baseline:
 * 在2021年的基础上, 比2020年; 关于2023年重点工作).
 */
function yearKind(text: string, d: Span, bare: boolean): YearKind | null {
  const { before, after } = wordsAround(text, d);
  if (DEADLINE_AFTER.some((w) => after.startsWith(w))) return 'deadline';
  if (BASELINE_AFTER.some((w) => after.startsWith(w))) return null;
  if (PAST_BEFORE.some((w) => before.endsWith(w))) return 'past';
  // 对2020年已达标的街道: the year describes the object of a task, it dates no goal
  if ([...OBJECT_PREPOSITIONS].some((p) => before.endsWith(p))) return null;
  const other = NOT_DEADLINE_BEFORE.some((w) => before.endsWith(w));
  if (!other && DEADLINE_BEFORE.some((w) => before.endsWith(w))) return 'deadline';
  if (other || BASELINE_BEFORE.some((w) => before.endsWith(w))) return null;
  if (STATED_AFTER.some((w) => after.startsWith(w)) || STATED_BEFORE.some((w) => before.endsWith(w))) {
    return 'stated';
  }
  // a bare year opening a clause states when: "2020年,全市…", "2021年拟建…"; a space before it
  // parts it from a heading (主要目标 2025年…)
  const opens = text.slice(Math.max(0, d.start - 1), d.start);
  return bare && (opens === '' || `${CLAUSE_BREAKS} 、`.includes(opens)) ? 'stated' : null;
}

/**
 * The four characters before and after a year or period, over the spaces pages set around numbers
 * (较 2015 年降): the words that make it a baseline or a deadline are read across them.
 */
function wordsAround(text: string, s: Span): { before: string; after: string } {
  return {
    before: text
      .slice(Math.max(0, s.start - 8), s.start)
      .replace(/ +$/u, '')
      .slice(-4),
    after: text
      .slice(s.end, s.end + 8)
      .replace(/^ +/u, '')
      .slice(0, 4),
  };
}

/**
 * The anchor of the last year before `pos` with no line break or heading marker in between; the
 * date of a report (截至2023年底) only within its own sentence.
 */
function findYear(anchors: YearAnchor[], resets: Span[], sentences: Runs, pos: number): YearAnchor | null {
  let anchor = lastBefore(anchors, (a) => a.end <= pos);
  // (a part's year dates its own sentence only)
  if (anchor?.outer !== undefined && sentences.startAt(pos) > anchor.start)
    anchor = anchor.outer ?? undefined;
  if (!anchor) return null;
  const reset = lastBefore(resets, (r) => r.start < pos);
  if (reset && reset.start >= anchor.end) return null;
  return anchor.kind === 'past' && sentences.startAt(pos) > anchor.start ? null : anchor;
}

/** The year dates a part of the total before it (其中2021年). */
function isPartYear(text: string, a: YearAnchor): boolean {
  const { before } = wordsAround(text, a);
  return STATED_BEFORE.some((w) => before.endsWith(w));
}

/** Where any of `words` starts in the text, ascending. */
function findWordStarts(text: string, words: readonly string[]): number[] {
  const starts: number[] = [];
  for (const w of words) {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) starts.push(i);
  }
  return starts.sort((a, b) => a - b);
}

/** The last of `items` (sorted) for which `ok` holds, `ok` being true up to some index. */
function lastBefore<T>(items: T[], ok: (x: T) => boolean): T | undefined {
  return items[countLeading(items.length, (i) => ok(items[i]!)) - 1];
}

/** The run around a quantity, at most WINDOW characters to either side of it. */
function around(q: QuantityMatch, runs: Runs): Span {
  return {
    start: Math.max(runs.startAt(q.start), q.start - WINDOW),
    end: Math.min(runs.endAt(q.start), q.end + WINDOW),
  };
}

// per UTF-16 unit, which runs it breaks (a look-up per char, cheaper than a Set)
const BREAKS_CLAUSE = 1;
const BREAKS_SENTENCE = 2;
const BREAKS_PARAGRAPH = 4;
const BREAK_CODES = new Uint8Array(0x10000);
for (const c of CLAUSE_BREAKS) BREAK_CODES[c.charCodeAt(0)]! |= BREAKS_CLAUSE;
for (const c of SENTENCE_BREAKS) BREAK_CODES[c.charCodeAt(0)]! |= BREAKS_SENTENCE;
BREAK_CODES['\n'.charCodeAt(0)]! |= BREAKS_PARAGRAPH;

/**
 * The clauses, sentences and paragraphs of a text, in one pass: clauses and sentences also break
 * at the chars of `markers` (spans in order of their start, as the scanner finds them), clauses
 * at the positions `asides` (ascending).
 */
function indexRuns(
  s: string,
  markers: Span[],
  asides: number[],
): { clauses: Runs; sentences: Runs; paragraphs: Runs } {
  const clauses: number[] = [];
  const sentences: number[] = [];
  const paragraphs: number[] = [];
  let m = 0; // the first marker that does not end before i
  let a = 0; // the first aside break not before i
  for (let i = 0; i < s.length; i++) {
    while (m < markers.length && markers[m]!.end <= i) m++;
    const inMarker = m < markers.length && markers[m]!.start <= i;
    const breaks = BREAK_CODES[s.charCodeAt(i)]!;
    const aside = a < asides.length && asides[a] === i;
    if (aside) a++;
    if (inMarker || aside || (breaks & BREAKS_CLAUSE) !== 0) clauses.push(i);
    if (inMarker || (breaks & BREAKS_SENTENCE) !== 0) sentences.push(i);
    if ((breaks & BREAKS_PARAGRAPH) !== 0) paragraphs.push(i);
  }
  return {
    clauses: new Runs(clauses, s.length),
    sentences: new Runs(sentences, s.length),
    paragraphs: new Runs(paragraphs, s.length),
  };
}

/**
 * The brackets of the parentheses that spell out (即…), list clauses (…;…) or break down the count
 * right before them (新增生猪5万头(外购2万头,自繁3万头)), and the 即 after one.
 */
function asideBreaks(text: string): number[] {
  const out: number[] = [];
  for (const m of execAll(ASIDE, text)) {
    const explains = m[1] !== '';
    if (!explains && !m[2]!.includes(';') && !breaksDown(text, m.index, m[2]!)) continue;
    out.push(m.index, ...(explains ? [m.index + 1] : []), m.index + m[0].length - 1);
  }
  return out;
}

/** The parenthesis at `open`, holding `inside`, counts parts of the quantity that ends right before it. */
function breaksDown(text: string, open: number, inside: string): boolean {
  if (!hasQuantity(inside)) return false;
  const before = text.slice(Math.max(0, open - BREAKDOWN_LOOKBACK), open);
  return findQuantities(before).at(-1)?.end === before.length;
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

/**
 * The quantity opens a quoted name (“三个中心”, “两个高地”): an opening quote right before
 * it, and the closing one a few characters after it with nothing but characters between.
 */
function isQuotedName(text: string, q: QuantityMatch): boolean {
  if (q.start === 0 || !OPENING_QUOTES.includes(text[q.start - 1]!)) return false;
  const close = /^\p{Script=Han}{0,8}(.)/u.exec(text.slice(q.end, q.end + 10));
  return close !== null && CLOSING_QUOTES.includes(close[1]!);
}

function firstOccurrence(s: string, words: readonly string[]): Span | null {
  let best: Span | null = null;
  for (const w of words) {
    const i = s.indexOf(w);
    if (i >= 0 && (!best || i < best.start)) best = { start: i, end: i + w.length };
  }
  return best;
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

function lineBreaks(text: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push({ start: i, end: i + 1 });
  return out;
}

function toSpan(m: RegExpMatchArray): Span {
  return { start: m.index!, end: m.index! + m[0].length };
}
