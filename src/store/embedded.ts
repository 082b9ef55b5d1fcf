// The embedded store: Oxigraph's SPARQL 1.1 engine in memory, each article in its named graph.
import oxigraph from 'oxigraph';
import { DataFactory, Parser } from 'n3';
import { AkhbarError } from '../errors.js';
import { toNQuads } from '../rdf/serialize.js';
import type { GraphSet } from './articles.js';
import { parseJsonResults, type QueryResult } from './results.js';
import { queryForm } from './sparql-text.js';

/** The RDF dataset of a query as the SPARQL Protocol names it (default-graph-uri, named-graph-uri). */
export interface QueryDataset {
  defaultGraphs?: readonly string[];
  namedGraphs?: readonly string[];
}

export interface EmbeddedStore {
  /**
   * Runs a SPARQL 1.1 query over the union of all graphs, as a server does with no FROM clause,
   * or over the dataset given.
   */
  query(sparql: string, dataset?: QueryDataset): QueryResult;
  readonly size: number;
}

export async function createEmbeddedStore(graphs: GraphSet): Promise<EmbeddedStore> {
  const store = new oxigraph.Store();
  const quads = [...graphs.values()].flat().map((q) => (q.graph.value === '' ? DataFactory.quad(q.subject, q.predicate, q.object) : q));
  store.load(await toNQuads(quads), { format: 'application/n-quads' });
  return {
    get size() {
      return store.size;
    },
    query(sparql, dataset = {}) {
      const form = queryForm(sparql);
      const graph = form === 'CONSTRUCT' || form === 'DESCRIBE';
      const text = run(store, sparql, graph ? 'application/n-triples' : 'application/sparql-results+json', dataset);
      return graph ? { kind: 'graph', quads: new Parser({ format: 'N-Triples' }).parse(text) } : parseJsonResults(text, 'the embedded store');
    },
  };
}

function run(store: oxigraph.Store, sparql: string, format: string, dataset: QueryDataset): string {
  const graphs = (iris: readonly string[] | undefined) => iris?.map((iri) => oxigraph.namedNode(iri));
  const options = dataset.defaultGraphs?.length ? { default_graph: graphs(dataset.defaultGraphs) } : { use_default_graph_as_union: true };
  try {
    return store.query(sparql, { ...options, ...(dataset.namedGraphs?.length ? { named_graphs: graphs(dataset.namedGraphs) } : {}), results_format: format }) as string;
  } catch (cause) {
    throw new AkhbarError('E_SPARQL', `SPARQL: ${(cause as Error).message}`, { cause });
  }
}
