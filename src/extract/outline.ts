import type { Section } from '../schema/contract.js';
import type { OutlineNode } from '../structure/index.js';
import { REVIEW_HEADING_WORDS } from '../knowledge/target-words.js';
import { tidyTitle, type ExtractContext } from './context.js';

/** A section as the later extractors see it: its node, its contract form and where it stands. */
export interface SectionVisit {
  node: OutlineNode;
  section: Section;
  /** Titles of the sections above it. */
  path: string[];
  /** Index of the attachment it belongs to, or null for the main text. */
  attachment: number | null;
  /** It stands inside an article (第X条) of a regulation: an item of the article, not a unit of its own. */
  inArticle: boolean;
}

/**
 * The contract's sections from the tree's nodes; ids are positions ("2.1.3"), prefixed per
 * attachment ("a1/2"). Every section is also reported to `visits`, in document order.
 */
export function toSections(
  nodes: OutlineNode[],
  ctx: ExtractContext,
  visits: SectionVisit[],
  attachment: number | null = null,
  prefix = attachment === null ? '' : `a${attachment + 1}/`,
  path: string[] = [],
  inArticle = false,
): Section[] {
  return nodes.map((node, i) => {
    const id = `${prefix}${i + 1}`;
    const h = node.heading;
    const untitled = node.titleTo === node.titleFrom;
    const own = ctx.norm.text.slice(untitled ? node.titleFrom : (h.bodyFrom ?? h.to), h.to).trim();
    // a title may run over lines (a transmitted document's, as a part): they are the heading's
    const headingEnd = Math.max(h.to, node.titleTo);
    const title = tidyTitle(ctx.norm.text.slice(node.titleFrom, node.titleTo).replace(/\n/g, ''));
    const paragraphs = node.paragraphs.filter((p) => p.from >= headingEnd);
    const section: Section = {
      id,
      level: node.level,
      marker: node.marker,
      recovered: node.recovered,
      title,
      text: [own, ...paragraphs.map((p) => p.text)].filter(Boolean).join('\n'),
      span: ctx.span(h.from, headingEnd),
      children: [],
    };
    visits.push({ node, section, path, attachment, inArticle });
    const childPath = title ? [...path, title] : path;
    const childInArticle = inArticle || node.style === 'article';
    section.children = toSections(
      node.children,
      ctx,
      visits,
      attachment,
      `${id}.`,
      childPath,
      childInArticle,
    );
    return section;
  });
}

/** A heading under which a plan reviews what was done (发展现状与形势, 发展成就): results, not work. */
export function isReviewHeading(title: string): boolean {
  // (a year may open it: 2023年工作回顾)
  const words = title.replace(/^(?:19|20)\d{2}年度?/, '');
  return REVIEW_HEADING_WORDS.some((word) => words.startsWith(word));
}
