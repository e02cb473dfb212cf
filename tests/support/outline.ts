import { parseText } from '../../src/index.js';

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
