// The endpoint of `akhbar serve` over real HTTP (Node's fetch, and Akhbar's own SPARQL client):
// every competency question answers as `akhbar query` does, in every format; updates are refused;
// the timeout and the size cap answer with one clear line; the pages are the ones `akhbar view` writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { loadViewResources } from '../../src/io/view-resources.js';
import { startQueryRunner, type QueryRunner } from '../../src/serve/query-runner.js';
import { pageStore, startServer, type RunningServer } from '../../src/serve/server.js';
import { collectDataFiles } from '../../src/store/data-files.js';
import { buildSite } from '../../src/cli/build-site.js';
import { runCli } from '../cli/run-cli.js';
import { ARTICLE, CASES, caseName, caseQuery } from '../store/competency-questions.js';

const FILES = collectDataFiles(['output']);
const EVENTS = 'CONSTRUCT { ?e a ?k ; ?p ?o } WHERE { ?e a ?k , <http://schema.org/Event> ; ?p ?o }';
const SLOW = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';

interface Endpoint {
  server: RunningServer;
  runner: QueryRunner;
  sparql: string;
}

async function endpoint(options: { timeoutMs?: number; maxRows?: number } = {}): Promise<Endpoint> {
  const runner = startQueryRunner({ paths: FILES, timeoutMs: options.timeoutMs ?? 30_000, maxQueue: 8 });
  const site = pageStore();
  await buildSite(FILES, loadViewResources(100), site.add);
  await runner.ready;
  const server = await startServer({ host: '127.0.0.1', port: 0, runner, maxRows: options.maxRows ?? 100_000, pages: site.pages });
  return { server, runner, sparql: `${server.url}/sparql` };
}

const get = (sparql: string, query: string, accept?: string, extra = '') => fetch(`${sparql}?query=${encodeURIComponent(query)}${extra}`, { headers: accept ? { accept } : {} });
const post = (sparql: string, body: string, type: string, accept?: string) => fetch(sparql, { method: 'POST', body, headers: { 'content-type': type, ...(accept ? { accept } : {}) } });

/** What `akhbar query` prints, with the final newline that console.log's caller took off. */
async function cli(...args: string[]): Promise<string> {
  const result = await runCli('query', ...args);
  expect(result.err).toBe('');
  return `${result.out}\n`;
}

let main: Endpoint;
beforeAll(async () => {
  main = await endpoint();
});
afterAll(async () => {
  await main.server.close();
  await main.runner.close();
});

