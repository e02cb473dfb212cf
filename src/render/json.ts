import type { PolicyDocument } from '../schema/contract.js';

/** One document as JSON (indented with `pretty`). */
export function renderJson(doc: PolicyDocument, pretty = false): string {
  return JSON.stringify(doc, null, pretty ? 2 : undefined);
}

/** One document as a line of NDJSON. */
export function renderNdjsonLine(doc: PolicyDocument): string {
  return JSON.stringify(doc);
}
