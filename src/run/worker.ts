// A worker thread of a corpus run: loads the language data and compiles the shapes once, then
// builds, validates and serialises each article it is sent, one at a time, and sends the result back.
import { parentPort, workerData } from 'node:worker_threads';
import { createJobContext, processJob, type ArticleJob } from './jobs.js';
import type { WorkerSettings } from './pool.js';

const ctx = createJobContext(workerData as WorkerSettings);
const port = parentPort;
if (!port) throw new Error('worker.js runs as a worker thread');

// Articles are handled strictly one after another, so stage timings are not interleaved.
let queue = Promise.resolve();
port.on('message', (job: ArticleJob) => {
  queue = queue.then(async () => {
    const result = await processJob(job, ctx);
    port.postMessage(result, result.ok ? [result.nquads.buffer as ArrayBuffer] : []);
  });
});
port.postMessage('ready');
