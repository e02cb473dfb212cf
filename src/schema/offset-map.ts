/**
 * Where each character of a derived text came from in the decoded input: character i of the
 * derived text stands for input[starts[i], ends[i]). Every stage that rewrites text (HTML to
 * lines, NFKC, space folding) keeps one, so positions can always be given in the input.
 */
export interface OffsetMap {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/** The map of a text that is the input itself. */
export function identityMap(length: number): OffsetMap {
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  for (let i = 0; i < length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { starts, ends };
}

/** Grows a map one derived character at a time. */
export class OffsetMapBuilder {
  private starts: Int32Array;
  private ends: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.starts = new Int32Array(Math.max(16, capacity));
    this.ends = new Int32Array(Math.max(16, capacity));
  }

  push(start: number, end: number): void {
    if (this.length === this.starts.length) this.reserve(this.length + 1);
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  /** Appends entries [from, to) of another map (a run of characters copied as they are). */
  append(map: OffsetMap, from: number, to: number): void {
    if (to <= from) return;
    this.reserve(this.length + to - from);
    // a loop, not set(subarray): runs are short, and a subarray costs more than it saves
    const { starts, ends } = this;
    let at = this.length;
    for (let k = from; k < to; k++, at++) {
      starts[at] = map.starts[k]!;
      ends[at] = map.ends[k]!;
    }
    this.length = at;
  }

  private reserve(capacity: number): void {
    if (capacity <= this.starts.length) return;
    const grow = (a: Int32Array) => {
      const b = new Int32Array(Math.max(capacity, a.length * 2));
      b.set(a);
      return b;
    };
    this.starts = grow(this.starts);
    this.ends = grow(this.ends);
  }

  build(): OffsetMap {
    // views, not copies: the spare capacity is small, and copying a map per text costs more
    return { starts: this.starts.subarray(0, this.length), ends: this.ends.subarray(0, this.length) };
  }
}

/** The input range covered by derived characters [start, end). */
export function mapRange(map: OffsetMap, start: number, end: number, inputLength: number): [number, number] {
  const n = map.starts.length;
  if (n === 0) return [0, 0];
  if (start >= n) return [inputLength, inputLength];
  if (end <= start) return [map.starts[start]!, map.starts[start]!];
  return [map.starts[start]!, map.ends[Math.min(end, n) - 1]!];
}
