import type { AdminLevel } from '../knowledge/departments.js';
import type { Department, Measure, Person, Span } from '../schema/contract.js';
import type { Block } from '../segment/index.js';
import type { ExtractContext } from './context.js';
import { classifyDepartment, findDepartmentMentions, readTitleUnit } from './department.js';
import { findDocNumbers } from './doc-number.js';

/**
 * Every unit the document names (in responsibilities, rosters and prose; a national document's
 * bare ministry names too), with its function in
 * the taxonomy, its level, how often it is named and the measures it leads or joins. A unit
 * the taxonomy does not know is kept with canonical null and an info message; collective
 * assignees (各县市区政府) are no units and are left to the measures that name them. In a national
 * document (its issuer national, or its roster a national group's) a known body named without a
 * level (发展改革委, 统计局) is the national one.
 */
export function buildDepartmentRegister(
  blocks: Block[],
  measures: Measure[],
  personnel: Person[],
  nationalIssuer: boolean,
  ctx: ExtractContext,
): Department[] {
  const national = nationalIssuer || isNationalRoster(personnel);
  type Entry = Department & { firstSeen: Span; blanket: boolean };
  // keyed by the name, and by the level a bare name takes from its list (市民政局、财政局 and 县民政局、
  // 财政局 name two 财政局, one of each level)
  const byName = new Map<string, Entry>();
  // (a level the name itself does not give: that of the list it stands in, or of its level word)
  const entry = (name: string, firstSeen: Span, givenLevel?: AdminLevel) => {
    const c = classifyDepartment(name);
    const key = c.level === null && givenLevel ? `${name}\u0000${givenLevel}` : name;
    // a bare name with no level of its own (a measure's unit, a roster's title): the entry of that name
    // in the span, else the first of that name
    let d = byName.get(key) ?? (givenLevel ? undefined : sameName(name, firstSeen));
    if (!d) {
      d = {
        name,
        canonical: c.canonical,
        level:
          c.level ??
          givenLevel ??
          (national && c.canonical !== null && !c.blanket && !c.sector ? 'national' : null),
        mentions: 0,
        leads: [],
        participates: [],
        firstSeen,
        blanket: c.blanket,
      };
      byName.set(key, d);
    }
    return d;
  };
  const sameName = (name: string, span: Span): Entry | undefined => {
    const all = [...byName.values()].filter((d) => d.name === name);
    return all.find((d) => d.firstSeen.start >= span.start && d.firstSeen.end <= span.end) ?? all[0];
  };
  for (const block of blocks) {
    // the agency code of a 文号 (某区委办〔2021〕26号) is no mention of the office, nor is the
    // issuer in a cited title (《国务院办公厅关于…的意见》), or written before it where the text
    // cites it (根据国务院办公厅《…办法》): none acts in this document
    const cited = [...findDocNumbers(block.text), ...findCitedTitles(block.text)];
    for (const m of findDepartmentMentions(block.text, national, ctx.norm.text)) {
      if (cited.some((n) => m.start >= n.start && m.end <= n.end) || isCitedIssuer(block.text, m)) continue;
      entry(m.name, ctx.span(block.from + m.start, block.from + m.end), m.listLevel).mentions++;
    }
  }
  // a roster's unit written as a known body alone (张三(市府办), 李四(公积金分中心)) is named there,
  // though prose would need a level word before it; so is a department the taxonomy does not know
  // before its post (市某某委主任), which prose mentions do not find
  for (const person of personnel) {
    for (const title of person.titles) {
      if (classifyDepartment(title).canonical !== null) {
        // (named in the roster's line already, perhaps with the level of its list)
        if (!sameName(title, person.span)?.mentions) entry(title, person.span).mentions++;
        continue;
      }
      const unit = findDepartmentMentions(title).length === 0 ? readTitleUnit(title) : null;
      if (unit && classifyDepartment(unit.name).canonical === null)
        entry(unit.name, person.span, unit.level).mentions++;
    }
  }
  for (const measure of measures) {
    for (const ref of measure.departments) {
      const d = entry(ref.name, measure.span);
      if (d.mentions === 0) d.mentions = 1;
      const list = ref.role === 'participate' ? d.participates : d.leads;
      if (!list.includes(measure.id)) list.push(measure.id);
    }
  }
  const out: Department[] = [];
  for (const { firstSeen: span, blanket, ...d } of byName.values()) {
    // a collective assignee (各县市区政府, 各有关部门) is no unit: its measures keep it
    if (blanket) continue;
    if (!d.canonical) {
      ctx.messages.push({
        ruleId: 'department/unknown',
        severity: 'info',
        message: `unit "${d.name}" is not in the department taxonomy; kept with no function`,
        line: span.line,
        column: span.column,
        span,
      });
    }
    out.push(d);
  }
  return out;
}

/**
 * A roster whose titles name national bodies (国务院副总理, 工业和信息化部部长) more often than any
 * other, and at least twice: a national group's, whose other titles name bodies without a level
 * (国资委主任, 统计局副局长) as a national document's prose does.
 */
function isNationalRoster(personnel: Person[]): boolean {
  let national = 0;
  let other = 0;
  for (const title of personnel.flatMap((p) => p.titles)) {
    // the State Council's own posts (国务院副总理, 国务院副秘书长) name no body of the taxonomy
    const body = findDepartmentMentions(title).find((m) => m.start === 0);
    if (title.startsWith('国务院') || (body && classifyDepartment(body.name).level === 'national'))
      national++;
    else if (body) other++;
  }
  return national >= 2 && national > other;
}

// the words a text cites another document with (根据, 按照 …), or the join after a title it cites
// (根据《甲》及乙厅《丙》)
const CITING_WORD = /(?:根据|依据|依照|按照|遵照|参照|对照|贯彻|落实|》(?:及|和|、|以及))$/;

/** The unit stands between a citing word and the title it issued (根据国务院办公厅《…》). */
function isCitedIssuer(text: string, m: { start: number; end: number }): boolean {
  return text[m.end] === '《' && CITING_WORD.test(text.slice(Math.max(0, m.start - 3), m.start));
}

/** The spans of the titles a text cites in 《》 (the outermost pair, when they nest). */
function findCitedTitles(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '《' && depth++ === 0) start = i;
    else if (text[i] === '》' && depth > 0 && --depth === 0) spans.push({ start, end: i + 1 });
  }
  return spans;
}
