// A corpus run: records stream from the input through an executor and are handed on strictly in
// input order (a reorder buffer), so the output is the same whatever the number of workers. At most
// `window` records are read but not yet handed on: memory stays flat however large the corpus.
import { AkhbarError } from '../errors.js';
import type { CorpusItem } from '../io/sources.js';
import type { Executor } from './pool.js';
import type { ArticleResult } from './jobs.js';

export interface RunOptions {
  executor: Executor;
  /** Records read but not yet handed on, at most. */
  window: number;
  /** Resume: the records an interrupted run completed, and the key of the last of them, to check it is the same input. */
  resume?: { records: number; lastKey?: string };
  /** Stop after this many records of the input (counting any skipped on resume). */
  limit?: number;
  failFast?: boolean;
  /** Per-article Turtle and JSON-LD: true, false, or undefined for "when the article is a file of its own". */
  perArticle?: boolean;
  /** Called for each record, in input order. */
  onResult(result: ArticleResult): void;
}

export interface RunEnd {
  /** Records handed on, counting those skipped on resume. */
  records: number;
  /** The key of the last record handed on (its article id, or `!CODE` for a refused record). */
  lastKey?: string;
  /** Stopped at a failure (--fail-fast). */
  stopped: boolean;
}

/** The key a record leaves in the journal: its article id, or its error code. */
export function recordKey(item: { id?: string; ok?: boolean; error?: { code: string } }): string | undefined {
  return item.error ? `!${item.error.code}` : item.id;
}

export async function runCorpus(items: AsyncIterable<CorpusItem>, options: RunOptions): Promise<RunEnd> {
  const skip = options.resume?.records ?? 0;
  const waiting = new Map<number, ArticleResult>();
  let next = skip + 1;
  let seq = 0;
  let lastKey = options.resume?.lastKey;
  let stopped = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const settle = () => new Promise<void>((resolve) => (wake = resolve));
  const handOn = () => {
    for (let result = waiting.get(next); result && !stopped; result = waiting.get(next)) {
      waiting.delete(next++);
      lastKey = recordKey(result);
      options.onResult(result);
      if (!result.ok && options.failFast) stopped = true;
    }
    wake?.();
  };
  const inFlight = () => seq - next + 1;
  const iterator = items[Symbol.asyncIterator]();
  while (!stopped && failure === undefined && (options.limit === undefined || seq < options.limit)) {
    while (inFlight() >= options.window && !stopped && failure === undefined) await settle();
    if (stopped || failure !== undefined) break;
    const { value: item, done } = await iterator.next();
    if (done) break;
    seq++;
    if (seq <= skip) {
      if (seq === skip && options.resume?.lastKey !== undefined && recordKey({ id: item.article?.id, error: item.error }) !== options.resume.lastKey) {
        throw new AkhbarError('E_RESUME', `the input changed since the interrupted run: record ${seq} is not "${options.resume.lastKey}" any more; remove the output folder's .akhbar-run/ to start afresh`);
      }
      continue;
    }
    if (item.error) {
      waiting.set(seq, { seq, ok: false, error: { code: item.error.code, message: item.error.message, file: item.error.file, record: item.error.record, position: item.error.position } });
      handOn();
      continue;
    }
    const { id, file, record, text, meta, single } = item.article;
    options.executor.run({ seq, id, file, record, text, meta, perArticle: options.perArticle ?? single }).then(
      (result) => {
        waiting.set(result.seq, result);
        // Handing on writes the output: a failure there (a full disk) ends the run, as one here would.
        try {
          handOn();
        } catch (error) {
          failure ??= error;
          wake?.();
        }
      },
      (error: unknown) => {
        failure ??= error;
        wake?.();
      },
    );
  }
  while (inFlight() > 0 && !stopped && failure === undefined) await settle();
  await iterator.return?.(undefined);
  if (failure !== undefined) throw failure;
  return { records: next - 1, lastKey, stopped };
}
