import { createHash } from 'node:crypto';
import type { Source } from '../schema/contract.js';
import { PolicyParseError } from '../schema/errors.js';
import { identityMap, type OffsetMap } from '../schema/offset-map.js';
import { decodeBytes, type EncodingName } from './encoding.js';
import { looksTraditional, toSimplified } from './script.js';
import type { PageField } from './html.js';

export type Format = Source['format'];

/** A decoded input and the text of the document in it. */
export interface SourceText {
  source: Source;
  /** The decoded input: every span points into it. */
  input: string;
  /** The document's text: the input itself, or an HTML page's article as lines. */
  text: string;
  /** text → input. */
  map: OffsetMap;
  /** An HTML page's <meta> data (ArticleTitle, PubDate, ContentSource …). */
  pageFields: PageField[];
  /** Non-blank characters of an HTML page left out as navigation, footer or hidden chrome. */
  chromeChars: number;
  /** The script the document was written in; `text` is always simplified. */
  script: 'simplified' | 'traditional';
}

export interface IngestOptions {
  path: string;
  encoding?: EncodingName;
  format?: Format;
}

/** Decodes a file's bytes, recognises its format and, for HTML, finds the article. */
export async function ingest(bytes: Uint8Array, options: IngestOptions): Promise<SourceText> {
  if (bytes.length === 0) throw new PolicyParseError('PP_EMPTY', 'empty file');
  const { text: input, encoding } = await decodeBytes(bytes, options.encoding);
  if (!/\S/.test(input)) throw new PolicyParseError('PP_EMPTY', 'the file holds only blank space');
  const format = options.format ?? sniffFormat(input, options.path);
  const source: Source = {
    path: options.path,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    encoding,
    format,
  };
  const read = format === 'html' ? await readPage(input) : readText(input);
  return looksTraditional(read.text)
    ? { source, input, ...read, text: await toSimplified(read.text), script: 'traditional' }
    : { source, input, ...read, script: 'simplified' };
}

type DocumentText = Pick<SourceText, 'text' | 'map' | 'pageFields' | 'chromeChars'>;

function readText(input: string): DocumentText {
  return { text: input, map: identityMap(input.length), pageFields: [], chromeChars: 0 };
}

async function readPage(input: string): Promise<DocumentText> {
  const { extractHtml } = await import('./html.js');
  const page = await extractHtml(input);
  if (page.text.trim() === '') {
    throw new PolicyParseError(
      'PP_NO_ARTICLE',
      `an HTML page with no article text (${page.chromeChars} characters of page chrome left out)`,
    );
  }
  return { text: page.text, map: page.map, pageFields: page.pageFields, chromeChars: page.chromeChars };
}

const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--)/i;
// Open and close tags of the elements an article is made of (a fragment is often bare <p>s).
const HTML_TAG =
  /<\/?(?:p|div|span|table|tbody|tr|td|th|br|a|h[1-6]|li|ul|ol|strong|b|font|img|script|style)[\s>/]/gi;

/** HTML by content (a page saved as .txt is still HTML), Markdown by extension or headings. */
export function sniffFormat(input: string, path: string): Format {
  const head = input.slice(0, 4096);
  if (HTML_START.test(head)) return 'html';
  const tags = head.match(HTML_TAG)?.length ?? 0;
  if (tags >= 4 && tags * 40 > head.replace(/\s+/g, '').length / 10) return 'html';
  if (/\.(?:md|markdown)$/i.test(path)) return 'markdown';
  if (/^#{1,6} \S/m.test(head) && /^#{1,6} \S/.test(head.trimStart())) return 'markdown';
  return 'text';
}
