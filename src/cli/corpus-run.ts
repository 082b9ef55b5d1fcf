// `akhbar run` put together: inputs → runner (worker pool or main thread) → N-Quads and per-article
// files, with progress, checkpoints, a summary, and the statistics the benchmark reads.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
import { AkhbarError, type ErrorCode } from '../errors.js';
import { planInputs, readCorpus } from '../io/sources.js';
import { CorpusOutput } from '../io/corpus-output.js';
import { PROJECT_ROOT, dataFingerprint, readJson } from '../io/resources.js';
import { createInlineExecutor, createWorkerPool, type WorkerSettings } from '../run/pool.js';
import { failureError, type ArticleResult } from '../run/jobs.js';
import { recordKey, runCorpus } from '../run/runner.js';
import { firstRecords, inShard, shardLabel, type Shard } from '../run/shard.js';
import { addResult, emptyTotals, type RunTotals } from '../run/totals.js';
import { ProgressReporter, type ProgressMode } from './progress.js';

export interface CorpusRunOptions extends WorkerSettings {
  inputs: string[];
  out: string;
  maxBytes: number;
  jobs: number;
  perArticle?: boolean;
  failFast: boolean;
  limit?: number;
  checkpointEvery: number;
  quiet: boolean;
  /** Write the run's statistics as JSON here. */
  stats?: string;
  /** Process only this shard of the input records (by a hash of the article id). */
  shard?: Shard;
}

export interface RunStatistics {
  totals: RunTotals;
  /** Records that an interrupted run had completed and this one skipped. */
  resumed: number;
  wallMs: number;
  /** CPU time of all threads (user + system): on a shared machine, steadier than wall time. */
  cpuMs: number;
  peakRssMb: number;
  jobs: number;
  engine: string;
  output?: string;
}

/** Records in flight per worker, at most: enough to keep each busy, few enough to keep memory flat. */
const IN_FLIGHT_PER_JOB = 4;

export async function runCorpusCommand(options: CorpusRunOptions): Promise<RunStatistics> {
  const started = performance.now();
  const plan = planInputs(options.inputs);
  const jobs = jobsFor(options.jobs, plan.files);
  const output = new CorpusOutput({ out: options.out, gzip: options.gzip, key: runKey(options, plan.files), shard: options.shard && shardLabel(options.shard) });
  const totals = output.resumed ? structuredClone(output.resumed.totals) : emptyTotals();
  const resumed = output.resumed?.records ?? 0;
  if (output.resumed && !options.quiet) console.log(`resuming: ${resumed.toLocaleString('en')} record(s) already done in ${options.out}/`);
  const progress = new ProgressReporter(progressMode(options.quiet), (text) => process.stderr.write(text));
  let bytesRead = 0;
  const reading = { ms: 0 };
  const onResult = (result: ArticleResult): void => {
    const handled = write(output, result);
    addResult(totals, handled);
    if (!handled.ok) {
      progress.clear();
      console.error(failureError(handled.error).toLine());
    } else if (!options.quiet && handled.turtle !== undefined) {
      progress.clear();
      console.log(`${handled.id}: ${handled.line} — conforms`);
    }
    // A checkpoint never includes the failure that stops a --fail-fast run: a restart tries it again.
    if (handled.seq % options.checkpointEvery === 0 && (handled.ok || !options.failFast)) output.checkpoint(handled.seq, recordKey(handled), totals);
    progress.tick({ records: totals.records - resumed, failed: totals.failed, bytesRead, totalBytes: plan.totalBytes, elapsedMs: performance.now() - started, target: options.shard ? undefined : options.limit && options.limit - resumed });
  };
  const executor = jobs === 1 ? createInlineExecutor(options) : await createWorkerPool(jobs, options);
  let end: Awaited<ReturnType<typeof runCorpus>>;
  try {
    const records = readCorpus(plan, { maxBytes: options.maxBytes, onBytes: (n) => (bytesRead += n), timing: reading });
    // A shard reads every record (ids are checked for duplicates across the whole input) and keeps its own; --limit counts the input's records.
    const items = options.shard ? inShard(firstRecords(records, options.limit), options.shard) : records;
    end = await runCorpus(items, { executor, window: jobs * IN_FLIGHT_PER_JOB, resume: output.resumed, limit: options.shard ? undefined : options.limit, failFast: options.failFast, perArticle: options.perArticle, onResult });
  } catch (error) {
    output.abandon();
    throw error;
  } finally {
    progress.clear();
    await executor.close();
  }
  totals.stages.read += reading.ms;
  const file = end.stopped ? (output.abandon(), undefined) : output.finish(totals.articles);
  const statistics: RunStatistics = { totals, resumed, wallMs: performance.now() - started, cpuMs: cpuMs(), peakRssMb: process.resourceUsage().maxRSS / 1024, jobs, engine: options.engine, output: file };
  if (!options.quiet) console.log(summary(statistics, options.out, end.stopped));
  if (options.stats) writeFileSync(options.stats, `${JSON.stringify(statistics, null, 2)}\n`);
  if (totals.failed > 0) throw new AkhbarError('E_ARTICLES_FAILED', `${totals.failed} article(s) failed`);
  return statistics;
}

