/**
 * Where a range of a section's text stands in the input. A section keeps only its heading's span;
 * its text is the heading's own text and its paragraphs, each a piece of the normalised text,
 * joined by line breaks. Found again in order from the heading on, those pieces map a range of
 * the section's text through the normalised text's offset map to the input.
 */
import { spanOf, type NormText } from '../normalize/index.js';
import type { Span } from '../schema/contract.js';
import { countLeading } from '../schema/search.js';

/**
 * A function placing [start, end) of `text` (a section whose heading is at `anchor`) in the input,
 * or returning null where a piece of the text is not found (none should be). The pieces are
 * searched for on the first call only.
 */
export function placeSectionText(
  norm: NormText,
  anchor: Span,
  text: string,
): (start: number, end: number) => Span | null {
  let pieces: { from: number; length: number; at: number }[] | null = null;
  const find = () => {
    let at = firstDerivedAt(norm, anchor.start);
    let from = 0;
    pieces = text.split('\n').map((line) => {
      const k = line ? norm.text.indexOf(line, at) : -1;
      if (k >= 0) at = k + line.length;
      const piece = { from, length: line.length, at: k };
      from += line.length + 1;
      return piece;
    });
    return pieces;
  };
  // the normalised offset of a text offset; `last` for an end, which may close a piece
  const toNorm = (offset: number, last: boolean): number | null => {
    const piece = (pieces ?? find()).find((p) =>
      last ? offset > p.from && offset <= p.from + p.length : offset >= p.from && offset < p.from + p.length,
    );
    return piece && piece.at >= 0 ? piece.at + offset - piece.from : null;
  };
  return (start, end) => {
    const from = toNorm(start, false);
    const to = toNorm(end, true);
    return from === null || to === null ? null : spanOf(norm, from, to);
  };
}

/** The first character of the normalised text that comes from input offset `offset` or later. */
function firstDerivedAt(norm: NormText, offset: number): number {
  const { starts } = norm.map;
  return countLeading(starts.length, (i) => starts[i]! < offset);
}
