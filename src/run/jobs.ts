// What a worker is sent and sends back for one article, and the function that does the work — the
// same in a worker thread and in the main thread (--jobs 1).
import { gzipSync } from 'node:zlib';
import { AkhbarError, type ErrorCode } from '../errors.js';
import type { ArticleMeta } from '../types.js';
import type { Resources } from '../resources.js';
import { buildArticle, summarize, type StageTimes } from '../build.js';
import type { GraphValidator } from '../validate/validate.js';
import { formatReport } from '../validate/report.js';
import { createValidator } from '../validate/validate.js';
import { loadProjectData } from '../io/resources.js';
import { analyze } from '../pipeline.js';
import type { WorkerSettings } from './pool.js';

export interface ArticleJob {
  /** The record's place in the input, from 1: results are written in this order. */
  seq: number;
  id: string;
  file: string;
  record?: number;
  text: string;
  meta: ArticleMeta;
  /** Also produce the article's own Turtle and JSON-LD. */
  perArticle: boolean;
}

export interface FailureInfo {
  code: ErrorCode;
  message: string;
  file?: string;
  record?: number;
  position?: number;
}

export interface ArticleDone {
  seq: number;
  id: string;
  ok: true;
  /** The article's N-Quads, UTF-8 (a gzip member of its own with --gzip). */
  nquads: Uint8Array;
  turtle?: string;
  jsonld?: string;
  line: string;
  triples: number;
  statements: number;
  chars: number;
  /** UTF-8 bytes of the article text. */
  textBytes: number;
  times: StageTimes;
}

export interface ArticleFailed {
  seq: number;
  id?: string;
  ok: false;
  error: FailureInfo;
  times?: StageTimes;
}

export type ArticleResult = ArticleDone | ArticleFailed;

/** What a worker holds, loaded once. */
export interface JobContext {
  resources: Resources;
  validator: GraphValidator;
  context: Record<string, unknown>;
  base: string;
  gzip: boolean;
  minConfidence?: number;
  /** Milliseconds each article may take before it is refused with E_TIMEOUT. */
  articleTimeoutMs?: number;
}

/** A sentence that makes every stage build what it builds on first use (tables of written forms, the tagger). */
const WARM_UP_TEXT = 'قال الرئيس فلان في مؤتمر صحفي في المدينة إن "الاجتماع كان مثمرا"، وأضاف أن الوزيرة ستزور البلاد.';

/**
 * The context of a worker, or of the main thread with --jobs 1: the project's data loaded once, and
 * warmed up on a sentence, so that no article's time budget pays for what the first one would build.
 */
export function createJobContext(settings: WorkerSettings): JobContext {
  const { resources, shapes, context } = loadProjectData({ nerNames: settings.nerNames });
  analyze('warm-up', WARM_UP_TEXT, resources);
  const { base, gzip, minConfidence, articleTimeoutMs } = settings;
  return { resources, context, validator: createValidator(shapes, { engine: settings.engine }), base, gzip, minConfidence, articleTimeoutMs };
}

export async function processJob(job: ArticleJob, ctx: JobContext): Promise<ArticleResult> {
  const where = { file: job.file, record: job.record };
  try {
    const output = await buildArticle(job.id, job.text, job.meta, ctx.resources, { base: ctx.base, context: ctx.context, validator: ctx.validator, perArticle: job.perArticle, minConfidence: ctx.minConfidence, budgetMs: ctx.articleTimeoutMs });
    if (!output.outcome.conforms) {
      return { seq: job.seq, id: job.id, ok: false, times: output.times, error: { code: 'E_NOT_CONFORMING', message: `graph does not conform to the shapes; nothing written\n${formatReport(output.outcome)}`, ...where } };
    }
    const start = performance.now();
    const bytes = new TextEncoder().encode(output.nquads);
    const nquads = ctx.gzip ? ownBytes(gzipSync(bytes)) : bytes;
    output.times.serialise += performance.now() - start;
    const summary = summarize(output);
    return { seq: job.seq, id: job.id, ok: true, nquads, turtle: output.turtle, jsonld: output.jsonld, line: describe(summary), triples: summary.triples, statements: summary.statements, chars: job.text.length, textBytes: Buffer.byteLength(job.text), times: output.times };
  } catch (error) {
    const info = error instanceof AkhbarError ? { code: error.code, message: error.message } : { code: 'E_INTERNAL' as const, message: `internal error: ${(error as Error).stack ?? error}` };
    return { seq: job.seq, id: job.id, ok: false, error: { ...info, ...where } };
  }
}

/** The bytes in an ArrayBuffer of their own, so it can be transferred to another thread whole. */
function ownBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

/** A failure as the error it stands for, to print and count. */
export function failureError(info: FailureInfo): AkhbarError {
  return new AkhbarError(info.code, info.message, { file: info.file, record: info.record, position: info.position });
}

function describe(s: ReturnType<typeof summarize>): string {
  return `${s.entities} entities (${s.persons} persons, ${s.places} places, ${s.organizations} organisations), ${s.statements} statements (${s.byMode.direct} direct, ${s.byMode.indirect} indirect, ${s.byMode.partial} partial), ${s.events} events, ${s.triples} triples`;
}
