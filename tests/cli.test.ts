import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PolicyDocumentSchema } from '../src/index.js';
import { runCli } from './support/cli.js';

const seed = 'fixtures/hanshan-2024-28.txt';
const tmp = mkdtempSync(join(tmpdir(), 'policy-parse-'));
const emptyFolder = mkdtempSync(join(tmpdir(), 'policy-parse-empty-'));

describe('policy-parse parse (the real binary)', () => {
  it('prints contract v1 JSON for a fixture', () => {
    const r = runCli(['parse', seed]);
    expect(r.status).toBe(0);
    const doc = PolicyDocumentSchema.parse(JSON.parse(r.stdout));
    expect(doc.metadata.docNumber?.normalized).toBe('邯山政办〔2024〕28号');
    expect(r.stderr).toBe('');
  });

  it('reads standard input with -', () => {
    const r = runCli(['parse', '-'], '各单位:\n现将《X方案》印发给你们。\n');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).source.path).toBe('-');
  });

  it('prints one NDJSON line per file for several files', () => {
    const r = runCli(['parse', seed, 'fixtures/hengshui-2018-113.txt']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('prints a readable outline with --format text', () => {
    const r = runCli(['parse', seed, '--format', 'text']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('(一)康养+文旅');
    expect(r.stdout).toContain('marker recovered');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('--format text lists the articles of a regulation, each by the start of its text', () => {
    const r = runCli(
      ['parse', '-', '--format', 'text'],
      '东河市消防安全管理办法\n第一条 为了加强消防安全管理,预防和减少火灾危害,制定本办法。\n第二条 本办法适用于本市行政区域内的所有单位和个人。\n',
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('第一条 为了加强消防安全管理');
    expect(r.stdout).toContain('第二条 本办法适用于本市行政区域内');
  });

  it('--format text lists an article without items beside one with items', () => {
    const r = runCli(
      ['parse', '-', '--format', 'text'],
      '东河市消防安全管理办法\n第一条 为了加强消防安全管理,制定本办法。\n第二条 单位应当履行下列职责:\n(一)落实消防安全责任制;\n(二)组织防火检查。\n第三条 本办法自印发之日起施行。\n',
    );
    expect(r.stdout).toContain('第一条 为了加强消防安全管理');
    expect(r.stdout).toContain('第三条 本办法自印发之日起施行');
  });

  it.each([
    ['a missing file', ['parse', 'nope.txt'], /cannot read nope\.txt: no such file {2}\[PP_NO_SUCH_FILE\]/],
    [
      'a folder with no documents',
      ['parse', emptyFolder],
      /cannot read .*: no documents \(\.txt, \.html, \.htm, \.md, \.markdown\) in the folder {2}\[PP_NO_SUCH_FILE\]/,
    ],
    ['an unknown option', ['parse', '--nope', seed], /unknown option '--nope'/],
    ['a bad --format', ['parse', '--format', 'xml', seed], /argument 'xml' is invalid/],
  ])('%s: one line on stderr, exit 2, no stack trace', (_name, args, line) => {
    const r = runCli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(line);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['empty.txt', Buffer.alloc(0), /empty file {2}\[PP_EMPTY\]/],
    ['blank.txt', Buffer.from('  \n\n '), /blank space {2}\[PP_EMPTY\]/],
    [
      'binary.bin',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      /not a text document \(NUL bytes at offset 4\) {2}\[PP_NOT_TEXT\]/,
    ],
  ])('%s is refused with one line and exit 2', (name, bytes, line) => {
    const file = join(tmp, name);
    writeFileSync(file, bytes);
    const r = runCli(['parse', file]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(line);
  });

  it('goes on after a bad file and still exits 2', () => {
    const r = runCli(['parse', 'nope.txt', seed]);
    expect(r.status).toBe(2);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });
});

describe('policy-parse schema', () => {
  it('prints the JSON Schema of contract v1', () => {
    const r = runCli(['schema']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.properties.schemaVersion.const).toBe('1');
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['metadata', 'notice', 'outline', 'messages']),
    );
  });
});

describe('policy-parse parse on many files', () => {
  it('expands folders and globs, prints NDJSON in input order and a summary on stderr', () => {
    const r = runCli(['parse', 'fixtures', 'fixtures/hanshan-*.txt', '--jobs', '2']);
    expect(r.status).toBe(0);
    const paths = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).source.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toHaveLength(6); // the glob's files are already in the folder
    expect(r.stderr).toMatch(/^policy-parse: 6 files, 0 failed, \d+ warnings, [\d.]+ s \([\d.]+ MB\/s\)\n$/);
  });

  it('--quiet leaves stderr empty', () => {
    expect(runCli(['parse', 'fixtures', '--quiet']).stderr).toBe('');
  });

  it('--out-dir writes one JSON per input atomically and never over an input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-out-'));
    const input = join(dir, 'a.txt');
    const clash = join(dir, 'a.txt.json');
    writeFileSync(input, readFileSync(seed));
    writeFileSync(clash, '各单位:\n现将《X方案》印发给你们。\n');
    const before = readFileSync(clash, 'utf8');
    const r = runCli(['parse', input, clash, '--out-dir', dir, '--quiet']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/a\.txt: its output would overwrite an input/);
    expect(readFileSync(clash, 'utf8')).toBe(before);
    expect(JSON.parse(readFileSync(`${clash}.json`, 'utf8')).source.path).toBe(clash);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a folder of links reads the files they point at; a link to a folder is not followed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-links-'));
    symlinkSync(resolve(seed), join(dir, 'notice.txt'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync(dir, join(dir, 'sub', 'up')); // a loop, were it followed
    const r = runCli(['parse', dir, '--quiet']);
    expect(r.status).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).metadata.title),
    ).toEqual([expect.stringContaining('通知')]);
  });

  it('a glob that matches nothing is reported, the rest go on', () => {
    const r = runCli(['parse', 'fixtures/*.nothing', seed, '--quiet']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read fixtures\/\*\.nothing: the glob matches no file/);
    expect(JSON.parse(r.stdout).metadata.title).toContain('通知');
  });
});

