// The SPARQL 1.1 Protocol's query operation read from an HTTP request: GET with ?query=, POST of a
// form, POST of the bare query; the dataset from default-graph-uri and named-graph-uri. Updates,
// by whichever door they come, are refused: this endpoint only reads.
import type { QueryDataset } from '../store/embedded.js';
import { queryForm } from '../store/sparql-text.js';
import { AkhbarError } from '../errors.js';

export interface HttpRequestParts {
  method: string;
  url: URL;
  contentType?: string;
  body: string;
}

export type SparqlRequest = { kind: 'query'; query: string; dataset: QueryDataset } | { kind: 'description' };

/** An answer that is not a result: the status and the one line that explains it. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const READ_ONLY = 'this endpoint is read-only: SPARQL updates are refused';

export function readSparqlRequest(request: HttpRequestParts): SparqlRequest {
  const params = request.url.searchParams;
  let fields: URLSearchParams;
  if (request.method === 'GET' || request.method === 'HEAD') {
    fields = params;
    if (!fields.has('query') && !fields.has('update')) return { kind: 'description' };
  } else if (request.method === 'POST') {
    const type = (request.contentType ?? '').split(';')[0]?.trim().toLowerCase();
    if (type === 'application/x-www-form-urlencoded') fields = new URLSearchParams(request.body);
    else if (type === 'application/sparql-query') fields = new URLSearchParams([['query', request.body], ...params.entries()]);
    else if (type === 'application/sparql-update') throw new HttpError(403, READ_ONLY);
    else throw new HttpError(415, `a POST to the endpoint takes application/x-www-form-urlencoded or application/sparql-query, not ${type || 'no content type'}`);
  } else {
    throw new HttpError(405, `${request.method} is not a SPARQL Protocol method; use GET or POST`, { allow: 'GET, HEAD, POST, OPTIONS' });
  }
  if (fields.has('update')) throw new HttpError(403, READ_ONLY);
  const queries = fields.getAll('query');
  if (queries.length !== 1) throw new HttpError(400, queries.length === 0 ? 'no query: give it as the query parameter' : 'more than one query parameter');
  const query = queries[0] as string;
  try {
    queryForm(query);
  } catch (error) {
    // queryForm says E_USAGE for an update sent as a query (INSERT DATA …), E_SPARQL for no query form.
    if (error instanceof AkhbarError && error.code === 'E_USAGE') throw new HttpError(403, READ_ONLY);
    throw new HttpError(400, (error as Error).message);
  }
  // With the form, the graph parameters come in the body; with the bare query, in the URL.
  const graphs = (name: string) => [...new Set([...fields.getAll(name), ...(fields === params ? [] : params.getAll(name))])];
  return { kind: 'query', query, dataset: { defaultGraphs: graphs('default-graph-uri'), namedGraphs: graphs('named-graph-uri') } };
}
