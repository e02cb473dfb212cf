import { isUtf8 } from 'node:buffer';
import { PolicyParseError } from '../schema/errors.js';

/** Encodings `--encoding` accepts. */
export const ENCODINGS = ['utf-8', 'gb18030', 'gbk', 'big5', 'utf-16le', 'utf-16be'] as const;
export type EncodingName = (typeof ENCODINGS)[number];

export interface Decoded {
  text: string;
  /** What was used: one of ENCODINGS, or "utf-8+gb18030" for a file whose lines mix the two. */
  encoding: string;
}

/**
 * Decodes a file's bytes: a BOM decides; else strict UTF-8; else GB18030 (which covers GBK and
 * GB2312); a file whose lines mix UTF-8 and GB18030 (a notice pasted together from two sources)
 * is decoded line by line. Bytes that are not text are refused with PP_NOT_TEXT.
 */
export async function decodeBytes(bytes: Uint8Array, forced?: EncodingName): Promise<Decoded> {
  // UTF-16 without a BOM is full of NUL bytes: only a named encoding can read it
  if (!forced?.startsWith('utf-16')) refuseBinary(bytes);
  if (forced) return { text: await decodeAs(bytes, forced), encoding: forced };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: await decodeAs(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: await decodeAs(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const text = readUtf8(bytes);
  if (text === null) return decodeLegacy(bytes);
  if (!looksMisread(text)) return { text, encoding: 'utf-8' };
  // valid UTF-8 that reads as stray letters: GB18030 wins only when it reads as Chinese
  const legacy = await decodeLegacy(bytes).catch(() => null);
  return legacy && countHan(legacy.text) > countHan(text) ? legacy : { text, encoding: 'utf-8' };
}

/**
 * A short GB18030 text can happen to be valid UTF-8 ("通知" is CD A8 D6 AA, which UTF-8 reads as
 * a combining mark and a Hebrew accent): letters of those scripts and no Han characters are the sign.
 */
function looksMisread(text: string): boolean {
  const odd = text.match(/[\u0300-\u07ff]/g)?.length ?? 0;
  return odd > 0 && odd >= countHan(text);
}

function countHan(text: string): number {
  return text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
}

/** Stops at NUL bytes outside a UTF-16 file: no notice contains them, every binary format does. */
function refuseBinary(bytes: Uint8Array): void {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return;
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new PolicyParseError('PP_NOT_TEXT', `not a text document (NUL bytes at offset ${nul})`);
}

async function decodeAs(bytes: Uint8Array, encoding: EncodingName): Promise<string> {
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return new TextDecoder(encoding).decode(bytes);
  const iconv = (await import('iconv-lite')).default;
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

async function decodeLegacy(bytes: Uint8Array): Promise<Decoded> {
  const lines = splitLinesKeepingEnds(bytes);
  let sawUtf8 = false;
  let sawGb = false;
  const parts: string[] = [];
  for (const line of lines) {
    const asUtf8 = readUtf8(line);
    if (asUtf8 !== null && !looksMisread(asUtf8)) {
      parts.push(asUtf8);
      if (line.some((b) => b >= 0x80)) sawUtf8 = true;
    } else {
      parts.push(await decodeAs(line, 'gb18030'));
      sawGb = true;
    }
  }
  const text = parts.join('');
  const bad = countUndecodable(text);
  if (bad > Math.max(2, text.length * 0.01)) {
    throw new PolicyParseError(
      'PP_UNKNOWN_ENCODING',
      `neither UTF-8 nor GB18030 (${bad} undecodable characters); name the encoding with --encoding`,
    );
  }
  return { text, encoding: sawUtf8 && sawGb ? 'utf-8+gb18030' : 'gb18030' };
}

/** The bytes as UTF-8, or null when they are not valid UTF-8 (checked first: it is much faster
 * than a decoder that throws, and most files are valid). */
function readUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

function splitLinesKeepingEnds(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let from = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(from, i + 1));
      from = i + 1;
    }
  }
  if (from < bytes.length) lines.push(bytes.subarray(from));
  return lines;
}

/** Replacement characters and C0 controls other than tab, CR, LF, form feed: signs of a wrong guess. */
function countUndecodable(text: string): number {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) bad++;
  }
  return bad;
}
