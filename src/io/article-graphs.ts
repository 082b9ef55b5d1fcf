// Reads graph files as a stream of article graphs, one at a time, so a corpus's N-Quads of any size
// is never held whole: akhbar run writes each article's quads together, in its own named graph.
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { StreamParser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { AkhbarError } from '../errors.js';
import { readGraph } from './graph-files.js';
import { placeInArticleGraphs } from '../store/articles.js';

export type ArticleGraph = { file: string; quads: Quad[] } | { file: string; error: AkhbarError };

/**
 * Each article graph of the files, in file order. Quads outside any article (the default graph
 * of an N-Quads file) are left out. A file that cannot be read yields one error and the next
 * file is read; in an N-Quads file the graphs read before a syntax error are kept.
 */
export async function* readArticleGraphs(files: readonly string[]): AsyncGenerator<ArticleGraph> {
  for (const file of files) {
    if (extname(file) === '.nq') {
      yield* streamNQuads(file);
      continue;
    }
    try {
      for (const [name, quads] of placeInArticleGraphs(await readGraph(file), file)) if (name !== '') yield { file, quads };
    } catch (error) {
      if (!(error instanceof AkhbarError)) throw error;
      yield { file, error };
    }
  }
}

async function* streamNQuads(file: string): AsyncGenerator<ArticleGraph> {
  const input = createReadStream(file);
  const parser = new StreamParser({ format: 'N-Quads' });
  // pipe() does not pass on a read error (a file gone, a folder): it ends the parser's iterator with it.
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  let current = '';
  let quads: Quad[] = [];
  const finished = new Set<string>();
  try {
    for await (const quad of parser as AsyncIterable<Quad>) {
      const name = quad.graph.termType === 'DefaultGraph' ? '' : quad.graph.value;
      if (name !== current) {
        if (current !== '') yield { file, quads };
        // A copy: a name cut out of the parser's input would keep a whole chunk of the file alive.
        finished.add(Buffer.from(current).toString());
        if (finished.has(name) && name !== '') {
          throw new AkhbarError('E_DATA', `the quads of the graph <${name}> are not together in the file (akhbar run writes each article's quads in one run of lines)`);
        }
        current = name;
        quads = [];
      }
      if (name !== '') quads.push(quad);
    }
    if (current !== '') yield { file, quads };
  } catch (cause) {
    const error = cause instanceof AkhbarError ? new AkhbarError(cause.code, cause.message, { file }) : new AkhbarError('E_RDF_SYNTAX', (cause as Error).message, { file, cause });
    yield { file, error };
  }
}
