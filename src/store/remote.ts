// Queries a SPARQL 1.1 server over the SPARQL Protocol: a form-encoded POST, results as JSON.
import { Parser } from 'n3';
import { AkhbarError } from '../errors.js';
import type { HttpClient } from './http.js';
import { serverMessage } from './http.js';
import { parseJsonResults, type QueryResult } from './results.js';
import { queryForm } from './sparql-text.js';

/**
 * A form-encoded POST works everywhere (a GET URL has a length limit, and some servers, Virtuoso
 * 7.2 among them, hang on a POST whose body is the bare query).
 */
export async function queryEndpoint(client: HttpClient, endpoint: string, sparql: string): Promise<QueryResult> {
  const form = queryForm(sparql);
  const graph = form === 'CONSTRUCT' || form === 'DESCRIBE';
  const response = await client.request({
    method: 'POST',
    url: endpoint,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: graph ? 'application/n-triples, text/turtle;q=0.9' : 'application/sparql-results+json' },
    body: new URLSearchParams({ query: sparql }).toString(),
    // queryForm has refused updates: a query only reads, so it is safe to send again.
    idempotent: true,
  });
  if (!response.ok) throw new AkhbarError('E_SPARQL', `${endpoint} refused the query: ${await serverMessage(response)}`);
  const text = await response.text();
  if (!graph) return form === 'ASK' ? askResult(parseJsonResults(text, endpoint)) : parseJsonResults(text, endpoint);
  try {
    return { kind: 'graph', quads: new Parser({ format: 'Turtle' }).parse(text) };
  } catch (cause) {
    throw new AkhbarError('E_SPARQL', `${endpoint} answered with a graph Akhbar cannot read: ${(cause as Error).message}`, { cause });
  }
}

/**
 * Virtuoso 7 answers ASK in JSON as one-column solutions (__ASK_RETVAL, a row with 1 for true, no
 * row for false) instead of the standard boolean; both read as the boolean.
 */
function askResult(result: QueryResult): QueryResult {
  if (result.kind !== 'solutions') return result;
  const [row] = result.bindings;
  return { kind: 'boolean', value: row !== undefined && Object.values(row).some((term) => term.value !== '0' && term.value !== 'false') };
}
