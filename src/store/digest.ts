// HTTP authentication headers: parsing WWW-Authenticate, Basic, and Digest (RFC 7616, RFC 2617).
import { createHash, randomBytes } from 'node:crypto';
import { AkhbarError } from '../errors.js';

export interface Challenge {
  /** Lower-cased: 'digest', 'basic', … */
  scheme: string;
  params: Record<string, string>;
}

export interface Credentials {
  user: string;
  password: string;
}

const PART = /\s*,?\s*([!#$%&'*+.^_`|~\w-]+)(?:\s*=\s*("(?:[^"\\]|\\.)*"|[^\s,]*))?/gy;

/** Every challenge of a WWW-Authenticate value (several may share one header, comma-separated). */
export function parseChallenges(header: string): Challenge[] {
  const challenges: Challenge[] = [];
  PART.lastIndex = 0;
  for (let match = PART.exec(header); match && match[0] !== ''; match = PART.exec(header)) {
    const [, name, value] = match as unknown as [string, string, string | undefined];
    const current = challenges.at(-1);
    if (value === undefined || !current) challenges.push({ scheme: name.toLowerCase(), params: {} });
    else current.params[name.toLowerCase()] = value.startsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value;
  }
  return challenges;
}

export function basicAuthorization({ user, password }: Credentials): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

const HASHES: Record<string, string> = { 'md5': 'md5', 'md5-sess': 'md5', 'sha-256': 'sha256', 'sha-256-sess': 'sha256' };

export interface DigestRequest {
  method: string;
  /** The request target as sent: path and query. */
  uri: string;
  /** How many requests this nonce has signed, this one included. */
  nc: number;
  /** Chosen by the client; random when not given (tests fix it). */
  cnonce?: string;
}

/** The Authorization value answering a Digest challenge, with qop=auth when the server offers it. */
export function digestAuthorization(challenge: Challenge, credentials: Credentials, request: DigestRequest): string {
  const { realm = '', nonce = '', opaque, qop: offered } = challenge.params;
  const algorithm = challenge.params.algorithm ?? 'MD5';
  const hashName = HASHES[algorithm.toLowerCase()];
  if (!hashName) throw new AkhbarError('E_AUTH', `the server asks for Digest with ${algorithm}, which Akhbar does not speak (MD5, SHA-256 and their -sess forms)`);
  const hash = (text: string): string => createHash(hashName).update(text, 'utf8').digest('hex');
  const qops = offered?.split(',').map((q) => q.trim()) ?? [];
  if (offered !== undefined && !qops.includes('auth')) throw new AkhbarError('E_AUTH', `the server asks for Digest with qop=${offered}; Akhbar speaks qop=auth`);
  const cnonce = request.cnonce ?? randomBytes(16).toString('hex');
  const nc = request.nc.toString(16).padStart(8, '0');
  let ha1 = hash(`${credentials.user}:${realm}:${credentials.password}`);
  if (algorithm.toLowerCase().endsWith('-sess')) ha1 = hash(`${ha1}:${nonce}:${cnonce}`);
  const ha2 = hash(`${request.method}:${request.uri}`);
  const response = offered !== undefined ? hash(`${ha1}:${nonce}:${nc}:${cnonce}:auth:${ha2}`) : hash(`${ha1}:${nonce}:${ha2}`);
  const quote = (text: string): string => `"${text.replace(/(["\\])/g, '\\$1')}"`;
  const fields = [`username=${quote(credentials.user)}`, `realm=${quote(realm)}`, `nonce=${quote(nonce)}`, `uri=${quote(request.uri)}`, `algorithm=${algorithm}`, `response=${quote(response)}`];
  if (offered !== undefined) fields.push('qop=auth', `nc=${nc}`, `cnonce=${quote(cnonce)}`);
  if (opaque !== undefined) fields.push(`opaque=${quote(opaque)}`);
  return `Digest ${fields.join(', ')}`;
}
