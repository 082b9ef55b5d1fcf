// A session with Virtuoso's SQL interface through its own client, isql: the bulk loader is a set of
// SQL procedures with no HTTP interface. Statements go one at a time down isql's standard input and
// each is followed by a marker whose echo says the statement is done; the rows a caller wants are
// the lines it makes start with `akh|`. The password goes in as `SET PWD` on standard input (never
// on a command line, where other users could read it), before isql first connects.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { AkhbarError } from '../errors.js';
import type { Credentials } from './digest.js';

export interface IsqlOptions {
  /** The isql program: isql-vt on Debian, isql elsewhere. */
  command: string;
  /** host:port of the server's SQL listener. */
  address: string;
  credentials: Credentials;
}

export interface QueryOptions {
  /** Fails with E_TIMEOUT when the statement takes longer (the session is then closed). */
  timeoutMs?: number;
  /** Told each row as it comes, instead of collecting them: a result of any size in flat memory. */
  onRow?: (fields: string[]) => void;
}

export interface IsqlSession {
  /** Runs one statement; resolves with its rows (the `akh|`-prefixed lines, split on `|`). */
  query(sql: string, options?: QueryOptions): Promise<string[][]>;
  close(): Promise<void>;
}

/** The prefix of the lines a statement selects for Akhbar: `select 'akh|' || …`. */
export const ROW_PREFIX = 'akh|';
const MARKER = 'akh-done-';
/** Attempts of a statement that keeps being a deadlock's victim (40001), as the loader's own procedures retry. */
const DEADLOCK_ATTEMPTS = 6;

interface Pending {
  sql: string;
  marker: string;
  /** Attempts so far: a statement the server chose as a deadlock's victim is sent again. */
  attempts: number;
  /** Rows already handed to onRow: such a statement cannot be sent again. */
  delivered: boolean;
  rows: string[][];
  error?: string;
  options: QueryOptions;
  resolve: (rows: string[][]) => void;
  reject: (error: AkhbarError) => void;
  timer?: NodeJS.Timeout;
}

/** SET PWD's value, quoted; isql has no escape inside its quotes, so one kind must be absent. */
function quotedPassword(password: string): string {
  if (/[\r\n]/.test(password)) throw new AkhbarError('E_USAGE', 'AKHBAR_PASSWORD holds a line break, which isql cannot be given');
  if (!password.includes("'")) return `'${password}'`;
  if (!password.includes('"')) return `"${password}"`;
  throw new AkhbarError('E_USAGE', "AKHBAR_PASSWORD holds both ' and \", which isql cannot be given");
}

/** The server's words from isql's `*** Error 42000: [Virtuoso Driver][Virtuoso Server]FA003: …`. */
function errorText(line: string): { state: string; message: string } {
  const match = /^\*\*\* Error (\S+): (?:\[[^\]]*\])*\s*(.*)$/.exec(line);
  return { state: match?.[1] ?? '', message: (match?.[2] ?? line).trim() };
}

/** The error a failed statement is: a refused login, a server gone or not there, or a refusal. */
function statementError(address: string, user: string, line: string): AkhbarError {
  const { state, message } = errorText(line);
  if (state === '28000') return new AkhbarError('E_AUTH', `${address} refused the login of ${user} (${message}): check AKHBAR_USER and AKHBAR_PASSWORD`);
  if (state === '08S01' || state === 'S2801' || state === '08001' || /CL0(33|65|34)|Lost connection|Connect failed/.test(message)) {
    return new AkhbarError('E_UNREACHABLE', `cannot reach ${address}: ${message}`);
  }
  return new AkhbarError('E_REJECTED', `${address} refused: ${message}`);
}

