// A Virtuoso of the test's own (scripts/virtuoso/start.sh with a scratch folder and free ports), for
// tests that load a corpus of their own or stop the server: the one CI shares is left alone.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/io/resources.js';

export interface OwnVirtuoso {
  dir: string;
  http: string;
  sql: string;
  /** The folder its ini allows for the bulk loader. */
  bulkDir: string;
  password: string;
  /** Stops it hard, as a crash would. */
  kill(): void;
  /** Starts it again on the database it had. */
  restart(): void;
  stop(): void;
}

export function virtuosoInstalled(): boolean {
  return spawnSync('sh', ['-c', 'command -v virtuoso-t && command -v isql-vt'], { stdio: 'ignore' }).status === 0;
}

/** Running, not gone nor a zombie that nobody has reaped yet (its ports are free either way). */
function alive(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `buffers`: Virtuoso's 8 KB pages of cache (start.sh's 10,000 unless given; a whole corpus wants 150,000). */
export async function startOwnVirtuoso(dir: string, buffers?: number): Promise<OwnVirtuoso> {
  const [httpPort, sqlPort] = [await freePort(), await freePort()];
  const password = 'akhbar-bulk-test';
  const env = { ...process.env, VIRTUOSO_DIR: dir, VIRTUOSO_HTTP_PORT: String(httpPort), VIRTUOSO_SQL_PORT: String(sqlPort), VIRTUOSO_PASSWORD: password, ...(buffers ? { VIRTUOSO_BUFFERS: String(buffers) } : {}) };
  const start = (keep: boolean) => execFileSync('bash', [join(PROJECT_ROOT, 'scripts', 'virtuoso', 'start.sh')], { env: { ...env, VIRTUOSO_KEEP_DB: keep ? '1' : '' }, stdio: 'pipe' });
  start(false);
  const pid = () => Number(readFileSync(join(dir, 'pid'), 'utf8'));
  return {
    dir,
    http: `http://127.0.0.1:${httpPort}`,
    sql: `127.0.0.1:${sqlPort}`,
    bulkDir: join(dir, 'bulk'),
    password,
    kill: () => {
      const victim = pid();
      process.kill(victim, 'SIGKILL');
      for (let i = 0; i < 200 && alive(victim); i++) execFileSync('sleep', ['0.05']);
    },
    restart: () => start(true),
    stop: () => execFileSync('bash', [join(PROJECT_ROOT, 'scripts', 'virtuoso', 'stop.sh')], { env, stdio: 'pipe' }),
  };
}
