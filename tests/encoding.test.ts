import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, PolicyParseError } from '../src/index.js';
import { decodeBytes } from '../src/ingest/encoding.js';
import { FIXTURES } from './support/files.js';

const strip = ({ source: _source, ...rest }: Awaited<ReturnType<typeof parse>>) => rest;

describe('encodings', () => {
  for (const seed of ['hanshan-2024-28', 'hengshui-2018-113']) {
    it(`a GB18030 copy of ${seed} parses to the same document as the UTF-8 one`, async () => {
      const utf8 = await parse(readFileSync(join(FIXTURES, `${seed}.txt`)), { path: 'x' });
      const gb = await parse(readFileSync(join(FIXTURES, `${seed}.gb18030.txt`)), { path: 'x' });
      expect(gb.source.encoding).toBe('gb18030');
      expect(utf8.source.encoding).toBe('utf-8');
      expect(strip(gb)).toEqual(strip(utf8));
    });
  }

  it.each([
    ['UTF-8 BOM', [0xef, 0xbb, 0xbf, 0xe9, 0x80, 0x9a, 0xe7, 0x9f, 0xa5], '通知', 'utf-8'],
    ['UTF-16LE BOM', [0xff, 0xfe, 0x1a, 0x90, 0xe5, 0x77], '通知', 'utf-16le'],
    ['GB18030', [0xcd, 0xa8, 0xd6, 0xaa], '通知', 'gb18030'],
  ])('%s', async (_name, bytes, text, encoding) => {
    expect(await decodeBytes(Uint8Array.from(bytes))).toEqual({ text, encoding });
  });

  it('decodes a file whose lines mix UTF-8 and GB18030 line by line', async () => {
    const bytes = Buffer.concat([Buffer.from('通知\n'), Uint8Array.from([0xcd, 0xa8, 0xd6, 0xaa])]);
    expect(await decodeBytes(bytes)).toEqual({ text: '通知\n通知', encoding: 'utf-8+gb18030' });
  });

  it('refuses bytes with NUL as not text', async () => {
    await expect(decodeBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).rejects.toMatchObject({
      code: 'PP_NOT_TEXT',
    });
    await expect(decodeBytes(Uint8Array.from([0x00]))).rejects.toBeInstanceOf(PolicyParseError);
  });

  it('honours a forced encoding', async () => {
    expect((await decodeBytes(Uint8Array.from([0xb3, 0x71, 0xaa, 0xbe]), 'big5')).text).toBe('通知');
  });
});
