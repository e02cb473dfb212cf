import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import type { Message } from '../schema/contract.js';
import { plural, SEVERITY_COLOR } from './signs.js';

/** What `validate` found in one input: its messages, or why it could not be checked at all. */
export interface FileResult {
  file: string;
  messages: Message[];
  /** The input could not be read or parsed (a missing, binary or unreadable file). */
  error?: string;
}

export const REPORTERS = ['text', 'json', 'github', 'junit'] as const;
export type ReporterName = (typeof REPORTERS)[number];

export interface ReportOptions {
  color: boolean;
  /** The warning budget; warnings past it fail the run (and become JUnit failures). */
  maxWarnings: number | null;
  /** The rule ids the run checked: each is a JUnit test case, passed when it found nothing. */
  checkedRules: readonly string[];
  /** Show errors only; warnings are still counted, for the budget and the summary. */
  quiet: boolean;
}

/** Totals over all results; unreadable inputs count as errors. */
export interface ProblemCount {
  errors: number;
  warnings: number;
  /** More warnings than `maxWarnings` allows. */
  overMax: boolean;
}

/** Counts errors and warnings, and whether the warnings overrun the budget. */
export function countProblems(results: readonly FileResult[], maxWarnings: number | null): ProblemCount {
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    if (r.error !== undefined) errors++;
    for (const m of r.messages) {
      if (m.severity === 'error') errors++;
      else if (m.severity === 'warning') warnings++;
    }
  }
  return { errors, warnings, overMax: maxWarnings !== null && warnings > maxWarnings };
}

/** The messages a reporter shows for a result. */
function selectShown(r: FileResult, options: ReportOptions): Message[] {
  return options.quiet ? r.messages.filter((m) => m.severity === 'error') : r.messages;
}

/** "N errors, M warnings in K files", and the budget when it is overrun. */
function summarize(results: readonly FileResult[], options: ReportOptions): string {
  const count = countProblems(results, options.maxWarnings);
  const line = `${plural(count.errors, 'error')}, ${plural(count.warnings, 'warning')} in ${plural(results.length, 'file')}`;
  return count.overMax ? `${line}; more than --max-warnings ${options.maxWarnings}` : line;
}

/**
 * Grouped by file as eslint's stylish formatter does: the path, then one aligned row per message
 * (`line:col  severity  message  ruleId`); files without problems are left out. Columns are padded
 * by display width, since Chinese characters take two terminal cells.
 */
function renderStylish(results: readonly FileResult[], options: ReportOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  for (const r of results) {
    const shown = selectShown(r, options);
    if (r.error === undefined && shown.length === 0) continue;
    const rows: [string, Message['severity'], string, string][] = shown.map((m) => [
      `${m.line}:${m.column}`,
      m.severity,
      m.message,
      m.ruleId,
    ]);
    if (r.error !== undefined) rows.unshift(['', 'error', r.error, '']);
    const width = [0, 1, 2].map((i) => Math.max(...rows.map((row) => stringWidth(row[i]!))));
    const pad = (s: string, i: number) => s + ' '.repeat(width[i]! - stringWidth(s));
    out.push(c.underline(r.file));
    for (const [where, severity, message, ruleId] of rows) {
      // an unreadable input has no position column at all
      const cells = [
        width[0] ? c.dim(pad(where, 0)) : '',
        c[SEVERITY_COLOR[severity]](pad(severity, 1)),
        pad(message, 2),
        c.dim(ruleId),
      ];
      out.push(`  ${cells.filter((cell) => cell !== '').join('  ')}`.trimEnd());
    }
    out.push('');
  }
  const count = countProblems(results, options.maxWarnings);
  const tone = count.errors || count.overMax ? c.red : count.warnings ? c.yellow : c.green;
  out.push(c.bold(tone(summarize(results, options))));
  return out.join('\n') + '\n';
}

function renderJsonReport(results: readonly FileResult[], options: ReportOptions): string {
  return (
    JSON.stringify(
      options.quiet ? results.map((r) => ({ ...r, messages: selectShown(r, options) })) : results,
      null,
      2,
    ) + '\n'
  );
}

