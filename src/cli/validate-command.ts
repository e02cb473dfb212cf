import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { parse } from '../index.js';
import { ENCODINGS, type EncodingName } from '../ingest/encoding.js';
import {
  countProblems,
  renderReport,
  REPORTERS,
  type FileResult,
  type ReporterName,
} from '../render/reporters.js';
import { PolicyDocumentSchema, type Message, type PolicyDocument } from '../schema/contract.js';
import { PolicyParseError } from '../schema/errors.js';
import { compareWithBaseline, describeMissingBaseline } from '../validate/drift.js';
import {
  applyRules,
  listCheckedRules,
  mergeConfigs,
  parseConfigFile,
  parseRuleFlag,
  RULES,
  RuleConfigError,
  type RuleConfig,
  type RuleLevel,
} from '../validate/rules.js';
import { EXIT, reportError, useColor } from './exit.js';
import { expandInputs } from './expand-inputs.js';
import { readInput } from './read-input.js';

/** The configuration file looked for in the current directory when no --config is given. */
const CONFIG_FILE = 'policy-parse.config.json';

interface ValidateFlags {
  reporter: ReporterName;
  rule?: [string, RuleLevel][];
  config?: string;
  maxWarnings?: number;
  baseline?: string;
  encoding?: EncodingName;
  quiet?: boolean;
  color?: boolean;
  debug?: boolean;
}

/** Reads one `--rule` flag onto those before it; a bad one is commander's usage error (exit 2). */
function collectRule(value: string, previous: [string, RuleLevel][] = []): [string, RuleLevel][] {
  try {
    return [...previous, parseRuleFlag(value)];
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/** Reads `--max-warnings`: a whole number of at least 0. */
function readWarningBudget(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('a whole number of at least 0');
  return n;
}

/** The rules table as `--help` shows it. */
function renderRulesHelp(): string {
  const width = Math.max(...RULES.map((r) => r.id.length));
  const rows = RULES.map((r) => `  ${r.id.padEnd(width)}  ${r.level.padEnd(5)}  ${r.description}`);
  return `\nRules (id, default level, what it checks):\n${rows.join('\n')}\n`;
}

/** `policy-parse validate INPUTS…` */
export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check notices with rules, and against a saved baseline, for CI: exit 1 when a rule fails')
    .argument(
      '<inputs...>',
      'files, folders (searched recursively for *.txt *.html *.htm *.md *.markdown), globs, or - for standard input',
    )
    .addOption(new Option('-r, --reporter <name>', 'output format').choices([...REPORTERS]).default('text'))
    .option(
      '--rule <id=level>',
      'set a rule to error, warn, info or off (repeatable; overrides the config file)',
      collectRule,
    )
    .option('-c, --config <file>', `read rule levels from this file (default: ./${CONFIG_FILE} when present)`)
    .addOption(
      new Option('--max-warnings <n>', 'fail when there are more warnings than this').argParser(
        readWarningBudget,
      ),
    )
    .option(
      '--baseline <dir>',
      'compare with saved extractions (DIR/<name>.json from `parse --pretty`, or NDJSON) and report drift',
    )
    .addOption(
      new Option('--encoding <name>', 'decode input with this encoding instead of detecting it').choices([
        ...ENCODINGS,
      ]),
    )
    .option('-q, --quiet', 'report errors only (warnings still count for --max-warnings)')
    .option('--no-color', 'no colour in text output')
    .option('--debug', 'show stack traces of internal errors')
    .addHelpText('after', renderRulesHelp())
    .action(async (inputs: string[], flags: ValidateFlags) => {
      process.exitCode = await runValidate(inputs, flags);
    });
}

async function runValidate(inputs: string[], flags: ValidateFlags): Promise<number> {
  let config: RuleConfig;
  let baseline: Baseline | null = null;
  try {
    config = mergeConfigs(await loadConfigFile(flags.config), {
      rules: Object.fromEntries(flags.rule ?? []),
      maxWarnings: flags.maxWarnings,
    });
    if (flags.baseline !== undefined) baseline = await openBaseline(flags.baseline);
  } catch (error) {
    if (!(error instanceof RuleConfigError)) throw error;
    return reportError(error.origin, new PolicyParseError('PP_USAGE', error.message), false);
  }

  const { files, missing } = await expandInputs(inputs);
  const results: FileResult[] = [];
  let exit: number = EXIT.ok;
  for (const file of files) {
    const checked = await checkFile(file, config, baseline, flags);
    results.push(checked.result);
    exit = Math.max(exit, checked.exit);
  }
  for (const m of missing) {
    results.push({ file: m.input, messages: [], error: `${m.reason}  [PP_NO_SUCH_FILE]` });
    exit = Math.max(exit, EXIT.badInput);
  }

  const count = countProblems(results, config.maxWarnings);
  const ruleErrors = results.some((r) => r.messages.some((m) => m.severity === 'error'));
  if (ruleErrors || count.overMax) exit = Math.max(exit, EXIT.problems);

  const checkedRules = listCheckedRules(config, baseline !== null);
  const options = {
    color: useColor(flags.color),
    maxWarnings: config.maxWarnings,
    checkedRules,
    quiet: flags.quiet === true,
  };
  process.stdout.write(renderReport(flags.reporter, results, options));
  return exit;
}

/** Reads the configuration file: the one named, else ./policy-parse.config.json when it exists. */
async function loadConfigFile(named: string | undefined): Promise<Partial<RuleConfig>> {
  const file = named ?? CONFIG_FILE;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (named === undefined && code === 'ENOENT') return {};
    throw new RuleConfigError(code === 'ENOENT' ? 'no such file' : `unreadable (${code})`, file);
  }
  try {
    return parseConfigFile(text);
  } catch (error) {
    throw new RuleConfigError((error as Error).message, file);
  }
}

