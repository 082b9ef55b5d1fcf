// The articles a user points at, streamed one record at a time: .txt files (with JSON sidecars),
// TREC files (.trec, .xml, or any file that starts with <DOC>), JSON Lines (.jsonl) and standard
// input (`-`), through folders recursively, in a stable order. Files of many records are read in
// chunks, never whole; every refusal names its file and record.
import { closeSync, createReadStream, existsSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { AkhbarError } from '../errors.js';
import type { ArticleMeta } from '../types.js';
import { DEFAULT_MAX_BYTES, decodeArticleText, decodeSidecar } from './decode.js';
import { ArticleIds } from '../corpus/ids.js';
import { TrecParser } from '../corpus/trec.js';
import { JsonLinesParser } from '../corpus/jsonl.js';
import type { ParsedRecord, RecordParser } from '../corpus/record.js';

export type InputKind = 'txt' | 'trec' | 'jsonl' | 'stdin';

export interface InputFile {
  path: string;
  kind: InputKind;
  size: number;
  mtimeMs: number;
}

export interface InputPlan {
  files: InputFile[];
  /** Paths that are missing or are not inputs, in the order given. */
  errors: AkhbarError[];
  /** The bytes of all files (standard input not counted): the denominator of progress. */
  totalBytes: number;
}

export interface CorpusArticle {
  id: string;
  file: string;
  record?: number;
  text: string;
  meta: ArticleMeta;
  /** Came from a file of its own (.txt), so per-article outputs mirror it by default. */
  single: boolean;
}

export type CorpusItem = { article: CorpusArticle; error?: undefined } | { error: AkhbarError; article?: undefined };

export interface ReadOptions {
  maxBytes?: number;
  stdin?: AsyncIterable<Buffer | string>;
  /** Told the size of each chunk read, for progress. */
  onBytes?: (bytes: number) => void;
  /** Milliseconds spent reading, decoding and parsing are added here (not the wait for the disk). */
  timing?: { ms: number };
}

/** Standard input as a path: `-` on the command line, which the CLI hands on as this. */
export const STDIN_PATH = '/dev/stdin';

const KIND_BY_EXTENSION: Record<string, InputKind> = { '.txt': 'txt', '.trec': 'trec', '.xml': 'trec', '.jsonl': 'jsonl' };
const CHUNK = 1 << 20;

/** Every input file under the given paths, classified, in the order given and by name inside folders. */
export function planInputs(paths: readonly string[]): InputPlan {
  const files: InputFile[] = [];
  const errors: AkhbarError[] = [];
  const add = (path: string, kind: InputKind) => {
    const stat = statSync(path);
    files.push({ path, kind, size: stat.size, mtimeMs: stat.mtimeMs });
  };
  const visit = (path: string): void => {
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) visit(join(path, entry));
      return;
    }
    const kind = kindOf(path);
    if (kind) add(path, kind);
  };
  for (const path of paths) {
    if (path === '-' || path === STDIN_PATH) files.push({ path: '-', kind: 'stdin', size: 0, mtimeMs: 0 });
    else if (!existsSync(path)) errors.push(new AkhbarError('E_MISSING', 'no such file or directory', { file: path }));
    else if (statSync(path).isFile() && !kindOf(path)) errors.push(new AkhbarError('E_USAGE', 'not an input: expected .txt, .trec, .xml, .jsonl, a file starting with <DOC>, or -', { file: path }));
    else visit(path);
  }
  return { files, errors, totalBytes: files.reduce((sum, f) => sum + f.size, 0) };
}

/** The records of every planned file in order, each an article or the error that refused it. */
export async function* readCorpus(plan: InputPlan, options: ReadOptions = {}): AsyncGenerator<CorpusItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const ids = new ArticleIds();
  for (const error of plan.errors) yield { error };
  for (const input of plan.files) {
    const file = input.kind === 'stdin' ? '-' : relative(process.cwd(), input.path) || input.path;
    const records = input.kind === 'txt' ? readTextFile(input, file, maxBytes, options) : readRecords(input, file, maxBytes, options);
    for await (const item of records) {
      if (item.error) {
        yield { error: item.error };
        continue;
      }
      const { fields, record } = item;
      const fallback = record === undefined ? basename(input.path, extname(input.path)) : `${input.kind === 'stdin' ? 'stdin' : basename(input.path, extname(input.path))}-${record}`;
      const id = ids.assign(fields.id, fallback);
      if (id === undefined) yield { error: new AkhbarError('E_DUPLICATE_ID', `duplicate article id "${fields.id ?? fallback}": an earlier article has it`, { file, record }) };
      else yield { article: { id, file, record, text: fields.text, meta: fields.meta, single: record === undefined } };
    }
  }
}

