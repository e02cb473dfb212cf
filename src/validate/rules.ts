import { z } from 'zod';
import type { Measure, Message, PolicyDocument, Severity, Span } from '../schema/contract.js';

/**
 * How loudly a rule speaks: `error` fails a CI job, `warn` fails it only past `--max-warnings`,
 * `info` is shown and never fails, `off` silences the rule.
 */
export type RuleLevel = 'error' | 'warn' | 'info' | 'off';
export const RULE_LEVELS = ['error', 'warn', 'info', 'off'] as const satisfies readonly RuleLevel[];

/** Who emits a rule's messages: a check below, the parser itself, or the baseline comparison. */
export type RuleSource = 'check' | 'parser' | 'drift';

/** A finding of a check: what it says and the item it is about. */
export interface Finding {
  message: string;
  span: Span;
}

/** One row of the rules table. */
export interface Rule {
  id: string;
  source: RuleSource;
  /** The level when no configuration names the rule; for parser rules, the severity the parser emits. */
  level: RuleLevel;
  description: string;
  /** Only `check` rules have one: it reads the document and returns what it finds. */
  check?: (doc: PolicyDocument) => Finding[];
}

/** Rule levels by rule id (a config file's `rules`, or `--rule` flags), and the warning budget. */
export interface RuleConfig {
  rules: Record<string, RuleLevel>;
  /** More warnings than this fail the run; null for no limit. */
  maxWarnings: number | null;
}

/** The start of the input: where messages about the document as a whole point. */
export const DOCUMENT_START: Span = { start: 0, end: 0, line: 1, column: 1 };

/** Quotes a piece of the document in a message, cut short so one message stays one line. */
export function quoteText(text: string, max = 30): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? flat.slice(0, max) + '…' : flat}"`;
}

function allMeasures(doc: PolicyDocument): Measure[] {
  return [...doc.measures, ...doc.attachments.flatMap((a) => a.measures)];
}

function findUnownedMeasures(doc: PolicyDocument): Finding[] {
  return allMeasures(doc)
    .filter((m) => m.departments.length === 0)
    .map((m) => ({
      message: `measure ${quoteText(m.title || m.text)} names no responsible department`,
      span: m.span,
    }));
}

function findMissingDocNumber(doc: PolicyDocument): Finding[] {
  return doc.metadata.docNumber
    ? []
    : [{ message: 'no 文号 (document number) was found', span: DOCUMENT_START }];
}

function findMissingTitle(doc: PolicyDocument): Finding[] {
  return doc.metadata.title || doc.notice?.title
    ? []
    : [{ message: 'no title was found', span: DOCUMENT_START }];
}

function findMissingPublishDate(doc: PolicyDocument): Finding[] {
  return doc.metadata.publishDate ? [] : [{ message: 'no publish date was found', span: DOCUMENT_START }];
}

function findTargetsWithoutYear(doc: PolicyDocument): Finding[] {
  return doc.targets
    .filter((t) => t.year === null)
    .map((t) => ({ message: `target ${quoteText(t.text)} names no year`, span: t.span }));
}

function findEmptyOutline(doc: PolicyDocument): Finding[] {
  return doc.outline.length ? [] : [{ message: 'the main text has no headings', span: DOCUMENT_START }];
}

/** A rule as a row: id, default level, description. */
type RuleRow = [id: string, level: RuleLevel, description: string];
type CheckRow = [...RuleRow, check: NonNullable<Rule['check']>];

function makeRules(source: RuleSource, rows: (RuleRow | CheckRow)[]): Rule[] {
  return rows.map(([id, level, description, check]) => ({ id, source, level, description, check }));
}

/**
 * Checks default to `warn` or `off`, so that a clean real notice passes: many genres (regulations,
 * roster notices, admission plans) legitimately lack measures with responsible units, a 文号 or
 * dated targets.
 */
