import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parse,
  PolicyDocumentSchema,
  type Message,
  type PolicyDocument,
  type Section,
  type Span,
} from '../src/index.js';
import { renderReport, type FileResult, type ReportOptions } from '../src/render/reporters.js';
import { compareWithBaseline } from '../src/validate/drift.js';
import {
  applyRules,
  listCheckedRules,
  mergeConfigs,
  parseConfigFile,
  parseRuleFlag,
  RULES,
  RuleConfigError,
  type RuleConfig,
} from '../src/validate/rules.js';
import { BIN, runCli } from './support/cli.js';
import { CORPUS, FIXTURES, HAS_SHARED, SEEDS, fixtureFiles } from './support/files.js';

const tmp = mkdtempSync(join(tmpdir(), 'policy-parse-validate-'));

function makeSpan(line: number, column = 1): Span {
  const start = line * 100 + column;
  return { start, end: start + 4, line, column };
}

/** A small valid document; each test changes what it is about. */
function makeDoc(patch: Partial<PolicyDocument> = {}): PolicyDocument {
  return PolicyDocumentSchema.parse({
    schemaVersion: '1',
    source: { path: 'notice.txt', sha256: '0'.repeat(64), bytes: 100, encoding: 'utf-8', format: 'text' },
    metadata: {
      title: '关于印发某某工作方案的通知',
      indexNumber: null,
      publisher: '某某办公室',
      docNumber: {
        raw: '某政办〔2024〕7号',
        normalized: '某政办〔2024〕7号',
        agency: '某政办',
        year: 2024,
        serial: 7,
        span: makeSpan(2),
      },
      publishDate: '2024-03-01',
      signedDate: null,
      topic: null,
      genre: null,
      keywords: [],
      validity: null,
      fields: [],
    },
    notice: null,
    preamble: null,
    outline: [makeSection('1', 1, '一、', '总体要求', 5)],
    measures: [],
    targets: [],
    departments: [],
    personnel: [],
    references: [],
    attachments: [],
    removals: [],
    messages: [],
    ...patch,
  });
}

function makeSection(
  id: string,
  level: number,
  marker: string | null,
  title: string,
  line: number,
  children: Section[] = [],
): Section {
  return { id, level, marker, recovered: false, title, text: `${title}。`, span: makeSpan(line), children };
}

function makeMessage(
  ruleId: string,
  severity: Message['severity'],
  message: string,
  line: number,
  column = 1,
): Message {
  return { ruleId, severity, message, line, column, span: makeSpan(line, column) };
}

/** Only what a reader of the report sees of a message. */
function summarizeMessages(messages: Message[]) {
  return messages.map(({ ruleId, severity, message, line, column }) => ({
    ruleId,
    severity,
    message,
    line,
    column,
  }));
}

const measure = (title: string, line: number, departments: string[]) => ({
  id: `m${line}`,
  sectionId: String(line),
  path: [],
  title,
  text: `${title}。`,
  departments: departments.map((name) => ({ name, canonical: null, role: 'lead' as const })),
  span: makeSpan(line, 3),
});

const target = (text: string, line: number, year: number | null, value = 10) => ({
  id: `t${line}`,
  text,
  metric: text.slice(0, 4),
  year,
  value,
  valueMax: null,
  unit: '%',
  normalized: null,
  comparator: 'gte' as const,
  kind: 'share' as const,
  measureId: null,
  span: makeSpan(line, 7),
});

describe('the rules table', () => {
  it('has unique area/name ids, a level and a one-line description; only checks have a check', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*\/[a-z]+(-[a-z]+)*$/);
      expect(r.description).not.toMatch(/\n/);
      expect(r.check !== undefined).toBe(r.source === 'check');
    }
  });

  it('knows every rule id the parser emits on the fixtures, at the severity it emits', async () => {
    const severity = { error: 'error', warning: 'warn', info: 'info' } as const;
    for (const file of fixtureFiles()) {
      const doc = await parse(readFileSync(file), { path: file });
      for (const m of doc.messages) {
        expect(
          RULES.find((r) => r.id === m.ruleId),
          m.ruleId,
        ).toMatchObject({ source: 'parser', level: severity[m.severity] });
      }
    }
  });

  it('lets a clean document pass under the defaults', () => {
    expect(applyRules(makeDoc(), mergeConfigs())).toEqual([]);
  });
});

interface RuleCase {
  rule: string;
  valid: Partial<PolicyDocument>;
  invalid: Partial<PolicyDocument>;
  messages: { message: string; line: number; column: number }[];
}

