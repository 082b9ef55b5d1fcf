// `akhbar load` streams graphs to a Graph Store one at a time: a corpus file in any order and
// size, gzipped or not, checked before anything is sent; a server that refuses or goes away
// mid-load ends it with one line saying which graphs it has.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { runCli } from '../cli/run-cli.js';
import { archiveJsonLines } from '../fixtures/archive.js';
import { graphStoreServer, type TestServer } from './servers.js';

let work: string;
let corpus: string;
let nquads: string;
let servers: TestServer[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'akhbar-load-'));
  writeFileSync(join(work, 'archive.jsonl'), archiveJsonLines());
  expect((await runCli('run', join(work, 'archive.jsonl'), '--out', join(work, 'out'), '--jobs', '1', '--gzip', '--quiet')).code).toBe(0);
  corpus = join(work, 'out', 'all.nq.gz');
  nquads = gunzipSync(readFileSync(corpus)).toString('utf8');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function serve(fail?: Parameters<typeof graphStoreServer>[0]) {
  const server = await graphStoreServer(fail);
  servers.push(server);
  return server;
}
const load = (server: TestServer, ...args: string[]) => runCli('load', ...args, '--endpoint', `${server.base}/sparql`, '--graph-store', `${server.base}/store`, '--retries', '0', '--timeout', '5');
/** Sorted lines; Oxigraph keeps xsd:nonNegativeInteger offsets as xsd:integer. */
const lines = (text: string) => text.replaceAll('XMLSchema#nonNegativeInteger', 'XMLSchema#integer').split('\n').filter((l) => l !== '').sort();
const ARTICLES = 7;

describe('akhbar load, streaming', () => {
  it('loads gzipped N-Quads graph by graph, each once, and the server then holds exactly the file', async () => {
    const server = await serve();
    const result = await load(server, corpus);
    expect(result.err).toBe('');
    expect(server.seen.filter((r) => r.startsWith('PUT'))).toHaveLength(ARTICLES);
    const triples = nquads.split('\n').length - 1;
    expect(result.out).toMatch(new RegExp(`${ARTICLES} graph\\(s\\) loaded into .*: ${triples} triples sent, ${triples} stored \\(`));
    expect(lines(server.store.dump({ format: 'application/n-quads' }))).toEqual(lines(nquads));
  });

  it('loads the same again to the same store: a reload replaces, never adds', async () => {
    const server = await serve();
    await load(server, corpus);
    const first = server.store.dump({ format: 'application/n-quads' });
    expect((await load(server, corpus)).code).toBe(0);
    expect(server.store.dump({ format: 'application/n-quads' })).toBe(first);
  });

  it('sends a graph the input gives in two pieces with PUT then POST, and counts it once whole', async () => {
    const all = nquads.split('\n').filter((l) => l !== '');
    const [first] = all;
    const graph = /<([^>]+)> \.$/.exec(first ?? '')?.[1] as string;
    const own = all.filter((l) => l.endsWith(`<${graph}> .`));
    // The article's lines, then another's, then the rest of the article's.
    const other = all.filter((l) => !l.endsWith(`<${graph}> .`));
    const split = join(work, 'split.nq');
    writeFileSync(split, [...own.slice(0, 10), ...other, ...own.slice(10), ''].join('\n'));
    const server = await serve();
    const result = await load(server, split);
    expect(result.out).toContain(`<${graph}>: ${own.length} triples sent in 2 parts, ${own.length} stored`);
    expect(server.seen.filter((r) => r.startsWith('POST /store'))).toHaveLength(1);
    expect(lines(server.store.dump({ format: 'application/n-quads' }))).toEqual(lines(nquads));
  });

  it('sends a run folder’s graphs once: its N-Quads, not the per-article files beside them', async () => {
    const server = await serve();
    const result = await load(server, 'output');
    expect(result.out).toMatch(/<https:\/\/w3id.org\/akhbar\/id\/article\/alaska-summit>: (\d+) triples sent, \1 stored/);
    expect(server.seen.filter((r) => r.startsWith('PUT'))).toHaveLength(1);
  });

  it('refuses a file it cannot read before it sends anything', async () => {
    const dir = join(work, 'bad');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.nq'), nquads);
    writeFileSync(join(dir, 'b.nq'), '<https://example.org/s> <https://example.org/p> "unterminated .\n');
    const server = await serve();
    const result = await load(server, dir);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/b\.nq: .*\[E_RDF_SYNTAX\]$/);
    expect(server.seen).toEqual([]);
  });

  it('ends with one line naming the graphs the server has when it refuses one mid-load', async () => {
    const server = await serve((n, method, res) => n === 4 && method === 'PUT' && (res.writeHead(503).end('Service Unavailable: disk full'), true));
    const result = await load(server, corpus);
    expect(result.code).toBe(1);
    expect(result.err.split('\n')).toHaveLength(1);
    expect(result.err).toMatch(/rejected the graph <https:\/\/w3id\.org\/akhbar\/id\/article\/ARC-4>: 503 .*disk full; 3 of 7 graph\(s\) loaded before it \(in input order, <https:\/\/w3id\.org\/akhbar\/id\/article\/ARC-1> to <https:\/\/w3id\.org\/akhbar\/id\/article\/ARC-3>\) \[E_REJECTED\]$/);
  });

  it('ends with one line naming the graphs the server has when it goes away mid-load', async () => {
    const server = await serve((n, _method, res) => {
      if (n !== 3) return false;
      res.socket?.destroy();
      void servers.at(-1)?.close();
      return true;
    });
    const result = await load(server, corpus);
    expect(result.code).toBe(1);
    expect(result.err.split('\n')).toHaveLength(1);
    expect(result.err).toMatch(/; 2 of 7 graph\(s\) loaded before it \(in input order, <https:\/\/w3id\.org\/akhbar\/id\/article\/ARC-1> to <https:\/\/w3id\.org\/akhbar\/id\/article\/ARC-2>\) \[E_UNREACHABLE\]$/);
  });
});
