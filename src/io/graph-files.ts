// Reads RDF files in the syntaxes Akhbar writes (Turtle, N-Triples, N-Quads, JSON-LD) into quads.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Parser } from 'n3';
import jsonld from 'jsonld';
import type { Quad } from '@rdfjs/types';
import { AkhbarError } from '../errors.js';

/** File extensions `readGraph` understands, in the order a folder's files are preferred. */
export const GRAPH_EXTENSIONS = ['.ttl', '.nt', '.nq', '.jsonld'] as const;

export async function readGraph(file: string): Promise<Quad[]> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new AkhbarError('E_MISSING', 'cannot read file', { file, cause });
  }
  try {
    if (extname(file) === '.jsonld' || extname(file) === '.json') {
      const nquads = (await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads' })) as unknown as string;
      return new Parser({ format: 'N-Quads' }).parse(nquads);
    }
    const format = extname(file) === '.nq' ? 'N-Quads' : extname(file) === '.nt' ? 'N-Triples' : 'Turtle';
    return new Parser({ format }).parse(text);
  } catch (cause) {
    throw new AkhbarError('E_RDF_SYNTAX', (cause as Error).message, { file, cause });
  }
}
