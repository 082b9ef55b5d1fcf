// A query's answer in the media type negotiated, written by the same formatters as `akhbar query`,
// and refused when it is larger than the endpoint's cap.
import { AkhbarError } from '../errors.js';
import { toJsonLd, toNQuads, toNTriples, toTurtle } from '../rdf/serialize.js';
import type { EmbeddedStore, QueryDataset } from '../store/embedded.js';
import { formatCsv, formatJson, formatTsv, formatXml } from '../store/formats.js';
import type { QueryResult, SolutionsOrBoolean } from '../store/results.js';
import { queryForm } from '../store/sparql-text.js';
import { GRAPH_TYPES, negotiate, SOLUTION_TYPES } from './negotiate.js';

export interface QueryJob {
  query: string;
  dataset: QueryDataset;
  accept?: string;
  /** Rows of a SELECT, or triples of a CONSTRUCT or DESCRIBE, at most. */
  maxRows: number;
}

export interface Answer {
  status: number;
  contentType: string;
  body: string;
  /** Rows or triples in the answer, for the log. */
  size: number;
}

const SOLUTION_WRITERS: Record<(typeof SOLUTION_TYPES)[number], (r: SolutionsOrBoolean) => string> = {
  'application/sparql-results+json': formatJson,
  'application/json': formatJson,
  'application/sparql-results+xml': formatXml,
  'text/csv': formatCsv,
  'text/tab-separated-values': formatTsv,
};

export async function answerQuery(store: EmbeddedStore, job: QueryJob, context: Record<string, unknown>): Promise<Answer> {
  const form = queryForm(job.query);
  const graph = form === 'CONSTRUCT' || form === 'DESCRIBE';
  const offered = graph ? GRAPH_TYPES : SOLUTION_TYPES;
  const type = negotiate(job.accept, offered);
  if (!type) return { status: 406, contentType: 'text/plain; charset=utf-8', body: `none of the types accepted (${job.accept}) can hold this answer; ask for one of ${offered.join(', ')}\n`, size: 0 };
  const result = store.query(job.query, job.dataset);
  const size = sizeOf(result);
  if (size > job.maxRows) {
    throw new AkhbarError('E_RESULT_TOO_LARGE', `the answer has ${size} ${graph ? 'triples' : 'rows'}, more than this endpoint's cap of ${job.maxRows}: add a LIMIT (or start akhbar serve with a larger --max-rows)`);
  }
  const body = result.kind === 'graph' ? await writeGraph(result, type, context) : SOLUTION_WRITERS[type as keyof typeof SOLUTION_WRITERS](result);
  return { status: 200, contentType: `${type}; charset=utf-8`, body, size };
}

function sizeOf(result: QueryResult): number {
  if (result.kind === 'boolean') return 1;
  return result.kind === 'graph' ? result.quads.length : result.bindings.length;
}

function writeGraph(result: Extract<QueryResult, { kind: 'graph' }>, type: string, context: Record<string, unknown>): Promise<string> {
  if (type === 'application/n-quads') return toNQuads(result.quads);
  if (type === 'application/n-triples') return toNTriples(result.quads);
  if (type === 'application/ld+json') return toJsonLd(result.quads, context);
  return toTurtle(result.quads);
}
