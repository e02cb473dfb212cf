import type { Span } from './contract.js';

/**
 * Turns offsets in the decoded input into 1-based line/column pairs, as vfile-location does:
 * the line starts are computed once, each look-up is a binary search.
 */
export class LineTable {
  private readonly lineStarts: number[];

  constructor(readonly input: string) {
    this.lineStarts = [0];
    for (let i = 0; i < input.length; i++) {
      const c = input.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c === 13 && input.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }

  /** The 1-based line and column of an offset (clamped to the input). */
  point(offset: number): { line: number; column: number } {
    const at = Math.max(0, Math.min(offset, this.input.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - this.lineStarts[lo]! + 1 };
  }

  span(start: number, end: number): Span {
    // fields written out, not spread: a spread object gets a slow shape, and spans fill the output
    const { line, column } = this.point(start);
    return { start, end, line, column };
  }
}
