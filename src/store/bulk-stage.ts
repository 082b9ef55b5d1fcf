// Stages article graphs for Virtuoso's bulk loader: gzipped N-Quads files of about `chunkTriples`
// triples each, every article's lines together, in a folder the server can read. N-Quads pass
// through line by line (each line checked to be a quad in a named graph, never parsed into terms);
// Turtle and JSON-LD are read whole per file and written as N-Quads. Several files let several
// loaders work at once, and let a load be followed (and resumed) file by file.
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { constants, createGzip, type Gzip } from 'node:zlib';
import { AkhbarError } from '../errors.js';
import { detached } from '../io/detached.js';
import { graphOfLine, readLines } from '../io/nquads-lines.js';
import { isNQuadsFile } from '../io/graph-files.js';
import { toNQuads } from '../rdf/serialize.js';
import { articleGraphs } from './graph-stream.js';

/** One article graph of the load, as staged. */
export interface StagedGraph {
  /** Distinct triples staged (lines counted once per piece; pieces may repeat a triple). */
  sent: number;
  /** Pieces the input gave it in: more than one when its lines do not stand together. */
  parts: number;
  /** Its place in input order, from 1. */
  position: number;
}

/** A staged file, closed and ready for the loader. */
export interface StagedFile {
  path: string;
  /** From 1, in input order. */
  number: number;
  triples: number;
  /** Graphs whose first piece is in this file (on the server, they are replaced from here on), in input order. */
  newGraphs: string[];
  /** The position of the first of them: theirs run on from it. */
  firstPosition: number;
}

/** The list of graph names a staging folder keeps from the start, so that a later load can finish off an interrupted one. */
export const GRAPH_LIST = 'graphs.txt';

interface GraphRun {
  name: string;
  lines: string[];
}

/** What a first pass over the input finds: every file read, nothing staged. */
export interface InputPlan {
  /** Every graph, in input order, with its pieces counted (its triples are counted as it is staged). */
  graphs: Map<string, StagedGraph>;
  /** Lines of N-Quads (triples), each graph's counted once per piece. */
  triples: number;
}

/** Reads all of the input once, so that a file that is not N-Quads (or Turtle, JSON-LD) stops the load before the server is touched. */
export async function checkInput(files: readonly string[]): Promise<InputPlan> {
  const graphs = new Map<string, StagedGraph>();
  let triples = 0;
  for await (const run of graphRuns(files)) {
    const known = graphs.get(run.name);
    if (known) known.parts++;
    else graphs.set(run.name, { sent: 0, parts: 1, position: graphs.size + 1 });
    triples += run.lines.length;
  }
  return { graphs, triples };
}

/** Writes the names of the load's graphs where a later load finds them if this one is interrupted. */
export async function writeGraphList(dir: string, graphs: ReadonlyMap<string, unknown>): Promise<void> {
  const out = createWriteStream(join(dir, GRAPH_LIST));
  const closed = new Promise<void>((resolve, reject) => out.on('close', resolve).on('error', reject));
  for (const name of graphs.keys()) if (!out.write(`${name}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  out.end();
  await closed;
}

/** The graphs of the input as runs of N-Quads lines, each run one graph's lines standing together. */
async function* graphRuns(files: readonly string[]): AsyncGenerator<GraphRun> {
  for (const file of files) {
    if (!isNQuadsFile(file)) {
      for await (const graph of articleGraphs([file])) yield { name: graph.name, lines: (await toNQuads(graph.quads, graph.name)).split('\n').slice(0, -1) };
      continue;
    }
    let run: GraphRun | undefined;
    for await (const { lines, first } of readLines(file)) {
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i] as string;
        let graph: string | undefined;
        try {
          graph = graphOfLine(line);
        } catch (cause) {
          throw new AkhbarError('E_RDF_SYNTAX', `line ${first + i}: ${(cause as Error).message}`, { file, cause });
        }
        if (graph === undefined) continue;
        if (run?.name !== graph) {
          if (run) yield run;
          // The name outlives the read buffer it was cut from: a copy, or each name would keep its buffer.
          run = { name: detached(graph), lines: [] };
        }
        run.lines.push(line.trim());
      }
    }
    if (run) yield run;
  }
}

/** The gzip stream of a file being staged, written with back-pressure. */
class ChunkWriter {
  private readonly gzip: Gzip;
  private readonly file: WriteStream;
  private readonly closed: Promise<void>;

  constructor(readonly path: string) {
    this.gzip = createGzip({ level: constants.Z_BEST_SPEED });
    this.file = createWriteStream(path);
    this.closed = new Promise((resolve, reject) => {
      this.file.on('close', resolve);
      this.file.on('error', reject);
      this.gzip.on('error', reject);
    });
    this.gzip.pipe(this.file);
  }

  async write(text: string): Promise<void> {
    if (!this.gzip.write(text)) await new Promise<void>((resolve) => this.gzip.once('drain', resolve));
  }

  async close(): Promise<void> {
    this.gzip.end();
    await this.closed;
  }
}

/**
 * Writes the graphs of `files` into `dir` as chunk-NNNNNN.nq.gz and yields each file once it is
 * closed, counting each graph's triples in `graphs` (as checkInput found them).
 */
export async function* stageGraphs(files: readonly string[], dir: string, graphs: Map<string, StagedGraph>, chunkTriples: number): AsyncGenerator<StagedFile> {
  let writer: ChunkWriter | undefined;
  let staged: StagedFile | undefined;
  let number = 0;
  let started = 0;
  const close = async (): Promise<StagedFile | undefined> => {
    if (!writer || !staged) return undefined;
    await writer.close();
    const done = staged;
    writer = undefined;
    staged = undefined;
    return done;
  };
  try {
    for await (const run of graphRuns(files)) {
      if (!writer || !staged) {
        number++;
        const path = join(dir, `chunk-${String(number).padStart(6, '0')}.nq.gz`);
        writer = new ChunkWriter(path);
        staged = { path, number, triples: 0, newGraphs: [], firstPosition: started + 1 };
      }
      const graph = graphs.get(run.name);
      if (!graph) throw new AkhbarError('E_DATA', `the input changed while it was loaded: <${run.name}> was not in it at first`);
      const distinct = [...new Set(run.lines)];
      if (graph.sent === 0) {
        staged.newGraphs.push(run.name);
        started++;
      }
      graph.sent += distinct.length;
      staged.triples += distinct.length;
      await writer.write(`${distinct.join('\n')}\n`);
      if (staged.triples >= chunkTriples) yield (await close()) as StagedFile;
    }
    const last = await close();
    if (last) yield last;
  } finally {
    await writer?.close().catch(() => undefined);
  }
}
