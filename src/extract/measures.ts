import type { DeptRef, Measure } from '../schema/contract.js';
import { NON_MEASURE_HEADINGS } from '../knowledge/heading-markers.js';
import type { ExtractContext } from './context.js';
import { classifyDepartment, findResponsibility, type Responsibility } from './department.js';
import type { SectionVisit } from './outline.js';

const FRAME = new Set<string>(NON_MEASURE_HEADINGS);

/**
 * Measures: the titled leaves of the outline (in the text and in attachments), and any section
 * that names responsible units, except the plan's frame (指导思想, 基本原则, 主要目标 …).
 * Responsibility comes from the measure's own text: a closing parenthesis, 责任单位:, 牵头/配合,
 * or (in a leaf) a sentence assigning it (由X负责。X牵头，Y配合。); else from a note in its title
 * ((一)X(责任单位:…)). A measure that names none takes the note of the nearest heading above it.
 */
export function extractMeasures(visits: SectionVisit[], ctx: ExtractContext): Measure[] {
  const measures: Measure[] = [];
  // By section id: the departments a section's own note names, or those it inherits.
  const notes = new Map<string, DeptRef[]>();
  for (const v of visits) {
    const { section } = v;
    const leaf = v.node.children.length === 0;
    // An introduction's running text is no assignment of the measures under it: only a note is.
    // The heading's line as written: a title cut at a ':' may have split a note ((责任单位: …)).
    const headingLine = ctx.norm.text.slice(v.node.titleFrom, v.node.heading.to);
    const responsibility =
      findResponsibility(section.text, { runIn: leaf }) ?? findResponsibility(headingLine, { runIn: false });
    const own = responsibility ? toDeptRefs(responsibility) : null;
    const inherited = notes.get(parentId(section.id)) ?? null;
    if (own ?? inherited) notes.set(section.id, (own ?? inherited)!);
    const isFrame = (title: string) => FRAME.has(title.replace(/:$/, ''));
    if (!section.title || v.inArticle || [...v.path, section.title].some(isFrame)) continue;
    if (!leaf && !responsibility) continue;
    measures.push({
      id: `m${section.id}`,
      sectionId: section.id,
      path: v.path,
      title: section.title,
      text: section.text,
      departments: (own ?? inherited ?? []).map((d) => ({ ...d })),
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
