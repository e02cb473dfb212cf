import { parentPort } from 'node:worker_threads';
import { parseFile, type ParseJob } from './parse-file.js';

// A worker of the batch pool: parses the files it is sent and posts back the rendered output.
parentPort!.on('message', async (job: ParseJob) => {
  parentPort!.postMessage(await parseFile(job));
});
