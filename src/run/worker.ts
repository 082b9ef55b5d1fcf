// A worker thread of a corpus run: loads the language data and compiles the shapes once, then
// builds, validates and serialises each article it is sent, one at a time, and sends the result back.
import { parentPort, workerData } from 'node:worker_threads';
import { loadProjectData } from '../io/resources.js';
import { createValidator } from '../validate/validate.js';
import { processJob, type ArticleJob, type JobContext } from './jobs.js';
import type { WorkerSettings } from './pool.js';

const settings = workerData as WorkerSettings;
const { resources, shapes, context } = loadProjectData({ nerNames: settings.nerNames });
const ctx: JobContext = { resources, context, validator: createValidator(shapes, { engine: settings.engine }), base: settings.base, gzip: settings.gzip, minConfidence: settings.minConfidence };
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
