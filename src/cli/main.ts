import { Command } from 'commander';
import { registerDiff } from './diff-command.js';
import { registerParse } from './parse-command.js';
import { registerValidate } from './validate-command.js';
import { EXIT, reportError } from './exit.js';

/** Builds the command-line program: each command registers itself from its own file. */
export function buildProgram(): Command {
  const program = new Command('policy-parse')
    .description(
      'Parse Chinese government policy notices (公文) into validated, provenance-carrying JSON, and compare two.',
    )
    .version(process.env.npm_package_version ?? '0.1.0', '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    // commander's own exits become exceptions that `run` maps to our exit codes; set before
    // the subcommands are added, which copy the setting
    .exitOverride();

  registerParse(program);
  registerValidate(program);
  registerDiff(program);
  program
    .command('schema')
    .description('print the JSON Schema of the output (generated from the zod contract)')
    .option('--diff', 'the schema of `diff --format json` instead')
    .action(async (flags: { diff?: boolean }) => {
      const { printSchema } = await import('./schema-command.js');
      process.stdout.write(printSchema(flags.diff === true));
    });
  return program;
}

/** Runs the program; usage errors exit 2 with commander's one-line message. */
export async function run(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
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
