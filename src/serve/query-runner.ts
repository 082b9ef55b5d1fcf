// Runs the endpoint's queries in a worker thread, one at a time, each with a deadline: a query past
// it is answered with E_TIMEOUT and its thread is ended, and a fresh one loads the graphs again
// (Oxigraph cannot be interrupted inside a query). The queue is bounded: past it, E_BUSY.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { AkhbarError, type ErrorCode } from '../errors.js';
import { PROJECT_ROOT } from '../io/resources.js';
import type { Answer, QueryJob } from './answer.js';
import type { WorkerReply, WorkerRequest } from './query-worker.js';

/** The worker runs the compiled code in dist/ (`npm run build`), also when the caller runs from src/. */
export const QUERY_WORKER_SCRIPT = join(PROJECT_ROOT, 'dist', 'serve', 'query-worker.js');

export interface RunnerOptions {
  /** Graph files or folders, as `akhbar query --data` takes them. */
  paths: readonly string[];
  timeoutMs: number;
  /** Queries waiting for the worker at most; one more is refused with E_BUSY. */
  maxQueue: number;
  /** Memory the worker's heap may take (MB); past it the query fails and the worker restarts. */
  maxHeapMb?: number;
}

export interface QueryRunner {
  run(job: QueryJob): Promise<Answer>;
  /** Resolves when the first worker has loaded the graphs; rejects when it could not. */
  readonly ready: Promise<{ graphs: number; triples: number }>;
  close(): Promise<void>;
}

interface Pending {
  job: QueryJob;
  resolve(answer: Answer): void;
  reject(error: AkhbarError): void;
}

export function startQueryRunner(options: RunnerOptions): QueryRunner {
  const queue: Pending[] = [];
  let current: { pending: Pending; id: number; timer: NodeJS.Timeout } | undefined;
  let nextId = 1;
  let closed = false;
  let worker: Worker | undefined;

  const start = (): Promise<{ graphs: number; triples: number }> => {
    worker = new Worker(QUERY_WORKER_SCRIPT, { workerData: { paths: [...options.paths] }, resourceLimits: options.maxHeapMb ? { maxOldGenerationSizeMb: options.maxHeapMb } : undefined });
    const own = worker;
    const loading = new Promise<{ graphs: number; triples: number }>((resolve, reject) => {
      own.on('message', (reply: WorkerReply) => {
        if ('ready' in reply) {
          if (reply.ready) resolve({ graphs: reply.graphs, triples: reply.triples });
          else reject(new AkhbarError(reply.error.code as ErrorCode, reply.error.message));
          if (reply.ready) next();
          return;
        }
        if (!current || reply.id !== current.id) return;
        const { pending, timer } = current;
        clearTimeout(timer);
        current = undefined;
        if ('answer' in reply) pending.resolve(reply.answer);
        else pending.reject(new AkhbarError(reply.error.code as ErrorCode, reply.error.message));
        next();
      });
      own.on('error', (error) => {
        reject(new AkhbarError('E_INTERNAL', `the query worker failed: ${error.message}`));
        restart(own, new AkhbarError('E_INTERNAL', `the query failed the store's thread (${error.message}); the store is being loaded again`));
      });
    });
    // A worker that failed while loading is reported through `ready`, not left unhandled.
    loading.catch(() => undefined);
    return loading;
  };

  /** Ends this worker (if it is still the current one), fails its query, and starts another. */
  const restart = (failed: Worker, error: AkhbarError): void => {
    if (failed !== worker) return;
    if (current) {
      clearTimeout(current.timer);
      current.pending.reject(error);
      current = undefined;
    }
    void failed.terminate();
    if (!closed) loaded = start();
  };

  const next = (): void => {
    if (current || closed) return;
    const pending = queue.shift();
    if (!pending) return;
    const id = nextId++;
    const own = worker as Worker;
    const timer = setTimeout(() => {
      restart(own, new AkhbarError('E_TIMEOUT', `the query ran longer than this endpoint's limit of ${options.timeoutMs / 1000} s and was stopped`));
    }, options.timeoutMs);
    current = { pending, id, timer };
    own.postMessage({ id, job: pending.job } satisfies WorkerRequest);
  };

  let loaded = start();
  const ready = loaded;
  return {
    ready,
    run(job) {
      if (closed) return Promise.reject(new AkhbarError('E_BUSY', 'the endpoint is shutting down'));
      if (queue.length >= options.maxQueue) return Promise.reject(new AkhbarError('E_BUSY', `${queue.length} queries are already waiting; try again shortly`));
      return new Promise<Answer>((resolve, reject) => {
        queue.push({ job, resolve, reject });
        // The worker picks the query up when it is loaded (its ready message calls next) and idle.
        void loaded.then(next, () => undefined);
      });
    },
    async close() {
      closed = true;
      if (current) clearTimeout(current.timer);
      for (const pending of queue.splice(0)) pending.reject(new AkhbarError('E_BUSY', 'the endpoint is shutting down'));
      await worker?.terminate();
    },
  };
}
