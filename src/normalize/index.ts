import type { Removal } from '../schema/contract.js';
import { LineTable } from '../schema/location.js';
import { OffsetMapBuilder, mapRange, type OffsetMap } from '../schema/offset-map.js';
import type { SourceText } from '../ingest/index.js';
import { WEB_LEFTOVER_LINES } from '../knowledge/web-leftovers.js';

/** The document's text after NFKC and space folding, and where each character came from. */
export interface NormText {
  source: SourceText;
  text: string;
  /** text → decoded input. */
  map: OffsetMap;
  lines: LineTable;
  removals: Removal[];
}

// Circled numbers are heading markers (① → level 5); NFKC would turn them into plain digits.
const KEEP_AS_IS = /[\u2460-\u2473]/;
// Every kind of space that scraping leaves: no-break, ideographic, en/em, thin.
const SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;

/**
 * NFKC (full-width `（），：` become ASCII), all spaces folded to U+0020, CRLF to LF, invisible
 * characters dropped, and whole lines of web-page leftovers removed as recorded removals.
 */
export function normalize(source: SourceText): NormText {
  const lines = new LineTable(source.input);
  const out: string[] = [];
  const map = new OffsetMapBuilder(source.text.length + 16);
  const src = source.text;
  const push = (chars: string, from: number, to: number) => {
    const [start, end] = mapRange(source.map, from, to, source.input.length);
    for (const ch of chars) {
      for (let k = 0; k < ch.length; k++) {
        out.push(ch[k]!);
        map.push(start, end);
      }
    }
  };
  for (let i = 0; i < src.length; ) {
    const cp = src.codePointAt(i)!;
    if (cp === 13) {
      const end = src.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      push('\n', i, end);
      i = end;
      continue;
    }
    const width = cp > 0xffff ? 2 : 1;
    const ch = width === 1 ? src[i]! : src.slice(i, i + 2);
    // ASCII and the CJK Unified Ideographs are NFKC-stable: the common case needs no work
    if (cp < 0x80 || (cp >= 0x4e00 && cp <= 0x9fff) || KEEP_AS_IS.test(ch)) push(ch, i, i + width);
    else if (SPACE.test(ch)) push(' ', i, i + width);
    else if (!INVISIBLE.test(ch)) push(ch.normalize('NFKC'), i, i + width);
    // invisible characters are dropped: they are blank, so nothing is lost
    i += width;
  }
  const folded = out.join('');
  return dropLeftoverLines(source, folded, map.build(), lines);
}

function dropLeftoverLines(source: SourceText, text: string, map: OffsetMap, lines: LineTable): NormText {
  const removals: Removal[] = [];
  const keep = new Uint8Array(text.length).fill(1);
  let anyDropped = false;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (trimmed && trimmed.length <= 120 && WEB_LEFTOVER_LINES.some((re) => re.test(trimmed))) {
      const from = lineStart + line.indexOf(trimmed);
      const to = from + trimmed.length;
      const [start, end] = mapRange(map, from, to, source.input.length);
      removals.push({ kind: 'web-leftover', text: trimmed, span: lines.span(start, end) });
      keep.fill(0, from, to);
      anyDropped = true;
    }
    lineStart = lineEnd + 1;
  }
  if (!anyDropped) return { source, text, map, lines, removals };
  const kept = new OffsetMapBuilder(text.length);
  let result = '';
  for (let i = 0; i < text.length; i++) {
    if (!keep[i]) continue;
    result += text[i];
    kept.push(map.starts[i]!, map.ends[i]!);
  }
  return { source, text: result, map: kept.build(), lines, removals };
}

/** The span in the input of normalised text [from, to). */
export function spanOf(norm: NormText, from: number, to: number) {
  const [start, end] = mapRange(norm.map, from, to, norm.source.input.length);
  return norm.lines.span(start, end);
}
