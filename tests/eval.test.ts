import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from './support/cli.js';
import { CORPUS, GOLD, HAS_SHARED, ROOT, SEEDS, SHARED } from './support/files.js';

interface Aggregate {
  documents: number;
  failed: number;
  metadataAccuracy: number;
  headings: { f1: number };
  headingLevelAccuracy: number;
  attachmentHeadings: { f1: number } | null;
}

/** Runs ../shared/eval/score.mjs (the hand-made gold) over a folder with the real binary. */
function score(docs: string): { aggregate: Aggregate; results: { doc: string; error?: string }[] } {
  const out = execFileSync(
    process.execPath,
    [
      join(SHARED, 'eval/score.mjs'),
      '--docs',
      docs,
      '--gold',
      GOLD,
      '--cli',
      `${process.execPath} ${BIN} parse`,
      '--json',
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  return JSON.parse(out);
}

describe.skipIf(!HAS_SHARED)('scores against the hand-made gold (../shared/eval)', () => {
  it('seeds: metadata, headings, levels and attachment headings at 100%', () => {
    const { aggregate: a } = score(SEEDS);
    expect(a.documents).toBe(2);
    expect(a.failed).toBe(0);
    expect(a.metadataAccuracy).toBe(1);
    expect(a.headings.f1).toBe(1);
    expect(a.headingLevelAccuracy).toBe(1);
    expect(a.attachmentHeadings?.f1).toBe(1);
  });

  it('corpus: headings F1 ≥ 85%, metadata ≥ 90%, no document failing', () => {
    const { aggregate: a, results } = score(CORPUS);
    expect(results.filter((r) => r.error)).toEqual([]);
    expect(a.documents).toBe(13);
    expect(a.headings.f1).toBeGreaterThanOrEqual(0.85);
    expect(a.metadataAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});
