import type { Section } from '../schema/contract.js';
import type { OutlineNode } from '../structure/index.js';
import { tidyTitle, type ExtractContext } from './context.js';

/** The contract's sections from the tree's nodes; ids are positions ("2.1.3"), prefixed per attachment. */
export function toSections(nodes: OutlineNode[], ctx: ExtractContext, prefix = ''): Section[] {
  return nodes.map((node, i) => {
    const id = `${prefix}${i + 1}`;
    const h = node.heading;
    const own = ctx.norm.text.slice(node.titleTo === node.titleFrom ? node.titleFrom : (h.bodyFrom ?? h.to), h.to).trim();
    const text = [own, ...node.paragraphs.map((p) => p.text)].filter(Boolean).join('\n');
    return {
      id,
      level: node.level,
      marker: node.marker,
      recovered: node.recovered,
      title: tidyTitle(ctx.norm.text.slice(node.titleFrom, node.titleTo)),
      text,
      span: ctx.span(h.from, h.to),
      children: toSections(node.children, ctx, `${id}.`),
    };
  });
}
