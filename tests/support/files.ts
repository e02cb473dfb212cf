import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'fixtures');
export const SHARED = resolve(ROOT, '../shared');
export const CORPUS = join(SHARED, 'corpus');
export const SEEDS = join(SHARED, 'seeds');
export const GOLD = join(SHARED, 'eval/gold');
export const HAS_SHARED = existsSync(CORPUS) && existsSync(GOLD);

if (!HAS_SHARED) {
  console.warn(
    `\n!!! ../shared/corpus or ../shared/eval/gold is absent (looked in ${SHARED}): the corpus suites are SKIPPED\n`,
  );
}

/** The documents bundled in fixtures/ (not the expected JSON). */
export function fixtureFiles(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => /\.(txt|html?|md)$/.test(f))
    .sort()
    .map((f) => join(FIXTURES, f));
}

/** The real notices of ../shared/corpus (empty when it is absent). */
export function corpusFiles(): string[] {
  if (!HAS_SHARED) return [];
  return readdirSync(CORPUS)
    .filter((f) => /^\d+_.*\.(txt|html?|md)$/.test(f))
    .sort()
    .map((f) => join(CORPUS, f));
}
