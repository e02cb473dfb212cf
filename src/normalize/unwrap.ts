/**
 * Text copied out of a PDF or a typeset page is hard-wrapped: a paragraph runs over several
 * lines of one fixed width (GB/T 9704 sets 28 characters a line), broken wherever the line was
 * full, even inside a word ("工业园\n区管委会"). Such a document shows one line length far more
 * often than any other; a line of that length that does not end a sentence is joined to the
 * next unless the next starts a new paragraph (indented, numbered, a label). A line that ends
 * with an open 《 is joined to the next in any text.
 */

/** Lines at least this long are counted when looking for the wrap width. */
const MIN_COUNTED = 10;
/** The narrowest wrap width believed (rosters and tables repeat short lengths). */
const MIN_WIDTH = 16;
/** How many lines must have the wrap width, and what share of the counted lines. */
const MIN_WRAPPED_LINES = 6;
const MIN_WRAPPED_SHARE = 0.35;

// A line ending like this ends its sentence or introduces what follows.
const ENDS_SENTENCE = /[。！？!?；;：:]["”’」』)]*$/u;
// A line starting like this starts a unit of its own: a heading or list marker, a bullet, a
// label with its value ("附件", "组 长:张三", "抄送:…"; a bare "部门:" is the tail of a sentence).
const STARTS_UNIT =
  /^(?:[一二三四五六七八九十百]+[、.]|\(|第[一二三四五六七八九十百零〇\d]+[编章节条部]|\d+[.、]|[\u2460-\u2473•·●▪■◆◇○□➢►▶-]|附件|[\u4e00-\u9fff ]{1,8}[:：] *\S)/u;

/** The offsets of the line breaks (with the spaces before them) a hard-wrapped text should lose. */
export function findWrapBreaks(text: string): { from: number; to: number }[] {
  const lines: { start: number; end: number; length: number }[] = [];
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let last = end;
    while (last > start && text.charCodeAt(last - 1) === 32) last--;
    lines.push({ start, end: last, length: countCodePoints(text, start, last) });
    start = end + 1;
  }
  const width = findWrapWidth(lines.map((l) => l.length));
  const breaks: { from: number; to: number }[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (next.end === next.start) continue;
    // a line that ends by opening a title (根据《 / X关于…) breaks it, at any width
    if (text[line.end - 1] === '《') {
      breaks.push({ from: line.end, to: next.start });
      continue;
    }
    if (width === null || line.length < width - 1) continue;
    if (ENDS_SENTENCE.test(text.slice(Math.max(line.start, line.end - 4), line.end))) continue;
    const head = text.slice(next.start, next.start + 12);
    if (head.startsWith(' ') || STARTS_UNIT.test(head)) continue;
    breaks.push({ from: line.end, to: next.start });
  }
  return breaks;
}

/** The line length that marks the text as hard-wrapped, or null when it is not. */
function findWrapWidth(lengths: number[]): number | null {
  const counts = new Map<number, number>();
  let counted = 0;
  for (const n of lengths) {
    if (n < MIN_COUNTED) continue;
    counted++;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let width = 0;
  let best = 0;
  for (const [n, c] of counts) {
    // a full line may hold one char more (punctuation hung at its end, half-width digits)
    const held = c + (counts.get(n + 1) ?? 0);
    if (n >= MIN_WIDTH && (held > best || (held === best && n > width))) {
      width = n;
      best = held;
    }
  }
  return best >= MIN_WRAPPED_LINES && best >= MIN_WRAPPED_SHARE * counted ? width : null;
}

function countCodePoints(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++; // a low surrogate is the second half of its char
  }
  return n;
}
