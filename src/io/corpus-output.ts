// The output of a corpus run: one N-Quads file (each article in its own named graph, optionally
// gzipped, one gzip member per article; all.shard-K-of-N.nq for a shard) and, when asked, each
// article's Turtle and JSON-LD. While the run lasts, the N-Quads grow in <out>/.akhbar-run/
// (.akhbar-run-shard-K-of-N/) beside a journal of the records
// completed, rewritten atomically at each checkpoint; a restarted run with the same key cuts the
// file back to the journal's length (no torn or repeated record) and goes on from there. At the
// end the file is renamed into place and the run's folder removed.
import { closeSync, existsSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AkhbarError } from '../errors.js';
import type { ArticleDone } from '../run/jobs.js';
import { emptyTotals, type RunTotals } from '../run/totals.js';
import { removeStaleTemporaries, writeAllOrNothing, writeFailure } from './write.js';

export interface CorpusOutputOptions {
  out: string;
  gzip: boolean;
  /** What makes a run the same run: a journal with another key is not resumed. */
  key: string;
  /** A shard's label (`shard-0-of-3`): its file is all.<label>.nq and its state .akhbar-run-<label>/, so shards can share a folder. */
  shard?: string;
}

export interface Journal {
  version: 1;
  key: string;
  /** Records completed, in input order. */
  records: number;
  lastKey?: string;
  /** Length of the N-Quads file holding exactly those records. */
  bytes: number;
  totals: RunTotals;
}

const STATE_DIR = '.akhbar-run';
const FLUSH_BYTES = 4 << 20;

export class CorpusOutput {
  /** The journal of the interrupted run this one resumes, if any. */
  readonly resumed?: Journal;
  readonly file: string;
  /** The N-Quads while the run lasts: an error naming it ends the run (the disk is full, not one article bad). */
  readonly part: string;
  private readonly state: string;
  private readonly fd: number;
  private bytes: number;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;

  constructor(private readonly options: CorpusOutputOptions) {
    const name = `all${options.shard ? `.${options.shard}` : ''}.nq${options.gzip ? '.gz' : ''}`;
    this.file = join(options.out, name);
    this.state = join(options.out, options.shard ? `${STATE_DIR}-${options.shard}` : STATE_DIR);
    this.part = join(this.state, `${name}.part`);
    removeStaleTemporaries(options.out);
    const journal = readJournal(join(this.state, 'journal.json'));
    try {
      if (journal?.key === options.key && existsSync(this.part)) {
        this.resumed = journal;
        this.fd = openSync(this.part, 'r+');
        // Whatever lies past the last checkpoint may be torn or unconfirmed: it is written again.
        ftruncateSync(this.fd, journal.bytes);
        this.bytes = journal.bytes;
      } else {
        rmSync(this.state, { recursive: true, force: true });
        mkdirSync(this.state, { recursive: true });
        this.fd = openSync(this.part, 'w');
        this.bytes = 0;
      }
    } catch (cause) {
      throw new AkhbarError('E_WRITE', `cannot prepare the output: ${(cause as Error).message}`, { file: this.part, cause });
    }
  }

  /** The article's own files (written at once, atomically), then its N-Quads (appended in order). */
  writeArticle(result: ArticleDone): void {
    if (result.turtle !== undefined && result.jsonld !== undefined) {
      writeAllOrNothing([
        { path: join(this.options.out, `${result.id}.ttl`), content: result.turtle },
        { path: join(this.options.out, `${result.id}.jsonld`), content: result.jsonld },
      ]);
    }
    this.pending.push(result.nquads);
    this.pendingBytes += result.nquads.byteLength;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  /** Makes everything so far durable and records it in the journal: a restart goes on from here. */
  checkpoint(records: number, lastKey: string | undefined, totals: RunTotals): void {
    this.flush();
    fsyncSync(this.fd);
    const journal: Journal = { version: 1, key: this.options.key, records, lastKey, bytes: this.bytes, totals };
    writeAllOrNothing([{ path: join(this.state, 'journal.json'), content: `${JSON.stringify(journal)}\n` }]);
  }

  /** The run is complete: the N-Quads file goes into place (when any article was written) and the run's folder away. */
  finish(articles: number): string | undefined {
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
    if (articles > 0) renameSync(this.part, this.file);
    rmSync(this.state, { recursive: true, force: true });
    return articles > 0 ? this.file : undefined;
  }

  /**
   * The run stops unfinished (a failure with --fail-fast, an error): the file and the journal stay
   * for a restart, which goes on from the last checkpoint, so nothing past it needs writing.
   */
  abandon(): void {
    closeSync(this.fd);
  }

  private flush(): void {
    try {
      for (const chunk of this.pending) {
        for (let written = 0; written < chunk.byteLength; ) written += writeSync(this.fd, chunk, written, chunk.byteLength - written, this.bytes + written);
        this.bytes += chunk.byteLength;
        this.pendingBytes -= chunk.byteLength;
      }
    } catch (cause) {
      // What reached the file past the last checkpoint is cut off by the restart.
      throw new AkhbarError('E_WRITE', `cannot write the N-Quads: ${writeFailure(cause)}; the run can be resumed once there is room`, { file: this.part, cause });
    }
    this.pending = [];
  }
}

function readJournal(path: string): Journal | undefined {
  try {
    const journal = JSON.parse(readFileSync(path, 'utf8')) as Journal;
    return journal.version === 1 ? { ...journal, totals: { ...emptyTotals(), ...journal.totals } } : undefined;
  } catch {
    return undefined;
  }
}
