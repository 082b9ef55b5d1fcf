// Reads RDF files in the syntaxes Akhbar writes (Turtle, N-Triples, N-Quads, gzipped N-Quads,
// JSON-LD) into quads: whole, or for N-Quads as a stream that never holds the file.
import { createReadStream, readFileSync } from 'node:fs';
import { createGunzip, gunzipSync } from 'node:zlib';
import { pipeline } from 'node:stream';
import { Parser, StreamParser } from 'n3';
import jsonld from 'jsonld';
import type { Quad } from '@rdfjs/types';
import { AkhbarError } from '../errors.js';

/** File extensions `readGraph` understands, in the order a folder's files are preferred. */
export const GRAPH_EXTENSIONS = ['.ttl', '.nt', '.nq', '.nq.gz', '.jsonld'] as const;
export type GraphExtension = (typeof GRAPH_EXTENSIONS)[number];

export function graphExtension(path: string): GraphExtension | undefined {
  return GRAPH_EXTENSIONS.find((extension) => path.endsWith(extension));
}

export function isNQuadsFile(path: string): boolean {
  const extension = graphExtension(path);
  return extension === '.nq' || extension === '.nq.gz';
}

export async function readGraph(file: string): Promise<Quad[]> {
  const extension = graphExtension(file);
  let text: string;
  try {
    text = extension === '.nq.gz' ? gunzipSync(readFileSync(file)).toString('utf8') : readFileSync(file, 'utf8');
  } catch (cause) {
    throw new AkhbarError('E_MISSING', `cannot read file: ${(cause as Error).message}`, { file, cause });
  }
  try {
    if (extension === '.jsonld' || file.endsWith('.json')) {
      const nquads = (await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads' })) as unknown as string;
      return new Parser({ format: 'N-Quads' }).parse(nquads);
    }
    const format = isNQuadsFile(file) ? 'N-Quads' : extension === '.nt' ? 'N-Triples' : 'Turtle';
    return new Parser({ format }).parse(text);
  } catch (cause) {
    throw new AkhbarError('E_RDF_SYNTAX', (cause as Error).message, { file, cause });
  }
}

/** The quads of an N-Quads file, gzipped or not, in file order as they are read. */
export async function* streamNQuads(file: string): AsyncGenerator<Quad> {
  const parser = new StreamParser({ format: 'N-Quads' });
  const read = createReadStream(file);
  let failure: Error | undefined;
  const done = (error: Error | null) => void (failure ??= error ?? undefined);
  if (file.endsWith('.gz')) pipeline(read, createGunzip(), parser, done);
  else pipeline(read, parser, done);
  try {
    for await (const quad of parser as AsyncIterable<Quad>) yield quad;
  } catch (cause) {
    failure ??= cause as Error;
  }
  if (failure) {
    const code = (failure as { code?: string }).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') throw new AkhbarError('E_MISSING', `cannot read file: ${failure.message}`, { file, cause: failure });
    throw new AkhbarError('E_RDF_SYNTAX', failure.message, { file, cause: failure });
  }
}
