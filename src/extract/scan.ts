/**
 * The matches of a regex as a global exec loop finds them, tried (anchored) only where a match can
 * start. V8 searches two-byte (Chinese) text slowly for patterns that open with a lookbehind, a
 * character class or a long alternation; a table look-up per character and an anchored attempt
 * at the few positions it lets through find the same matches several times faster.
 */
export class Scanner {
  private readonly sticky: RegExp;
  private readonly starts = new Uint8Array(0x10000);

  /**
   * `startChars` must hold every character a match of `pattern` can begin with (BMP characters,
   * case as written), and `pattern` must never match the empty string.
   */
  constructor(pattern: RegExp, startChars: string) {
    this.sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
    for (let i = 0; i < startChars.length; i++) this.starts[startChars.charCodeAt(i)] = 1;
  }

  /** The first match at or after `from`: what `exec` of the global pattern from `lastIndex = from` gives. */
  exec(text: string, from = 0): RegExpExecArray | null {
    const { starts, sticky } = this;
    for (let i = from; i < text.length; i++) {
      if (starts[text.charCodeAt(i)] !== 1) continue;
      sticky.lastIndex = i;
      const m = sticky.exec(text);
      if (m) return m;
    }
    return null;
  }

  /** Every match, in order, as `text.matchAll(pattern)` gives them. */
  all(text: string): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    for (let m = this.exec(text); m; m = this.exec(text, m.index + m[0].length)) out.push(m);
    return out;
  }
}

/**
 * Every match of a global regex that never matches the empty string, by an exec loop: matchAll
 * copies the regex on each call, which in short texts costs more than the matching.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}
