// Finds the graph files a user points at and reads them into graphs, one named graph per article.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { AkhbarError } from '../errors.js';
import { GRAPH_EXTENSIONS, readGraph } from '../io/graph-files.js';
import { mergeGraphSets, placeInArticleGraphs, type GraphSet } from './articles.js';

const KNOWN = new Set<string>(GRAPH_EXTENSIONS);

/**
 * Graph files under the given paths, in a stable order. In a folder, `x.jsonld` is skipped when
 * `x.ttl` stands beside it: `akhbar run` writes both, and they are the same graph.
 */
export function collectDataFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (dir: string): void => {
    const entries = readdirSync(dir).sort();
    for (const entry of entries) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) visit(path);
      else if (KNOWN.has(extname(entry)) && !(entry.endsWith('.jsonld') && entries.includes(entry.replace(/\.jsonld$/, '.ttl')))) files.push(path);
    }
  };
  for (const path of paths) {
    if (!existsSync(path)) throw new AkhbarError('E_MISSING', 'no such file or directory', { file: path });
    if (statSync(path).isDirectory()) visit(path);
    else if (KNOWN.has(extname(path))) files.push(path);
    else throw new AkhbarError('E_USAGE', `not a graph file: expected ${GRAPH_EXTENSIONS.join(', ')}`, { file: path });
  }
  if (files.length === 0) {
    throw new AkhbarError('E_NO_DATA', `no graph files (${GRAPH_EXTENSIONS.join(', ')}) under ${paths.join(', ')}: run \`akhbar run\` first`);
  }
  return files;
}

/**
 * Reads every file into one set of graphs; each article's triples land in its own named graph.
 * With `articlesOnly`, a file whose triples belong to no article (no schema:NewsArticle) is refused.
 */
export async function readDataFiles(files: readonly string[], options: { articlesOnly?: boolean } = {}): Promise<GraphSet> {
  const graphs: GraphSet = new Map();
  for (const file of files) {
    const placed = placeInArticleGraphs(await readGraph(file), file);
    if (options.articlesOnly && placed.has('')) throw new AkhbarError('E_DATA', 'no article (schema:NewsArticle) in this file to name its graph after', { file });
    mergeGraphSets(graphs, placed);
  }
  return graphs;
}