const RULE_CASES: RuleCase[] = [
  {
    rule: 'metadata/no-title',
    valid: {},
    invalid: { metadata: { ...makeDoc().metadata, title: null } },
    messages: [{ message: 'no title was found', line: 1, column: 1 }],
  },
  {
    rule: 'doc-number/missing',
    valid: {},
    invalid: { metadata: { ...makeDoc().metadata, docNumber: null } },
    messages: [{ message: 'no 文号 (document number) was found', line: 1, column: 1 }],
  },
  {
    rule: 'metadata/no-publish-date',
    valid: {},
    invalid: { metadata: { ...makeDoc().metadata, publishDate: null } },
    messages: [{ message: 'no publish date was found', line: 1, column: 1 }],
  },
  {
    rule: 'outline/empty',
    valid: {},
    invalid: { outline: [] },
    messages: [{ message: 'the main text has no headings', line: 1, column: 1 }],
  },
  {
    rule: 'measure/no-department',
    valid: { measures: [measure('加强组织领导', 8, ['区财政局'])] },
    invalid: { measures: [measure('加强组织领导', 8, ['区财政局']), measure('完善配套政策', 9, [])] },
    messages: [{ message: 'measure "完善配套政策" names no responsible department', line: 9, column: 3 }],
  },
  {
    rule: 'target/no-year',
    valid: { targets: [target('覆盖率达到90%以上', 6, 2026)] },
    invalid: { targets: [target('覆盖率达到90%以上', 6, null)] },
    messages: [{ message: 'target "覆盖率达到90%以上" names no year', line: 6, column: 7 }],
  },
];

describe('rules: valid and invalid documents', () => {
  it('covers every check of the table', () => {
    expect(RULE_CASES.map((c) => c.rule).sort()).toEqual(
      RULES.filter((r) => r.check)
        .map((r) => r.id)
        .sort(),
    );
  });

  describe.each(RULE_CASES)('$rule', ({ rule, valid, invalid, messages }) => {
    const config: RuleConfig = { rules: { [rule]: 'error' }, maxWarnings: null };
    it('finds nothing in a valid document', () => {
      expect(applyRules(makeDoc(valid), config).filter((m) => m.ruleId === rule)).toEqual([]);
    });
    it('reports an invalid one exactly', () => {
      const found = applyRules(makeDoc(invalid), config).filter((m) => m.ruleId === rule);
      expect(summarizeMessages(found)).toEqual(
        messages.map((m) => ({ ruleId: rule, severity: 'error', ...m })),
      );
    });
  });
});

describe('applyRules', () => {
  const parserMessages = [
    makeMessage('outline/numbering-gap', 'warning', 'heading "三、" skips the numbering; expected 二、', 30),
    makeMessage(
      'outline/recovered-marker',
      'info',
      'heading "保障措施" has no marker; the sequence implies 三、',
      20,
    ),
    makeMessage('future/rule', 'warning', 'a message of a rule the table does not know yet', 10),
  ];
  const doc = makeDoc({ messages: parserMessages, metadata: { ...makeDoc().metadata, docNumber: null } });

  it('keeps parser messages at their severity, adds default checks, and sorts by position', () => {
    expect(
      summarizeMessages(applyRules(doc, mergeConfigs())).map((m) => `${m.line} ${m.severity} ${m.ruleId}`),
    ).toEqual([
      '1 warning doc-number/missing',
      '10 warning future/rule',
      '20 info outline/recovered-marker',
      '30 warning outline/numbering-gap',
    ]);
  });

  it('re-levels and silences parser-emitted rules, and runs checks that are off by default', () => {
    const config = mergeConfigs({
      rules: {
        'outline/numbering-gap': 'error',
        'outline/recovered-marker': 'off',
        'doc-number/missing': 'off',
        'outline/empty': 'warn',
      },
    });
    const found = applyRules(makeDoc({ ...doc, outline: [] }), config);
    expect(found.map((m) => `${m.severity} ${m.ruleId}`)).toEqual([
      'warning outline/empty',
      'warning future/rule',
      'error outline/numbering-gap',
    ]);
  });

  it('levels extra messages (baseline drift) by the same table', () => {
    const drift = makeMessage(
      'drift/heading-added',
      'warning',
      'heading "四、" is new since the baseline',
      40,
    );
    expect(
      applyRules(makeDoc(), mergeConfigs({ rules: { 'drift/heading-added': 'error' } }), [drift]),
    ).toEqual([{ ...drift, severity: 'error' }]);
  });

  it('is pure: the document keeps its messages', () => {
    const before = structuredClone(doc);
    applyRules(doc, mergeConfigs({ rules: { 'outline/numbering-gap': 'off' } }));
    expect(doc).toEqual(before);
  });

  it('lists drift rules as checked only with a baseline', () => {
    const config = mergeConfigs({ rules: { 'measure/no-department': 'error', 'doc-number/missing': 'off' } });
    const checked = listCheckedRules(config, false);
    expect(checked).toContain('measure/no-department');
    expect(checked).not.toContain('doc-number/missing');
    expect(checked.some((id) => id.startsWith('drift/'))).toBe(false);
    expect(listCheckedRules(config, true)).toContain('drift/heading-lost');
  });
});

