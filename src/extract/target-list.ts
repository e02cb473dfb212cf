import {
  ACTION_PLAN_TITLE_WORDS,
  COMMITMENT_TITLE_WORDS,
  PLAN_TITLE_WORDS,
  RESULT_REPORT_TITLE_WORDS,
} from '../knowledge/target-words.js';
import { YEAR_NUMBER } from '../knowledge/numerals.js';
import type { Target } from '../schema/contract.js';
import type { Block } from '../segment/index.js';
import type { ExtractContext } from './context.js';
import { readChineseNumber } from './numerals.js';
import { findTargets } from './targets.js';
import { isReviewHeading } from './outline.js';

/** A stretch of text to read targets from: a block (from an offset on), and the measure it is part of. */
export interface TargetSource {
  block: Block;
  from: number;
  measureId: string | null;
  /** The titles of the sections it stands in (a 主要目标 section states goals). */
  path: string[];
  /** The line of the heading over it, when it is a paragraph of a section. */
  heading?: string;
  /** It states goals whatever its section: the task a table assigns to units. */
  goals?: boolean;
}

// a deadline the run-in text of a heading sets for what follows it (…发展目标。到2025年,…; pages
// set spaces around the number: 到 2025 年)
const DEADLINE_YEAR = /(?:到|至) *((?:19|20)\d{2}) *年/g;

/** The one deadline year a heading's line sets, else null (none, or several). */
function headingDeadline(line: string | undefined): number | null {
  if (!line) return null;
  const years = new Set([...line.matchAll(DEADLINE_YEAR)].map((m) => Number(m[1])));
  return years.size === 1 ? [...years][0]! : null;
}

// a year named alone (2024年主要目标, 2024 年…), not the end of a period (2021—2025年)
const NAMED_YEAR = /(?<![\d.—–~\-至到] *)((?:19|20)\d{2}) *年(?! *[\d—–~\-至到])/gu;

/** The one year a title names (2024年主要目标, 2024年工作要点), else null (none, or several). */
export function titleYear(title: string | null): number | null {
  if (!title) return null;
  const years = new Set([...title.matchAll(NAMED_YEAR)].map((m) => Number(m[1])));
  return years.size === 1 ? [...years][0]! : null;
}

// a period of years (2018-2020年, 2023年—2025年, 二〇一八—二〇二〇年): the span a plan runs over
const TITLE_PERIOD = new RegExp(
  `(?<!\\d)(${YEAR_NUMBER}) *年?\\s*[—–~\\-至到]\\s*(${YEAR_NUMBER}) *年`,
  'gu',
);

/** The last year of the one period a title names (…三年行动方案(2018-2020年)), else null. */
function titlePeriodEnd(title: string | null): number | null {
  if (!title) return null;
  const ends = new Set<number>();
  for (const m of title.matchAll(TITLE_PERIOD)) {
    const [first, last] = [readChineseNumber(m[1]!), readChineseNumber(m[2]!)];
    if (first !== null && last !== null && last > first) ends.add(last);
  }
  return ends.size === 1 ? [...ends][0]! : null;
}

// how far into its text a page without a title says what it lists
const OPENING_CHARS = 40;

/**
 * Quantified goals of the text with their spans and the measures they belong to. The year the
 * document was issued tells a deadline from a past result; a section about 目标 states goals.
 * A goal the text does not date takes the deadline its heading's run-in text sets (发展目标。到2025年,
 * …), else the year of the nearest enclosing heading that names one, else that of the document's
 * title (2024年…工作要点), else the end of the period it names (…行动方案(2018-2020年)).
 */
export function extractTargets(
  sources: TargetSource[],
  contextYear: number | null,
  ctx: ExtractContext,
  docTitle: string | null = null,
): Target[] {
  const targets: Target[] = [];
  const documentYear = titleYear(docTitle);
  // (a page without its title says what it lists in its first words: 2024年为民办实事项目主要包括…)
  const heading =
    docTitle ?? ctx.norm.text.slice(sources[0]?.from ?? 0, (sources[0]?.from ?? 0) + OPENING_CHARS);
  const says = (words: readonly string[]) => words.some((w) => heading.includes(w));
  const reports = says(RESULT_REPORT_TITLE_WORDS);
  const commitments = says(COMMITMENT_TITLE_WORDS) && !reports;
  const planYear = docTitle !== null && says(PLAN_TITLE_WORDS) && !reports ? documentYear : null;
  const actionPlan = docTitle !== null && says(ACTION_PLAN_TITLE_WORDS) && !reports;
  // a plan over a period (2018-2020年) sets its undated goals for the period’s end;
  // a report on one counts what was done
  const periodYear = reports ? null : titlePeriodEnd(docTitle);
  // every block of a section has the same path: each title is read once
  const yearOf = new Map<string, number | null>();
  const cachedYear = (title: string) => {
    if (!yearOf.has(title)) yearOf.set(title, titleYear(title));
    return yearOf.get(title)!;
  };
  for (const { block, from, measureId, path, heading, goals } of sources) {
    if (path.some(isReviewHeading)) continue;
    const text = ctx.norm.text.slice(from, block.to);
    const goalSection = goals === true || path.some((title) => title.includes('目标'));
    const headingYear =
      headingDeadline(heading) ??
      path.reduceRight<number | null>((year, title) => year ?? cachedYear(title), null);
    const defaultYear = headingYear ?? documentYear ?? periodYear;
    // (the tasks of a plan for one year are read as such already)
    const planTask = actionPlan && planYear === null && measureId !== null;
    const options = { contextYear, goalSection, defaultYear, commitments, planYear, planTask };
    for (const t of findTargets(text, options)) {
      targets.push({
        id: `t${targets.length + 1}`,
        text: t.text,
        metric: t.metric,
        year: t.year,
        value: t.value,
        valueMax: t.valueMax,
        unit: t.unit,
        normalized: t.normalized,
        comparator: t.comparator,
        kind: t.kind,
        measureId,
        span: ctx.span(from + t.start, from + t.end),
      });
    }
  }
  return targets;
}
