#!/usr/bin/env node
// npm run bench: cold start of parse and diff, module loading, batch throughput and peak memory.
// Speed goals (issues 2, 4, 5) are measured here, never in tests. BENCH_FILES sets the size of
// the batch corpus (default 10000 notices).
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/policy-parse.js');
const seedA = join(root, 'fixtures/hanshan-2024-28.txt');
const seedB = join(root, 'fixtures/hengshui-2018-113.txt');
const files = Number(process.env.BENCH_FILES ?? 10000);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeRuns(args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  }
  return median(times);
}

function report(name, value, unit, goal) {
  const verdict = goal === undefined ? '' : goal(value) ? '  ok' : '  MISSED';
  console.log(`${name.padEnd(52)} ${value.toFixed(1).padStart(9)} ${unit}${verdict}`);
}

console.log(
  `policy-parse bench — node ${process.version}, ${process.env.BENCH_FILES ?? 10000} batch files\n`,
);

report(
  'cold start: parse one seed (median of 15)',
  timeRuns([bin, 'parse', seedB], 15),
  'ms',
  (v) => v < 200,
);
report('node itself: node -e 0 (median of 15)', timeRuns(['-e', '0'], 15), 'ms');
if (existsSync(join(root, 'dist/diff/index.js'))) {
  report(
    'cold start: diff of the two seeds (median of 7)',
    timeRuns([bin, 'diff', seedA, seedB, '--format', 'json'], 7),
    'ms',
    (v) => v < 600,
  );
}

const trace = join(mkdtempSync(join(tmpdir(), 'pp-trace-')), 'modules.txt');
writeFileSync(trace, '');
spawnSync(process.execPath, ['--import', join(root, 'bench/module-trace.mjs'), bin, 'parse', seedA], {
  env: { ...process.env, MODULE_TRACE: trace },
  stdio: 'ignore',
});
const loaded = new Set(
  readFileSync(trace, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((u) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(u)?.[1])
    .filter(Boolean), // the project's own files name no package
);
console.log(`packages loaded to parse plain text: ${[...loaded].sort().join(', ')}`);
console.log(
  `  cheerio loaded: ${loaded.has('cheerio') ? 'YES (goal missed)' : 'no'}; jieba loaded: ${loaded.has('@node-rs/jieba') ? 'YES (goal missed)' : 'no'}; opencc loaded: ${loaded.has('opencc-js') ? 'YES' : 'no'}\n`,
);

// A corpus built from the fixtures and the shared corpus, each copy made unique.
const sources = [seedA, seedB];
const shared = resolve(root, '../shared/corpus');
if (existsSync(shared))
  for (const f of readdirSync(shared)) if (/^\d+_/.test(f)) sources.push(join(shared, f));
const texts = sources.map((f) => [f.replace(/^.*\./, ''), readFileSync(f, 'utf8')]);
function buildCorpus(count) {
  const dir = mkdtempSync(join(tmpdir(), 'pp-bench-'));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const [ext, text] = texts[i % texts.length];
    const sub = join(dir, String(Math.floor(i / 1000)));
    if (i % 1000 === 0) mkdirSync(sub);
    const body = ext === 'html' ? text.replace('</body>', `<p>第${i}号</p></body>`) : `${text}\n(副本${i})\n`;
    writeFileSync(join(sub, `n${i}.${ext}`), body);
    bytes += Buffer.byteLength(body);
  }
  return { dir, bytes };
}

