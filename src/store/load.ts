// Loads article graphs into a SPARQL 1.1 server: one named graph per article, replaced on reload.
import { AkhbarError, isAkhbarError } from '../errors.js';
import { toNTriples } from '../rdf/serialize.js';
import { NS } from '../rdf/vocabulary.js';
import type { GraphSet } from './articles.js';
import { deleteGraph, putGraph } from './graph-store.js';
import type { HttpClient } from './http.js';
import { queryEndpoint } from './remote.js';
import type { Binding } from './results.js';

export interface LoadTarget {
  client: HttpClient;
  /** The SPARQL query endpoint: to list article graphs and count what the server holds. */
  endpoint: string;
  /** The Graph Store Protocol URL. */
  graphStore: string;
}

export interface LoadReport {
  /** Each graph loaded with the triples sent and the triples the server then holds in it. */
  loaded: { graph: string; sent: number; stored: number }[];
  /** Article graphs removed by --replace because they were not part of this load. */
  removed: string[];
}

/** Graphs on the server that are articles by Akhbar's convention: named after the article in them. */
export async function articleGraphsOn(target: LoadTarget): Promise<string[]> {
  const result = await queryEndpoint(target.client, target.endpoint, `SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a <${NS.schema}NewsArticle> } }`);
  return result.kind === 'solutions' ? result.bindings.map((row) => row.g?.value ?? '').filter((g) => g !== '') : [];
}

export async function countTriples(target: LoadTarget, graphs: readonly string[]): Promise<Map<string, number>> {
  if (graphs.length === 0) return new Map();
  const values = graphs.map((g) => `<${g}>`).join(' ');
  const result = await queryEndpoint(target.client, target.endpoint, `SELECT ?g (COUNT(*) AS ?n) WHERE { VALUES ?g { ${values} } GRAPH ?g { ?s ?p ?o } } GROUP BY ?g`);
  const rows: Binding[] = result.kind === 'solutions' ? result.bindings : [];
  return new Map(rows.map((row) => [row.g?.value ?? '', Number(row.n?.value ?? 0)]));
}

/**
 * PUTs each graph (replacing what the server had under its name); `replace` also drops other
 * article graphs. A failure on the way says, besides its cause, which graphs the server already
 * has: they go in name order, so the first and the last loaded name them all.
 */
export async function loadGraphs(graphs: GraphSet, target: LoadTarget, options: { replace?: boolean } = {}): Promise<LoadReport> {
  const names = [...graphs.keys()].sort();
  const sent = new Map<string, number>();
  try {
    for (const name of names) {
      const ntriples = await toNTriples(graphs.get(name) ?? []);
      await putGraph(target.client, target.graphStore, name, ntriples);
      sent.set(name, ntriples.split('\n').length - 1);
    }
    return await finishLoad(graphs, names, sent, target, options);
  } catch (error) {
    if (!isAkhbarError(error) || error.file !== undefined) throw error;
    throw new AkhbarError(error.code, `${error.message}; ${loadedSoFar([...sent.keys()], names.length)}`, { cause: error });
  }
}

/** "none of 10 graph(s) loaded", or "3 of 10 graph(s) loaded before it (in name order, <first> to <last>)". */
export function loadedSoFar(loaded: readonly string[], total: number): string {
  if (loaded.length === 0) return `none of ${total} graph(s) loaded`;
  const span = loaded.length === 1 ? `<${loaded[0]}>` : `in name order, <${loaded[0]}> to <${loaded.at(-1)}>`;
  return `${loaded.length === total ? 'all' : loaded.length} of ${total} graph(s) loaded before it (${span})`;
}

/** After the PUTs: --replace's removals, then the count of what the server holds. */
async function finishLoad(graphs: GraphSet, names: string[], sent: Map<string, number>, target: LoadTarget, options: { replace?: boolean }): Promise<LoadReport> {
  const removed: string[] = [];
  if (options.replace) {
    for (const graph of await articleGraphsOn(target)) {
      if (graphs.has(graph)) continue;
      await deleteGraph(target.client, target.graphStore, graph);
      removed.push(graph);
    }
  }
  const stored = await countTriples(target, names);
  return { loaded: names.map((graph) => ({ graph, sent: sent.get(graph) ?? 0, stored: stored.get(graph) ?? 0 })), removed };
}