/** Writes a built article; a write that fails turns it into a failure of its own. */
function write(output: CorpusOutput, result: ArticleResult): ArticleResult {
  if (!result.ok) return result;
  try {
    output.writeArticle(result);
    return result;
  } catch (error) {
    // A per-article file that cannot be written fails its article; the N-Quads failing ends the run.
    if (!(error instanceof AkhbarError) || error.file === output.part) throw error;
    return { seq: result.seq, id: result.id, ok: false, times: result.times, error: { code: error.code, message: error.message, file: error.file } };
  }
}

function cpuMs(): number {
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  return (userCPUTime + systemCPUTime) / 1000;
}

function progressMode(quiet: boolean): ProgressMode {
  if (quiet) return 'off';
  return process.stderr.isTTY ? 'bar' : 'lines';
}

/** Everything that decides the bytes written: a journal with another key is not resumed. */
/**
 * No more workers than articles: a worker loads the gazetteer and compiles the shapes before its
 * first article, which a run of one or two .txt files never earns back. Output is the same bytes
 * whatever the number.
 */
function jobsFor(requested: number, files: readonly { kind: string }[]): number {
  const singleRecordFiles = files.every((f) => f.kind === 'txt');
  return singleRecordFiles ? Math.max(1, Math.min(requested, files.length)) : requested;
}

function runKey(options: CorpusRunOptions, files: readonly { path: string; size: number; mtimeMs: number }[]): string {
  const version = readJson<{ version: string }>(resolve(PROJECT_ROOT, 'package.json')).version;
  const decisive = { version, base: options.base, gzip: options.gzip, perArticle: options.perArticle, maxBytes: options.maxBytes, minConfidence: options.minConfidence, articleTimeoutMs: options.articleTimeoutMs, shard: options.shard, nerNames: options.nerNames, data: dataFingerprint(), files: files.map((f) => [resolve(f.path), f.size, f.mtimeMs]) };
  return createHash('sha256').update(JSON.stringify(decisive)).digest('hex');
}

function summary(s: RunStatistics, out: string, stopped: boolean): string {
  const t = s.totals;
  const seconds = s.wallMs / 1000;
  const done = t.records - s.resumed;
  const failures = Object.entries(t.failures).sort(([a], [b]) => a.localeCompare(b)).map(([code, n]) => `${n} ${code as ErrorCode}`);
  return [
    `${t.articles} of ${t.records} article(s) written to ${out}/${t.failed > 0 ? `, ${t.failed} failed` : ''}${stopped ? ' (stopped at the first failure; run again to resume)' : ''}`,
    `  ${t.triples.toLocaleString('en')} triples, ${t.statements.toLocaleString('en')} statements; ${done.toLocaleString('en')} record(s) in ${seconds.toFixed(1)} s (${(done / Math.max(seconds, 1e-3)).toFixed(1)}/s)${s.resumed > 0 ? `, ${s.resumed.toLocaleString('en')} done before` : ''}${failures.length > 0 ? `; failed: ${failures.join(', ')}` : ''}`,
  ].join('\n');
}