// One batch run under /usr/bin/time: wall time, CPU time (user + sys, all threads) and peak memory.
// `pinned` runs it on one CPU with taskset: V8 compiles and collects garbage on helper threads,
// so an unpinned one-job run also uses part of the second core.
function runBatch(dir, jobs, pinned = false) {
  const command = [
    process.execPath,
    bin,
    'parse',
    dir,
    '--jobs',
    String(jobs),
    '--quiet',
    '--format',
    'ndjson',
  ];
  const t0 = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%U %S %M', ...(pinned ? ['taskset', '-c', '0'] : []), ...command],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const seconds = (performance.now() - t0) / 1000;
  const [user, system, peakKb] = (/([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr.toString()) ?? [])
    .slice(1)
    .map(Number);
  if (r.status !== 0 || user === undefined) throw new Error(`batch run failed: ${r.stderr}`);
  return { seconds, cpuSeconds: user + system, peakMb: peakKb / 1024 };
}

const canPin = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

// What two workers gain over one job, beside what two separate one-job processes gain (as much as
// any split of the work can gain, since each also needs the other core for its compiler and
// collector threads): each round times one job on half the corpus, --jobs 2 on all of it, and
// two one-job processes on a half each, interleaved, since this VM's speed drifts.
async function scaling(dir, rounds) {
  // (the notices themselves, not their folders: a small corpus is one folder)
  const subs = readdirSync(dir).flatMap((s) => readdirSync(join(dir, s)).map((f) => join(dir, s, f)));
  const halves = [subs.filter((_, i) => i % 2 === 0), subs.filter((_, i) => i % 2 === 1)];
  const run = (paths, jobs) =>
    new Promise((done, fail) => {
      const args = [bin, 'parse', ...paths, '--jobs', String(jobs), '--quiet', '--format', 'ndjson'];
      const child = spawn(process.execPath, args, { stdio: 'ignore' });
      child.on('error', fail);
      child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`parse exited ${code}`))));
    });
  const timed = async (work) => {
    const t0 = performance.now();
    await work();
    return performance.now() - t0;
  };
  const workers = [];
  const processes = [];
  for (let r = 0; r < rounds; r++) {
    const alone = await timed(() => run(halves[0], 1));
    workers.push((2 * alone) / (await timed(() => run(subs, 2))));
    processes.push((2 * alone) / (await timed(() => Promise.all(halves.map((h) => run(h, 1))))));
  }
  return { workers: median(workers), processes: median(processes) };
}

const small = buildCorpus(Math.max(1, Math.round(files / 5)));
const large = buildCorpus(files);
console.log(
  `batch corpus: ${files} notices, ${(large.bytes / 1e6).toFixed(1)} MB of text (and ${Math.round(files / 5)} for the memory check)`,
);
const mb = large.bytes / 1e6;
const one = runBatch(large.dir, 1);
report('batch throughput, --jobs 1', mb / one.seconds, 'MB/s');
report('  CPU used by --jobs 1 (all threads: JIT compiler, GC)', one.cpuSeconds / one.seconds, 'cores');
if (canPin) {
  const pinned = runBatch(large.dir, 1, true);
  report(
    'batch throughput, --jobs 1 on one core (taskset -c 0)',
    mb / pinned.seconds,
    'MB/s',
    (v) => v >= 20,
  );
} else console.log('batch throughput on one core: not measured (no taskset)');
const two = runBatch(large.dir, 2);
report('batch throughput, --jobs 2', mb / two.seconds, 'MB/s');
report('  CPU used by --jobs 2', two.cpuSeconds / two.seconds, 'cores');
report('speed-up of --jobs 2 over --jobs 1', one.seconds / two.seconds, 'x', (v) => v >= 1.7);
if (files >= 2000) {
  const { workers, processes } = await scaling(small.dir, 3);
  report(`  ${Math.round(files / 5)} notices, 3 interleaved rounds: --jobs 2`, workers, 'x');
  report('  the same, two one-job processes on a half each', processes, 'x');
}
const smallRun = runBatch(small.dir, 2);
report(`peak memory, ${Math.round(files / 5)} notices`, smallRun.peakMb, 'MB');
report(`peak memory, ${files} notices`, two.peakMb, 'MB', (v) => v < smallRun.peakMb * 1.5);
rmSync(small.dir, { recursive: true, force: true });
rmSync(large.dir, { recursive: true, force: true });
