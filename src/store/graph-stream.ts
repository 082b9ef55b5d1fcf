// The article graphs of graph files one at a time, in the order of the files and of the graphs in
// them: a load holds one article's graph, never the corpus. N-Quads are read as a stream, the
// quads of one graph standing together (as `akhbar run` writes them); other files hold one article.
import type { Quad } from '@rdfjs/types';
import { AkhbarError } from '../errors.js';
import { isNQuadsFile, readGraph, streamNQuads } from '../io/graph-files.js';
import { placeInArticleGraphs } from './articles.js';

export interface ArticleGraph {
  /** The graph's name: the article's IRI. */
  name: string;
  quads: Quad[];
  file: string;
}

export async function* articleGraphs(files: readonly string[]): AsyncGenerator<ArticleGraph> {
  for (const file of files) {
    if (isNQuadsFile(file)) {
      yield* nquadsGraphs(file);
      continue;
    }
    const placed = placeInArticleGraphs(await readGraph(file), file);
    if (placed.has('')) throw new AkhbarError('E_DATA', 'no article (schema:NewsArticle) in this file to name its graph after', { file });
    for (const [name, quads] of placed) yield { name, quads, file };
  }
}

/** Runs of quads in one named graph, in file order; a graph met again after another comes again. */
async function* nquadsGraphs(file: string): AsyncGenerator<ArticleGraph> {
  let current: ArticleGraph | undefined;
  for await (const quad of streamNQuads(file)) {
    if (quad.graph.termType !== 'NamedNode') throw new AkhbarError('E_DATA', 'a triple outside any named graph: each article goes in the named graph of its IRI', { file });
    if (current?.name !== quad.graph.value) {
      if (current) yield current;
      current = { name: quad.graph.value, quads: [], file };
    }
    current.quads.push(quad);
  }
  if (current) yield current;
}
