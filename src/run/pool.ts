// Where articles are processed: a pool of worker threads (each loads the data and compiles the
// shapes once), or the main thread itself for --jobs 1. Either way an executor takes a job and
// promises its result; the runner bounds how many are in flight.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { AkhbarError } from '../errors.js';
import { PROJECT_ROOT } from '../io/resources.js';
import type { EngineName } from '../validate/engines/engines.js';
import type { EntityType } from '../types.js';
import { createJobContext, processJob, type ArticleJob, type ArticleResult } from './jobs.js';

export interface WorkerSettings {
  base: string;
  engine: EngineName;
  gzip: boolean;
  /** Drop statements whose confidence is below this. */
  minConfidence?: number;
  /** Milliseconds each article may take (extraction to serialisation) before it is refused. */
  articleTimeoutMs?: number;
  /** The types whose names the NER model proposes (default: none). */
  nerNames?: EntityType[];
}

export interface Executor {
  run(job: ArticleJob): Promise<ArticleResult>;
  close(): Promise<void>;
}

/** Workers run the compiled code in dist/ (`npm run build`), also when the caller runs from src/. */
export const WORKER_SCRIPT = join(PROJECT_ROOT, 'dist', 'run', 'worker.js');

export function createInlineExecutor(settings: WorkerSettings): Executor {
  const ctx = createJobContext(settings);
  return { run: (job) => processJob(job, ctx), close: async () => {} };
}

interface PoolWorker {
  worker: Worker;
  ready: Promise<void>;
  pending: Map<number, { resolve: (r: ArticleResult) => void; reject: (e: Error) => void }>;
}

/** `size` worker threads; each job goes to the worker with the fewest jobs in flight. */
export async function createWorkerPool(size: number, settings: WorkerSettings): Promise<Executor> {
  if (!existsSync(WORKER_SCRIPT)) throw new AkhbarError('E_WORKER', `the compiled worker is missing: run \`npm run build\` first`, { file: WORKER_SCRIPT });
  const workers = Array.from({ length: size }, () => startWorker(settings));
  await Promise.all(workers.map((w) => w.ready));
  return {
    run(job) {
      const target = workers.reduce((best, w) => (w.pending.size < best.pending.size ? w : best));
      return new Promise((resolve, reject) => {
        target.pending.set(job.seq, { resolve, reject });
        target.worker.postMessage(job);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}

function startWorker(settings: WorkerSettings): PoolWorker {
  const worker = new Worker(WORKER_SCRIPT, { workerData: settings });
  const pending: PoolWorker['pending'] = new Map();
  const fail = (error: Error) => {
    const failure = new AkhbarError('E_WORKER', `a worker thread stopped: ${error.message}`, { cause: error });
    for (const { reject } of pending.values()) reject(failure);
    pending.clear();
    return failure;
  };
  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: ArticleResult | 'ready') => {
      if (message === 'ready') return resolve();
      pending.get(message.seq)?.resolve(message);
      pending.delete(message.seq);
    });
    worker.on('error', (error) => reject(fail(error)));
    worker.on('exit', (code) => {
      if (code !== 0) reject(fail(new Error(`exit code ${code}`)));
    });
  });
  // A pool whose worker failed before it was ready is reported by createWorkerPool; later failures by the jobs.
  ready.catch(() => {});
  return { worker, ready, pending };
}
