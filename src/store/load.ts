// Loads article graphs into a SPARQL 1.1 server: one named graph per article, replaced on reload.
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

/** PUTs each graph (replacing what the server had under its name); `replace` also drops other article graphs. */
export async function loadGraphs(graphs: GraphSet, target: LoadTarget, options: { replace?: boolean } = {}): Promise<LoadReport> {
  const names = [...graphs.keys()].sort();
  const sent = new Map<string, number>();
  for (const name of names) {
    const ntriples = await toNTriples(graphs.get(name) ?? []);
    await putGraph(target.client, target.graphStore, name, ntriples);
    sent.set(name, ntriples.split('\n').length - 1);
  }
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