/** A baseline folder, with the documents of its NDJSON files indexed by the file name of their input. */
interface Baseline {
  dir: string;
  bundled: Map<string, PolicyDocument>;
}

/**
 * Reads the text of a baseline file: one JSON document (as `parse --pretty` writes it) or NDJSON,
 * one document a line; each must be output contract v1.
 */
function readBaselineDocuments(text: string): PolicyDocument[] {
  let values: unknown[];
  try {
    values = [JSON.parse(text)];
  } catch {
    values = text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, i) => {
        try {
          return JSON.parse(line);
        } catch (error) {
          throw new Error(`line ${i + 1} is not JSON (${(error as Error).message})`);
        }
      });
  }
  return values.map((value) => {
    const result = PolicyDocumentSchema.safeParse(value);
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    throw new Error(
      `not output contract v1 at ${issue.path.join('.') || 'the top'}: ${issue.message}; regenerate it with policy-parse parse`,
    );
  });
}

async function openBaseline(dir: string): Promise<Baseline> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RuleConfigError(code === 'ENOENT' ? 'no such directory' : `unreadable (${code})`, dir);
  }
  const bundled = new Map<string, PolicyDocument>();
  for (const name of names.filter((n) => n.endsWith('.ndjson')).sort()) {
    const path = join(dir, name);
    try {
      for (const doc of readBaselineDocuments(await readFile(path, 'utf8')))
        bundled.set(basename(doc.source.path), doc);
    } catch (error) {
      throw new RuleConfigError((error as Error).message, path);
    }
  }
  return { dir, bundled };
}

type BaselineLookup = { doc: PolicyDocument } | { problem: string } | { looked: string };

/**
 * Finds an input's saved extraction: DIR/<name>.json (name with its extension, as `parse --out-dir`
 * writes it), then DIR/<name without extension>.json, then the NDJSON files of DIR. A .json file
 * that holds several documents gives the one parsed from a file of the input's name.
 */
async function findBaseline(baseline: Baseline, file: string): Promise<BaselineLookup> {
  const name = basename(file);
  const candidates = [...new Set([`${name}.json`, `${basename(file, extname(file))}.json`])];
  for (const candidate of candidates) {
    const path = join(baseline.dir, candidate);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      return { problem: `baseline ${path} is unreadable (${(error as NodeJS.ErrnoException).code})` };
    }
    try {
      const docs = readBaselineDocuments(text);
      const doc = docs.length === 1 ? docs[0] : docs.find((d) => basename(d.source.path) === name);
      if (doc) return { doc };
    } catch (error) {
      return { problem: `baseline ${path}: ${(error as Error).message}` };
    }
  }
  const doc = baseline.bundled.get(name);
  return doc ? { doc } : { looked: candidates.map((c) => join(baseline.dir, c)).join(', ') };
}

/** Reads, parses and checks one input; never throws. */
async function checkFile(
  file: string,
  config: RuleConfig,
  baseline: Baseline | null,
  flags: ValidateFlags,
): Promise<{ result: FileResult; exit: number }> {
  let doc: PolicyDocument;
  try {
    doc = await parse(await readInput(file), { path: file, encoding: flags.encoding });
  } catch (error) {
    if (error instanceof PolicyParseError)
      return {
        result: { file, messages: [], error: `${error.message}  [${error.code}]` },
        exit: EXIT.badInput,
      };
    const message = error instanceof Error ? error.message : String(error);
    if (flags.debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return {
      result: { file, messages: [], error: `internal error: ${message} (a bug; --debug shows where)` },
      exit: EXIT.internal,
    };
  }
  if (!baseline) return { result: { file, messages: applyRules(doc, config) }, exit: EXIT.ok };
  const found = await findBaseline(baseline, file);
  let drift: Message[] = [];
  if ('doc' in found) drift = compareWithBaseline(found.doc, doc);
  else if ('looked' in found) drift = [describeMissingBaseline(found.looked)];
  const messages = applyRules(doc, config, drift);
  if ('problem' in found) return { result: { file, messages, error: found.problem }, exit: EXIT.badInput };
  return { result: { file, messages }, exit: EXIT.ok };
}
