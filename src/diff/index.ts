/**
 * `diff(A, B)`: aligns and compares two parsed documents (DESIGN.md, "Diff").
 *
 * Symmetry: every step that chooses (the assignments, the reuse search) runs with the two
 * documents in one fixed order — by content hash, then path — and the result is mirrored when
 * the caller gave them the other way round, so diff(B, A) is diff(A, B) with the sides swapped.
 */
import type { NormText } from '../normalize/index.js';
import type { PolicyDocument } from '../schema/contract.js';
import { DiffSchema, type Alignment, type Diff, type Match, type MatchLabel } from './schema.js';
import { alignItems, flattenSections, listPairedMeasures, listSections } from './align.js';
import {
  compareDepartments,
  compareKeywords,
  compareMetadata,
  comparePersonnel,
  compareTargets,
  describeDocument,
  findReuse,
} from './compare.js';
import { compareReferences } from './references.js';
import { loadTokenizer } from './tokens.js';

export type { Diff } from './schema.js';

/** The normalised texts the two documents were parsed from, where the caller kept them. */
export interface DiffTexts {
  a?: NormText;
  b?: NormText;
}

/**
 * Compares document A with document B: metadata side by side, sections and measures paired by
 * content, targets by metric, departments by function, rosters, keywords, citations and reused
 * passages.
 * Async because the word segmenter (jieba) loads on first use. With `texts`, reused passages get
 * their own spans; without, those under a heading of their own line get the heading's.
 *
 * @returns a value of `DiffSchema` (checked before it is returned).
 */
export async function diff(a: PolicyDocument, b: PolicyDocument, texts: DiffTexts = {}): Promise<Diff> {
  const tokenizer = await loadTokenizer();
  const swap = readOrderKey(b) < readOrderKey(a);
  const [first, second] = swap ? [b, a] : [a, b];
  const sections = alignItems(listSections(first), listSections(second), tokenizer);
  const measures = alignItems(...listPairedMeasures(first, second, sections), tokenizer);
  const targets = compareTargets(first.targets, second.targets, tokenizer, {
    sectionsA: flattenSections(first),
    sectionsB: flattenSections(second),
    sections,
  });
  const [normFirst, normSecond] = swap ? [texts.b, texts.a] : [texts.a, texts.b];
  const reuse = findReuse(first, second, normFirst, normSecond);
  return DiffSchema.parse({
    schemaVersion: '1',
    a: describeDocument(a),
    b: describeDocument(b),
    metadata: compareMetadata(a, b),
    sections: orient(sections, swap),
    measures: orient(measures, swap),
    targets: {
      matches: targets.matches
        .map((m) => (swap ? { ...m, a: m.b, b: m.a } : m))
        .sort((x, y) => x.a.span.start - y.a.span.start),
      onlyA: swap ? targets.onlyB : targets.onlyA,
      onlyB: swap ? targets.onlyA : targets.onlyB,
    },
    departments: compareDepartments(a.departments, b.departments),
    personnel: comparePersonnel(a.personnel, b.personnel),
    keywords: compareKeywords(a, b, tokenizer),
    references: compareReferences(a, b),
    reuse: reuse
      .map((r) =>
        swap
          ? { a: r.b, b: r.a, text: r.textB, similarity: r.similarity }
          : { a: r.a, b: r.b, text: r.textA, similarity: r.similarity },
      )
      .sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start),
  } satisfies Diff);
}

/** The fixed order the choosing steps see the documents in. */
function readOrderKey(doc: PolicyDocument): string {
  return `${doc.source.sha256}\n${doc.source.path}`;
}

const MIRRORED_LABEL: Record<MatchLabel, MatchLabel> = {
  identical: 'identical',
  'nearly-identical': 'nearly-identical',
  'a-in-b': 'b-in-a',
  'b-in-a': 'a-in-b',
  related: 'related',
};

/** The alignment as the caller's A and B see it: swapped back if need be, in A's order. */
function orient(alignment: Alignment, swap: boolean): Alignment {
  const mirror = (m: Match): Match => ({
    ...m,
    a: m.b,
    b: m.a,
    overlapA: m.overlapB,
    overlapB: m.overlapA,
    label: MIRRORED_LABEL[m.label],
  });
  return {
    matches: alignment.matches
      .map((m) => (swap ? mirror(m) : m))
      .sort((x, y) => x.a.span.start - y.a.span.start || x.b.span.start - y.b.span.start),
    onlyA: swap ? alignment.onlyB : alignment.onlyA,
    onlyB: swap ? alignment.onlyA : alignment.onlyB,
  };
}
