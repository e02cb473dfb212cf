import { expect } from 'vitest';

/** Times under this are noise: a fast small run is counted as this long. */
const FLOOR_MS = 20;
/** Linear work takes 4× as long on an input 4× as long, quadratic work 16×. */
const MAX_GROWTH = 10;

/**
 * Checks that `work` takes linear time on a family of adversarial inputs (`make(n)` is an input of
 * about n characters): the input four times as long may take at most ten times as long. A ratio,
 * not a time limit, so a slow or loaded machine cannot fail it; each time is the median of three.
 */
export function expectLinearTime(
  label: string,
  make: (n: number) => string,
  work: (text: string) => void,
): void {
  const time = (text: string): number => {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      work(text);
      runs.push(performance.now() - t0);
    }
    return runs.sort((a, b) => a - b)[1]!;
  };
  const small = Math.max(time(make(25_000)), FLOOR_MS);
  const large = time(make(100_000));
  expect(
    large,
    `${label}: ${large.toFixed(0)} ms at 100k against ${small.toFixed(0)} ms at 25k`,
  ).toBeLessThan(MAX_GROWTH * small);
}

/** `unit` repeated to about n characters. */
export const repeatTo = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length));
