// The HTTP server of `akhbar serve`: the SPARQL 1.1 Protocol at /sparql (read-only), the pages of
// `akhbar view` everywhere else, from memory. Every failure is one line of text with its status.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync, gzipSync } from 'node:zlib';
import { isAkhbarError } from '../errors.js';
import { HttpError, readSparqlRequest } from './protocol.js';
import type { QueryRunner } from './query-runner.js';
import { serviceDescription } from './service-description.js';

export const SPARQL_PATH = '/sparql';
const MAX_BODY_BYTES = 1 << 20;

/** Where an error of the query lands, as an HTTP status. */
const STATUS: Record<string, number> = { E_SPARQL: 400, E_RESULT_TOO_LARGE: 400, E_USAGE: 403, E_TIMEOUT: 503, E_BUSY: 503 };

export interface Page {
  type: string;
  gzipped: Buffer;
}

/** The site's files, compressed once: a corpus's pages are served from memory, not re-rendered. */
export function pageStore(): { add(path: string, content: string): void; pages: Map<string, Page> } {
  const pages = new Map<string, Page>();
  const types: Record<string, string> = { html: 'text/html', css: 'text/css', js: 'text/javascript' };
  return {
    pages,
    add(path, content) {
      const type = types[path.slice(path.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
      pages.set(`/${path}`, { type: `${type}; charset=utf-8`, gzipped: gzipSync(content) });
    },
  };
}

export interface ServerOptions {
  host: string;
  port: number;
  runner: QueryRunner;
  /** Rows of a SELECT, or triples of a CONSTRUCT or DESCRIBE, that one answer may hold. */
  maxRows: number;
  pages: ReadonlyMap<string, Page>;
  /** Called once a SPARQL request is answered, for the log. */
  onQuery?(entry: { status: number; type?: string; size?: number; ms: number; error?: string }): void;
}

export interface RunningServer {
  /** http://host:port, the port the system gave when 0 was asked. */
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const server = createServer((request, response) => {
    void handle(request, response, options).catch((error: unknown) => send(response, 500, `internal error: ${(error as Error).message}`));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, options: ServerOptions): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  // Any origin may read: the data is public and the endpoint only reads (YASGUI runs in a browser).
  response.setHeader('access-control-allow-origin', '*');
  if (request.method === 'OPTIONS') {
    response.writeHead(204, { 'access-control-allow-methods': 'GET, HEAD, POST, OPTIONS', 'access-control-allow-headers': 'content-type, accept', 'access-control-max-age': '86400' });
    response.end();
    return;
  }
  if (url.pathname === SPARQL_PATH) return sparql(request, response, url, options);
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, `${request.method} is not allowed here: the pages are read-only`, { allow: 'GET, HEAD, OPTIONS' });
  const page = options.pages.get(url.pathname === '/' ? '/index.html' : decodePath(url.pathname));
  if (!page) return send(response, 404, `no page at ${url.pathname}; the index is at /`);
  const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  const body = gzip ? page.gzipped : gunzipSync(page.gzipped);
  response.writeHead(200, { 'content-type': page.type, 'content-length': body.length, vary: 'accept-encoding', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
  response.end(request.method === 'HEAD' ? undefined : body);
}

async function sparql(request: IncomingMessage, response: ServerResponse, url: URL, options: ServerOptions): Promise<void> {
  const started = performance.now();
  const log = (entry: { status: number; type?: string; size?: number; error?: string }) => options.onQuery?.({ ...entry, ms: performance.now() - started });
  try {
    const body = request.method === 'POST' ? await readBody(request) : '';
    const parsed = readSparqlRequest({ method: request.method ?? 'GET', url, contentType: request.headers['content-type'], body });
    if (parsed.kind === 'description') {
      // The Host header names the endpoint as the client reached it; anything that is not a host is not used.
      const host = /^[A-Za-z0-9.:[\]-]+$/.test(request.headers.host ?? '') ? request.headers.host : 'localhost';
      send(response, 200, serviceDescription(`http://${host}${SPARQL_PATH}`), { 'content-type': 'text/turtle; charset=utf-8' });
      return;
    }
    const answer = await options.runner.run({ query: parsed.query, dataset: parsed.dataset, accept: request.headers.accept, maxRows: options.maxRows });
    response.writeHead(answer.status, { 'content-type': answer.contentType, 'content-length': Buffer.byteLength(answer.body), vary: 'accept', 'cache-control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : answer.body);
    log({ status: answer.status, type: answer.contentType, size: answer.size });
  } catch (error) {
    const status = error instanceof HttpError ? error.status : isAkhbarError(error) ? (STATUS[error.code] ?? 500) : 500;
    const message = isAkhbarError(error) ? `${error.message} [${error.code}]` : (error as Error).message;
    send(response, status, message, error instanceof HttpError ? error.headers : {});
    log({ status, error: message });
  }
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the rest is read and dropped, so that the 413 still reaches the client.
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => {
      if (size > MAX_BODY_BYTES) reject(new HttpError(413, `the request body is over ${MAX_BODY_BYTES} bytes`));
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const body = text.endsWith('\n') ? text : `${text}\n`;
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers });
  response.end(body);
}