/** Workflow-command data: %, CR and LF would end or corrupt the command. */
function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow-command properties: also `:` and `,`, which separate properties from each other and from the data. */
function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const GITHUB_COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub Actions workflow commands, which annotate the files of a pull request, then the summary. */
function renderGithub(results: readonly FileResult[], options: ReportOptions): string {
  const out: string[] = [];
  const command = (kind: string, properties: [string, string | number][], text: string) =>
    `::${kind} ${properties.map(([k, v]) => `${k}=${escapeCommandProperty(String(v))}`).join(',')}::${escapeCommandData(text)}`;
  for (const r of results) {
    if (r.error !== undefined)
      out.push(
        command(
          'error',
          [
            ['file', r.file],
            ['title', 'policy-parse'],
          ],
          r.error,
        ),
      );
    for (const m of selectShown(r, options)) {
      out.push(
        command(
          GITHUB_COMMAND[m.severity],
          [
            ['file', r.file],
            ['line', m.line],
            ['col', m.column],
            ['title', m.ruleId],
          ],
          m.message,
        ),
      );
    }
  }
  out.push(summarize(results, options));
  return out.join('\n') + '\n';
}

/** Escapes text for XML 1.0; characters XML cannot hold at all (control characters from damaged input) become U+FFFD. */
function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An attribute value: line breaks are written as references, or parsers fold them to spaces. */
function escapeAttribute(text: string): string {
  return escapeXml(text).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

function renderAttributes(attributes: Record<string, string | number>): string {
  return Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${escapeAttribute(String(v))}"`)
    .join('');
}

function describeMessage(m: Message): string {
  return `${m.line}:${m.column} ${m.severity} ${m.message}`;
}

interface JunitCase {
  name: string;
  failures: Message[];
  output: Message[];
  error?: string;
}

/**
 * One test case per rule checked (and per rule id found that the table does not hold), and an
 * errored `input` case for an input that could not be handled; one with no messages was never
 * checked, so it gets no rule cases that would pass. What fails is always shown, even when quiet.
 */
function collectCases(r: FileResult, options: ReportOptions, overMax: boolean): JunitCase[] {
  const unchecked = r.error !== undefined && r.messages.length === 0;
  const ids = unchecked ? [] : [...new Set([...options.checkedRules, ...r.messages.map((m) => m.ruleId)])];
  const fails = (m: Message) => m.severity === 'error' || (overMax && m.severity === 'warning');
  const shown = new Set(selectShown(r, options));
  const cases: JunitCase[] = ids.map((name) => {
    const messages = r.messages.filter((m) => m.ruleId === name);
    return {
      name,
      failures: messages.filter(fails),
      output: messages.filter((m) => !fails(m) && shown.has(m)),
    };
  });
  if (r.error !== undefined) cases.unshift({ name: 'input', failures: [], output: [], error: r.error });
  return cases;
}

function renderJunitCase(file: string, c: JunitCase): string[] {
  const open = `    <testcase${renderAttributes({ classname: file, name: c.name })}`;
  if (c.error === undefined && c.failures.length === 0 && c.output.length === 0) return [`${open}/>`];
  const out = [`${open}>`];
  if (c.error !== undefined) out.push(`      <error${renderAttributes({ message: c.error })}/>`);
  if (c.failures.length) {
    const body = c.failures.map(describeMessage).join('\n');
    out.push(
      `      <failure${renderAttributes({ type: c.name, message: c.failures[0]!.message })}>${escapeXml(body)}</failure>`,
    );
  }
  if (c.output.length)
    out.push(`      <system-out>${escapeXml(c.output.map(describeMessage).join('\n'))}</system-out>`);
  out.push('    </testcase>');
  return out;
}

/** JUnit XML as CI servers read it: one test suite per input; errors fail, and warnings past the budget. */
function renderJunit(results: readonly FileResult[], options: ReportOptions): string {
  const { overMax } = countProblems(results, options.maxWarnings);
  const suites = results.map((r) => ({ file: r.file, cases: collectCases(r, options, overMax) }));
  const total = (pick: (c: JunitCase) => boolean, cases = suites.flatMap((s) => s.cases)) =>
    cases.filter(pick).length;
  const failed = (c: JunitCase) => c.failures.length > 0;
  const broken = (c: JunitCase) => c.error !== undefined;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${renderAttributes({ name: 'policy-parse validate', tests: total(() => true), failures: total(failed), errors: total(broken) })}>`,
  ];
  for (const s of suites) {
    out.push(
      `  <testsuite${renderAttributes({ name: s.file, tests: s.cases.length, failures: total(failed, s.cases), errors: total(broken, s.cases) })}>`,
    );
    for (const c of s.cases) out.push(...renderJunitCase(s.file, c));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

/** Renders the results of a `validate` run with the named reporter. */
export function renderReport(
  reporter: ReporterName,
  results: readonly FileResult[],
  options: ReportOptions,
): string {
  switch (reporter) {
    case 'text':
      return renderStylish(results, options);
    case 'json':
      return renderJsonReport(results, options);
    case 'github':
      return renderGithub(results, options);
    case 'junit':
      return renderJunit(results, options);
  }
}
