import type { SourceText } from '../../src/ingest/index.js';
import { identityMap } from '../../src/schema/offset-map.js';

/** A plain-text source as ingest gives it, built synchronously for timing the stages after it. */
export function plainSource(text: string): SourceText {
  return {
    source: { path: 'x.txt', sha256: '', bytes: text.length, encoding: 'utf-8', format: 'text' },
    input: text,
    text,
    map: identityMap(text.length),
    pageFields: [],
    chromeChars: 0,
    script: 'simplified',
  };
}
