/**
 * Character classes read from one UTF-16 unit, for the loops that scan text code by code (a
 * regular expression per character would build a one-character string each time).
 */

/** What `/\s/` matches: white space and line terminators. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A Han character anywhere in a string (one per test: no `g` flag, so no state between tests). */
export const HAN_CHAR = /\p{Script=Han}/u;

/** `s` as a regular expression that matches it literally (for patterns built from word lists). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