describe('akhbar serve: the SPARQL endpoint', () => {
  it.each(CASES.map((c) => [caseName(c), c] as const))('answers %s as akhbar query does, in JSON, CSV, TSV and XML', async (_name, c) => {
    const query = caseQuery(c);
    const json = await get(main.sparql, query);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toBe('application/sparql-results+json; charset=utf-8');
    const answer = (await json.json()) as { results: { bindings: unknown[] } };
    expect(answer).toEqual(JSON.parse(await cli(query, '--format', 'json')));
    expect(answer.results.bindings).toHaveLength(c.expected.length);
    expect(await (await get(main.sparql, query, 'text/csv')).text()).toBe(await cli(query, '--format', 'csv'));
    expect(await (await post(main.sparql, query, 'application/sparql-query', 'text/tab-separated-values')).text()).toBe(await cli(query, '--format', 'tsv'));
    const xml = await (await post(main.sparql, new URLSearchParams({ query }).toString(), 'application/x-www-form-urlencoded', 'application/sparql-results+xml')).text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<sparql xmlns="http:\/\/www.w3.org\/2005\/sparql-results#">/);
    expect(xml.match(/<result>/g) ?? []).toHaveLength(c.expected.length);
    for (const row of c.expected) for (const value of Object.values(row)) expect(xml).toContain(value.replace(/&/g, '&amp;'));
  });

  it('answers every competency question through Akhbar’s own SPARQL client as the embedded store does', async () => {
    for (const c of CASES) expect(await cli(caseQuery(c), '--endpoint', main.sparql), caseName(c)).toBe(await cli(caseQuery(c)));
  });

  it('answers CONSTRUCT as Turtle, N-Quads or JSON-LD by Accept, the same triples as akhbar query', async () => {
    const turtle = await get(main.sparql, EVENTS);
    expect(turtle.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    expect(await turtle.text()).toBe(await cli(EVENTS));
    const nquads = await (await get(main.sparql, EVENTS, 'application/n-quads')).text();
    expect(nquads).toBe(await cli(EVENTS, '--nquads'));
    const document = (await (await get(main.sparql, EVENTS, 'application/ld+json')).json()) as object;
    const fromJsonLd = (await jsonld.toRDF(document, { format: 'application/n-quads' })) as unknown as string;
    const lines = (text: string) => text.split('\n').filter(Boolean).sort();
    expect(lines(fromJsonLd)).toEqual(lines(nquads));
  });

  it('answers ASK as a boolean, and says which types it offers when none is acceptable', async () => {
    expect(await (await get(main.sparql, 'ASK { ?s a <http://schema.org/Event> }')).json()).toEqual({ head: {}, boolean: true });
    const refused = await get(main.sparql, 'ASK {}', 'text/html');
    expect(refused.status).toBe(406);
    expect(await refused.text()).toContain('application/sparql-results+json');
  });

  it('refuses updates with 403 and stays as it was', async () => {
    const count = 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }';
    const before = await (await get(main.sparql, count, 'text/csv')).text();
    const insert = 'INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }';
    for (const response of [
      await post(main.sparql, new URLSearchParams({ update: insert }).toString(), 'application/x-www-form-urlencoded'),
      await post(main.sparql, insert, 'application/sparql-update'),
      await get(main.sparql, insert),
    ]) {
      expect(response.status).toBe(403);
      expect(await response.text()).toMatch(/read-only/);
    }
    expect(await (await get(main.sparql, count, 'text/csv')).text()).toBe(before);
  });

  it('explains a syntax error in one line with 400', async () => {
    const response = await get(main.sparql, 'SELECT ?x WHERE { ?x ?y }');
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/^SPARQL: .*\[E_SPARQL\]\n$/);
  });

  it('queries the dataset that default-graph-uri names', async () => {
    const count = 'SELECT (COUNT(*) AS ?n) WHERE { ?s a <http://schema.org/Event> }';
    const n = async (extra: string) => (await (await get(main.sparql, count, 'text/csv', extra)).text()).split('\r\n')[1];
    expect(await n('')).toBe('2');
    expect(await n(`&default-graph-uri=${encodeURIComponent(ARTICLE)}`)).toBe('2');
    expect(await n('&default-graph-uri=urn%3Anone')).toBe('0');
  });

  it('describes itself at GET /sparql and lets any origin read', async () => {
    const description = await fetch(main.sparql);
    expect(description.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    expect(await description.text()).toContain('sd:supportedLanguage sd:SPARQL11Query');
    const preflight = await fetch(main.sparql, { method: 'OPTIONS', headers: { origin: 'https://yasgui.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('akhbar serve: the pages', () => {
  it('serves the pages akhbar view writes, byte for byte, the index at /', async () => {
    const out = mkdtempSync(join(tmpdir(), 'akhbar-serve-site-'));
    try {
      expect((await runCli('view', 'output', '--out', out, '--quiet')).code).toBe(0);
      for (const [path, file] of [['/', 'index.html'], ['/article/alaska-summit.html', 'article/alaska-summit.html'], ['/akhbar.js', 'akhbar.js'], ['/speakers.js', 'speakers.js']]) {
        const response = await fetch(`${main.server.url}${path}`);
        expect(response.status, path).toBe(200);
        expect(await response.text(), path).toBe(readFileSync(join(out, file as string), 'utf8'));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    expect((await fetch(`${main.server.url}/article/alaska-summit.html`)).headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('answers 404 for a page that is not there and 405 for a write', async () => {
    expect((await fetch(`${main.server.url}/../../etc/passwd`)).status).toBe(404);
    expect((await fetch(`${main.server.url}/index.html`, { method: 'PUT', body: 'x' })).status).toBe(405);
  });
});

describe('akhbar serve: limits', () => {
  it('stops a query past the timeout with 503 and one line, then answers the next one', async () => {
    const slow = await endpoint({ timeoutMs: 400 });
    try {
      const started = performance.now();
      const response = await get(slow.sparql, SLOW);
      expect(response.status).toBe(503);
      expect(await response.text()).toMatch(/ran longer than this endpoint's limit of 0.4 s and was stopped \[E_TIMEOUT\]/);
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(await (await get(slow.sparql, 'ASK { ?s ?p ?o }')).json()).toEqual({ head: {}, boolean: true });
    } finally {
      await slow.server.close();
      await slow.runner.close();
    }
  });

  it('refuses an answer over the size cap with one line that says what to do', async () => {
    const capped = await endpoint({ maxRows: 5 });
    try {
      const response = await get(capped.sparql, 'SELECT * WHERE { ?s ?p ?o }');
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/^the answer has \d+ rows, more than this endpoint's cap of 5: add a LIMIT .*\[E_RESULT_TOO_LARGE\]\n$/);
      expect((await get(capped.sparql, 'SELECT * WHERE { ?s ?p ?o } LIMIT 5')).status).toBe(200);
      expect((await get(capped.sparql, 'CONSTRUCT WHERE { ?s ?p ?o }')).status).toBe(400);
    } finally {
      await capped.server.close();
      await capped.runner.close();
    }
  });
});
