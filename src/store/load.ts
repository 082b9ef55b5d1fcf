// Loads article graphs into a SPARQL 1.1 server: one named graph per article, replaced on reload.
// The graphs stream through one at a time (a first pass checks every file and counts them, a
// second sends them), so a corpus file of any size loads in flat memory.
import { AkhbarError, isAkhbarError } from '../errors.js';
import { detached } from '../io/detached.js';
import { toNTriples } from '../rdf/serialize.js';
import { NS } from '../rdf/vocabulary.js';
import type { ArticleGraph } from './graph-stream.js';
import { deleteGraph, postGraph, putGraph } from './graph-store.js';
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

/** The article graphs to load, in order; called twice (to check and count them, then to send them). */
export type GraphSource = () => AsyncIterable<ArticleGraph>;

export interface LoadedGraph {
  graph: string;
  /** Triples sent, and the triples the server then holds in the graph. */
  sent: number;
  stored: number;
  /** Pieces the input gave it in (more than 1: the same graph in several files, or N-Quads not grouped by graph). */
  parts: number;
}

export interface LoadReport {
  graphs: number;
  sent: number;
  stored: number;
  /** Article graphs removed by --replace because they were not part of this load. */
  removed: string[];
}

export interface LoadOptions {
  replace?: boolean;
  /** Told of each graph once the server's count of it is in. */
  onGraph?: (graph: LoadedGraph) => void;
}

/** Graphs counted on the server in one query. */
const COUNT_EVERY = 100;

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
 * PUTs each graph (replacing what the server had under its name) and checks the server's count of
 * it; `replace` also drops other article graphs. A failure on the way says, besides its cause,
 * which graphs the server already has: they go in input order, so the first and the last name them.
 */
export async function loadGraphs(source: GraphSource, target: LoadTarget, options: LoadOptions = {}): Promise<LoadReport> {
  const plan = await planLoad(source);
  const progress: LoadProgress = { total: plan.names.size, count: 0 };
  const report: LoadReport = { graphs: 0, sent: 0, stored: 0, removed: [] };
  const uncounted: LoadedGraph[] = [];
  const inPieces = new Map<string, LoadedGraph>();
  const count = async (graphs: LoadedGraph[]): Promise<void> => {
    const stored = await countTriples(target, graphs.map((g) => g.graph));
    for (const graph of graphs) {
      graph.stored = stored.get(graph.graph) ?? 0;
      report.graphs++;
      report.sent += graph.sent;
      report.stored += graph.stored;
      options.onGraph?.(graph);
    }
  };
  try {
    for await (const { name, quads } of source()) {
      const ntriples = await toNTriples(quads);
      const sent = ntriples.split('\n').length - 1;
      const earlier = inPieces.get(name);
      if (earlier) {
        await postGraph(target.client, target.graphStore, name, ntriples);
        earlier.sent += sent;
        earlier.parts++;
        continue;
      }
      await putGraph(target.client, target.graphStore, name, ntriples);
      progress.count++;
      progress.first ??= name;
      progress.last = name;
      const graph: LoadedGraph = { graph: name, sent, stored: 0, parts: 1 };
      // A graph in pieces is counted once all of it is in.
      if (plan.inPieces.has(name)) inPieces.set(name, graph);
      else if (uncounted.push(graph) >= COUNT_EVERY) await count(uncounted.splice(0));
    }
    await count(uncounted.splice(0));
    await count([...inPieces.values()]);
    if (options.replace) {
      for (const graph of await articleGraphsOn(target)) {
        if (plan.names.has(graph)) continue;
        await deleteGraph(target.client, target.graphStore, graph);
        report.removed.push(graph);
      }
    }
    return report;
  } catch (error) {
    if (!isAkhbarError(error) || error.file !== undefined) throw error;
    throw new AkhbarError(error.code, `${error.message}; ${loadedSoFar(progress)}`, { cause: error });
  }
}

interface LoadPlan {
  names: Set<string>;
  /** Graphs the input gives in more than one piece: sent with PUT, then POST. */
  inPieces: Set<string>;
}

/** Reads every graph once before anything is sent: a bad file stops the load before it starts, and the total is known. */
async function planLoad(source: GraphSource): Promise<LoadPlan> {
  const plan: LoadPlan = { names: new Set(), inPieces: new Set() };
  for await (const { name } of source()) {
    // A copy: the parser's term is cut out of its read buffer, which each kept name would keep alive.
    if (plan.names.has(name)) plan.inPieces.add(detached(name));
    else plan.names.add(detached(name));
  }
  return plan;
}

/** Graphs the server has so far, of the total: how far a load got. */
export interface LoadProgress {
  total: number;
  count: number;
  first?: string;
  last?: string;
}

/** "none of 10 graph(s) loaded", or "3 of 10 graph(s) loaded before it (in input order, <first> to <last>)". */
export function loadedSoFar(progress: LoadProgress): string {
  const { total, count, first, last } = progress;
  if (count === 0) return `none of ${total} graph(s) loaded`;
  const span = count === 1 ? `<${first}>` : `in input order, <${first}> to <${last}>`;
  return `${count === total ? 'all' : count} of ${total} graph(s) loaded before it (${span})`;
}