export async function openIsql(options: IsqlOptions): Promise<IsqlSession> {
  const { command, address, credentials } = options;
  const password = quotedPassword(credentials.password);
  const child: ChildProcessWithoutNullStreams = spawn(command, [`DSN=${address}`, `UID=${credentials.user}`, 'VERBOSE=OFF', 'BANNER=OFF', 'PROMPT=OFF', 'ECHO=OFF', 'ERRORS=STDOUT'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, LC_ALL: 'C.UTF-8' },
  });
  const queue: Pending[] = [];
  let current: Pending | undefined;
  let ended: AkhbarError | undefined;
  let counter = 0;
  let partial = '';
  let stderr = '';

  const fail = (error: AkhbarError): void => {
    ended ??= error;
    for (const pending of [current, ...queue.splice(0)]) {
      if (!pending) continue;
      clearTimeout(pending.timer);
      pending.reject(ended);
    }
    current = undefined;
    child.stdin.destroy();
    if (child.exitCode === null) child.kill('SIGKILL');
  };

  /** Sends the next statement once the one before is done: one at a time, so that one can be sent again. */
  const send = (pending: Pending): void => {
    pending.attempts++;
    pending.rows = [];
    pending.error = undefined;
    child.stdin.write(`${pending.sql};\nselect '${pending.marker}';\n`);
  };
  const next = (): void => {
    if (current || ended) return;
    current = queue.shift();
    if (!current) return;
    const pending = current;
    send(pending);
    const { timeoutMs } = pending.options;
    if (timeoutMs !== undefined) pending.timer = setTimeout(() => fail(new AkhbarError('E_TIMEOUT', `${address} did not finish a statement within ${timeoutMs / 1000} s`)), timeoutMs);
  };

  const onLine = (line: string): void => {
    const pending = current;
    if (!pending) return;
    if (line === pending.marker) {
      if (pending.error && errorText(pending.error).state === '40001' && pending.attempts < DEADLOCK_ATTEMPTS && !pending.delivered) {
        setTimeout(() => ended || send(pending), 50 + Math.random() * 200 * pending.attempts);
        return;
      }
      clearTimeout(pending.timer);
      current = undefined;
      if (pending.error) {
        const error = statementError(address, credentials.user, pending.error);
        // A refused login makes isql ask for the password on standard input: it must get nothing
        // more, or each further line would be one more failed login (Virtuoso locks out after four).
        if (error.code === 'E_AUTH' || error.code === 'E_UNREACHABLE') fail(error);
        else pending.reject(error);
      } else pending.resolve(pending.rows);
      next();
      return;
    }
    if (line.startsWith('*** Error')) {
      pending.error ??= line;
      const code = statementError(address, credentials.user, line).code;
      if (code === 'E_AUTH') fail(statementError(address, credentials.user, line));
      return;
    }
    if (pending.error || !line.startsWith(ROW_PREFIX)) return;
    const fields = line.slice(ROW_PREFIX.length).split('|');
    pending.delivered ||= pending.options.onRow !== undefined;
    if (pending.options.onRow) pending.options.onRow(fields);
    else pending.rows.push(fields);
  };

  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) onLine(line.replace(/\r$/, ''));
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-2000)));
  child.stdin.on('error', () => undefined);
  child.on('error', (error: NodeJS.ErrnoException) => {
    const message = error.code === 'ENOENT' ? `${command} is not installed (Virtuoso's SQL client: Debian's virtuoso-minimal has it as isql-vt); install it or name it with --isql` : `cannot run ${command}: ${error.message}`;
    fail(new AkhbarError('E_MISSING', message));
  });
  child.on('close', (code) => {
    if (current?.error) fail(statementError(address, credentials.user, current.error));
    const said = stderr.replace(/Enter password for \S+ :/g, '').trim().split('\n').pop();
    fail(new AkhbarError('E_UNREACHABLE', `the session with ${address} ended (${command} exited with ${code}${said ? `: ${said}` : ''})`));
  });

  const session: IsqlSession = {
    query(sql, queryOptions = {}) {
      if (ended) return Promise.reject(ended);
      return new Promise((resolve, reject) => {
        queue.push({ sql: sql.trim().replace(/;$/, ''), marker: `${MARKER}${++counter}`, attempts: 0, delivered: false, rows: [], options: queryOptions, resolve, reject });
        next();
      });
    },
    async close() {
      if (ended) return;
      const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
      child.stdin.end('exit;\n');
      await closed;
    },
  };
  child.stdin.write(`SET PWD=${password};\n`);
  // The first statement connects: a wrong login or an absent server shows here, before anything else is sent.
  await session.query(`select '${ROW_PREFIX}connected'`);
  return session;
}
