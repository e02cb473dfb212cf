import type { Attachment, Metadata, PolicyDocument } from '../schema/contract.js';
import type { DocTree } from '../structure/index.js';
import { tidyTitle, ExtractContext } from './context.js';
import { extractMetadata, publishedOnPage, readFields } from './metadata.js';
import { bannerIssuer, extractNotice } from './notice.js';
import { toSections, type SectionVisit } from './outline.js';
import { extractMeasures } from './measures.js';
import { extractTableMeasures, type TableInput } from './task-table.js';
import { extractTargets, type TargetSource } from './target-list.js';
import { buildDepartmentRegister } from './department-register.js';
import { classifyDepartment } from './department.js';
import { readTransmittedTitles, titleText, withTitleMarks } from '../structure/titles.js';
import { extractReferences } from './references.js';
import { findUnplaced } from './unplaced.js';
import type { Block } from '../segment/index.js';
import { extractLeaders } from './leaders.js';
import { extractPersonnel, readGroupName, type RosterInput } from './personnel.js';
import { extractAttendees } from './attendees.js';
import type { OutlineNode } from '../structure/index.js';
import { ANNOUNCEMENT_TYPES } from '../knowledge/document-types.js';

/** Reads the typed values of output contract v1 from the tree. */
export function extract(tree: DocTree): PolicyDocument {
  const ctx = new ExtractContext(tree.norm);
  for (const m of tree.messages) ctx.report(m);
  if (tree.norm.source.script === 'traditional') {
    ctx.report({
      ruleId: 'ingest/traditional-script',
      severity: 'info',
      message: 'the text is in traditional script: it was read, and its values are given, in simplified form',
      from: 0,
      to: 0,
    });
  }
  const lostIndents = tree.norm.removals.filter((r) => r.kind === 'lost-indent');
  if (lostIndents.length > 0) {
    ctx.reportAt(lostIndents[0]!.span, {
      ruleId: 'ingest/lost-indent',
      severity: 'warning',
      message: `${lostIndents.length} runs of '?' stand where the page's blanks were lost (indents, blank lines, the padding of labels): removed`,
    });
  }
  const fields = readFields(tree, ctx);
  // (a damaged signed date is read as of the page's publish date, no later)
  const notice = tree.notice
    ? extractNotice(tree.notice, ctx, bannerIssuer(tree.header), publishedOnPage(fields, tree.header))
    : null;
  const metadata = extractMetadata(tree, fields, notice, ctx);
  const visits: SectionVisit[] = [];
  const outline = toSections(tree.outline.sections, ctx, visits);
  // what the cover notice transmits, as its title names it and as the document's own title does
  // (a notice transmitting several documents holds each as an unnumbered part of the outline);
  // a page without the cover's title names the document itself ("我们编制了《X规划》,现印发给你们")
  const transmitted = new Set(
    [
      notice?.transmits ?? '',
      // (each of the documents the notice hands on together, 《甲》和《乙》…现予印发; a single one
      // its title names, and a sentence may hand on a part of what it cites: 《报告》…分解下发)
      ...handedOnTogether(notice?.body ?? ''),
      titleText(tree.docTitle.map((b) => b.text)),
      metadata.title ?? '',
      ...outline
        .filter((s, i) => tree.outline.sections[i]!.style === 'part' && !s.marker)
        .map((s) => s.title),
    ].map(comparableTitle),
  );
  // a title that starts at 关于 left out the issuers the text (or the document's own title) names
  // it with
  const isTransmitted = (title: string) =>
    transmitted.has(title) ||
    [...transmitted].some(
      (t) => (t.startsWith('关于') && title.endsWith(t)) || (title.startsWith('关于') && t.endsWith(title)),
    );
  const attachments: Attachment[] = tree.attachments.map((a, k) => {
    const last = [...a.title, ...a.outline.intro].at(-1) ?? a.label;
    return {
      label: a.label.text,
      title: tidyTitle(a.title.map((b) => b.text).join('') || (a.label.attachment?.title ?? '')),
      outline: toSections(a.outline.sections, ctx, visits, k),
      measures: [],
      span: ctx.span(a.label.from, Math.max(last.to, lastBlockEnd(a.outline.sections) ?? last.to)),
    };
  });
  // attachments the 附件说明 names whose text is not in the document: after those that are
  for (const l of tree.listedAttachments)
    attachments.push({
      label: l.label,
      title: tidyTitle(l.title),
      outline: [],
      measures: [],
      span: ctx.span(l.block.from, l.block.to),
    });
  const tables = extractTableMeasures(tableInputs(tree, visits), ctx);
  const announces = (ANNOUNCEMENT_TYPES as readonly (string | null)[]).includes(metadata.genre);
  const allMeasures = [...extractMeasures(visits, ctx, announces), ...tables.measures];
  const measureOf = new Map(allMeasures.map((m) => [m.sectionId, m.id]));
  for (const m of allMeasures) {
    const k = /^a(\d+)\//.exec(m.sectionId);
    if (k) attachments[Number(k[1]) - 1]!.measures.push(m);
  }
  const measures = allMeasures.filter((m) => !m.sectionId.startsWith('a'));
  const roster = rosterInputs(tree);
  // the blocks of the text proper: the notice's body and title, the main text and attachments
  const textBlocks = roster.map((i) => i.block);
  // (a 纪要 records who chaired and who attended its meeting)
  const rostered = extractPersonnel(roster, documentGroup(tree), ctx);
  // (a leader a roster line names already keeps that entry)
  const rosteredNames = new Set(rostered.map((p) => p.name));
  const leaders = extractLeaders(metadata.title, textBlocks, ctx).filter((l) => !rosteredNames.has(l.name));
  const personnel = [
    ...rostered,
    ...leaders,
    ...(metadata.genre === '纪要' ? extractAttendees(textBlocks, ctx) : []),
  ];
  const placed: Omit<PolicyDocument, 'unplaced' | 'messages'> = {
    schemaVersion: '1',
    source: tree.norm.source.source,
    metadata,
    notice,
    preamble: readPreamble(tree.outline.intro, ctx),
    outline,
    measures,
    targets: extractTargets(
      targetSources(tree, visits, measureOf, tables.tasks),
      documentYear(metadata),
      ctx,
      metadata.title,
    ),
    departments: buildDepartmentRegister(
      textBlocks,
      allMeasures,
      personnel,
      isNational(notice?.issuer ?? metadata.publisher),
      ctx,
    ),
    personnel,
    // the document's own attachments, and the documents its cover notice transmits (named without
    // a number), are parts of it, not documents it cites
    // (a 题注 may name the decision that revised the document)
    references: extractReferences([...tree.adoptionRecords, ...textBlocks], metadata.docNumber, ctx).filter(
      (r) =>
        !r.title ||
        (!attachments.some((a) => a.title === r.title) &&
          (r.docNumber !== null || !isTransmitted(comparableTitle(r.title)))),
    ),
    attachments,
    removals: tree.norm.removals,
  };
  const unplaced = findUnplaced([...tree.header, ...tree.adoptionRecords, ...tree.trailer], placed, ctx);
  return { ...placed, unplaced, messages: ctx.messages };
}

