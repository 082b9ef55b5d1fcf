// Finds the graph files a user points at and reads them into graphs, one named graph per article.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AkhbarError } from '../errors.js';
import { GRAPH_EXTENSIONS, graphExtension, readGraph } from '../io/graph-files.js';
import { mergeGraphSets, placeInArticleGraphs, type GraphSet } from './articles.js';

/** The N-Quads a run writes: all.nq, all.nq.gz, all.shard-K-of-N.nq[.gz]. */
const RUN_NQUADS = /^all(\.shard-\d+-of-\d+)?\.nq(\.gz)?$/;

/**
 * Graph files under the given paths, in a stable order. In a folder, `x.jsonld` is skipped when
 * `x.ttl` stands beside it: `akhbar run` writes both, and they are the same graph. With
 * `oneCopy`, a folder's per-article files (.ttl, .jsonld) are skipped too when the run's N-Quads
 * stand beside them, which hold the same graphs: a load then sends each graph once.
 */
export function collectDataFiles(paths: readonly string[], options: { oneCopy?: boolean } = {}): string[] {
  const files: string[] = [];
  const visit = (dir: string): void => {
    const entries = readdirSync(dir).sort();
    const runFile = options.oneCopy && entries.some((entry) => RUN_NQUADS.test(entry));
    for (const entry of entries) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) visit(path);
      else if (graphExtension(entry) && !(entry.endsWith('.jsonld') && entries.includes(entry.replace(/\.jsonld$/, '.ttl'))) && !(runFile && /\.(ttl|jsonld)$/.test(entry))) files.push(path);
    }
  };
  for (const path of paths) {
    if (!existsSync(path)) throw new AkhbarError('E_MISSING', 'no such file or directory', { file: path });
    if (statSync(path).isDirectory()) visit(path);
    else if (graphExtension(path)) files.push(path);
    else throw new AkhbarError('E_USAGE', `not a graph file: expected ${GRAPH_EXTENSIONS.join(', ')}`, { file: path });
  }
  if (files.length === 0) {
    throw new AkhbarError('E_NO_DATA', `no graph files (${GRAPH_EXTENSIONS.join(', ')}) under ${paths.join(', ')}: run \`akhbar run\` first`);
  }
  return files;
}

/** Reads every file into one set of graphs; each article's triples land in its own named graph. */
export async function readDataFiles(files: readonly string[]): Promise<GraphSet> {
  const graphs: GraphSet = new Map();
  for (const file of files) mergeGraphSets(graphs, placeInArticleGraphs(await readGraph(file), file));
  return graphs;
}
