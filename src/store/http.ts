// An HTTP client for SPARQL servers: answers Basic and Digest challenges, and names failures.
import { AkhbarError } from '../errors.js';
import { basicAuthorization, digestAuthorization, parseChallenges, type Challenge, type Credentials } from './digest.js';

export interface HttpRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string;
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

export function createHttpClient(options: { credentials?: Credentials; timeoutMs?: number } = {}): HttpClient {
  const { credentials, timeoutMs = 300_000 } = options;
  let challenge: Challenge | undefined;
  let nonceCount = 0;

  const authorization = (method: string, url: URL): string | undefined => {
    if (!challenge || !credentials) return undefined;
    if (challenge.scheme === 'basic') return basicAuthorization(credentials);
    return digestAuthorization(challenge, credentials, { method, uri: url.pathname + url.search, nc: ++nonceCount });
  };

  const send = async (request: HttpRequest, url: URL, withBody = true): Promise<Response> => {
    const auth = authorization(request.method, url);
    try {
      return await fetch(url, {
        method: withBody ? request.method : 'HEAD',
        headers: { ...request.headers, ...(auth ? { authorization: auth } : {}) },
        body: withBody ? request.body : undefined,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (cause) {
      const reason = (cause as { cause?: { code?: string; message?: string } }).cause;
      const why = (cause as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (reason?.code ?? reason?.message ?? (cause as Error).message);
      throw new AkhbarError('E_UNREACHABLE', `cannot reach ${url.origin}: ${why}`, { cause });
    }
  };

  /** Takes the challenge of a 401; false when there is none Akhbar can answer. */
  const learn = (response: Response): boolean => {
    const offered = parseChallenges(response.headers.get('www-authenticate') ?? '');
    const chosen = offered.find((c) => c.scheme === 'digest') ?? offered.find((c) => c.scheme === 'basic');
    if (!chosen) return false;
    if (!credentials) throw new AkhbarError('E_AUTH', `${response.url.split('?')[0]} asks for a login: set AKHBAR_USER and AKHBAR_PASSWORD in the environment`);
    challenge = chosen;
    nonceCount = 0;
    return true;
  };

  return {
    async request(request) {
      const url = new URL(request.url);
      if (!challenge && (request.body?.length ?? 0) > PROBE_ABOVE) {
        const probe = await send(request, url, false);
        if (probe.status === 401) learn(probe);
      }
      let response = await send(request, url);
      // Retry once with the challenge just learnt: the first of this client, or a fresh nonce.
      if (response.status === 401 && learn(response)) response = await send(request, url);
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
