import { availableParallelism } from 'node:os';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { ENCODINGS, type EncodingName } from '../ingest/encoding.js';
import { PolicyParseError } from '../schema/errors.js';
import { outputPaths, runBatch, writeAtomically } from './batch.js';
import { EXIT, reportError, useColor } from './exit.js';
import { expandInputs } from './expand-inputs.js';
import type { OutputFormat, ParseOutcome } from './parse-file.js';

interface ParseFlags {
  format: OutputFormat;
  pretty?: boolean;
  encoding?: EncodingName;
  inputFormat?: 'text' | 'html' | 'markdown';
  outDir?: string;
  jobs: number;
  quiet?: boolean;
  color?: boolean;
  debug?: boolean;
}

/** Reads `--jobs`: a whole number of at least 1. */
function readJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of at least 1');
  return n;
}

/** `policy-parse parse INPUTS…` */
export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('parse notices (plain text, HTML or Markdown; UTF-8 or GB18030) into output contract v1')
    .argument('<inputs...>', 'files, folders (searched recursively), globs, or - for standard input')
    .addOption(
      new Option('-f, --format <format>', 'output: json (one file), ndjson (one line per file), text')
        .choices(['json', 'ndjson', 'text'])
        .default('json'),
    )
    .option('--pretty', 'indent JSON output')
    .option(
      '-o, --out-dir <dir>',
      'write one JSON file per input here (atomically, never over an input) instead of printing',
    )
    .addOption(
      new Option('-j, --jobs <n>', 'worker threads for many files')
        .argParser(readJobs)
        .default(availableParallelism(), 'the core count'),
    )
    .addOption(
      new Option('--encoding <name>', 'decode input with this encoding instead of detecting it').choices([
        ...ENCODINGS,
      ]),
    )
    .addOption(
      new Option('--input-format <format>', 'treat input as this format instead of sniffing it').choices([
        'text',
        'html',
        'markdown',
      ]),
    )
    .option('-q, --quiet', 'no progress bar and no summary on stderr')
    .option('--no-color', 'no colour in text output')
    .option('--debug', 'show stack traces of internal errors')
    .action(async (inputs: string[], flags: ParseFlags) => {
      process.exitCode = await runParse(inputs, flags);
    });
}

async function runParse(inputs: string[], flags: ParseFlags): Promise<number> {
  let exit: number = EXIT.ok;
  const { files, missing } = await expandInputs(inputs);
  for (const m of missing)
    exit = Math.max(exit, reportError(m.input, new PolicyParseError('PP_NO_SUCH_FILE', m.reason), false));
  const many = files.length > 1;
  const format: OutputFormat = flags.outDir
    ? 'json'
    : many && flags.format === 'json'
      ? 'ndjson'
      : flags.format;
  const targets = flags.outDir ? outputPaths(files, flags.outDir) : null;
  const interactive = process.stderr.isTTY === true && !flags.quiet;

  const onOutcome = async (o: ParseOutcome) => {
    if (o.failure) {
      const error = o.failure.code
        ? new PolicyParseError(o.failure.code as never, o.failure.message)
        : Object.assign(new Error(o.failure.message), { stack: o.failure.stack });
      if (interactive) process.stderr.write('\r\u001b[K');
      exit = Math.max(exit, reportError(o.file, error, flags.debug === true));
      return;
    }
    if (targets) {
      const target = targets.get(o.file);
      if (!target) {
        exit = Math.max(
          exit,
          reportError(
            o.file,
            new PolicyParseError('PP_USAGE', 'its output would overwrite an input; choose another --out-dir'),
            false,
          ),
        );
        return;
      }
      try {
        await writeAtomically(target, o.output!);
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        exit = Math.max(
          exit,
          reportError(
            o.file,
            new PolicyParseError('PP_CANNOT_WRITE', `its JSON could not be written to ${target} (${reason})`),
            false,
          ),
        );
      }
    } else if (!process.stdout.write(o.output!)) {
      await new Promise((done) => process.stdout.once('drain', done));
    }
  };
  const summary = await runBatch(files, {
    // standard input can only be read on the main thread
    jobs: files.includes('-') ? 1 : flags.jobs,
    outDir: flags.outDir,
    progress: interactive && many,
    job: {
      format,
      pretty: flags.pretty === true,
      color: useColor(flags.color),
      encoding: flags.encoding,
      inputFormat: flags.inputFormat,
    },
    onOutcome,
  });
  if (many && !flags.quiet) {
    const rate = summary.bytes / 1e6 / Math.max(summary.seconds, 0.001);
    process.stderr.write(
      `policy-parse: ${summary.files} files, ${summary.failed} failed, ${summary.warnings} warnings, ` +
        `${summary.seconds.toFixed(1)} s (${rate.toFixed(1)} MB/s)\n`,
    );
  }
  return exit;
}
