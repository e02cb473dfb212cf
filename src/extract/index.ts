import type { Attachment, PolicyDocument } from '../schema/contract.js';
import type { DocTree } from '../structure/index.js';
import { tidyTitle, ExtractContext } from './context.js';
import { extractMetadata } from './metadata.js';
import { extractNotice } from './notice.js';
import { toSections } from './outline.js';
import { extractPersonnel, type RosterInput } from './personnel.js';
import type { OutlineNode } from '../structure/index.js';
import { GROUP_NOUNS } from '../knowledge/roles.js';

/** Reads the typed values of output contract v1 from the tree. */
export function extract(tree: DocTree): PolicyDocument {
  const ctx = new ExtractContext(tree.norm);
  for (const m of tree.messages) ctx.report(m);
  const notice = tree.notice ? extractNotice(tree.notice, ctx) : null;
  const metadata = extractMetadata(tree, notice, ctx);
  const outline = toSections(tree.outline.sections, ctx);
  const attachments: Attachment[] = tree.attachments.map((a, k) => {
    const last = [...a.title, ...a.outline.intro].at(-1) ?? a.label;
    return {
      label: a.label.text,
      title: tidyTitle(a.title.map((b) => b.text).join('')),
      outline: toSections(a.outline.sections, ctx, `a${k + 1}/`),
      measures: [],
      span: ctx.span(a.label.from, Math.max(last.to, lastBlockEnd(a.outline.sections) ?? last.to)),
    };
  });
  return {
    schemaVersion: '1',
    source: tree.norm.source.source,
    metadata,
    notice,
    outline,
    measures: [],
    targets: [],
    departments: [],
    personnel: extractPersonnel(rosterInputs(tree), documentGroup(tree), ctx),
    references: [],
    attachments,
    removals: tree.norm.removals,
    messages: ctx.messages,
  };
}

function lastBlockEnd(nodes: DocTree['outline']['sections']): number | undefined {
  const last = nodes.at(-1);
  if (!last) return undefined;
  return lastBlockEnd(last.children) ?? last.paragraphs.at(-1)?.to ?? last.heading.to;
}

/** Every block of the text in document order, with the title of the section it stands in. */
function rosterInputs(tree: DocTree): RosterInput[] {
  const out: RosterInput[] = [];
  const walk = (nodes: OutlineNode[]) => {
    for (const node of nodes) {
      const sectionTitle = tree.norm.text.slice(node.titleFrom, node.titleTo);
      out.push({ block: node.heading, sectionTitle });
      for (const block of node.paragraphs) out.push({ block, sectionTitle });
      walk(node.children);
    }
  };
  for (const block of tree.notice?.body ?? []) out.push({ block, sectionTitle: null });
  for (const block of tree.outline.intro) out.push({ block, sectionTitle: null });
  walk(tree.outline.sections);
  for (const a of tree.attachments) {
    for (const block of a.outline.intro) out.push({ block, sectionTitle: null });
    walk(a.outline.sections);
  }
  return out;
}

const GROUP_IN_TITLE = new RegExp(`(?:成立|调整)?([\\u4e00-\\u9fff“”]{2,40}?(?:${GROUP_NOUNS.join('|')}))`);

/** The group a roster belongs to, as the document's or an attachment's title names it. */
function documentGroup(tree: DocTree): string | null {
  const titles = [...tree.attachments.map((a) => a.title.map((b) => b.text).join('')), tree.notice?.title.map((b) => b.text).join('') ?? '', tree.docTitle.map((b) => b.text).join('')];
  for (const t of titles) {
    const m = GROUP_IN_TITLE.exec(t);
    if (m) return m[1]!.replace(/^.*?(?:关于|成立|调整)/, '').replace(/组成人员$/, '');
  }
  return null;
}
