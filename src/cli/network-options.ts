// The options of every command that talks to a server: how long to wait, how often to try again.
import type { Argv } from 'yargs';
import { AkhbarError } from '../errors.js';
import { createHttpClient, credentialsFromEnv, type HttpClient } from '../store/http.js';
import { DEFAULT_RETRIES, DEFAULT_TIMEOUTS } from '../store/transport.js';

export interface NetworkArgs {
  timeout: number;
  retries: number;
}

/** The connection itself must come within this, or within --timeout when that is shorter. */
const CONNECT_SECONDS = DEFAULT_TIMEOUTS.connectMs / 1000;

export function withNetworkOptions<T>(y: Argv<T>): Argv<T & NetworkArgs> {
  return y
    .option('timeout', { type: 'number', default: DEFAULT_TIMEOUTS.responseMs / 1000, describe: `Seconds the server may stay silent before the request fails with E_TIMEOUT (the connection itself: ${CONNECT_SECONDS} s at most)` })
    .option('retries', { type: 'number', default: DEFAULT_RETRIES.retries, describe: 'Further attempts, after 1 s, 2 s, 4 s …, of a request that timed out or broke (reads and graph PUTs, which are safe to repeat)' }) as Argv<T & NetworkArgs>;
}

/** The client for these options, with the login from the environment. */
export function networkClient(args: NetworkArgs): HttpClient {
  if (!(args.timeout > 0)) throw new AkhbarError('E_USAGE', `--timeout must be a positive number of seconds, got ${args.timeout}`);
  if (!Number.isInteger(args.retries) || args.retries < 0) throw new AkhbarError('E_USAGE', `--retries must be a whole number, 0 or more, got ${args.retries}`);
  const responseMs = args.timeout * 1000;
  return createHttpClient({
    credentials: credentialsFromEnv(process.env),
    timeouts: { responseMs, connectMs: Math.min(responseMs, DEFAULT_TIMEOUTS.connectMs) },
    retries: { retries: args.retries },
  });
}
