// The SPARQL 1.1 Graph Store HTTP Protocol: replace (PUT), add to (POST) or remove (DELETE) one named graph.
import { AkhbarError } from '../errors.js';
import type { HttpClient } from './http.js';
import { serverMessage } from './http.js';

/** The graph's URL under indirect identification: `?graph=<IRI>` on the graph store. */
export function graphUrl(graphStore: string, graph: string): string {
  const url = new URL(graphStore);
  url.searchParams.set('graph', graph);
  return url.toString();
}

/** Replaces the graph with these N-Triples: loading an article again never duplicates it. */
export async function putGraph(client: HttpClient, graphStore: string, graph: string, ntriples: string): Promise<void> {
  const response = await client.request({ method: 'PUT', url: graphUrl(graphStore, graph), headers: { 'content-type': 'application/n-triples; charset=utf-8' }, body: ntriples });
  if (!response.ok) throw new AkhbarError('E_REJECTED', `${graphStore} rejected the graph <${graph}>: ${await serverMessage(response)}`);
  await response.arrayBuffer();
}

export async function deleteGraph(client: HttpClient, graphStore: string, graph: string): Promise<void> {
  const response = await client.request({ method: 'DELETE', url: graphUrl(graphStore, graph) });
  if (!response.ok && response.status !== 404) throw new AkhbarError('E_REJECTED', `${graphStore} would not remove the graph <${graph}>: ${await serverMessage(response)}`);
  await response.arrayBuffer();
}

/** Adds these N-Triples to the graph: the later part of a graph that a load meets in pieces. */
export async function postGraph(client: HttpClient, graphStore: string, graph: string, ntriples: string): Promise<void> {
  const response = await client.request({ method: 'POST', url: graphUrl(graphStore, graph), headers: { 'content-type': 'application/n-triples; charset=utf-8' }, body: ntriples });
  if (!response.ok) throw new AkhbarError('E_REJECTED', `${graphStore} rejected more of the graph <${graph}>: ${await serverMessage(response)}`);
  await response.arrayBuffer();
}
