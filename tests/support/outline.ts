import { parseText, type PolicyDocument } from '../../src/index.js';

/** Parses a text and lists its outline as "level marker title" lines, with its messages' rule ids. */
export const outline = (body: string) =>
  parseText(body).then((d) => {
    const out: string[] = [];
    const walk = (list: typeof d.outline) =>
      list.forEach((s) => {
        out.push(`${s.level} ${s.marker} ${s.title}`);
        walk(s.children);
      });
    walk(d.outline);
    return { out, messages: d.messages.map((m) => m.ruleId), doc: d };
  });

/** A document's outline as "level marker title" lines, each recovered marker marked "(recovered)". */
export function outlineLines(sections: PolicyDocument['outline']): string[] {
  return sections.flatMap((s) => [
    `${s.level} ${s.marker} ${s.title}${s.recovered ? ' (recovered)' : ''}`,
    ...outlineLines(s.children),
  ]);
}
