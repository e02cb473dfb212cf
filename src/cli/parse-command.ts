import { Option, type Command } from 'commander';
import { parse } from '../index.js';
import { ENCODINGS, type EncodingName } from '../ingest/encoding.js';
import type { PolicyDocument } from '../schema/contract.js';
import { renderJson, renderNdjsonLine } from '../render/json.js';
import { renderText } from '../render/text.js';
import { EXIT, reportError, useColor } from './exit.js';
import { readInput } from './read-input.js';

interface ParseFlags {
  format: 'json' | 'ndjson' | 'text';
  pretty?: boolean;
  encoding?: EncodingName;
  inputFormat?: 'text' | 'html' | 'markdown';
  color?: boolean;
  debug?: boolean;
}

/** `policy-parse parse FILES…` */
export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('parse notices (plain text, HTML or Markdown; UTF-8 or GB18030) into output contract v1')
    .argument('<files...>', 'files to parse, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'ndjson', 'text']).default('json'))
    .option('--pretty', 'indent JSON output')
    .addOption(new Option('--encoding <name>', 'decode input with this encoding instead of detecting it').choices([...ENCODINGS]))
    .addOption(new Option('--input-format <format>', 'treat input as this format instead of sniffing it').choices(['text', 'html', 'markdown']))
    .option('--no-color', 'no colour in text output')
    .option('--debug', 'show stack traces of internal errors')
    .action(async (files: string[], flags: ParseFlags) => {
      process.exitCode = await runParse(files, flags);
    });
}

async function runParse(files: string[], flags: ParseFlags): Promise<number> {
  let exit: number = EXIT.ok;
  const color = useColor(flags.color);
  const format = files.length > 1 && flags.format === 'json' ? 'ndjson' : flags.format;
  for (const file of files) {
    let doc: PolicyDocument;
    try {
      const bytes = await readInput(file);
      doc = await parse(bytes, { path: file, encoding: flags.encoding, format: flags.inputFormat });
    } catch (error) {
      exit = Math.max(exit, reportError(file, error, flags.debug === true));
      continue;
    }
    if (format === 'json') process.stdout.write(renderJson(doc, flags.pretty) + '\n');
    else if (format === 'ndjson') process.stdout.write(renderNdjsonLine(doc) + '\n');
    else process.stdout.write(renderText(doc, { color }));
  }
  return exit;
}
