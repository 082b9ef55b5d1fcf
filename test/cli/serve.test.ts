// `akhbar serve` as a user starts it: the compiled command in its own process, on loopback unless
// --host says otherwise, answering until it is told to stop, then exiting 0.
import { describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { runCli } from './run-cli.js';

const BIN = 'dist/cli/bin.js';

/** Starts the command and waits for the line that gives the endpoint's URL. */
function serve(...args: string[]): Promise<{ child: ChildProcess; sparql: string; out: () => string }> {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /SPARQL {2}(http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ child, sparql: url, out: () => out });
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`akhbar serve exited with ${code} before it was ready:\n${out}`)));
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

describe('akhbar serve', () => {
  it('listens on 127.0.0.1 by default, answers queries and pages, and exits 0 on SIGTERM', async () => {
    const { child, sparql, out } = await serve('output', '--port', '0');
    try {
      expect(sparql).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sparql$/);
      expect(out()).toMatch(/^1 article\(s\), [\d,]+ triples in 1 graph\(s\)/);
      const response = await fetch(`${sparql}?query=${encodeURIComponent('ASK { ?s a <http://schema.org/NewsArticle> }')}`);
      expect(await response.json()).toEqual({ head: {}, boolean: true });
      expect((await fetch(sparql.replace(/sparql$/, ''))).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited(child)).toBe(0);
    expect(out()).toMatch(/sparql 200 application\/sparql-results\+json 1 \(\d+ ms\)/);
  });

  it('binds another address only when --host names it', async () => {
    const { child, sparql } = await serve('output', '--port', '0', '--host', '127.0.0.2');
    child.kill('SIGTERM');
    expect(sparql).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/sparql$/);
    expect(await exited(child)).toBe(0);
  });

  it('says in one line that the port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const result = await runCli('serve', 'output', '--port', String(port));
      expect(result.code).toBe(2);
      expect(result.err).toMatch(new RegExp(`cannot listen on 127.0.0.1:${port}: the port is taken .*\\[E_USAGE\\]`));
    } finally {
      taken.close();
    }
  });

  it.each([
    [['--port', '70000'], /--port must be a whole number from 0 to 65535/],
    [['--timeout', '0'], /--timeout must be a number above 0/],
    [['--max-rows', '1.5'], /--max-rows must be a number above 0/],
  ])('refuses %j', async (args, message) => {
    const result = await runCli('serve', 'output', ...args);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });
});
