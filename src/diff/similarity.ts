/**
 * Similarity measures for units of text: TF-IDF cosine over jieba tokens (do two passages speak
 * of the same things?) and one-directional character-shingle overlap (how much of one passage's
 * wording recurs in the other?). Both are exactly symmetric, so diff(B, A) mirrors diff(A, B).
 */

/** A TF-IDF vector: term indices in ascending order with their L2-normalised weights. */
export interface TermVector {
  terms: Int32Array;
  weights: Float64Array;
}

/** Shingle length: 4 Han characters rarely recur by chance, while 2–3 are ordinary words. */
export const SHINGLE_LENGTH = 4;

/** Scores, cosines and overlaps are reported to this many decimals. */
const SCORE_DECIMALS = 3;

/** A score as reported: rounded to SCORE_DECIMALS decimals. */
export function roundScore(x: number): number {
  const f = 10 ** SCORE_DECIMALS;
  return Math.round(x * f) / f;
}

const KEPT = /[\p{Script=Han}A-Za-z0-9]/u;

/** Whether a character counts when texts are compared: Han characters, Latin letters, digits. */
export function isComparedChar(ch: string): boolean {
  return KEPT.test(ch);
}

/**
 * TF-IDF vectors of token lists. IDF is counted over all the lists together (the units of both
 * documents), so a word every unit uses weighs nothing and a word two units share weighs much:
 * idf = ln(N / df), tf = 1 + ln(count). Terms are indexed in sorted order, which makes the
 * dot products below independent of the order the documents were given in.
 */
export function buildTfIdfVectors(units: readonly (readonly string[])[]): TermVector[] {
  const df = new Map<string, number>();
  for (const tokens of units) for (const t of new Set(tokens)) df.set(t, (df.get(t) ?? 0) + 1);
  const index = new Map([...df.keys()].sort().map((t, i) => [t, i]));
  return units.map((tokens) => {
    const counts = new Map<string, number>();
    for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
    const entries = [...counts]
      .map(([t, n]): [number, number] => [
        index.get(t)!,
        (1 + Math.log(n)) * Math.log(units.length / df.get(t)!),
      ])
      .filter(([, w]) => w > 0)
      .sort((x, y) => x[0] - y[0]);
    const norm = Math.hypot(...entries.map(([, w]) => w)) || 1;
    return {
      terms: Int32Array.from(entries, ([i]) => i),
      weights: Float64Array.from(entries, ([, w]) => w / norm),
    };
  });
}

/** Cosine of two normalised vectors (their dot product), 0 when either is empty. */
export function measureCosine(u: TermVector, v: TermVector): number {
  let dot = 0;
  for (let i = 0, j = 0; i < u.terms.length && j < v.terms.length;) {
    const a = u.terms[i]!;
    const b = v.terms[j]!;
    if (a === b) dot += u.weights[i++]! * v.weights[j++]!;
    else if (a < b) i++;
    else j++;
  }
  return Math.min(1, dot);
}

/** Text with everything but Han characters, letters and digits dropped (punctuation, spaces). */
export function compactText(text: string): string {
  let out = '';
  for (const ch of text) if (isComparedChar(ch)) out += ch;
  return out;
}

/**
 * The set of `n`-character shingles of a text, punctuation and spaces dropped first. A text
 * shorter than `n` is one shingle, so short titles still compare.
 */
export function collectShingles(text: string, n = SHINGLE_LENGTH): Set<string> {
  const chars = [...compactText(text)];
  const out = new Set<string>();
  if (chars.length > 0 && chars.length < n) out.add(chars.join(''));
  for (let i = 0; i + n <= chars.length; i++) out.add(chars.slice(i, i + n).join(''));
  return out;
}

/** Share of `a`'s shingles found in `b` (1 when `a` is wholly inside `b`); 0 for an empty `a`. */
export function measureOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / a.size;
}
