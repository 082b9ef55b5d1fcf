// Deadlines and retries of the HTTP client, against servers that misbehave on purpose.
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/store/http.js';
import { putGraph } from '../../src/store/graph-store.js';
import { queryEndpoint } from '../../src/store/remote.js';
import { scriptedServer, silentServer, unacceptingPort, type TestServer } from './servers.js';

const quick = (retries = 0, backoffMs = 20) => createHttpClient({ timeouts: { connectMs: 300, responseMs: 300 }, retries: { retries, backoffMs } });
const TRIPLE = '<urn:a> <urn:b> <urn:c> .\n';

let open: TestServer[] = [];
const serve = async (server: Promise<TestServer>): Promise<TestServer> => {
  const started = await server;
  open.push(started);
  return started;
};
afterEach(async () => {
  await Promise.all(open.map((s) => s.close()));
  open = [];
});

describe('deadlines', () => {
  it('gives up on a server that accepts and never answers, naming it and the request', async () => {
    const server = await serve(silentServer());
    const started = performance.now();
    await expect(putGraph(quick(), `${server.base}/store`, 'urn:g', TRIPLE)).rejects.toMatchObject({ code: 'E_TIMEOUT', message: `${server.base} did not answer PUT /store within 0.3 s` });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('gives up on an answer that stops half-way', async () => {
    const server = await serve(scriptedServer((_n, _req, res) => res.writeHead(200, { 'content-type': 'application/sparql-results+json' }).write('{"head": {"vars": [')));
    await expect(queryEndpoint(quick(), `${server.base}/sparql`, 'SELECT * WHERE { ?s ?p ?o }')).rejects.toMatchObject({ code: 'E_TIMEOUT', message: `${server.base} did not answer POST /sparql within 0.3 s` });
  });

  it('gives up on a server that never accepts the connection', async () => {
    const port = await unacceptingPort();
    try {
      await expect(putGraph(quick(), `${port.base}/store`, 'urn:g', TRIPLE)).rejects.toMatchObject({ code: 'E_TIMEOUT', message: `${port.base} did not accept a connection within 0.3 s` });
    } finally {
      port.close();
    }
  });

  it('lets a slow server answer within the deadline', async () => {
    const server = await serve(scriptedServer((_n, _req, res) => setTimeout(() => res.writeHead(201).end(), 100)));
    await expect(putGraph(quick(), `${server.base}/store`, 'urn:g', TRIPLE)).resolves.toBeUndefined();
  });
});

describe('retries', () => {
  it('sends an idempotent request again after a timeout, waiting longer each time', async () => {
    const server = await serve(silentServer());
    await expect(putGraph(quick(2, 50), `${server.base}/store`, 'urn:g', TRIPLE)).rejects.toMatchObject({ code: 'E_TIMEOUT', message: expect.stringMatching(/within 0\.3 s \(3 attempts\)$/) });
    expect(server.seen).toEqual(['connection', 'connection', 'connection']);
  });

  it('tries again on 503 and on a reset connection, and takes the answer that comes', async () => {
    const server = await serve(
      scriptedServer((n, req, res) => {
        if (n === 1) return res.writeHead(503).end();
        if (n === 2) return req.socket.destroy();
        res.writeHead(201).end();
      }),
    );
    await expect(putGraph(quick(3, 40), `${server.base}/store`, 'urn:g', TRIPLE)).resolves.toBeUndefined();
    expect(server.seen).toHaveLength(3);
    const times = server.seen.map((line) => Number(line.split(' ')[2]));
    // Back-off: 40 ms, then 80 ms (the clock of the server, less its own latency).
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(35);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(75);
  });

  it('a SPARQL query is a read, so it is retried too', async () => {
    const server = await serve(scriptedServer((n, _req, res) => (n === 1 ? res.writeHead(503).end() : res.writeHead(200, { 'content-type': 'application/sparql-results+json' }).end('{"head":{},"boolean":true}'))));
    await expect(queryEndpoint(quick(1), `${server.base}/sparql`, 'ASK {}')).resolves.toEqual({ kind: 'boolean', value: true });
    expect(server.seen).toHaveLength(2);
  });

  it('never repeats a POST that does not say it is safe to', async () => {
    const server = await serve(scriptedServer((_n, req) => req.socket.destroy()));
    await expect(quick(3).request({ method: 'POST', url: `${server.base}/update`, body: 'x' })).rejects.toMatchObject({ code: 'E_UNREACHABLE', message: `cannot reach ${server.base}: ECONNRESET` });
    expect(server.seen).toHaveLength(1);
  });

  it('does not retry a refused connection: nothing listens there', async () => {
    const server = await serve(silentServer());
    const { base } = server;
    await server.close();
    open = [];
    await expect(putGraph(quick(3, 2_000), `${base}/store`, 'urn:g', TRIPLE)).rejects.toMatchObject({ code: 'E_UNREACHABLE', message: `cannot reach ${base}: ECONNREFUSED` });
  });
});