const CHECKS: CheckRow[] = [
  ['metadata/no-title', 'warn', 'the document has a title', findMissingTitle],
  ['doc-number/missing', 'warn', 'the 文号 is present', findMissingDocNumber],
  ['metadata/no-publish-date', 'off', 'the publish date is present', findMissingPublishDate],
  ['outline/empty', 'off', 'the main text has headings', findEmptyOutline],
  ['measure/no-department', 'off', 'every measure names a responsible department', findUnownedMeasures],
  ['target/no-year', 'off', 'every target names the year it is due', findTargetsWithoutYear],
];

/** The parser's own messages, at the severity it emits them. */
const PARSER_RULES: RuleRow[] = [
  ['date/incomplete', 'warn', 'a date lost characters: read as the one date its digits allow, else kept raw'],
  ['department/unknown', 'info', 'a department is not in the taxonomy'],
  ['doc-number/damaged', 'warn', 'a copy of the 文号 lost characters'],
  ['doc-number/mismatch', 'warn', 'the header and the body give different 文号'],
  ['ingest/lost-indent', 'warn', "blanks (indents, blank lines, label padding) lost as '?': removed"],
  ['ingest/traditional-script', 'info', 'the text is in traditional script and was read in simplified form'],
  ['measure/unread-responsibility', 'warn', 'a responsibility clause names no department that could be read'],
  ['metadata/title-damaged', 'warn', 'the title lost characters'],
  ['outline/numbering-gap', 'warn', 'heading numbers skip one'],
  ['outline/numbering-repeat', 'warn', 'a heading number repeats'],
  ['outline/numbering-order', 'warn', 'heading numbers go back'],
  ['outline/recovered-marker', 'info', 'a heading marker lost in scraping was recovered from the sequence'],
  ['personnel/damaged-label', 'warn', 'a roster role label lost characters'],
  ['personnel/missing-name', 'warn', 'a roster entry has lost its name'],
  ['personnel/truncated-name', 'warn', 'a roster name looks cut short'],
  ['reference/damaged-doc-number', 'warn', 'a cited 文号 lost characters'],
];

/** Baseline drift: losses fail, additions warn. */
const DRIFT_RULES: RuleRow[] = [
  ['drift/no-baseline', 'warn', 'the baseline holds this input'],
  ['drift/heading-lost', 'error', 'no heading of the baseline is lost'],
  ['drift/heading-added', 'warn', 'no heading is new since the baseline'],
  ['drift/heading-moved', 'warn', 'headings keep their level'],
  ['drift/target-lost', 'error', 'no target of the baseline is lost'],
  ['drift/target-changed', 'error', 'targets keep their value, unit and year'],
  ['drift/target-added', 'warn', 'no target is new since the baseline'],
  ['drift/department-dropped', 'error', 'no department of the baseline or of its measures is dropped'],
  ['drift/department-added', 'warn', 'no department is new since the baseline'],
  ['drift/personnel-changed', 'error', 'roster entries of the baseline keep their name'],
  ['drift/personnel-added', 'warn', 'no roster entry is new since the baseline'],
  ['drift/metadata-changed', 'error', 'metadata fields of the baseline keep their value'],
  ['drift/metadata-added', 'warn', 'no metadata field is new since the baseline'],
];

/** The rules table: every rule id `validate` knows, its default level and what it checks. */
export const RULES: readonly Rule[] = [
  ...makeRules('check', CHECKS),
  ...makeRules('parser', PARSER_RULES),
  ...makeRules('drift', DRIFT_RULES),
];

const RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));

const SEVERITY_OF_LEVEL: Record<Exclude<RuleLevel, 'off'>, Severity> = {
  error: 'error',
  warn: 'warning',
  info: 'info',
};

/** The severity of a rule's default level, at which the baseline comparison emits its messages. */
export function defaultSeverity(ruleId: string): Severity {
  const level = RULES_BY_ID.get(ruleId)?.level;
  if (level === undefined || level === 'off') throw new Error(`rule ${ruleId} has no default severity`);
  return SEVERITY_OF_LEVEL[level];
}

function levelOf(rule: Rule, config: RuleConfig): RuleLevel {
  return config.rules[rule.id] ?? rule.level;
}