describe('configuration', () => {
  it('reads a config file', () => {
    expect(
      parseConfigFile(
        '{ "rules": { "measure/no-department": "error", "outline/numbering-gap": "off" }, "maxWarnings": 10 }',
      ),
    ).toEqual({
      rules: { 'measure/no-department': 'error', 'outline/numbering-gap': 'off' },
      maxWarnings: 10,
    });
  });

  it.each([
    [
      'an unknown rule id',
      '{ "rules": { "measure/no-owner": "error" } }',
      'unknown rule id "measure/no-owner"',
    ],
    [
      'a bad level',
      '{ "rules": { "target/no-year": "fatal" } }',
      'rule "target/no-year" has level "fatal"; expected one of error, warn, info, off',
    ],
    ['an unknown key', '{ "rule": {} }', 'the file: Unrecognized key: "rule"'],
    ['a negative budget', '{ "maxWarnings": -1 }', 'maxWarnings: Too small: expected number to be >=0'],
    ['text that is not JSON', '{ rules: }', /^not JSON \(/],
  ])('refuses %s', (_name, text, message) => {
    expect(() => parseConfigFile(text)).toThrow(RuleConfigError);
    expect(() => parseConfigFile(text)).toThrow(message);
  });

  it('reads --rule flags and refuses unknown ids by name', () => {
    expect(parseRuleFlag('measure/no-department=error')).toEqual(['measure/no-department', 'error']);
    expect(() => parseRuleFlag('measure/nothing=error')).toThrow('unknown rule id "measure/nothing"');
    expect(() => parseRuleFlag('measure/no-department')).toThrow('expected id=level');
  });

  it('lets flags override the file, rule by rule, and the budget', () => {
    const file = {
      rules: { 'measure/no-department': 'error', 'target/no-year': 'warn' },
      maxWarnings: 10,
    } as const;
    expect(mergeConfigs(file, { rules: { 'measure/no-department': 'off' } })).toEqual({
      rules: { 'measure/no-department': 'off', 'target/no-year': 'warn' },
      maxWarnings: 10,
    });
    expect(mergeConfigs(file, { rules: {}, maxWarnings: 0 }).maxWarnings).toBe(0);
    expect(mergeConfigs().maxWarnings).toBeNull();
  });
});

const RESULTS: FileResult[] = [
  {
    file: 'notices/a,b:c.txt',
    messages: [
      makeMessage('doc-number/damaged', 'warning', 'copy of the 文号 "A&B<1>" is damaged', 9),
      makeMessage(
        'measure/no-department',
        'error',
        'measure "加强领导" names no responsible department',
        12,
        3,
      ),
      makeMessage('outline/recovered-marker', 'info', 'heading "总则" has no marker; 100% sure', 120, 10),
    ],
  },
  { file: 'clean.txt', messages: [] },
  { file: 'missing.txt', messages: [], error: 'no such file  [PP_NO_SUCH_FILE]' },
];

const OPTIONS: ReportOptions = {
  color: false,
  maxWarnings: null,
  checkedRules: ['doc-number/damaged', 'measure/no-department'],
  quiet: false,
};

describe('reporters', () => {
  it('text: grouped by file, aligned by display width, with a summary', () => {
    expect(renderReport('text', RESULTS, OPTIONS)).toBe(
      [
        'notices/a,b:c.txt',
        '  9:1     warning  copy of the 文号 "A&B<1>" is damaged                doc-number/damaged',
        '  12:3    error    measure "加强领导" names no responsible department  measure/no-department',
        '  120:10  info     heading "总则" has no marker; 100% sure             outline/recovered-marker',
        '',
        'missing.txt',
        '  error  no such file  [PP_NO_SUCH_FILE]',
        '',
        '2 errors, 1 warning in 3 files',
        '',
      ].join('\n'),
    );
  });

  it('text: --quiet shows errors only but counts the warnings, and names an overrun budget', () => {
    const out = renderReport('text', RESULTS.slice(0, 2), { ...OPTIONS, quiet: true, maxWarnings: 0 });
    expect(out).toBe(
      [
        'notices/a,b:c.txt',
        '  12:3  error  measure "加强领导" names no responsible department  measure/no-department',
        '',
        '1 error, 1 warning in 2 files; more than --max-warnings 0',
        '',
      ].join('\n'),
    );
  });

  it('json: the results as an array', () => {
    expect(JSON.parse(renderReport('json', RESULTS, OPTIONS))).toEqual(RESULTS);
  });

  it('github: workflow commands with data and properties escaped', () => {
    const results: FileResult[] = [
      ...RESULTS,
      {
        file: 'x.txt',
        messages: [makeMessage('date/incomplete', 'warning', 'line one\r\nline two: 50%, kept', 3, 2)],
      },
    ];
    expect(renderReport('github', results, OPTIONS)).toBe(
      [
        '::warning file=notices/a%2Cb%3Ac.txt,line=9,col=1,title=doc-number/damaged::copy of the 文号 "A&B<1>" is damaged',
        '::error file=notices/a%2Cb%3Ac.txt,line=12,col=3,title=measure/no-department::measure "加强领导" names no responsible department',
        '::notice file=notices/a%2Cb%3Ac.txt,line=120,col=10,title=outline/recovered-marker::heading "总则" has no marker; 100%25 sure',
        '::error file=missing.txt,title=policy-parse::no such file  [PP_NO_SUCH_FILE]',
        '::warning file=x.txt,line=3,col=2,title=date/incomplete::line one%0D%0Aline two: 50%25, kept',
        '2 errors, 2 warnings in 4 files',
        '',
      ].join('\n'),
    );
  });

  it('junit: well-formed XML, one suite per file, one case per rule checked, errors as failures', () => {
    const root = parseXml(renderReport('junit', RESULTS, OPTIONS));
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toEqual({
      name: 'policy-parse validate',
      tests: '6',
      failures: '1',
      errors: '1',
    });
    expect(
      root.children.map((s) => [
        s.name,
        s.attributes.name,
        s.attributes.tests,
        s.attributes.failures,
        s.attributes.errors,
      ]),
    ).toEqual([
      ['testsuite', 'notices/a,b:c.txt', '3', '1', '0'],
      ['testsuite', 'clean.txt', '2', '0', '0'],
      ['testsuite', 'missing.txt', '1', '0', '1'],
    ]);
    const [first, clean, missing] = root.children;
    expect(first!.children.map((c) => c.attributes.name)).toEqual([
      'doc-number/damaged',
      'measure/no-department',
      'outline/recovered-marker',
    ]);
    const [damaged, noDepartment] = first!.children;
    expect(damaged!.children.map((c) => [c.name, c.text])).toEqual([
      ['system-out', '9:1 warning copy of the 文号 "A&B<1>" is damaged'],
    ]);
    expect(noDepartment!.children).toEqual([
      {
        name: 'failure',
        attributes: {
          type: 'measure/no-department',
          message: 'measure "加强领导" names no responsible department',
        },
        children: [],
        text: '12:3 error measure "加强领导" names no responsible department',
      },
    ]);
    expect(clean!.children.every((c) => c.children.length === 0)).toBe(true);
    expect(missing!.children[0]!.children[0]).toMatchObject({
      name: 'error',
      attributes: { message: 'no such file  [PP_NO_SUCH_FILE]' },
    });
  });

  it('junit: warnings fail past the budget; control characters and line breaks survive as valid XML', () => {
    const results: FileResult[] = [
      {
        file: 'x.txt',
        messages: [makeMessage('date/incomplete', 'warning', 'odd \u0001 text\nsecond line', 3)],
      },
    ];
    const xml = renderReport('junit', results, { ...OPTIONS, maxWarnings: 0 });
    const failure = parseXml(xml).children[0]!.children.find((c) => c.attributes.name === 'date/incomplete')!
      .children[0]!;
    expect(failure.name).toBe('failure');
    expect(failure.attributes.message).toBe('odd \ufffd text\nsecond line');
  });
});

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * A tiny XML reader, strict where CI servers' parsers are: one root, balanced tags, quoted
 * attributes without `<`, no duplicate attributes, only the five named entities and character
 * references, no characters XML 1.0 forbids. Throws on the first fault.
 */
function parseXml(xml: string): XmlElement {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${i}: ${JSON.stringify(xml.slice(i, i + 30))}`);
  };
  const isNameChar = (ch: string | undefined) => ch !== undefined && /[\w:.-]/.test(ch);
  const skipSpace = () => {
    while (i < xml.length && ' \t\r\n'.includes(xml[i]!)) i++;
  };
  const expectText = (s: string) => {
    if (!xml.startsWith(s, i)) fail(`expected ${s}`);
    i += s.length;
  };
  const readName = () => {
    const from = i;
    while (isNameChar(xml[i])) i++;
    if (i === from) fail('expected a name');
    return xml.slice(from, i);
  };
  const decode = (raw: string): string => {
    let out = '';
    for (let k = 0; k < raw.length; k++) {
      const ch = raw[k]!;
      const code = ch.codePointAt(0)!;
      if (code < 0x20 && !'\t\n\r'.includes(ch)) fail(`forbidden character U+${code.toString(16)}`);
      if (ch !== '&') {
        out += ch;
        continue;
      }
      const end = raw.indexOf(';', k);
      const entity = end < 0 ? '' : raw.slice(k + 1, end);
      if (entity in ENTITIES) out += ENTITIES[entity];
      else if (entity.startsWith('#x')) out += String.fromCodePoint(parseInt(entity.slice(2), 16));
      else if (entity.startsWith('#') && entity.length > 1)
        out += String.fromCodePoint(Number(entity.slice(1)));
      else fail(`bad entity &${entity}`);
      k = end;
    }
    return out;
  };
  const readElement = (): XmlElement => {
    expectText('<');
    const element: XmlElement = { name: readName(), attributes: {}, children: [], text: '' };
    for (;;) {
      skipSpace();
      if (xml.startsWith('/>', i)) {
        i += 2;
        return element;
      }
      if (xml[i] === '>') break;
      const name = readName();
      if (name in element.attributes) fail(`duplicate attribute ${name}`);
      expectText('="');
      const end = xml.indexOf('"', i);
      if (end < 0) fail('unterminated attribute');
      const raw = xml.slice(i, end);
      if (raw.includes('<')) fail('< in an attribute');
      element.attributes[name] = decode(raw);
      i = end + 1;
    }
    i++;
    for (;;) {
      if (i >= xml.length) fail(`unclosed <${element.name}>`);
      if (xml.startsWith('</', i)) {
        i += 2;
        if (readName() !== element.name) fail(`mismatched </…> for <${element.name}>`);
        skipSpace();
        expectText('>');
        return element;
      }
      if (xml[i] === '<') element.children.push(readElement());
      else {
        const end = xml.indexOf('<', i);
        element.text += decode(xml.slice(i, end < 0 ? xml.length : end));
        i = end < 0 ? xml.length : end;
      }
    }
  };
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  skipSpace();
  const root = readElement();
  skipSpace();
  if (i !== xml.length) fail('content after the root element');
  // whitespace between elements is layout, not text
  const trim = (e: XmlElement): XmlElement => ({
    ...e,
    text: e.children.length ? e.text.trim() : e.text,
    children: e.children.map(trim),
  });
  return trim(root);
}

describe('compareWithBaseline', () => {
  const baseline = makeDoc({
    outline: [
      makeSection('1', 1, '一、', '总体要求', 5, [
        makeSection('1.1', 2, '(一)', '基本原则', 6),
        makeSection('1.2', 2, '(二)', '主要目标', 7),
      ]),
      makeSection('2', 1, '二、', '保障措施', 9),
    ],
    measures: [measure('加强组织领导', 10, ['区财政局', '区民政局'])],
    targets: [target('覆盖率达到90%以上', 7, 2026, 90), target('满意度达到95%', 8, 2026, 95)],
    departments: ['区财政局', '区民政局', '区教育局'].map((name) => ({
      name,
      canonical: null,
      level: null,
      mentions: 1,
      leads: [],
      participates: [],
    })),
    personnel: [
      {
        group: '工作专班',
        role: '组长',
        name: '甲某',
        titles: ['区长'],
        incomplete: false,
        span: makeSpan(20),
      },
      {
        group: '工作专班',
        role: '成员',
        name: '乙某',
        titles: ['局长'],
        incomplete: false,
        span: makeSpan(21),
      },
    ],
  });

  it('finds nothing when nothing changed', () => {
    expect(compareWithBaseline(baseline, structuredClone(baseline))).toEqual([]);
  });

  it('reports a heading removed, at its place in the baseline', () => {
    const current = structuredClone(baseline);
    current.outline[0]!.children.splice(1, 1);
    const found = compareWithBaseline(baseline, current);
    expect(summarizeMessages(found)).toEqual([
      {
        ruleId: 'drift/heading-lost',
        severity: 'error',
        message: 'heading "(二)主要目标" of the baseline is lost',
        line: 7,
        column: 1,
      },
    ]);
    expect(found[0]!.note).toBe('line and column are in the baseline');
  });

  it('reports a heading added and one moved to another level', () => {
    const current = structuredClone(baseline);
    current.outline.push(makeSection('3', 1, '三、', '附则', 12));
    current.outline[1]!.level = 2;
    expect(summarizeMessages(compareWithBaseline(baseline, current))).toEqual([
      {
        ruleId: 'drift/heading-added',
        severity: 'warning',
        message: 'heading "三、附则" is new since the baseline',
        line: 12,
        column: 1,
      },
      {
        ruleId: 'drift/heading-moved',
        severity: 'warning',
        message: 'heading "二、保障措施" moved from level 1 to level 2',
        line: 9,
        column: 1,
      },
    ]);
  });

  it('reports a target changed and a target lost', () => {
    const current = structuredClone(baseline);
    current.targets[0]!.value = 85;
    current.targets.pop();
    expect(summarizeMessages(compareWithBaseline(baseline, current))).toEqual([
      {
        ruleId: 'drift/target-changed',
        severity: 'error',
        message: 'target "覆盖率达" changed from 90% (gte, 2026) to 85% (gte, 2026)',
        line: 7,
        column: 7,
      },
      {
        ruleId: 'drift/target-lost',
        severity: 'error',
        message: 'target "满意度达到95%" of the baseline is lost',
        line: 8,
        column: 7,
      },
    ]);
  });

  it('reports a department dropped from the document and one dropped from a measure', () => {
    const current = structuredClone(baseline);
    current.departments = current.departments.filter((d) => d.name !== '区教育局');
    current.measures[0]!.departments.pop();
    expect(summarizeMessages(compareWithBaseline(baseline, current))).toEqual([
      {
        ruleId: 'drift/department-dropped',
        severity: 'error',
        message: 'department "区教育局" of the baseline is no longer found',
        line: 1,
        column: 1,
      },
      {
        ruleId: 'drift/department-dropped',
        severity: 'error',
        message: 'measure "加强组织领导" no longer names department "区民政局"',
        line: 10,
        column: 3,
      },
    ]);
  });

  it('reports a roster name changed, and metadata changed or lost', () => {
    const current = structuredClone(baseline);
    current.personnel[1]!.name = null;
    current.metadata.publishDate = '2024-03-02';
    current.metadata.docNumber = null;
    expect(summarizeMessages(compareWithBaseline(baseline, current))).toEqual([
      {
        ruleId: 'drift/metadata-changed',
        severity: 'error',
        message: 'docNumber "某政办〔2024〕7号" of the baseline is lost',
        line: 1,
        column: 1,
      },
      {
        ruleId: 'drift/metadata-changed',
        severity: 'error',
        message: 'publishDate changed from "2024-03-01" to "2024-03-02"',
        line: 1,
        column: 1,
      },
      {
        ruleId: 'drift/personnel-changed',
        severity: 'error',
        message: 'roster entry 工作专班 成员 "乙某" is now 工作专班 成员 (no name)',
        line: 21,
        column: 1,
      },
    ]);
  });

  it('finds a heading removed from a parsed fixture, and nothing else', async () => {
    const doc = await parse(readFileSync(join(FIXTURES, 'hengshui-2018-113.txt')), {
      path: 'hengshui-2018-113.txt',
    });
    const current = structuredClone(doc);
    const [removed] = current.outline.at(-1)!.children.splice(0, 1);
    const found = compareWithBaseline(doc, current);
    expect(found.map((m) => [m.ruleId, m.span])).toEqual([['drift/heading-lost', removed!.span]]);
  });
});

describe('policy-parse validate (the real binary, bundled fixtures)', () => {
  const hengshui = 'fixtures/hengshui-2018-113.txt';
  const hanshan = 'fixtures/hanshan-2024-28.txt';

  it('exits 0 on real notices under the default rules', () => {
    const r = runCli(['validate', hengshui, hanshan]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^0 errors, \d+ warnings in 2 files$/m);
    expect(r.stderr).toBe('');
  });

  it('exits 1 when a rule set to error fails, 1 when warnings pass --max-warnings', () => {
    const failed = runCli(['validate', hanshan, '--rule', 'measure/no-department=error', '--quiet']);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(
      /^ {2}\d+:\d+ +error +measure ".+" names no responsible department +measure\/no-department$/m,
    );
    expect(failed.stdout).not.toContain('warning  ');
    expect(runCli(['validate', hengshui, '--max-warnings', '0']).status).toBe(1);
  });

  it('lets a --rule flag override the config file, and silence a parser rule', () => {
    const config = join(tmp, 'strict.json');
    writeFileSync(config, JSON.stringify({ rules: { 'date/incomplete': 'error' }, maxWarnings: 0 }));
    const fromFile = runCli(['validate', hengshui, '--config', config, '--reporter', 'json']);
    expect(fromFile.status).toBe(1);
    expect(
      JSON.parse(fromFile.stdout)[0].messages.find((m: Message) => m.ruleId === 'date/incomplete').severity,
    ).toBe('error');
    const silenced = ['date/incomplete', 'doc-number/damaged', 'reference/damaged-doc-number'].flatMap(
      (id) => ['--rule', `${id}=off`],
    );
    const overridden = runCli(['validate', hengshui, '--config', config, ...silenced, '--reporter', 'json']);
    expect(overridden.status).toBe(0);
    expect(JSON.parse(overridden.stdout)[0].messages.map((m: Message) => m.severity)).not.toContain(
      'warning',
    );
  });

  it('finds policy-parse.config.json in the current directory', () => {
    const dir = join(tmp, 'with-config');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'policy-parse.config.json'),
      JSON.stringify({ rules: { 'measure/no-department': 'error' } }),
    );
    const r = spawnSync(process.execPath, [BIN, 'validate', join(FIXTURES, 'hanshan-2024-28.txt')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('measure/no-department');
  });

  it.each([
    [
      'an unknown --rule id',
      ['--rule', 'measure/no-owner=error'],
      /argument 'measure\/no-owner=error' is invalid\. unknown rule id "measure\/no-owner"/,
    ],
    ['a bad level', ['--rule', 'target/no-year=loud'], /rule "target\/no-year" has level "loud"/],
    [
      'an unknown id in the config file',
      ['--config', 'CONFIG'],
      /cannot read .*bad-config\.json: unknown rule id "measure\/no-owner" {2}\[PP_USAGE\]/,
    ],
    [
      'a missing config file',
      ['--config', 'nope.json'],
      /cannot read nope\.json: no such file {2}\[PP_USAGE\]/,
    ],
    ['a bad --max-warnings', ['--max-warnings', '-1'], /argument '-1' is invalid/],
    ['a bad --reporter', ['--reporter', 'xml'], /argument 'xml' is invalid/],
  ])('%s is a usage error: exit 2, one line naming it', (_name, args, line) => {
    const config = join(tmp, 'bad-config.json');
    writeFileSync(config, JSON.stringify({ rules: { 'measure/no-owner': 'error' } }));
    const r = runCli(['validate', hengshui, ...args.map((a) => (a === 'CONFIG' ? config : a))]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(line);
    expect(r.stdout).toBe('');
  });

  it('still checks and reports the good inputs beside a missing, an empty and a binary one, and exits 2', () => {
    writeFileSync(join(tmp, 'empty.txt'), '');
    writeFileSync(join(tmp, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const r = runCli([
      'validate',
      'nope.txt',
      hengshui,
      join(tmp, 'empty.txt'),
      join(tmp, 'binary.txt'),
      'fixtures/*.nothing',
      '--reporter',
      'json',
    ]);
    expect(r.status).toBe(2);
    const results: FileResult[] = JSON.parse(r.stdout);
    expect(
      results.map((x) => [basename(x.file), x.error?.replace(/ \(.*\)/, '') ?? x.messages.length > 0]),
    ).toEqual([
      ['nope.txt', 'no such file  [PP_NO_SUCH_FILE]'],
      ['hengshui-2018-113.txt', true],
      ['empty.txt', 'empty file  [PP_EMPTY]'],
      ['binary.txt', 'not a text document  [PP_NOT_TEXT]'],
      ['*.nothing', 'the glob matches no file  [PP_NO_SUCH_FILE]'],
    ]);
  });

  it('prints the rules table in --help', () => {
    const r = runCli(['validate', '--help']);
    expect(r.status).toBe(0);
    for (const rule of RULES) expect(r.stdout).toContain(`  ${rule.id} `);
  });
});

describe('policy-parse validate --baseline (the real binary)', () => {
  const hengshui = 'fixtures/hengshui-2018-113.txt';
  const hanshan = 'fixtures/hanshan-2024-28.txt';

  /** Saves baselines as the README tells users to: `parse FILE --pretty > DIR/<name>.json`. */
  function saveBaseline(dir: string, ...files: string[]): void {
    mkdirSync(dir, { recursive: true });
    for (const file of files)
      writeFileSync(join(dir, `${basename(file, '.txt')}.json`), runCli(['parse', file, '--pretty']).stdout);
  }

  it('exits 0 when today matches the baseline; a heading that is gone fails with exit 1', () => {
    const dir = join(tmp, 'baseline');
    saveBaseline(dir, hengshui, hanshan);
    const same = runCli(['validate', hengshui, hanshan, '--baseline', dir]);
    expect(same.status).toBe(0);
    expect(same.stdout).not.toContain('drift/');

    const path = join(dir, 'hengshui-2018-113.json');
    const saved = JSON.parse(readFileSync(path, 'utf8')) as PolicyDocument;
    saved.outline[0]!.children.push(makeSection('1.9', 2, '(九)', '一个今天不见了的标题', 44));
    writeFileSync(path, JSON.stringify(saved, null, 2));
    const r = runCli(['validate', hengshui, hanshan, '--baseline', dir, '--reporter', 'github']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      'line=44,col=1,title=drift/heading-lost::heading "(九)一个今天不见了的标题" of the baseline is lost',
    );
  });

  it('reads NDJSON baselines; an input without one is a warning drift/no-baseline', () => {
    const dir = join(tmp, 'ndjson');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'all.ndjson'), runCli(['parse', hengshui, '--format', 'ndjson']).stdout);
    const r = runCli(['validate', hengshui, hanshan, '--baseline', dir, '--reporter', 'json']);
    expect(r.status).toBe(0);
    const [first, second]: FileResult[] = JSON.parse(r.stdout);
    expect(first!.messages.filter((m) => m.ruleId.startsWith('drift/'))).toEqual([]);
    expect(
      second!.messages.filter((m) => m.ruleId.startsWith('drift/')).map((m) => [m.ruleId, m.severity]),
    ).toEqual([['drift/no-baseline', 'warning']]);
    expect(runCli(['validate', hanshan, '--baseline', dir, '--rule', 'drift/no-baseline=error']).status).toBe(
      1,
    );
  });

  it('a baseline that is not contract v1 is bad input: exit 2, the rules still reported', () => {
    const dir = join(tmp, 'broken');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'hengshui-2018-113.json'), '{"schemaVersion":"1"}');
    const r = runCli(['validate', hengshui, '--baseline', dir]);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/error +baseline .*hengshui-2018-113\.json: not output contract v1 at source: /);
    expect(r.stdout).toContain('date/incomplete');
  });

  it('a missing baseline directory is a usage error', () => {
    const r = runCli(['validate', hengshui, '--baseline', join(tmp, 'no-such-dir')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no-such-dir: no such directory {2}\[PP_USAGE\]/);
  });
});

describe.skipIf(!HAS_SHARED)('policy-parse validate over ../shared (the real binary)', () => {
  const reporters = ['text', 'json', 'github', 'junit'] as const;
  const seed = join(SEEDS, 'hanshan-2024-28.txt');

  /** Checks each reporter's output is what it claims to be. */
  function expectWellFormed(reporter: (typeof reporters)[number], stdout: string): void {
    if (reporter === 'json') expect(Array.isArray(JSON.parse(stdout))).toBe(true);
    if (reporter === 'junit') expect(parseXml(stdout).name).toBe('testsuites');
    if (reporter === 'github') {
      const lines = stdout.trimEnd().split('\n');
      for (const line of lines.slice(0, -1))
        expect(line).toMatch(/^::(error|warning|notice) file=[^,:]+(,line=\d+,col=\d+)?,title=[^,:]+::/);
      expect(lines.at(-1)).toMatch(/^\d+ errors?, \d+ warnings? in \d+ files?$/);
    }
    if (reporter === 'text') expect(stdout).toMatch(/\d+ errors?, \d+ warnings? in \d+ files?\n$/);
  }

  it.each(reporters)('%s: the seeds and the corpus pass under the default rules (exit 0)', (reporter) => {
    const r = runCli(['validate', SEEDS, CORPUS, '--reporter', reporter]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expectWellFormed(reporter, r.stdout);
  });

  it.each(reporters)(
    '%s: --rule measure/no-department=error on a notice whose measures name none exits 1',
    (reporter) => {
      const r = runCli(['validate', seed, '--rule', 'measure/no-department=error', '--reporter', reporter]);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('measure/no-department');
      expectWellFormed(reporter, r.stdout);
    },
  );

  it.each(reporters)(
    '%s: a missing file among good ones exits 2 and the good ones are still reported',
    (reporter) => {
      const r = runCli([
        'validate',
        join(CORPUS, '*.txt'),
        join(SEEDS, 'nope.txt'),
        seed,
        '--reporter',
        reporter,
      ]);
      expect(r.status).toBe(2);
      expect(r.stdout).toContain('nope.txt');
      expect(r.stdout).toContain('hanshan-2024-28.txt');
      expect(r.stdout).toContain('015_pingtan');
      expectWellFormed(reporter, r.stdout);
    },
  );
});
