import type { DeptRef, Measure } from '../schema/contract.js';
import { NON_MEASURE_HEADINGS } from '../knowledge/heading-markers.js';
import type { ExtractContext } from './context.js';
import { classifyDepartment, findResponsibility } from './department.js';
import type { SectionVisit } from './outline.js';

const FRAME = new Set<string>(NON_MEASURE_HEADINGS);

/**
 * Measures: the titled leaves of the outline (in the text and in attachments), and any section
 * that names responsible units, except the plan's frame (指导思想, 基本原则, 主要目标 …).
 * Responsibility comes from the measure's own text: a closing parenthesis, 责任单位:, 牵头/配合.
 */
export function extractMeasures(visits: SectionVisit[], ctx: ExtractContext): Measure[] {
  const measures: Measure[] = [];
  for (const v of visits) {
    const { section } = v;
    if (!section.title || v.inArticle || [...v.path, section.title].some((t) => FRAME.has(t))) continue;
    const responsibility = findResponsibility(section.text);
    if (v.node.children.length > 0 && !responsibility) continue;
    const departments: DeptRef[] = (responsibility?.units ?? []).map((u) => ({
      name: u.name,
      canonical: classifyDepartment(u.name).canonical,
      role: u.role,
    }));
    measures.push({
      id: `m${section.id}`,
      sectionId: section.id,
      path: v.path,
      title: section.title,
      text: section.text,
      departments,
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