/**
 * The messages a document gets under a configuration: the parser's own messages and `extra`
 * ones found outside the document (baseline drift) re-levelled or silenced where the
 * configuration names their rule, plus the findings of every check that is not off; sorted by
 * position. Rule ids the table does not know keep their severity. Pure.
 */
export function applyRules(
  doc: PolicyDocument,
  config: RuleConfig,
  extra: readonly Message[] = [],
): Message[] {
  const out: Message[] = [];
  for (const m of [...doc.messages, ...extra]) {
    const level = config.rules[m.ruleId];
    if (level === undefined) out.push(m);
    else if (level !== 'off') out.push({ ...m, severity: SEVERITY_OF_LEVEL[level] });
  }
  for (const rule of RULES) {
    const level = levelOf(rule, config);
    if (!rule.check || level === 'off') continue;
    for (const f of rule.check(doc)) {
      out.push({
        ruleId: rule.id,
        severity: SEVERITY_OF_LEVEL[level],
        line: f.span.line,
        column: f.span.column,
        ...f,
      });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
}

/** The ids of the rules a run checks: every rule not off, drift rules only when comparing with a baseline. */
export function listCheckedRules(config: RuleConfig, withBaseline: boolean): string[] {
  return RULES.filter((r) => (withBaseline || r.source !== 'drift') && levelOf(r, config) !== 'off').map(
    (r) => r.id,
  );
}

/** A configuration problem: the CLI reports it as a usage error (exit 2), naming where it is. */
export class RuleConfigError extends Error {
  override name = 'RuleConfigError';

  constructor(
    message: string,
    /** The file or flag that holds the problem. */
    readonly origin = '(command line)',
  ) {
    super(message);
  }
}

function checkRuleId(id: string): string {
  if (!RULES_BY_ID.has(id)) throw new RuleConfigError(`unknown rule id "${id}"`);
  return id;
}

function readLevel(level: string, id: string): RuleLevel {
  if (!(RULE_LEVELS as readonly string[]).includes(level)) {
    throw new RuleConfigError(`rule "${id}" has level "${level}"; expected one of ${RULE_LEVELS.join(', ')}`);
  }
  return level as RuleLevel;
}

/** Reads one `--rule id=level` flag. */
export function parseRuleFlag(flag: string): [string, RuleLevel] {
  const eq = flag.lastIndexOf('=');
  if (eq < 0) throw new RuleConfigError(`expected id=level, such as measure/no-department=error`);
  const id = checkRuleId(flag.slice(0, eq).trim());
  return [id, readLevel(flag.slice(eq + 1).trim(), id)];
}

const ConfigFileSchema = z
  .object({
    $schema: z.string().optional(),
    rules: z.record(z.string(), z.string()).optional(),
    maxWarnings: z.number().int().nonnegative().optional(),
  })
  .strict();

/** Reads the text of a `policy-parse.config.json`: `{ "rules": { id: level }, "maxWarnings": n }`. */
export function parseConfigFile(json: string): Partial<RuleConfig> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new RuleConfigError(`not JSON (${(error as Error).message})`);
  }
  const result = ConfigFileSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new RuleConfigError(`${issue.path.join('.') || 'the file'}: ${issue.message}`);
  }
  const rules: Record<string, RuleLevel> = {};
  for (const [id, level] of Object.entries(result.data.rules ?? {}))
    rules[checkRuleId(id)] = readLevel(level, id);
  return { rules, maxWarnings: result.data.maxWarnings };
}

/** Merges configurations, later ones overriding earlier ones rule by rule (the file, then the flags). */
export function mergeConfigs(...layers: Partial<RuleConfig>[]): RuleConfig {
  const merged: RuleConfig = { rules: {}, maxWarnings: null };
  for (const layer of layers) {
    Object.assign(merged.rules, layer.rules);
    if (layer.maxWarnings !== undefined) merged.maxWarnings = layer.maxWarnings;
  }
  return merged;
}
