import type { Severity, Target } from '../schema/contract.js';

/** The chalk colour each message severity is printed in, in every terminal renderer. */
export const SEVERITY_COLOR = { error: 'red', warning: 'yellow', info: 'blue' } as const satisfies Record<
  Severity,
  string
>;

/** The sign a target's comparator is written with before its value (none for eq and range). */
export const COMPARATOR_SIGN: Record<Target['comparator'], string> = {
  eq: '',
  gte: '≥',
  gt: '>',
  lte: '≤',
  lt: '<',
  approx: '≈',
  range: '',
};

/** A count with its English noun, plural unless one (1 section, 2 sections). */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