/** The titles a notice's sentence hands on together, when it names more than one. */
function handedOnTogether(body: string): string[] {
  const titles = readTransmittedTitles(body);
  return titles.length > 1 ? titles : [];
}

/** Whether the issuer is a national body (国务院办公厅, 水利部): its text names bodies without a prefix. */
function isNational(issuer: string | null): boolean {
  return issuer !== null && classifyDepartment(issuer).level === 'national';
}

function readPreamble(intro: Block[], ctx: ExtractContext): PolicyDocument['preamble'] {
  if (intro.length === 0) return null;
  return { text: intro.map((b) => b.text).join('\n'), span: ctx.span(intro[0]!.from, intro.at(-1)!.to) };
}

function lastBlockEnd(nodes: DocTree['outline']['sections']): number | undefined {
  const last = nodes.at(-1);
  if (!last) return undefined;
  return lastBlockEnd(last.children) ?? last.paragraphs.at(-1)?.to ?? last.heading.to;
}

/** Every block of the text in document order, with the title of the section it stands in. */
function rosterInputs(tree: DocTree): RosterInput[] {
  const out: RosterInput[] = [];
  const walk = (nodes: OutlineNode[], groupHint: string | null) => {
    for (const node of nodes) {
      const sectionTitle = tree.norm.text.slice(node.titleFrom, node.titleTo);
      out.push({ block: node.heading, sectionTitle, groupHint });
      for (const block of node.paragraphs) out.push({ block, sectionTitle, groupHint });
      walk(node.children, groupHint);
    }
  };
  const plain = (blocks: Block[], groupHint: string | null) =>
    blocks.forEach((block) => out.push({ block, sectionTitle: null, groupHint }));
  plain(tree.notice?.body ?? [], null);
  plain(tree.outline.intro, null);
  walk(tree.outline.sections, null);
  for (const a of tree.attachments) {
    const groupHint = readGroupName(a.title.map((b) => b.text).join(''));
    plain(a.outline.intro, groupHint);
    walk(a.outline.sections, groupHint);
  }
  return out;
}

