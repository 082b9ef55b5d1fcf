// The thread that holds the endpoint's store: it loads the graphs once, then answers one query at a
// time. Oxigraph runs a query to its end without yielding, so a query past its time is stopped by
// ending this thread (query-runner.ts), never by asking it.
import { parentPort, workerData } from 'node:worker_threads';
import { join } from 'node:path';
import { isAkhbarError } from '../errors.js';
import { PROJECT_ROOT, readJson } from '../io/resources.js';
import { collectDataFiles, readDataFiles } from '../store/data-files.js';
import { createEmbeddedStore } from '../store/embedded.js';
import { answerQuery, type QueryJob } from './answer.js';

export interface WorkerRequest {
  id: number;
  job: QueryJob;
}

export type WorkerReply =
  | { ready: true; graphs: number; triples: number }
  | { ready: false; error: { code: string; message: string; line: string } }
  | { id: number; answer: Awaited<ReturnType<typeof answerQuery>> }
  | { id: number; error: { code: string; message: string; line: string } };

const port = parentPort;
if (!port) throw new Error('query-worker.js runs as a worker thread');
const { paths } = workerData as { paths: string[] };

const failure = (error: unknown) =>
  isAkhbarError(error) ? { code: error.code, message: error.message, line: error.toLine() } : { code: 'E_INTERNAL', message: String((error as Error).message ?? error), line: String(error) };

try {
  const graphs = await readDataFiles(collectDataFiles(paths));
  const store = await createEmbeddedStore(graphs);
  const context = readJson<{ '@context': Record<string, unknown> }>(join(PROJECT_ROOT, 'ontology', 'context.jsonld'))['@context'];
  port.on('message', async ({ id, job }: WorkerRequest) => {
    try {
      port.postMessage({ id, answer: await answerQuery(store, job, context) } satisfies WorkerReply);
    } catch (error) {
      port.postMessage({ id, error: failure(error) } satisfies WorkerReply);
    }
  });
  port.postMessage({ ready: true, graphs: graphs.size, triples: store.size } satisfies WorkerReply);
} catch (error) {
  port.postMessage({ ready: false, error: failure(error) } satisfies WorkerReply);
}
