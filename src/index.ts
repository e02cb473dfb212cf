/**
 * policy-parse as a library: the same pipeline the CLI runs.
 *
 * ```ts
 * import { parse } from 'policy-parse';
 * const doc = await parse(bytes, { path: 'notice.txt' });
 * ```
 */
import { ingest, type IngestOptions } from './ingest/index.js';
import { normalize } from './normalize/index.js';
import { segment } from './segment/index.js';
import { structure, type DocTree } from './structure/index.js';
import { extract } from './extract/index.js';
import { validate } from './validate/index.js';
import type { NormText } from './normalize/index.js';
import type { PolicyDocument } from './schema/contract.js';
import type { Diff } from './diff/schema.js';
import type { DiffTexts } from './diff/index.js';

export * from './schema/contract.js';
export { PolicyParseError, type ErrorCode } from './schema/errors.js';
export type { IngestOptions } from './ingest/index.js';
export type { EncodingName } from './ingest/encoding.js';
export type { Diff } from './diff/schema.js';
export type { DiffTexts } from './diff/index.js';

/** Runs ingest → normalize → segment → structure and returns the tree (for tests and tools). */
export async function analyze(bytes: Uint8Array, options: IngestOptions): Promise<DocTree> {
  const source = await ingest(bytes, options);
  const norm = normalize(source);
  return structure(norm, segment(norm));
}

/** Parses one notice's bytes into a validated document of output contract v1. */
export async function parse(bytes: Uint8Array, options: IngestOptions): Promise<PolicyDocument> {
  return (await parseKeepingText(bytes, options)).document;
}

/**
 * Parses one notice and keeps the normalised text it was read from: given to `diff`, it places
 * reused passages at their own lines (a document keeps only where its headings are).
 */
export async function parseKeepingText(
  bytes: Uint8Array,
  options: IngestOptions,
): Promise<{ document: PolicyDocument; norm: NormText }> {
  const tree = await analyze(bytes, options);
  return { document: validate(extract(tree)), norm: tree.norm };
}

/** Parses a notice given as a string (already decoded). */
export async function parseText(text: string, path = '<text>'): Promise<PolicyDocument> {
  return parse(new TextEncoder().encode(text), { path, encoding: 'utf-8' });
}

/**
 * Compares two parsed documents (loads the jieba segmenter on first use); `texts`, from
 * `parseKeepingText`, place reused passages exactly.
 */
export async function diff(a: PolicyDocument, b: PolicyDocument, texts?: DiffTexts): Promise<Diff> {
  return (await import('./diff/index.js')).diff(a, b, texts);
}
