// HTTP authentication: the RFC 7616 example, and Digest and Basic against a loopback test server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { digestAuthorization, parseChallenges } from '../../src/store/digest.js';
import { createHttpClient, credentialsFromEnv } from '../../src/store/http.js';
import { deleteGraph, putGraph } from '../../src/store/graph-store.js';

describe('Digest, by the book', () => {
  // RFC 7616, section 3.9.1.
  const header = 'Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=MD5, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"';
  const credentials = { user: 'Mufasa', password: 'Circle of Life' };
  const request = { method: 'GET', uri: '/dir/index.html', nc: 1, cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ' };

  it('reads the challenge', () => {
    expect(parseChallenges(header)).toEqual([
      { scheme: 'digest', params: { realm: 'http-auth@example.org', qop: 'auth, auth-int', algorithm: 'MD5', nonce: '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v', opaque: 'FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS' } },
    ]);
  });

  it('computes the response of the RFC example with MD5 and with SHA-256', () => {
    const [challenge] = parseChallenges(header);
    expect(digestAuthorization(challenge!, credentials, request)).toContain('response="8ca523f5e9506fed4657c9700eebdbec"');
    const sha = { ...challenge!, params: { ...challenge!.params, algorithm: 'SHA-256' } };
    expect(digestAuthorization(sha, credentials, request)).toContain('response="753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"');
  });

  it('writes qop, nc, cnonce and opaque as the RFC does', () => {
    const value = digestAuthorization(parseChallenges(header)[0]!, credentials, request);
    expect(value).toMatch(/^Digest username="Mufasa", realm="http-auth@example.org", nonce="7ypf\/.*", uri="\/dir\/index.html", algorithm=MD5, response="[0-9a-f]{32}", qop=auth, nc=00000001, cnonce="f2\/.*", opaque="FQhe\/.*"$/);
  });

  it('reads several challenges in one header', () => {
    expect(parseChallenges('Basic realm="a, b", Digest realm="SPARQL", nonce="n", qop="auth"').map((c) => [c.scheme, c.params.realm])).toEqual([
      ['basic', 'a, b'],
      ['digest', 'SPARQL'],
    ]);
  });

  it('refuses what it cannot answer', () => {
    const only = (params: Record<string, string>) => () => digestAuthorization({ scheme: 'digest', params: { realm: 'r', nonce: 'n', ...params } }, credentials, request);
    expect(only({ algorithm: 'SHA-512-256' })).toThrow(expect.objectContaining({ code: 'E_AUTH' }));
    expect(only({ qop: 'auth-int' })).toThrow(expect.objectContaining({ code: 'E_AUTH' }));
  });
});

/** A Graph Store stand-in on 127.0.0.1 that checks Digest (MD5, qop=auth) or Basic by itself. */
function testServer(): { server: Server; seen: string[] } {
  const seen: string[] = [];
  const md5 = (text: string) => createHash('md5').update(text).digest('hex');
  let nonce = 'first-nonce';
  let served = 0;
  const challenge = (res: ServerResponse, stale = false) => {
    res.writeHead(401, { 'www-authenticate': `Digest realm="test", nonce="${nonce}", qop="auth", algorithm="MD5", opaque="op", stale="${stale}"` }).end();
  };
  const digestValid = (req: IncomingMessage): 'ok' | 'stale' | 'bad' => {
    const header = req.headers.authorization ?? '';
    if (!header.startsWith('Digest ')) return 'bad';
    const f = Object.fromEntries([...header.matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]*))/g)].map((m) => [m[1], m[2] ?? m[3]]));
    const expected = md5(`${md5(`${f.username}:test:secret`)}:${f.nonce}:${f.nc}:${f.cnonce}:auth:${md5(`${req.method}:${req.url}`)}`);
    if (f.username !== 'dba' || f.response !== expected || f.uri !== req.url || f.opaque !== 'op') return 'bad';
    return f.nonce === nonce ? 'ok' : 'stale';
  };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push(`${req.method} ${req.url} ${req.headers.authorization?.split(' ')[0] ?? '-'} ${body.length}`);
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/basic') {
        const ok = req.headers.authorization === `Basic ${Buffer.from('dba:secret').toString('base64')}`;
        return ok ? res.writeHead(204).end() : res.writeHead(401, { 'www-authenticate': 'Basic realm="test"' }).end();
      }
      if (path === '/reject') return res.writeHead(400, { 'content-type': 'text/html' }).end('<html><head><title>Error</title></head><body><h1>400</h1><xmp>Turtle parse error at line 1</xmp></body></html>');
      if (path === '/open') return res.writeHead(201).end();
      const check = digestValid(req);
      if (check === 'bad') return challenge(res);
      if (check === 'stale') return challenge(res, true);
      served += 1;
      // Every third request the server moves to a new nonce, as servers do when one expires.
      if (served % 3 === 0) nonce = `nonce-${served}`;
      res.writeHead(req.method === 'PUT' ? 201 : 200).end();
    });
  });
  return { server, seen };
}

