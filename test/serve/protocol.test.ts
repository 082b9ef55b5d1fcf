// The SPARQL Protocol's query operation read from requests, and the answer's type from Accept.
import { describe, expect, it } from 'vitest';
import { HttpError, readSparqlRequest, type HttpRequestParts } from '../../src/serve/protocol.js';
import { GRAPH_TYPES, negotiate, SOLUTION_TYPES } from '../../src/serve/negotiate.js';

const ASK = 'ASK { ?s ?p ?o }';
const request = (method: string, query: string, contentType?: string, body = ''): HttpRequestParts => ({ method, url: new URL(`http://localhost/sparql${query}`), contentType, body });
const status = (parts: HttpRequestParts): number => {
  try {
    readSparqlRequest(parts);
    return 200;
  } catch (error) {
    return (error as HttpError).status;
  }
};

describe('readSparqlRequest', () => {
  it('reads a query from GET, from a POSTed form and from a POSTed bare query', () => {
    const forms = [
      request('GET', `?query=${encodeURIComponent(ASK)}`),
      request('POST', '', 'application/x-www-form-urlencoded', `query=${encodeURIComponent(ASK)}`),
      request('POST', '', 'application/sparql-query; charset=utf-8', ASK),
    ];
    for (const parts of forms) expect(readSparqlRequest(parts)).toEqual({ kind: 'query', query: ASK, dataset: { defaultGraphs: [], namedGraphs: [] } });
  });

  it('takes the dataset from default-graph-uri and named-graph-uri', () => {
    const parsed = readSparqlRequest(request('POST', '?default-graph-uri=urn%3Aa&named-graph-uri=urn%3Ab&named-graph-uri=urn%3Ac', 'application/sparql-query', ASK));
    expect(parsed).toMatchObject({ dataset: { defaultGraphs: ['urn:a'], namedGraphs: ['urn:b', 'urn:c'] } });
  });

  it('describes the service when a GET asks no query', () => {
    expect(readSparqlRequest(request('GET', ''))).toEqual({ kind: 'description' });
  });

  it.each([
    ['an update in a form', request('POST', '', 'application/x-www-form-urlencoded', 'update=CLEAR%20ALL'), 403],
    ['an update as its own body', request('POST', '', 'application/sparql-update', 'CLEAR ALL'), 403],
    ['an update sent as a query', request('GET', `?query=${encodeURIComponent('INSERT DATA { <urn:a> <urn:b> <urn:c> }')}`), 403],
    ['an update parameter of a GET', request('GET', '?update=CLEAR%20ALL'), 403],
    ['a body of another type', request('POST', '', 'text/plain', ASK), 415],
    ['a form without a query', request('POST', '', 'application/x-www-form-urlencoded', 'x=1'), 400],
    ['two queries', request('GET', '?query=ASK%7B%7D&query=ASK%7B%7D'), 400],
    ['text that is no query', request('GET', '?query=hello'), 400],
    ['another method', request('PUT', '', 'application/sparql-query', ASK), 405],
  ])('refuses %s', (_what, parts, expected) => {
    expect(status(parts)).toBe(expected);
  });
});

describe('negotiate', () => {
  it('answers SPARQL JSON, or Turtle for a graph, when the client does not say', () => {
    expect(negotiate(undefined, SOLUTION_TYPES)).toBe('application/sparql-results+json');
    expect(negotiate('', GRAPH_TYPES)).toBe('text/turtle');
    expect(negotiate('*/*', GRAPH_TYPES)).toBe('text/turtle');
  });

  it('follows the quality of the most specific range that matches', () => {
    expect(negotiate('application/sparql-results+xml', SOLUTION_TYPES)).toBe('application/sparql-results+xml');
    expect(negotiate('text/*;q=0.9, text/csv;q=0.1, */*;q=0.2', SOLUTION_TYPES)).toBe('text/tab-separated-values');
    expect(negotiate('application/ld+json, text/turtle;q=0.5', GRAPH_TYPES)).toBe('application/ld+json');
    // What a browser sends: anything at 0.8, so the server's first choice.
    expect(negotiate('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', SOLUTION_TYPES)).toBe('application/sparql-results+json');
  });

  it('finds nothing when every offered type is refused or absent', () => {
    expect(negotiate('text/html', SOLUTION_TYPES)).toBeUndefined();
    expect(negotiate('text/turtle;q=0, */*;q=0', GRAPH_TYPES)).toBeUndefined();
  });
});
