import { stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { parseKeepingText } from '../index.js';
import { ENCODINGS, type EncodingName } from '../ingest/encoding.js';
import type { NormText } from '../normalize/index.js';
import type { PolicyDocument } from '../schema/contract.js';
import type { Diff } from '../diff/schema.js';
import { renderDiffHtml } from '../render/diff-html.js';
import { renderDiffMarkdown } from '../render/diff-markdown.js';
import { MIN_TEXT_WIDTH, renderDiffText } from '../render/diff-text.js';
import { EXIT, reportError, useColor } from './exit.js';
import { readInput } from './read-input.js';

type DiffFormat = 'text' | 'md' | 'json' | 'html';

interface DiffFlags {
  format?: DiffFormat;
  out?: string;
  color?: boolean;
  width?: number;
  encoding?: EncodingName;
  debug?: boolean;
}

const DEFAULT_WIDTH = 100;

/** `policy-parse diff A B` */
export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description(
      'compare two notices: metadata, outline and measures aligned side by side, targets, departments, personnel, keywords, citations and reused passages',
    )
    .argument('<a>', 'the first notice (A), or - for standard input')
    .argument('<b>', 'the second notice (B), or - for standard input')
    .addOption(
      new Option(
        '-f, --format <format>',
        'output format (default: text when writing to a terminal, json otherwise)',
      ).choices(['text', 'md', 'json', 'html']),
    )
    .option('-o, --out <file>', 'write to this file instead of standard output (never one of the inputs)')
    .option('--no-color', 'no colour in text output (NO_COLOR is honoured too)')
    .addOption(
      new Option(
        '--width <columns>',
        `width of text output (default: the terminal's, or ${DEFAULT_WIDTH})`,
      ).argParser(parseWidth),
    )
    .addOption(
      new Option(
        '--encoding <name>',
        'decode both inputs with this encoding instead of detecting it',
      ).choices([...ENCODINGS]),
    )
    .option('--debug', 'show stack traces of internal errors')
    .action(async (a: string, b: string, flags: DiffFlags) => {
      process.exitCode = await runDiff(a, b, flags);
    });
}

function parseWidth(value: string): number {
  const width = Number(value);
  if (!Number.isInteger(width) || width < MIN_TEXT_WIDTH) {
    throw new InvalidArgumentError(`It must be a whole number of columns, at least ${MIN_TEXT_WIDTH}.`);
  }
  return width;
}

async function runDiff(a: string, b: string, flags: DiffFlags): Promise<number> {
  const debug = flags.debug === true;
  if (a === '-' && b === '-') return refuse('only one of the two inputs can be standard input');
  if (flags.out !== undefined && (await isSameFile(flags.out, a, b))) {
    return refuse(`will not write ${flags.out}: it is one of the inputs`);
  }
  let exit: number = EXIT.ok;
  const docs: { document: PolicyDocument; norm: NormText }[] = [];
  for (const file of [a, b]) {
    try {
      docs.push(await parseKeepingText(await readInput(file), { path: file, encoding: flags.encoding }));
    } catch (error) {
      exit = Math.max(exit, reportError(file, error, debug));
    }
  }
  const [docA, docB] = docs;
  if (!docA || !docB) return exit;

  let result: Diff;
  try {
    // loaded here, not at the top: the diff module (and jieba behind it) is never loaded for `parse`
    const { diff } = await import('../diff/index.js');
    result = await diff(docA.document, docB.document, { a: docA.norm, b: docB.norm });
  } catch (error) {
    return reportError(`${a} and ${b}`, error, debug);
  }

  const toTerminal = flags.out === undefined && process.stdout.isTTY === true;
  const format = flags.format ?? (toTerminal ? 'text' : 'json');
  const output = renderDiff(result, format, {
    color: toTerminal && useColor(flags.color),
    width: flags.width ?? (toTerminal ? process.stdout.columns : undefined) ?? DEFAULT_WIDTH,
  });
  if (flags.out === undefined) {
    process.stdout.write(output);
    return EXIT.ok;
  }
  try {
    await writeFile(flags.out, output);
  } catch (error) {
    return refuse(
      `cannot write ${flags.out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  return EXIT.ok;
}

function renderDiff(d: Diff, format: DiffFormat, text: { color: boolean; width: number }): string {
  switch (format) {
    case 'text':
      return renderDiffText(d, text);
    case 'md':
      return renderDiffMarkdown(d);
    case 'html':
      return renderDiffHtml(d);
    case 'json':
      return JSON.stringify(d, null, 2) + '\n';
  }
}

/** Whether `out` names an input, by path or (through links) by the file it reaches. */
async function isSameFile(out: string, ...inputs: string[]): Promise<boolean> {
  const files = inputs.filter((file) => file !== '-');
  if (files.some((file) => resolve(file) === resolve(out))) return true;
  const target = await stat(out).catch(() => null);
  if (!target) return false;
  for (const file of files) {
    const input = await stat(file).catch(() => null);
    if (input && input.dev === target.dev && input.ino === target.ino) return true;
  }
  return false;
}

/** A usage problem found after commander's own checks: one line, exit 2. */
function refuse(message: string): number {
  process.stderr.write(`policy-parse: ${message}\n`);
  return EXIT.badInput;
}
