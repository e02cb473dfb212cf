import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseFile, type ParseJob, type ParseOutcome } from './parse-file.js';

export interface BatchOptions {
  jobs: number;
  /** Write one JSON per input here instead of printing. */
  outDir?: string;
  progress: boolean;
  job: Omit<ParseJob, 'index' | 'file'>;
  /** Called with each outcome in input order. */
  onOutcome: (outcome: ParseOutcome) => Promise<void>;
}

export interface BatchSummary {
  files: number;
  failed: number;
  warnings: number;
  bytes: number;
  seconds: number;
}

/**
 * Parses many files, on worker threads when there are several, and hands the outcomes on in
 * input order. Only the outcomes finished ahead of a slower earlier file are held, so memory
 * does not grow with the number of files.
 */
export async function runBatch(files: string[], options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const summary: BatchSummary = { files: files.length, failed: 0, warnings: 0, bytes: 0, seconds: 0 };
  const progress = options.progress ? new ProgressBar(files.length) : null;
  const pending = new Map<number, ParseOutcome>();
  let next = 0;
  const deliver = async (outcome: ParseOutcome) => {
    pending.set(outcome.index, outcome);
    while (pending.has(next)) {
      const o = pending.get(next)!;
      pending.delete(next++);
      if (o.failure) summary.failed++;
      summary.warnings += o.warnings;
      summary.bytes += o.bytes;
      progress?.tick(summary.bytes);
      await options.onOutcome(o);
    }
  };
  const jobs = files.map((file, index): ParseJob => ({ ...options.job, index, file }));
  const workers = Math.min(options.jobs, files.length);
  if (workers <= 1) {
    for (const job of jobs) {
      await deliver(await parseFile(job));
      // Files are read synchronously, so nothing else returns to the event loop: do so between
      // files, so that what waits there (V8's garbage-collection tasks) is not held off all batch.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } else {
    await runOnWorkers(jobs, workers, deliver);
  }
  progress?.clear();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** Jobs kept queued at each worker: while it parses one, the next is already there. */
const JOBS_IN_FLIGHT = 2;

function runOnWorkers(
  jobs: ParseJob[],
  count: number,
  deliver: (o: ParseOutcome) => Promise<void>,
): Promise<void> {
  return new Promise((resolvePool, rejectPool) => {
    let given = 0;
    let done = 0;
    // deliveries are chained so that outcomes reach the sink one at a time, in order
    let chain = Promise.resolve();
    const workers = Array.from(
      { length: count },
      () => new Worker(new URL('./parse-worker.js', import.meta.url)),
    );
    const feed = (w: Worker) => {
      if (given < jobs.length) w.postMessage(jobs[given++]);
    };
    for (const w of workers) {
      w.on('message', (outcome: ParseOutcome) => {
        chain = chain.then(() => deliver(outcome));
        feed(w);
        if (++done === jobs.length) {
          chain
            .then(() => Promise.all(workers.map((x) => x.terminate())))
            .then(() => resolvePool(), rejectPool);
        }
      });
      w.on('error', rejectPool);
      for (let k = 0; k < JOBS_IN_FLIGHT; k++) feed(w);
    }
  });
}

/** Where `--out-dir` puts a file's JSON: its path below the inputs' common folder, plus .json. */
export function outputPaths(files: string[], outDir: string): Map<string, string> {
  const absolute = files.map((f) => resolve(f));
  const base = commonFolder(absolute);
  const inputs = new Set(absolute);
  const out = new Map<string, string>();
  files.forEach((f, i) => {
    const target = join(resolve(outDir), relative(base, absolute[i]!) + '.json');
    // never write over an input
    if (!inputs.has(target)) out.set(f, target);
  });
  return out;
}

function commonFolder(paths: string[]): string {
  if (paths.length === 0) return process.cwd();
  let parts = dirname(paths[0]!).split(sep);
  for (const p of paths) {
    const q = dirname(p).split(sep);
    let k = 0;
    while (k < parts.length && parts[k] === q[k]) k++;
    parts = parts.slice(0, k);
  }
  return parts.join(sep) || sep;
}

/** Writes a file atomically: a temporary file in the same folder, then a rename over the target. */
export async function writeAtomically(target: string, content: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temp, content);
  await rename(temp, target);
}

/** A one-line progress bar on stderr, redrawn at most ten times a second. */
class ProgressBar {
  private done = 0;
  private last = 0;
  private readonly started = performance.now();

  constructor(private readonly total: number) {}

  tick(bytes: number): void {
    this.done++;
    const now = performance.now();
    if (now - this.last < 100 && this.done < this.total) return;
    this.last = now;
    const width = 30;
    const filled = Math.round((this.done / this.total) * width);
    const rate = bytes / 1e6 / Math.max(0.001, (now - this.started) / 1000);
    process.stderr.write(
      `\r[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${this.done}/${this.total} files  ${rate.toFixed(1)} MB/s`,
    );
  }

  clear(): void {
    process.stderr.write('\r\u001b[K');
  }
}
