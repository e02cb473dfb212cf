import { parentPort } from 'node:worker_threads';
import { parseFile, type ParseJob } from './parse-file.js';

// A worker of the batch pool: parses the files it is sent, one at a time in the order sent, and
// posts back the rendered output. The pool keeps more than one job queued here, so that the
// worker never waits for its next file.
const queue: ParseJob[] = [];
let running = false;

parentPort!.on('message', (job: ParseJob) => {
  queue.push(job);
  if (!running) void drain();
});

async function drain(): Promise<void> {
  running = true;
  for (let job = queue.shift(); job; job = queue.shift()) {
    parentPort!.postMessage(await parseFile(job));
    // back to the event loop between files, for the tasks V8 queues there (garbage collection)
    await new Promise((resolve) => setImmediate(resolve));
  }
  running = false;
}