type Read = { record?: number; fields: { id?: string; text: string; meta: ArticleMeta }; error?: undefined } | { error: AkhbarError; record?: number; fields?: undefined };

async function* readTextFile(input: InputFile, file: string, maxBytes: number, options: ReadOptions): AsyncGenerator<Read> {
  const start = performance.now();
  const path = input.path;
  try {
    // A file over the limit is refused by its size, unread.
    if (input.size > maxBytes) throw new AkhbarError('E_TOO_LARGE', `article is ${input.size} bytes, over the limit of ${maxBytes}`, { file });
    const bytes = readFileSync(path);
    options.onBytes?.(bytes.length);
    const text = decodeArticleText(file, bytes, { maxBytes });
    const sidecar = path.replace(/\.txt$/, '.json');
    const meta = existsSync(sidecar) ? decodeSidecar(relative(process.cwd(), sidecar) || sidecar, readFileSync(sidecar)) : {};
    addTime(options, start);
    yield { fields: { text, meta } };
  } catch (error) {
    if (!(error instanceof AkhbarError)) throw error;
    addTime(options, start);
    yield { error };
  }
}

function addTime(options: ReadOptions, start: number): void {
  if (options.timing) options.timing.ms += performance.now() - start;
}

/** A file of many records, or standard input (whose format is told by its first byte), parsed chunk by chunk. */
async function* readRecords(input: InputFile, file: string, maxBytes: number, options: ReadOptions): AsyncGenerator<ParsedRecord> {
  const chunks = input.kind === 'stdin' ? bytesOf(options.stdin ?? process.stdin) : createReadStream(input.path, { highWaterMark: CHUNK });
  let parser: RecordParser | undefined;
  let head = Buffer.alloc(0);
  const timed = (parse: () => ParsedRecord[]): ParsedRecord[] => {
    const start = performance.now();
    const records = parse();
    addTime(options, start);
    return records;
  };
  for await (const chunk of chunks as AsyncIterable<Buffer>) {
    options.onBytes?.(chunk.length);
    if (!parser) {
      head = Buffer.concat([head, chunk]);
      const kind = input.kind === 'stdin' ? sniff(head) : input.kind;
      if (kind === undefined) continue;
      parser = kind === 'jsonl' ? new JsonLinesParser(file, { maxBytes }) : kind === 'trec' ? new TrecParser(file, { maxBytes }) : new WholeTextParser(file, maxBytes);
    }
    const current = parser;
    yield* timed(() => current.push(head.length > 0 ? head : chunk));
    head = Buffer.alloc(0);
  }
  // Nothing but blanks, or nothing at all: refused as an empty article.
  const last = parser ?? new WholeTextParser(file, maxBytes);
  if (head.length > 0) last.push(head);
  yield* timed(() => last.end());
}

/** Standard input holding one plain-text article: collected up to the limit and checked like a .txt file. */
class WholeTextParser implements RecordParser {
  private readonly chunks: Buffer[] = [];
  private size = 0;

  constructor(
    private readonly file: string,
    private readonly maxBytes: number,
  ) {}

  push(chunk: Buffer): ParsedRecord[] {
    this.size += chunk.length;
    if (this.size <= this.maxBytes) this.chunks.push(chunk);
    return [];
  }

  end(): ParsedRecord[] {
    const where = { file: this.file, record: 1 };
    try {
      if (this.size > this.maxBytes) throw new AkhbarError('E_TOO_LARGE', `article is ${this.size} bytes, over the limit of ${this.maxBytes}`, where);
      return [{ record: 1, fields: { id: 'stdin', text: decodeArticleText(where, Buffer.concat(this.chunks), { maxBytes: this.maxBytes }), meta: {} } }];
    } catch (error) {
      if (!(error instanceof AkhbarError)) throw error;
      return [{ record: 1, error }];
    }
  }
}

/** The kind of a file by its extension, or by its first bytes (`<DOC>`) when it has another. */
function kindOf(path: string): InputKind | undefined {
  const byName = KIND_BY_EXTENSION[extname(path).toLowerCase()];
  if (byName) return byName;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(512);
    const kind = sniff(head.subarray(0, readSync(fd, head, 0, head.length, 0)));
    return kind === 'trec' ? kind : undefined;
  } finally {
    closeSync(fd);
  }
}

/** What a stream holds, from its first non-blank byte: `<` TREC, `{` JSON Lines, else plain text; undefined while blank. */
function sniff(head: Buffer): InputKind | undefined {
  const text = head.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (text === '') return undefined;
  if (text.startsWith('<')) return 'trec';
  if (text.startsWith('{')) return 'jsonl';
  return 'txt';
}

async function* bytesOf(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  for await (const chunk of stream) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}
