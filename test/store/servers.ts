// Servers on 127.0.0.1 for the network tests: silent, stalling, refusing to accept, and a small real one.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import oxigraph from 'oxigraph';

export interface TestServer {
  base: string;
  /** One line per request or connection, as the server saw it. */
  seen: string[];
  close(): Promise<void>;
}

async function listening(server: Server, seen: string[], sockets: Set<Socket>): Promise<TestServer> {
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Accepts every connection, reads what it is sent, and never answers. */
export function silentServer(): Promise<TestServer> {
  const seen: string[] = [];
  const server = createServer((socket) => {
    seen.push('connection');
    socket.on('data', () => undefined);
  });
  return listening(server, seen, new Set());
}

/**
 * An HTTP server that hands each request to `answer` with its number (from 1); an answer that
 * returns without ending the response leaves the client waiting.
 */
export function scriptedServer(answer: (n: number, req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<TestServer> {
  const seen: string[] = [];
  const server = createHttpServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push(`${req.method} ${req.url} ${performance.now().toFixed(0)}`);
      answer(seen.length, req, res, body);
    });
  });
  return listening(server, seen, new Set());
}

/**
 * A port whose server accepts nothing more: a child process listens with a backlog of one and is
 * stopped, and two connections fill its queue, so the kernel drops every further SYN.
 */
export async function unacceptingPort(): Promise<{ base: string; close(): void }> {
  const child: ChildProcess = spawn(process.execPath, ['-e', "require('net').createServer().listen({ port: 0, host: '127.0.0.1', backlog: 1 }, function () { console.log(this.address().port) })"], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve) => child.stdout?.once('data', (data) => resolve(Number(String(data)))));
  child.kill('SIGSTOP');
  const fillers: Socket[] = [];
  for (let i = 0; i < 2; i++) {
    const socket = connect(port, '127.0.0.1');
    fillers.push(socket);
    await new Promise((resolve) => socket.once('connect', resolve));
  }
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => {
      for (const socket of fillers) socket.destroy();
      child.kill('SIGKILL');
    },
  };
}

/**
 * A small SPARQL 1.1 server in memory (Oxigraph): the Graph Store Protocol's PUT, POST and DELETE
 * on `/store?graph=…`, queries on `/sparql`. `fail(n, method)` may answer request n itself (an
 * error, or nothing) instead: a server that refuses or goes away mid-load.
 */
export async function graphStoreServer(fail?: (n: number, method: string, res: ServerResponse) => boolean): Promise<TestServer & { store: oxigraph.Store }> {
  const store = new oxigraph.Store();
  const server = await scriptedServer((n, req, res, body) => {
    if (fail?.(n, req.method ?? '', res)) return;
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/sparql') {
      const query = new URLSearchParams(body).get('query') ?? '';
      res.writeHead(200, { 'content-type': 'application/sparql-results+json' }).end(store.query(query, { use_default_graph_as_union: true, results_format: 'application/sparql-results+json' }) as string);
      return;
    }
    const graph = oxigraph.namedNode(url.searchParams.get('graph') ?? '');
    if (req.method === 'PUT' || req.method === 'DELETE') store.update(`DROP SILENT GRAPH <${graph.value}>`);
    if (req.method === 'PUT' || req.method === 'POST') store.load(body, { format: 'application/n-triples', to_graph_name: graph });
    res.writeHead(req.method === 'DELETE' ? 200 : 201).end();
  });
  return { ...server, store };
}
