import type { DeptRef, Measure } from '../schema/contract.js';
import {
  FRAME_NOUNS,
  LISTED_THING_NOUNS,
  NON_MEASURE_HEADINGS,
  RATIONALE_HEADING_ENDINGS,
  STATUS_WORK_VERBS,
} from '../knowledge/heading-markers.js';
import { GROUP_NOUNS } from '../knowledge/roles.js';
import type { ExtractContext } from './context.js';
import {
  classifyDepartment,
  findDuties,
  findResponsibility,
  splitDepartmentList,
  type Responsibility,
} from './department.js';
import { isReviewHeading, type SectionVisit } from './outline.js';
import { opensRoster } from './personnel.js';

const FRAME = new Set<string>(NON_MEASURE_HEADINGS);
// 指导思想及目标, 会战原则, 基本原则和主要目标: a title of nothing but frame nouns
const FRAME_PART = `(?:\\p{Script=Han}{0,2}?(?:${FRAME_NOUNS.join('|')}))`;
const FRAME_TITLE = new RegExp(`^${FRAME_PART}(?:[及和与、]${FRAME_PART})*$`, 'u');

/** A heading of the plan's frame (指导思想, 目标要求, 会战原则) or rationale (…的重大意义): no work under it. */
function isFrame(title: string): boolean {
  const bare = title.replace(/[:。]$/, '');
  return FRAME.has(bare) || FRAME_TITLE.test(bare) || RATIONALE_HEADING_ENDINGS.some((w) => bare.endsWith(w));
}

// "(三)以下区域为全年禁放区:", "下列公共场所…:", "禁放区包括下列地点:": a heading that announces a list
// of places or things (以下/下列 opening it, or after 为/是/包括, and a colon closing it; not
// "(三)加强县级以下地方就业服务")
const ANNOUNCES_THINGS = new RegExp(
  `(?:^|为|是|包括)(?:以下|下列)[\\u4e00-\\u9fff]{0,4}?(?:${LISTED_THING_NOUNS.join('|')})`,
);

// 联席会议成员, 领导小组成员名单, 指挥部组成人员; 联席会议的职责, 领导小组职责 (as 主要职责)
const NAMES_MEMBERS_OR_DUTIES = new RegExp(
  `(?:${GROUP_NOUNS.join('|')})的?(?:成员|成员名单|组成人员|职责)[:。]?$`,
);

/**
 * Measures: the titled leaves of the outline (in the text and in attachments), and any section
 * that names responsible units, except the plan's frame (指导思想, 基本原则, 主要目标 …).
 * Responsibility comes from the measure's own text: a closing parenthesis, 责任单位:, 牵头/配合,
 * or (in a leaf) a sentence assigning it (由X负责。X牵头，Y配合。); else from a note in its title
 * ((一)X(责任单位:…)). A measure that names none takes the note of the nearest heading above it.
 * In an announcement (公告, 通告: `announces`) only an item of the text that assigns it to units is one.
 */