describe('the HTTP client against a loopback server', () => {
  let server: Server;
  let seen: string[];
  let base: string;
  const credentials = { user: 'dba', password: 'secret' };

  beforeAll(async () => {
    ({ server, seen } = testServer());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('puts graphs with Digest, following new nonces, one challenge per client', async () => {
    const client = createHttpClient({ credentials });
    seen.length = 0;
    for (let i = 0; i < 5; i++) await putGraph(client, `${base}/store`, `urn:graph:${i}`, '<urn:a> <urn:b> "ب" .\n');
    expect(seen.filter((s) => s.includes('Digest') && s.startsWith('PUT'))).toHaveLength(6);
    expect(seen[0]).toMatch(/^PUT \/store\?graph=urn%3Agraph%3A0 - 22$/);
  });

  it('asks for the challenge with HEAD before sending a large body', async () => {
    const client = createHttpClient({ credentials });
    seen.length = 0;
    await putGraph(client, `${base}/store`, 'urn:big', '<urn:a> <urn:b> "x" .\n'.repeat(5000));
    expect(seen.map((s) => s.split(' ').slice(0, 1).concat(s.split(' ').slice(2)).join(' '))).toEqual(['HEAD - 0', 'PUT Digest 110000']);
  });

  it('answers Basic when that is all the server offers', async () => {
    const response = await createHttpClient({ credentials }).request({ method: 'GET', url: `${base}/basic` });
    expect(response.status).toBe(204);
  });

  it('says the login was refused when the password is wrong', async () => {
    const client = createHttpClient({ credentials: { user: 'dba', password: 'wrong' } });
    await expect(putGraph(client, `${base}/store`, 'urn:g', '')).rejects.toMatchObject({ code: 'E_AUTH', message: expect.stringContaining('refused the login of dba') });
  });

  it('says a login is needed when none is set', async () => {
    await expect(putGraph(createHttpClient(), `${base}/store`, 'urn:g', '')).rejects.toMatchObject({ code: 'E_AUTH', message: expect.stringContaining('set AKHBAR_USER and AKHBAR_PASSWORD') });
  });

  it('passes on the server message of a rejected payload', async () => {
    await expect(putGraph(createHttpClient(), `${base}/reject`, 'urn:g', 'garbage')).rejects.toMatchObject({ code: 'E_REJECTED', message: expect.stringMatching(/rejected the graph <urn:g>: 400 Bad Request: 400 Turtle parse error at line 1$/) });
    await expect(deleteGraph(createHttpClient(), `${base}/reject`, 'urn:g')).rejects.toMatchObject({ code: 'E_REJECTED' });
  });

  it('needs no login where the server asks none', async () => {
    await expect(putGraph(createHttpClient({ credentials }), `${base}/open`, 'urn:g', '<urn:a> <urn:b> <urn:c> .\n')).resolves.toBeUndefined();
  });

  it('names an unreachable server', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(putGraph(createHttpClient(), `http://127.0.0.1:${port}/store`, 'urn:g', '')).rejects.toMatchObject({ code: 'E_UNREACHABLE', message: `cannot reach http://127.0.0.1:${port}: ECONNREFUSED` });
  });
});

describe('credentials', () => {
  it('come from AKHBAR_USER and AKHBAR_PASSWORD, both or neither', () => {
    expect(credentialsFromEnv({})).toBeUndefined();
    expect(credentialsFromEnv({ AKHBAR_USER: 'dba', AKHBAR_PASSWORD: 's' })).toEqual({ user: 'dba', password: 's' });
    expect(() => credentialsFromEnv({ AKHBAR_USER: 'dba' })).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
  });
});
