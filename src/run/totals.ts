// The running totals of a corpus run: what the summary prints and the journal keeps across a resume.
import type { StageTimes } from '../build.js';
import type { ArticleResult } from './jobs.js';

export interface RunTotals {
  /** Records handed on: articles written and records that failed. */
  records: number;
  articles: number;
  failed: number;
  /** Failures by error code. */
  failures: Record<string, number>;
  triples: number;
  statements: number;
  /** Characters and UTF-8 bytes of article text written. */
  chars: number;
  textBytes: number;
  /** Milliseconds in each stage, summed over articles (and threads); `read` is the main thread's. */
  stages: StageTimes & { read: number };
}

export function emptyTotals(): RunTotals {
  return { records: 0, articles: 0, failed: 0, failures: {}, triples: 0, statements: 0, chars: 0, textBytes: 0, stages: { read: 0, extract: 0, graph: 0, validate: 0, serialise: 0 } };
}

export function addResult(totals: RunTotals, result: ArticleResult): void {
  totals.records++;
  if (result.times) for (const stage of ['extract', 'graph', 'validate', 'serialise'] as const) totals.stages[stage] += result.times[stage];
  if (!result.ok) {
    totals.failed++;
    totals.failures[result.error.code] = (totals.failures[result.error.code] ?? 0) + 1;
    return;
  }
  totals.articles++;
  totals.triples += result.triples;
  totals.statements += result.statements;
  totals.chars += result.chars;
  totals.textBytes += result.textBytes;
}
