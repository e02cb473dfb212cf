/**
 * Words indexed by their last UTF-16 unit, in the order given: which of them a string ends with,
 * trying only the words that end as it does (lists of endings run to dozens of words, and a
 * string ends with at most a few of them).
 */
export class Endings {
  private readonly byLast = new Map<number, string[]>();

  /** `words` must not hold the empty string. */
  constructor(words: readonly string[]) {
    for (const w of words) {
      const last = w.charCodeAt(w.length - 1);
      const list = this.byLast.get(last);
      if (list) list.push(w);
      else this.byLast.set(last, [w]);
    }
  }

  /**
   * The first word, in the order given, that `s` ends with before `end` and that starts at or
   * after `from`: `words.find((w) => end - from >= w.length && s.endsWith(w, end))`.
   */
  find(s: string, end = s.length, from = 0): string | undefined {
    return this.byLast.get(s.charCodeAt(end - 1))?.find((w) => end - from >= w.length && s.endsWith(w, end));
  }
}