describe('bad input, each with one line on stderr and exit 2', () => {
  const write = (name: string, bytes: Buffer | string) => {
    const file = join(tmp, name);
    writeFileSync(file, bytes);
    return file;
  };

  it.each([
    [
      'bytes that are neither UTF-8 nor GB18030',
      () => write('garbage.txt', Buffer.alloc(400, 0xff)),
      /neither UTF-8 nor GB18030 .* \[PP_UNKNOWN_ENCODING\]/,
    ],
    [
      'an HTML page with no article',
      () =>
        write(
          'empty.html',
          '<html><body><script>var a=1</script><div style="display:none">隐藏</div></body></html>',
        ),
      /an HTML page with no article text .* \[PP_NO_ARTICLE\]/,
    ],
    [
      'a 50 MB file',
      () => write('big.txt', Buffer.alloc(50 * 1024 * 1024, 0x41)),
      /50\.0 MB is more than the 32\.0 MB a notice can be; split it {2}\[PP_TOO_LARGE\]/,
    ],
    ['a path through a file', () => `${seed}/x.txt`, /no such file {2}\[PP_NO_SUCH_FILE\]/],
  ])('%s', (_name, make, line) => {
    const file = make();
    const before = existsSync(file) ? readFileSync(file) : null;
    const r = runCli(['parse', file]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(line);
    if (before) expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('a one-line 5 MB notice parses', () => {
    const line = readFileSync(seed, 'utf8').replace(/\n/g, '');
    const file = write('oneline.txt', line.repeat(Math.ceil(5_000_000 / Buffer.byteLength(line))));
    const r = runCli(['parse', file, '--format', 'ndjson']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).source.bytes).toBeGreaterThan(5_000_000);
  });

  it('a file whose lines mix UTF-8 and GB18030 parses, and says so', async () => {
    const { default: iconv } = await import('iconv-lite');
    const file = write(
      'mixed.txt',
      Buffer.concat([Buffer.from('各区人民政府:\n'), iconv.encode('现将《X方案》印发给你们。\n', 'gb18030')]),
    );
    const r = runCli(['parse', file]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).source.encoding).toBe('utf-8+gb18030');
  });
});
