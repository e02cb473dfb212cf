import { parse } from '../index.js';
import type { EncodingName } from '../ingest/encoding.js';
import { PolicyParseError } from '../schema/errors.js';
import { renderJson, renderNdjsonLine } from '../render/json.js';
import { readInput } from './read-input.js';

export type OutputFormat = 'json' | 'ndjson' | 'text';

/** One file to parse, as the batch runner hands it to a worker (or runs it in-process). */
export interface ParseJob {
  index: number;
  file: string;
  format: OutputFormat;
  pretty: boolean;
  color: boolean;
  encoding?: EncodingName;
  inputFormat?: 'text' | 'html' | 'markdown';
}

/** What came of a job: the rendered document, or the error to report. */
export interface ParseOutcome {
  index: number;
  file: string;
  output?: string;
  bytes: number;
  warnings: number;
  errors: number;
  failure?: { code: string | null; message: string; stack?: string };
}

/** Reads, parses and renders one file; never throws. */
export async function parseFile(job: ParseJob): Promise<ParseOutcome> {
  try {
    const bytes = await readInput(job.file);
    const doc = await parse(bytes, { path: job.file, encoding: job.encoding, format: job.inputFormat });
    // the terminal renderer (chalk, string-width) is loaded only when asked for
    const output =
      job.format === 'text'
        ? (await import('../render/text.js')).renderText(doc, { color: job.color })
        : (job.format === 'json' ? renderJson(doc, job.pretty) : renderNdjsonLine(doc)) + '\n';
    return {
      index: job.index,
      file: job.file,
      output,
      bytes: bytes.length,
      warnings: doc.messages.filter((m) => m.severity === 'warning').length,
      errors: doc.messages.filter((m) => m.severity === 'error').length,
    };
  } catch (error) {
    const code = error instanceof PolicyParseError ? error.code : null;
    const e = error instanceof Error ? error : new Error(String(error));
    return {
      index: job.index,
      file: job.file,
      bytes: 0,
      warnings: 0,
      errors: 0,
      failure: { code, message: e.message, stack: e.stack },
    };
  }
}