/** The group a roster belongs to, as the document's title names it. */
function documentGroup(tree: DocTree): string | null {
  const title = [...(tree.notice?.title ?? []), ...tree.docTitle].map((b) => b.text).join('');
  return readGroupName(title);
}

/**
 * Where targets are read: every block of the text (headings from their title on), with its
 * measure; the task of a table row is its row's, and states a goal (增加值增长8%).
 */
function targetSources(
  tree: DocTree,
  visits: SectionVisit[],
  measureOf: Map<string, string>,
  tableTasks: Map<Block, string>,
): TargetSource[] {
  const sources: TargetSource[] = [];
  const task = (block: Block) => {
    const measureId = tableTasks.get(block);
    return measureId === undefined ? {} : { measureId, goals: true };
  };
  const plain = (blocks: Block[]) =>
    blocks.forEach((block) =>
      sources.push({ block, from: block.from, measureId: null, path: [], ...task(block) }),
    );
  // a summary a page puts over the cover (a news repost's lead) states the goals too
  plain(tree.header.filter(isLeadSentence));
  plain(tree.outline.intro);
  for (const v of visits) {
    const measureId = measureOf.get(v.section.id) ?? null;
    const path = [...v.path, v.section.title];
    sources.push({ block: v.node.heading, from: v.node.titleFrom, measureId, path });
    // (a heading's run-in text may set the deadline of the paragraphs under it: (二)发展目标。到2025年,…)
    const heading = v.node.heading.text;
    for (const block of v.node.paragraphs)
      sources.push({ block, from: block.from, measureId, path, heading, ...task(block) });
  }
  for (const a of tree.attachments) plain(a.outline.intro);
  return sources.sort((x, y) => x.from - y.from);
}

/** A line of the page over the document that is prose: a whole sentence, not a label or a name. */
const isLeadSentence = (b: Block) => b.kind === 'paragraph' && b.text.length >= 20 && b.text.endsWith('。');

/** The year the document speaks from: signed, published, or its 文号's year. */
function documentYear(metadata: Metadata): number | null {
  const date = metadata.signedDate ?? metadata.publishDate;
  return date ? Number(date.slice(0, 4)) : (metadata.docNumber?.year ?? null);
}

/** The blocks of each outline in order, with their section ("0" for a preamble), for tables. */
function tableInputs(tree: DocTree, visits: SectionVisit[]): TableInput[] {
  const inputs: TableInput[] = [];
  const intro = (blocks: Block[], sectionId: string) =>
    blocks.forEach((block) => inputs.push({ block, sectionId, path: [] }));
  intro(tree.outline.intro, '0');
  tree.attachments.forEach((a, k) => intro(a.outline.intro, `a${k + 1}/0`));
  for (const v of visits) {
    const path = [...v.path, v.section.title];
    for (const block of v.node.paragraphs) inputs.push({ block, sectionId: v.section.id, path });
  }
  return inputs.sort((x, y) => x.block.from - y.block.from);
}

// a title as cited in the text ("《〈X纲要〉分工方案》" cites 《X纲要》分工方案), spaces aside
const comparableTitle = (text: string) => withTitleMarks(text.replace(/ /g, ''));
