import { Chalk, type ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import type { Measure, Message, Person, PolicyDocument, Section, Target } from '../schema/contract.js';
import { COMPARATOR_SIGN, SEVERITY_COLOR } from './signs.js';

export interface TextOptions {
  color: boolean;
}

/** A document as a person reads it in a terminal: metadata, notice, indented outline, messages. */
export function renderText(doc: PolicyDocument, options: TextOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  const md = doc.metadata;
  out.push(c.bold(md.title ?? doc.notice?.title ?? '(untitled)'));
  const facts: [string, string | null][] = [
    ['文号', md.docNumber?.normalized ?? null],
    ['发布机构', md.publisher],
    ['发布日期', md.publishDate],
    ['成文日期', md.signedDate ?? doc.notice?.signedDateRaw ?? md.signedMonth ?? null],
    ['索引号', md.indexNumber],
    ['类型', md.genre],
  ];
  for (const [k, v] of facts) if (v) out.push(`  ${c.dim(k)}  ${v}`);
  if (doc.notice) {
    out.push('', c.bold('Cover notice') + c.dim(` (line ${doc.notice.span.line})`));
    if (doc.notice.recipients.length) out.push(`  ${c.dim('主送')}  ${doc.notice.recipients.join('、')}`);
    if (doc.notice.transmits) out.push(`  ${c.dim('印发')}  《${doc.notice.transmits}》`);
    if (doc.notice.signature)
      out.push(
        `  ${c.dim('署名')}  ${doc.notice.signature}  ${doc.notice.signedDate ?? doc.notice.signedDateRaw ?? ''}`,
      );
    if (doc.notice.note) out.push(`  ${c.dim('附注')}  ${doc.notice.note}`);
  }
  if (doc.preamble) {
    const { text, span } = doc.preamble;
    const lead = text.length > 60 ? `${text.slice(0, 60)}…` : text;
    out.push('', c.bold('Preamble') + c.dim(` (line ${span.line}, ${text.length} chars)`));
    out.push(`  ${lead.replace(/\n/g, ' ')}`);
  }
  out.push('', c.bold('Outline'));
  renderSections(doc.outline, c, out);
  for (const a of doc.attachments) {
    out.push('', c.bold(`${a.label} ${a.title}`.trim()));
    renderSections(a.outline, c, out);
  }
  renderMeasures([...doc.measures, ...doc.attachments.flatMap((a) => a.measures)], c, out);
  renderTargets(doc.targets, c, out);
  renderRoster(doc.personnel, c, out);
  if (doc.references.length) {
    out.push('', c.bold(`References (${doc.references.length})`));
    for (const r of doc.references) {
      out.push(
        `  ${r.title ? `《${r.title}》` : ''}${r.docNumber ? c.cyan(` ${r.docNumber.normalized}`) : ''}`,
      );
    }
  }
  if (doc.unplaced.length) {
    out.push('', c.bold(`Page lines no field holds (${doc.unplaced.length})`));
    for (const u of doc.unplaced) out.push(`  ${c.dim(`${u.span.line}:`)} ${u.text}`);
  }
  if (doc.messages.length) {
    out.push('', c.bold(`Messages (${doc.messages.length})`));
    for (const m of doc.messages) out.push(renderMessage(m, c));
  }
  return out.join('\n') + '\n';
}

function renderSections(sections: Section[], c: ChalkInstance, out: string[]): void {
  // untitled units without items (a regulation's articles) are listed only where no unit of the
  // level has a title: then they are the outline
  const titledLevel = sections.some((s) => s.title);
  for (const s of sections) {
    if (titledLevel && !s.title && s.children.length === 0) continue;
    const indent = '  '.repeat(s.level);
    const marker = s.recovered ? c.yellow(`${s.marker ?? ''}`) : c.cyan(s.marker ?? '');
    const text = s.text.replace(/\n/g, ' ');
    const title = s.title || ` ${c.dim(text.slice(0, 30) + (text.length > 30 ? '…' : ''))}`;
    out.push(
      `${indent}${marker}${title}${c.dim(`  :${s.span.line}`)}${s.recovered ? c.yellow('  (marker recovered)') : ''}`,
    );
    renderSections(s.children, c, out);
  }
}

/** `line:col  severity  message  ruleId`, as compilers and linters print. */
export function renderMessage(m: Message, c: ChalkInstance): string {
  const where = `${m.line}:${m.column}`.padEnd(8);
  const severity = c[SEVERITY_COLOR[m.severity]](m.severity.padEnd(8));
  return `  ${c.dim(where)}${severity}${m.message}  ${c.dim(m.ruleId)}`;
}

// a measure's lines under its title, which stands after its section id (preamble at most)
const SECTION_WIDTH = 9;
const DETAIL = ' '.repeat(2 + SECTION_WIDTH);

function renderMeasures(measures: Measure[], c: ChalkInstance, out: string[]): void {
  if (!measures.length) return;
  out.push('', c.bold(`Measures (${measures.length})`));
  for (const m of measures) {
    // (a row of a table before the first heading stands in no section: sectionId 0)
    const section = /(?:^|\/)0$/.test(m.sectionId) ? 'preamble' : m.sectionId;
    out.push(`  ${c.dim(section.padEnd(SECTION_WIDTH))}${m.title}`);
    const lead = m.departments.filter((d) => d.role === 'lead').map((d) => d.name);
    const join = m.departments.filter((d) => d.role === 'participate').map((d) => d.name);
    const all = m.departments.filter((d) => d.role === 'all').map((d) => d.name);
    if (lead.length) out.push(`${DETAIL}${c.green('负责')} ${lead.join('、')}`);
    if (join.length) out.push(`${DETAIL}${c.dim('配合')} ${join.join('、')}`);
    if (all.length) out.push(`${DETAIL}${c.dim('各方')} ${all.join('、')}`);
    if (!m.departments.length) out.push(`${DETAIL}${c.dim('(no responsible unit named)')}`);
  }
}

function renderTargets(targets: Target[], c: ChalkInstance, out: string[]): void {
  if (!targets.length) return;
  out.push('', c.bold(`Targets (${targets.length})`));
  const rows = targets.map((t) => {
    const value =
      t.value === null
        ? '—'
        : t.comparator === 'range'
          ? `${t.value}–${t.valueMax}`
          : `${COMPARATOR_SIGN[t.comparator]}${t.value}`;
    return [String(t.year ?? '—'), t.metric || '—', `${value}${t.unit ?? ''}`, t.kind, `:${t.span.line}`];
  });
  renderTable(['year', 'metric', 'value', 'kind', 'line'], rows, c, out);
}

function renderRoster(people: Person[], c: ChalkInstance, out: string[]): void {
  if (!people.length) return;
  out.push('', c.bold(`Personnel (${people.length})`));
  const rows = people.map((p) => [
    p.group ?? '',
    p.role,
    // (a seat named by its post alone lost no name: 组长 由市长担任)
    p.name ?? (p.incomplete ? '(lost)' : '—'),
    p.titles.join('、') + (p.incomplete ? ' ⚠' : ''),
  ]);
  renderTable(['group', 'role', 'name', 'titles'], rows, c, out);
}

/** A table whose columns are padded by display width: Chinese characters take two cells. */
function renderTable(head: string[], rows: string[][], c: ChalkInstance, out: string[]): void {
  const widths = head.map((h, i) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[i] ?? ''))));
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - stringWidth(s)));
  const last = head.length - 1;
  out.push('  ' + c.dim(head.map((h, i) => (i === last ? h : pad(h, widths[i]!))).join('  ')));
  for (const r of rows)
    out.push('  ' + r.map((cell, i) => (i === last ? cell : pad(cell, widths[i]!))).join('  '));
}