export function extractMeasures(visits: SectionVisit[], ctx: ExtractContext, announces = false): Measure[] {
  const measures: Measure[] = [];
  // By section id: the departments a section's own note names, or those it inherits.
  const notes = new Map<string, DeptRef[]>();
  for (const v of visits) {
    const { section } = v;
    const leaf = v.node.children.length === 0;
    // An introduction's running text is no assignment of the measures under it: only a note is.
    // The heading's line as written: a title cut at a ':' may have split a note ((责任单位: …)).
    const headingLine = ctx.norm.text.slice(v.node.titleFrom, v.node.heading.to);
    // (a leaf that has no note: the duties its text gives units, 区甲局负责…;区乙局会同…, or its
    // heading's line, an item of one sentence: 5.市甲局负责…)
    const roster = holdsRoster(section.text);
    const responsibility =
      findResponsibility(section.text, { runIn: leaf, notes: !roster }) ??
      findResponsibility(headingLine, { runIn: false }) ??
      (leaf ? (findDuties(section.text) ?? findDuties(headingLine)) : null);
    const own = responsibility ? toDeptRefs(responsibility) : null;
    const inherited = notes.get(parentId(section.id)) ?? null;
    const given = own ?? (leaf ? null : readHeadingLead(section.title)) ?? inherited;
    if (given) notes.set(section.id, given);
    // (a regulation's article is a unit of its rules, titled or not: 第一条 目的)
    const article = v.node.style === 'article';
    if (!section.title || article || v.inArticle || [...v.path, section.title].some(isFrame)) continue;
    // the places or things a heading lists are no work of their own
    const over = v.path.at(-1) ?? '';
    if (over.endsWith(':') && ANNOUNCES_THINGS.test(over)) continue;
    // a plan's review (一、发展基础 and what it holds) reports results: no work in it
    if (reportsStatus(section.title) || v.path.some(isReviewHeading)) continue;
    // a body's roster (市绿化委员会 / 主任:张某 副主任:…, or 组织领导 / 成立…领导小组。 / 组长:张某; not
    // a 链长's part naming its units) or a group's members and duties
    if ((roster && !responsibility) || NAMES_MEMBERS_OR_DUTIES.test(section.title)) continue;
    if (!leaf && !responsibility) continue;
    // (征收范围, 禁止燃放时间: what the public is told; an attachment has a kind of its own)
    if (announces && !responsibility && !section.id.startsWith('a')) continue;
    measures.push({
      id: `m${section.id}`,
      sectionId: section.id,
      path: v.path,
      title: section.title,
      text: section.text,
      departments: (given ?? []).map((d) => ({ ...d })),
      span: section.span,
    });
    if (!responsibility && /(?:责任单位|牵头单位|牵头部门)[:：]/.test(section.text)) {
      ctx.report({
        ruleId: 'measure/unread-responsibility',
        severity: 'warning',
        message: `measure "${section.title}" mentions responsible units that could not be read`,
        from: v.node.heading.from,
        to: v.node.heading.to,
      });
    }
  }
  return measures;
}

/** A line of the text opens a roster (组 长:张某). */
function holdsRoster(text: string): boolean {
  return text.split('\n').some((line) => opensRoster(line.trimStart()));
}

/**
 * A heading that reports how things stand (城市节水和污水再生利用情况, 发展现状与形势): no unit
 * carries it out, unless a reporting verb makes it work (定期通报落实情况).
 */
function reportsStatus(title: string): boolean {
  const bare = title.replace(/[。:]$/, '');
  if (isReviewHeading(bare)) return true;
  return bare.endsWith('情况') && !STATUS_WORK_VERBS.some((verb) => bare.includes(verb));
}

// a heading that groups the work one unit leads: "一、县某局牵头工作(8项)", "市某委负责事项"
const HEADING_LEAD = /^(.{2,60}?)(?:牵头|负责)(?:的)?(?:工作|任务|事项|项目)/;

/** The units a grouping heading names as leading the items under it, or null. */
function readHeadingLead(title: string): DeptRef[] | null {
  const named = HEADING_LEAD.exec(title)?.[1];
  if (!named) return null;
  const units = splitDepartmentList(named).map((u) => ({
    name: u.name,
    canonical: classifyDepartment(u.name).canonical,
    role: 'lead' as const,
  }));
  return units.length > 0 && units.every((u) => u.canonical !== null) ? units : null;
}

function toDeptRefs(responsibility: Responsibility): DeptRef[] {
  return responsibility.units.map((u) => ({
    name: u.name,
    canonical: classifyDepartment(u.name).canonical,
    role: u.role,
  }));
}

/** The id of the section above (1.2.3 → 1.2, a1/2.1 → a1/2), or '' for a top section. */
function parentId(id: string): string {
  const cut = id.lastIndexOf('.');
  return cut >= 0 ? id.slice(0, cut) : '';
}
