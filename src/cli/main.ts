import { Command, Option } from 'commander';
import { parse } from '../index.js';
import { ENCODINGS, type EncodingName } from '../ingest/encoding.js';
import { PolicyParseError } from '../schema/errors.js';
import type { PolicyDocument } from '../schema/contract.js';
import { renderJson, renderNdjsonLine } from '../render/json.js';
import { renderText } from '../render/text.js';
import { readInput } from './read-input.js';

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, problems: 1, badInput: 2, internal: 3 } as const;

interface ParseFlags {
  format: 'json' | 'ndjson' | 'text';
  pretty?: boolean;
  encoding?: EncodingName;
  inputFormat?: 'text' | 'html' | 'markdown';
  color?: boolean;
  debug?: boolean;
}

/** Builds the command-line program; `run` in bin/ calls it with process.argv. */
export function buildProgram(): Command {
  const program = new Command('policy-parse')
    .description('Parse Chinese government policy notices (公文) into validated, provenance-carrying JSON.')
    .version(process.env.npm_package_version ?? '0.1.0', '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    // commander's own exits become exceptions that `run` maps to our exit codes; set before
    // the subcommands are added, which copy the setting
    .exitOverride();

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

  program
    .command('schema')
    .description('print the JSON Schema of the output (generated from the zod contract)')
    .action(async () => {
      const { printSchema } = await import('./schema-command.js');
      process.stdout.write(printSchema());
    });

  return program;
}

async function runParse(files: string[], flags: ParseFlags): Promise<number> {
  let exit: number = EXIT.ok;
  const color = flags.color !== false && !process.env.NO_COLOR && process.stdout.isTTY === true;
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

/** One line on stderr for a file that could not be parsed; returns its exit code. */
export function reportError(file: string, error: unknown, debug: boolean): number {
  if (error instanceof PolicyParseError) {
    process.stderr.write(`policy-parse: cannot read ${file}: ${error.message}  [${error.code}]\n`);
    return EXIT.badInput;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`policy-parse: internal error on ${file}: ${message} (a bug; --debug shows where)\n`);
  if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return EXIT.internal;
}

/** Runs the program; usage errors exit 2 with commander's one-line message. */
export async function run(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    const code = (error as { code?: string; exitCode?: number }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') {
      process.exitCode = EXIT.ok;
      return;
    }
    if (typeof code === 'string' && code.startsWith('commander.')) {
      process.exitCode = EXIT.badInput;
      return;
    }
    process.exitCode = reportError('(command line)', error, argv.includes('--debug'));
  }
}


