// An HTTP client for SPARQL servers: answers Basic and Digest challenges, and names failures.
import { AkhbarError } from '../errors.js';
import { basicAuthorization, digestAuthorization, parseChallenges, type Challenge, type Credentials } from './digest.js';
import { DEFAULT_RETRIES, DEFAULT_TIMEOUTS, exchangeWithRetries, type RetryPolicy, type TimeoutPolicy } from './transport.js';

export interface HttpRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string;
  /**
   * Safe to send again when an attempt timed out or broke: true by HTTP's rules for GET, HEAD,
   * PUT and DELETE; a POST says so itself (a SPARQL query does, an update would not).
   */
  idempotent?: boolean;
}

export interface HttpClient {
  request(request: HttpRequest): Promise<Response>;
}

/** Credentials only ever come from the environment, never from the command line. */
export function credentialsFromEnv(env: NodeJS.ProcessEnv): Credentials | undefined {
  const { AKHBAR_USER: user, AKHBAR_PASSWORD: password } = env;
  if (user === undefined && password === undefined) return undefined;
  if (!user || password === undefined) throw new AkhbarError('E_USAGE', 'set both AKHBAR_USER and AKHBAR_PASSWORD, or neither');
  return { user, password };
}

// A server may answer 401 and close the connection before it has read a large body, which fetch
// reports as a reset: above this size the challenge is fetched first with a HEAD request.
const PROBE_ABOVE = 64 * 1024;

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

export interface HttpClientOptions {
  credentials?: Credentials;
  timeouts?: Partial<TimeoutPolicy>;
  retries?: Partial<RetryPolicy>;
}

export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const { credentials } = options;
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const retries = { ...DEFAULT_RETRIES, ...options.retries };
  let challenge: Challenge | undefined;
  let nonceCount = 0;

  const authorization = (method: string, url: URL): string | undefined => {
    if (!challenge || !credentials) return undefined;
    if (challenge.scheme === 'basic') return basicAuthorization(credentials);
    return digestAuthorization(challenge, credentials, { method, uri: url.pathname + url.search, nc: ++nonceCount });
  };

  const send = async (request: HttpRequest, url: URL, withBody = true): Promise<Response> => {
    const method = withBody ? request.method : 'HEAD';
    const idempotent = request.idempotent ?? IDEMPOTENT_METHODS.has(method);
    // Each attempt signs afresh: a Digest nonce count may be used once.
    const exchange = () => {
      const auth = authorization(method, url);
      return { method, url, headers: { ...request.headers, ...(auth ? { authorization: auth } : {}) }, body: withBody ? request.body : undefined };
    };
    return exchangeWithRetries(exchange, { timeouts, retries, idempotent });
  };

  /** Takes the challenge of a 401; false when there is none Akhbar can answer. */
  const learn = (response: Response, url: URL): boolean => {
    const offered = parseChallenges(response.headers.get('www-authenticate') ?? '');
    const chosen = offered.find((c) => c.scheme === 'digest') ?? offered.find((c) => c.scheme === 'basic');
    if (!chosen) return false;
    if (!credentials) throw new AkhbarError('E_AUTH', `${url.origin}${url.pathname} asks for a login: set AKHBAR_USER and AKHBAR_PASSWORD in the environment`);
    challenge = chosen;
    nonceCount = 0;
    return true;
  };

  return {
    async request(request) {
      const url = new URL(request.url);
      if (!challenge && (request.body?.length ?? 0) > PROBE_ABOVE) {
        const probe = await send(request, url, false);
        if (probe.status === 401) learn(probe, url);
      }
      let response = await send(request, url);
      // Retry once with the challenge just learnt: the first of this client, or a fresh nonce.
      if (response.status === 401 && learn(response, url)) response = await send(request, url);
      if (response.status === 401) {
        const who = credentials ? `the login of ${credentials.user}` : 'the request without a login';
        throw new AkhbarError('E_AUTH', `${url.origin}${url.pathname} refused ${who} (401 Unauthorized): check AKHBAR_USER and AKHBAR_PASSWORD`);
      }
      return response;
    },
  };
}

/** The server's own words from an error response: HTML tags stripped, whitespace collapsed, shortened. */
export async function serverMessage(response: Response): Promise<string> {
  const text = (await response.text().catch(() => '')).replace(/<(title|head|style|script)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ');
  const message = text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
  return `${response.status} ${response.statusText}${message ? `: ${message.slice(0, 400)}` : ''}`;
}
