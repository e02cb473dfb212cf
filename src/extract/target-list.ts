import type { Target } from '../schema/contract.js';
import type { Block } from '../segment/index.js';
import type { ExtractContext } from './context.js';
import { findTargets } from './targets.js';

/** A stretch of text to read targets from: a block (from an offset on), and the measure it is part of. */
export interface TargetSource {
  block: Block;
  from: number;
  measureId: string | null;
  /** The titles of the sections it stands in (a 主要目标 section states goals). */
  path: string[];
}

/**
 * Quantified goals of the text with their spans and the measures they belong to. The year the
 * document was issued tells a deadline from a past result; a section about 目标 states goals.
 */
export function extractTargets(
  sources: TargetSource[],
  contextYear: number | null,
  ctx: ExtractContext,
): Target[] {
  const targets: Target[] = [];
  for (const { block, from, measureId, path } of sources) {
    const text = ctx.norm.text.slice(from, block.to);
    const goalSection = path.some((title) => title.includes('目标'));
    for (const t of findTargets(text, { contextYear, goalSection })) {
      targets.push({
        id: `t${targets.length + 1}`,
        text: t.text,
        metric: t.metric,
        year: t.year,
        value: t.value,
        valueMax: t.valueMax,
        unit: t.unit,
        normalized: t.normalized,
        comparator: t.comparator,
        kind: t.kind,
        measureId,
        span: ctx.span(from + t.start, from + t.end),
      });
    }
  }
  return targets;
}
