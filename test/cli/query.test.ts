// `akhbar query` and `akhbar load` in-process: formats, parameters, and the errors a user meets.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scriptedServer, silentServer, type TestServer } from '../store/servers.js';
import { runCli } from './run-cli.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'akhbar-query-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('akhbar query', () => {
  it('prints a table over output/ by default', async () => {
    const result = await runCli('query', '@ontology/queries/statements-per-speaker.rq');
    expect(result.code).toBe(0);
    expect(result.out.split('\n')).toEqual([
      'speaker        | statements | directQuotes | indirectSpeech | partialQuotes',
      '---------------+------------+--------------+----------------+--------------',
      'Vladimir Putin |         22 |            6 |             14 |             2',
      'Donald Trump   |          4 |            1 |              2 |             1',
      '(2 rows)',
    ]);
  });

  it('binds --param and writes JSON, CSV or TSV', async () => {
    const args = ['query', '@ontology/queries/direct-quotes.rq', '--data', 'output/all.nq'];
    const json = JSON.parse((await runCli(...args, '--format', 'json')).out);
    expect(json.head.vars).toEqual(['article', 'speaker', 'quote', 'begin', 'end']);
    expect(json.results.bindings).toHaveLength(7);
    const csv = (await runCli(...args, '--format', 'csv')).out;
    expect(csv.split('\r\n')[0]).toBe('article,speaker,quote,begin,end');
    const tsv = (await runCli('query', '@ontology/queries/said-by.rq', '--param', 'person=https://w3id.org/akhbar/id/entity/Q22686', '--format', 'tsv')).out;
    expect(tsv.split('\n')).toHaveLength(5);
    expect(tsv).toContain('"مثمر للغاية"@ar');
  });

  it('prints CONSTRUCT results as Turtle, or N-Quads with --nquads', async () => {
    const construct = 'CONSTRUCT { ?e a ?k } WHERE { ?e a ?k , <http://schema.org/Event> }';
    expect((await runCli('query', construct)).out).toContain('<https://w3id.org/akhbar/id/article/alaska-summit/event/1> a schema:Event, akh:Summit.');
    expect((await runCli('query', construct, '--nquads')).out.split('\n')).toHaveLength(4);
  });

  it.each([
    [['SELECT ?x WHERE { ?x ?y }'], /SPARQL: .*\[E_SPARQL\]/, 1],
    [['@missing.rq'], /missing\.rq: cannot read the query file \[E_MISSING\]/, 1],
    [['ASK {}', '--data', 'nowhere'], /nowhere: no such file or directory \[E_MISSING\]/, 1],
    [['INSERT DATA { <urn:a> <urn:b> <urn:c> }'], /update .*\[E_USAGE\]/, 2],
    [['@ontology/queries/said-by.rq', '--param', 'who=urn:x'], /no variable \?who \[E_USAGE\]/, 2],
  ] as const)('explains %j in one line', async (args, message, code) => {
    const result = await runCli('query', ...args);
    expect(result.code).toBe(code);
    expect(result.err).toMatch(message);
  });

  it('says so when a folder holds no graphs', async () => {
    mkdirSync(join(work, 'empty'), { recursive: true });
    const result = await runCli('query', 'ASK {}', '--data', join(work, 'empty'));
    expect(result.err).toMatch(/no graph files .* run `akhbar run` first \[E_NO_DATA\]/);
  });
});

describe('akhbar load and query --endpoint, against a server that stops answering', () => {
  let servers: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
  });
  const serve = async (server: Promise<TestServer>) => {
    servers.push(await server);
    return servers.at(-1) as TestServer;
  };
  /** Two article graphs, a and b, in files of their own. */
  const twoArticles = () => {
    const dir = join(work, 'two');
    mkdirSync(dir, { recursive: true });
    for (const name of ['a', 'b']) writeFileSync(join(dir, `${name}.ttl`), `<https://example.org/article/${name}> a <http://schema.org/NewsArticle> .\n`);
    return dir;
  };

  it('ends with E_TIMEOUT, naming the server and that nothing was loaded', async () => {
    const server = await serve(silentServer());
    const started = performance.now();
    const result = await runCli('load', twoArticles(), '--endpoint', `${server.base}/sparql`, '--timeout', '0.2', '--retries', '1');
    expect(result.code).toBe(1);
    expect(result.err).toBe(`${server.base} did not answer PUT /sparql within 0.2 s (2 attempts); none of 2 graph(s) loaded [E_TIMEOUT]`);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('names the graphs the server already has when it stops answering half-way', async () => {
    // The first PUT is answered, then nothing.
    const server = await serve(scriptedServer((n, _req, res) => void (n === 1 && res.writeHead(201).end())));
    const result = await runCli('load', twoArticles(), '--endpoint', `${server.base}/sparql`, '--timeout', '0.2', '--retries', '0');
    expect(result.err).toBe(`${server.base} did not answer PUT /sparql within 0.2 s; 1 of 2 graph(s) loaded before it (<https://example.org/article/a>) [E_TIMEOUT]`);
  });

  it('says every graph went in when only the count check times out', async () => {
    const server = await serve(scriptedServer((_n, req, res) => void (req.method === 'PUT' && res.writeHead(201).end())));
    const result = await runCli('load', twoArticles(), '--endpoint', `${server.base}/sparql`, '--timeout', '0.2', '--retries', '0');
    expect(result.err).toBe(`${server.base} did not answer POST /sparql within 0.2 s; all of 2 graph(s) loaded before it (in input order, <https://example.org/article/a> to <https://example.org/article/b>) [E_TIMEOUT]`);
  });

  it('query --endpoint ends with E_TIMEOUT too', async () => {
    const server = await serve(silentServer());
    const result = await runCli('query', 'ASK {}', '--endpoint', `${server.base}/sparql`, '--timeout', '0.2', '--retries', '0');
    expect(result.code).toBe(1);
    expect(result.err).toBe(`${server.base} did not answer POST /sparql within 0.2 s [E_TIMEOUT]`);
  });
});

describe('akhbar load, without a server', () => {
  it('names a server that does not answer', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const result = await runCli('load', '--endpoint', `http://127.0.0.1:${port}/sparql`);
    expect(result.code).toBe(1);
    expect(result.err).toBe(`cannot reach http://127.0.0.1:${port}: ECONNREFUSED; none of 1 graph(s) loaded [E_UNREACHABLE]`);
  });

  it('refuses a graph that is no article, before contacting anything', async () => {
    const file = join(work, 'plain.ttl');
    writeFileSync(file, '<urn:a> <urn:b> <urn:c> .\n');
    const result = await runCli('load', file, '--endpoint', 'http://127.0.0.1:9/sparql');
    expect(result.err).toMatch(/plain\.ttl: no article .*\[E_DATA\]/);
  });

  it('takes no credentials on the command line', async () => {
    expect((await runCli('load', '--endpoint', 'http://127.0.0.1:9/sparql', '--password', 'x')).code).toBe(2);
  });

  it('refuses a --timeout or --retries that is no duration or count', async () => {
    expect((await runCli('load', '--endpoint', 'http://127.0.0.1:9/sparql', '--timeout', '0')).code).toBe(2);
    expect((await runCli('query', 'ASK {}', '--endpoint', 'http://127.0.0.1:9/sparql', '--retries', '-1')).err).toMatch(/--retries must be a whole number.*\[E_USAGE\]/);
  });

  it('requires --endpoint and shows examples in --help', async () => {
    expect((await runCli('load')).code).toBe(2);
    for (const command of ['query', 'load']) expect((await runCli(command, '--help')).out).toMatch(/Examples:/);
  });
});
