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

// Circled numbers (U+2460–2473) are heading markers (① → level 5); NFKC would turn them into
// plain digits, so isStable keeps them.
// Every kind of space that scraping leaves: no-break, ideographic, en/em, thin.
const SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;

/**
 * NFKC (full-width `（），：` become ASCII), all spaces folded to U+0020, CRLF to LF, invisible
 * characters dropped, and whole lines of web-page leftovers removed as recorded removals.
 */
export function normalize(source: SourceText): NormText {
  const lines = new LineTable(source.input);
  const { text: folded, map } = foldCharacters(source.text, source.map, source.input.length);
  return dropLeftoverLines(source, folded, map, lines);
}

/** Is the code unit left as it is: ASCII, CJK Unified Ideographs (NFKC-stable) or a circled number. */
function isStable(c: number): boolean {
  return c < 0x80 ? c !== 13 : (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x2460 && c <= 0x2473);
}

function foldCharacters(src: string, srcMap: OffsetMap, inputLength: number): { text: string; map: OffsetMap } {
  const parts: string[] = [];
  const map = new OffsetMapBuilder(src.length + 16);
  const push = (chars: string, from: number, to: number) => {
    const [start, end] = mapRange(srcMap, from, to, inputLength);
    for (let k = 0; k < chars.length; k++) map.push(start, end);
    parts.push(chars);
  };
  let i = 0;
  while (i < src.length) {
    // the common case: a run of stable characters is copied whole
    const runStart = i;
    while (i < src.length && isStable(src.charCodeAt(i))) i++;
    if (i > runStart) {
      parts.push(src.slice(runStart, i));
      for (let k = runStart; k < i; k++) map.push(srcMap.starts[k]!, srcMap.ends[k]!);
      continue;
    }
    const cp = src.codePointAt(i)!;
    if (cp === 13) {
      const end = src.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      push('\n', i, end);
      i = end;
      continue;
    }
    const width = cp > 0xffff ? 2 : 1;
    const ch = src.slice(i, i + width);
    if (SPACE.test(ch)) push(' ', i, i + width);
    else if (!INVISIBLE.test(ch)) push(ch.normalize('NFKC'), i, i + width);
    // invisible characters are dropped: they are blank, so nothing is lost
    i += width;
  }
  return { text: parts.join(''), map: map.build() };
}

function dropLeftoverLines(source: SourceText, text: string, map: OffsetMap, lines: LineTable): NormText {
  const removals: Removal[] = [];
  const dropped: [number, number][] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd - lineStart <= 160) {
      const line = text.slice(lineStart, lineEnd);
      const trimmed = line.trim();
      if (trimmed && WEB_LEFTOVER_LINES.some((re) => re.test(trimmed))) {
        const from = lineStart + line.indexOf(trimmed);
        const to = from + trimmed.length;
        const [start, end] = mapRange(map, from, to, source.input.length);
        removals.push({ kind: 'web-leftover', text: trimmed, span: lines.span(start, end) });
        dropped.push([from, to]);
      }
    }
    lineStart = lineEnd + 1;
  }
  if (dropped.length === 0) return { source, text, map, lines, removals };
  const parts: string[] = [];
  const kept = new OffsetMapBuilder(text.length);
  let at = 0;
  for (const [from, to] of [...dropped, [text.length, text.length] as [number, number]]) {
    parts.push(text.slice(at, from));
    for (let i = at; i < from; i++) kept.push(map.starts[i]!, map.ends[i]!);
    at = to;
  }
  return { source, text: parts.join(''), map: kept.build(), lines, removals };
}

/** The span in the input of normalised text [from, to). */
export function spanOf(norm: NormText, from: number, to: number) {
  const [start, end] = mapRange(norm.map, from, to, norm.source.input.length);
  return norm.lines.span(start, end);
}
