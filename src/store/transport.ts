// One HTTP exchange with a deadline for the connection and one for the server's silence, then
// retries with back-off for idempotent requests. Built on node:http because fetch cannot tell a
// server that never accepts from one that accepts and never answers.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { AkhbarError } from '../errors.js';

export interface Exchange {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: string;
}

export interface TimeoutPolicy {
  /** The longest the server may take to accept the connection. */
  connectMs: number;
  /** The longest the server may stay silent once the request is on its way (reading the answer included). */
  responseMs: number;
}

export interface RetryPolicy {
  /** Further attempts after the first, for idempotent requests only. */
  retries: number;
  /** The wait before the first retry; each further one waits twice as long. */
  backoffMs: number;
}

export const DEFAULT_TIMEOUTS: TimeoutPolicy = { connectMs: 10_000, responseMs: 30_000 };
export const DEFAULT_RETRIES: RetryPolicy = { retries: 2, backoffMs: 1_000 };

/** Why an exchange failed, so the caller can tell what is worth another attempt. */
type Failure = { kind: 'connect-timeout' | 'response-timeout'; ms: number } | { kind: 'network'; code: string };

class ExchangeFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure.kind === 'network' ? failure.code : `${failure.kind} after ${failure.ms} ms`);
  }
}

/** Statuses that say "not now": a gateway or an overloaded server. */
const TRANSIENT_STATUSES = new Set([502, 503, 504]);
/** Network errors worth another attempt; a refused connection or an unknown host is not (nothing listens there). */
const TRANSIENT_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'EAI_AGAIN', 'UND_ERR_SOCKET']);

/** Sends once: the whole answer is read before it resolves, so both deadlines cover the body too. */
function exchangeOnce(exchange: Exchange, timeouts: TimeoutPolicy): Promise<Response> {
  const { method, url, headers, body } = exchange;
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<Response>((resolve, reject) => {
    let settled = false;
    const fail = (failure: Failure): void => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      req.destroy();
      reject(new ExchangeFailure(failure));
    };
    const req = send(url, { method, headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) } });
    const connectTimer = setTimeout(() => fail({ kind: 'connect-timeout', ms: timeouts.connectMs }), timeouts.connectMs);
    req.on('socket', (socket) => {
      if (socket.connecting) socket.once('connect', () => clearTimeout(connectTimer));
      else clearTimeout(connectTimer);
    });
    // Counts from the connection (a reused one at once): any silence this long fails the exchange.
    req.setTimeout(timeouts.responseMs, () => fail({ kind: 'response-timeout', ms: timeouts.responseMs }));
    req.on('error', (error: NodeJS.ErrnoException) => fail({ kind: 'network', code: error.code ?? error.message }));
    req.on('response', (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (error: NodeJS.ErrnoException) => fail({ kind: 'network', code: error.code ?? error.message }));
      res.on('end', () => {
        if (settled) return;
        settled = true;
        resolve(toResponse(res, method === 'HEAD' ? undefined : Buffer.concat(chunks)));
      });
    });
    req.end(body);
  });
}

function toResponse(res: IncomingMessage, body: Buffer | undefined): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one);
  }
  const status = res.statusCode ?? 500;
  // A Response may not carry a body with these statuses, even an empty one.
  const bodyless = status === 204 || status === 205 || status === 304 || body === undefined || body.length === 0;
  return new Response(bodyless ? null : body, { status, statusText: res.statusMessage ?? '', headers });
}

/**
 * Sends with the deadlines (`prepare` gives each attempt its request: a Digest signature is
 * good for one); an idempotent request is tried again, after 1×, 2×, 4× … the back-off,
 * when it timed out, the connection broke, or the server said 502/503/504. The last failure is
 * thrown as E_TIMEOUT or E_UNREACHABLE, naming the server, the request and the attempts.
 */
export async function exchangeWithRetries(prepare: () => Exchange, options: { timeouts: TimeoutPolicy; retries: RetryPolicy; idempotent: boolean }): Promise<Response> {
  const attempts = options.idempotent ? options.retries.retries + 1 : 1;
  for (let attempt = 1; ; attempt++) {
    const exchange = prepare();
    try {
      const response = await exchangeOnce(exchange, options.timeouts);
      if (attempt === attempts || !TRANSIENT_STATUSES.has(response.status)) return response;
    } catch (error) {
      if (!(error instanceof ExchangeFailure)) throw error;
      const { failure } = error;
      const transient = failure.kind !== 'network' || TRANSIENT_CODES.has(failure.code);
      if (attempt === attempts || !transient) throw failureError(exchange, failure, attempt);
    }
    await sleep(options.retries.backoffMs * 2 ** (attempt - 1));
  }
}

function failureError(exchange: Exchange, failure: Failure, attempts: number): AkhbarError {
  const { origin, pathname } = exchange.url;
  const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
  if (failure.kind === 'network') return new AkhbarError('E_UNREACHABLE', `cannot reach ${origin}: ${failure.code}${tries}`);
  const seconds = failure.ms / 1000;
  const what = failure.kind === 'connect-timeout' ? `did not accept a connection within ${seconds} s` : `did not answer ${exchange.method} ${pathname} within ${seconds} s`;
  return new AkhbarError('E_TIMEOUT', `${origin} ${what}${tries}`);
}
