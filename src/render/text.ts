import { Chalk, type ChalkInstance } from 'chalk';
import type { Message, PolicyDocument, Section } from '../schema/contract.js';

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
    ['成文日期', md.signedDate ?? doc.notice?.signedDateRaw ?? null],
    ['索引号', md.indexNumber],
    ['类型', md.genre],
  ];
  for (const [k, v] of facts) if (v) out.push(`  ${c.dim(k)}  ${v}`);
  if (doc.notice) {
    out.push('', c.bold('Cover notice') + c.dim(` (line ${doc.notice.span.line})`));
    if (doc.notice.recipients.length) out.push(`  ${c.dim('主送')}  ${doc.notice.recipients.join('、')}`);
    if (doc.notice.transmits) out.push(`  ${c.dim('印发')}  《${doc.notice.transmits}》`);
    if (doc.notice.signature) out.push(`  ${c.dim('署名')}  ${doc.notice.signature}  ${doc.notice.signedDate ?? doc.notice.signedDateRaw ?? ''}`);
    if (doc.notice.note) out.push(`  ${c.dim('附注')}  ${doc.notice.note}`);
  }
  out.push('', c.bold('Outline'));
  renderSections(doc.outline, c, out);
  for (const a of doc.attachments) {
    out.push('', c.bold(`${a.label} ${a.title}`.trim()));
    renderSections(a.outline, c, out);
  }
  if (doc.messages.length) {
    out.push('', c.bold(`Messages (${doc.messages.length})`));
    for (const m of doc.messages) out.push(renderMessage(m, c));
  }
  return out.join('\n') + '\n';
}

function renderSections(sections: Section[], c: ChalkInstance, out: string[]): void {
  for (const s of sections) {
    if (!s.title && s.children.length === 0) continue;
    const indent = '  '.repeat(s.level);
    const marker = s.recovered ? c.yellow(`${s.marker ?? ''}`) : c.cyan(s.marker ?? '');
    const title = s.title || c.dim(s.text.slice(0, 30) + (s.text.length > 30 ? '…' : ''));
    out.push(`${indent}${marker}${title}${c.dim(`  :${s.span.line}`)}${s.recovered ? c.yellow('  (marker recovered)') : ''}`);
    renderSections(s.children, c, out);
  }
}

const SEVERITY_COLOR = { error: 'red', warning: 'yellow', info: 'blue' } as const;

/** `line:col  severity  message  ruleId`, as compilers and linters print. */
export function renderMessage(m: Message, c: ChalkInstance): string {
  const where = `${m.line}:${m.column}`.padEnd(8);
  const severity = c[SEVERITY_COLOR[m.severity]](m.severity.padEnd(8));
  return `  ${c.dim(where)}${severity}${m.message}  ${c.dim(m.ruleId)}`;
}
