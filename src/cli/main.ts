import { createRequire } from 'node:module';
import { Command } from 'commander';
import { EXIT, reportError } from './exit.js';

type Register = (program: Command) => void;

// package.json sits two folders up from dist/cli and from dist/bundle alike
const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

// Each command registers itself from its own module; only the one run is loaded, so `parse`
// does not pay for the diff and validate code at start-up.
const COMMANDS: Record<string, () => Promise<Register>> = {
  parse: async () => (await import('./parse-command.js')).registerParse,
  validate: async () => (await import('./validate-command.js')).registerValidate,
  diff: async () => (await import('./diff-command.js')).registerDiff,
  schema: async () => registerSchema,
};

function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the output (generated from the zod contract)')
    .option('--diff', 'the schema of `diff --format json` instead')
    .action(async (flags: { diff?: boolean }) => {
      const { printSchema } = await import('./schema-command.js');
      process.stdout.write(printSchema(flags.diff === true));
    });
}

/** Builds the command-line program with the commands `argv` needs (all of them for help). */
export async function buildProgram(argv: string[] = []): Promise<Command> {
  const program = new Command('policy-parse')
    .description(
      'Parse Chinese government policy notices (公文) into validated, provenance-carrying JSON, and compare two.',
    )
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    // commander's own exits become exceptions that `run` maps to our exit codes; set before
    // the subcommands are added, which copy the setting
    .exitOverride();
  const wanted =
    argv[2] !== undefined && Object.hasOwn(COMMANDS, argv[2]) ? [argv[2]] : Object.keys(COMMANDS);
  for (const name of wanted) (await COMMANDS[name]!())(program);
  return program;
}

/** Runs the program; usage errors exit 2 with commander's one-line message. */
export async function run(argv: string[]): Promise<void> {
  try {
    const program = await buildProgram(argv);
    await program.parseAsync(argv);
  } catch (error) {
    const code = (error as { code?: string }).code;
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
