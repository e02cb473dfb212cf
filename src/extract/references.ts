import type { DocNumber, Reference } from '../schema/contract.js';
import type { Block } from '../segment/index.js';
import type { ExtractContext } from './context.js';
import { findDocNumbers } from './doc-number.js';
import { execAll } from './scan.js';
import { DOCUMENT_TYPES } from '../knowledge/document-types.js';

// 《title》, perhaps with its number in parentheses after it: 《…》(某政办字〔2021〕35号)
const QUOTED_TITLE = /《([^《》]{2,120})》/g;
// a short name the text gives a document it cited in full: (以下简称《规划》), 简称《意见》
const SHORT_NAME = /简称(?:为)?[:：]?《([^《》]{1,30})》/g;

/**
 * Documents the text cites: by 《title》, by 文号, or both ("《…的意见》(某政办字〔2021〕35号)").
 * The document's own number is not a reference; a damaged number is repaired and flagged.
 */
export function extractReferences(
  blocks: Block[],
  ownNumber: DocNumber | null,
  ctx: ExtractContext,
): Reference[] {
  const refs: Reference[] = [];
  const seen = new Set<string>();
  // a short name, where it is introduced and wherever it is used after, stands for the document
  // already cited in full
  const shortNames = new Set(blocks.flatMap((b) => execAll(SHORT_NAME, b.text).map((m) => m[1]!)));
  for (const block of blocks) {
    const numbers = findDocNumbers(block.text).filter((n) => n.normalized !== ownNumber?.normalized);
    const paired = new Set<number>();
    for (const m of execAll(QUOTED_TITLE, block.text)) {
      const titleEnd = m.index + m[0].length;
      // its number after it ("《…》(X〔2021〕35号)"), else right before it ("X〔2008〕73号《…》")
      const after = numbers.find(
        (n) => n.start >= titleEnd && n.start - titleEnd <= 2 && !paired.has(n.start),
      );
      const before = numbers.find((n) => n.end <= m.index && m.index - n.end <= 1 && !paired.has(n.start));
      const number = after ?? before ?? null;
      if (number) paired.add(number.start);
      if (number || (!shortNames.has(m[1]!) && isDocumentTitle(m[1]!))) {
        add(m[1]!, number, Math.min(m.index, number?.start ?? m.index), Math.max(titleEnd, number?.end ?? 0));
      }
    }
    for (const n of numbers) if (!paired.has(n.start)) add(null, n, n.start, n.end);

    function add(title: string | null, n: (typeof numbers)[number] | null, from: number, to: number) {
      const key = `${title ?? ''}|${n?.normalized ?? ''}`;
      // (a number alone names again a document cited before with its title: 按照甲〔2016〕2号文件要求)
      if (seen.has(key) || (title === null && seen.has(`number|${n?.normalized}`))) return;
      seen.add(key);
      if (n) seen.add(`number|${n.normalized}`);
      const docNumber: DocNumber | null = n
        ? {
            raw: n.raw,
            normalized: n.normalized,
            agency: n.agency,
            year: n.year,
            serial: n.serial,
            span: ctx.span(block.from + n.start, block.from + n.end),
          }
        : null;
      if (n?.damaged) {
        ctx.report({
          ruleId: 'reference/damaged-doc-number',
          severity: 'warning',
          message: `cited 文号 "${n.raw}" is damaged; read as ${n.normalized}`,
          from: block.from + n.start,
          to: block.from + n.end,
          actual: n.raw,
          expected: n.normalized,
        });
      }
      refs.push({ title, docNumber, span: ctx.span(block.from + from, block.from + to) });
    }
  }
  return refs;
}

/** Whether 《X》 names a document: not a bare document type, not a newspaper or journal. */
function isDocumentTitle(title: string): boolean {
  // (a short name of two characters stands for a document cited before, 《规划》; a law's is its own
  // name: 《宪法》, 《刑法》)
  if (title.length <= 2 && !title.endsWith('法')) return false;
  if ((DOCUMENT_TYPES as readonly string[]).includes(title)) return false;
  return !/(?:日报|时报|晚报|周报|杂志|周刊|期刊)$/.test(title);
}
