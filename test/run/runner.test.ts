// The runner hands results on in input order whatever order they finish in, keeps a bounded
// number in flight, stops at a failure when asked, and resumes after the records already done.
import { describe, expect, it } from 'vitest';
import { AkhbarError } from '../../src/errors.js';
import { runCorpus } from '../../src/run/runner.js';
import type { Executor } from '../../src/run/pool.js';
import type { ArticleJob, ArticleResult } from '../../src/run/jobs.js';
import type { CorpusItem } from '../../src/io/sources.js';

async function* items(ids: string[]): AsyncGenerator<CorpusItem> {
  for (const id of ids) {
    if (id.startsWith('!')) yield { error: new AkhbarError('E_RECORD', 'malformed', { file: 'c.trec', record: 1 }) };
    else yield { article: { id, file: 'c.trec', text: 'قال', meta: {}, single: false } };
  }
}

/** An executor that finishes later jobs first and fails ids starting with "bad"; it records the most jobs in flight. */
function reversingExecutor(): Executor & { peak: number } {
  let inFlight = 0;
  const state = {
    peak: 0,
    run(job: ArticleJob): Promise<ArticleResult> {
      state.peak = Math.max(state.peak, ++inFlight);
      return new Promise((resolve) =>
        setTimeout(
          () => {
            inFlight--;
            resolve(job.id.startsWith('bad') ? { seq: job.seq, id: job.id, ok: false, error: { code: 'E_NOT_CONFORMING', message: 'no' } } : { seq: job.seq, id: job.id, ok: true, nquads: new Uint8Array(), line: '', triples: 1, statements: 0, chars: 3, textBytes: 6, times: { extract: 0, graph: 0, validate: 0, serialise: 0 } });
          },
          (20 - job.seq) * 2,
        ),
      );
    },
    close: async () => {},
  };
  return state;
}

const ids = (results: ArticleResult[]) => results.map((r) => (r.ok ? r.id : `${r.id ?? ''}!${r.error.code}`));

describe('runCorpus', () => {
  it('hands results on in input order, with at most `window` in flight', async () => {
    const executor = reversingExecutor();
    const seen: ArticleResult[] = [];
    const end = await runCorpus(items(['a', 'b', '!', 'c', 'd', 'e', 'f']), { executor, window: 3, onResult: (r) => seen.push(r) });
    expect(ids(seen)).toEqual(['a', 'b', '!E_RECORD', 'c', 'd', 'e', 'f']);
    expect(seen.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(executor.peak).toBeLessThanOrEqual(3);
    expect(end).toMatchObject({ records: 7, lastKey: 'f', stopped: false });
  });

  it('stops at the first failure with failFast, and at the limit', async () => {
    const seen: ArticleResult[] = [];
    const end = await runCorpus(items(['a', 'bad', 'c', 'd']), { executor: reversingExecutor(), window: 4, failFast: true, onResult: (r) => seen.push(r) });
    expect(ids(seen)).toEqual(['a', 'bad!E_NOT_CONFORMING']);
    expect(end.stopped).toBe(true);
    const limited: ArticleResult[] = [];
    await runCorpus(items(['a', 'b', 'c']), { executor: reversingExecutor(), window: 2, limit: 2, onResult: (r) => limited.push(r) });
    expect(ids(limited)).toEqual(['a', 'b']);
  });

  it('skips the records a previous run completed, after checking the last of them', async () => {
    const seen: ArticleResult[] = [];
    await runCorpus(items(['a', 'b', 'c', 'd']), { executor: reversingExecutor(), window: 2, resume: { records: 2, lastKey: 'b' }, onResult: (r) => seen.push(r) });
    expect(ids(seen)).toEqual(['c', 'd']);
    expect(seen[0]?.seq).toBe(3);
    await expect(runCorpus(items(['a', 'x', 'c']), { executor: reversingExecutor(), window: 2, resume: { records: 2, lastKey: 'b' }, onResult: () => {} })).rejects.toThrow(/input changed/);
  });
});
