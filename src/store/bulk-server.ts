// What a bulk load asks of the server beyond loading: whether it can read the staging folder, the
// state of files on its loader's list, the removal of graphs, and every graph's triple count.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AkhbarError, isAkhbarError } from '../errors.js';
import { COUNT_GRAPHS_SQL, DIRS_ALLOWED_SQL, WAITING_ON_LIST_SQL, batches, clearGraphsSql, decodeField, filesUnderSql, indexRowsSql, readFileSql } from './bulk-sql.js';
import type { IsqlSession } from './isql.js';

/**
 * The loader reads files itself, so the server must see the staging folder at the same path and
 * its ini must allow it: a probe file written here is looked for there, and each way of failing is
 * named with the ini's DirsAllowed.
 */
export async function checkServerSeesFolder(control: IsqlSession, folder: string, address: string): Promise<void> {
  const probe = join(folder, 'probe.txt');
  const token = `akhbar ${randomUUID()}\n`;
  writeFileSync(probe, token);
  const allowed = async (): Promise<string> => {
    const [[dirs = '', ini = ''] = []] = await control.query(DIRS_ALLOWED_SQL);
    return `its ini (${decodeField(ini)}) has DirsAllowed = ${decodeField(dirs) || '(nothing)'}`;
  };
  let seen = '';
  try {
    [[seen = ''] = []] = await control.query(readFileSql(probe));
  } catch (error) {
    if (!isAkhbarError(error) || error.code !== 'E_REJECTED') throw error;
    if (/FA003|access control/i.test(error.message)) throw new AkhbarError('E_BULK_DIR', `${address} may not read ${folder}: ${await allowed()}; add the folder there and restart the server, or stage in one of those with --bulk-dir`);
    if (!/FA005|Can't open/i.test(error.message)) throw error;
  }
  if (decodeField(seen) !== token) {
    throw new AkhbarError('E_BULK_DIR', `${address} does not see ${probe}, which Akhbar has just written there: the loader reads the files itself, so --bulk-dir must be the same folder on the server's machine (a shared disk mounted at the same path); ${await allowed()}`);
  }
}

export interface ListedFile {
  file: string;
  /** 0 waiting, 1 being loaded, 2 done (with or without an error). */
  state: number;
  error: string;
}

export async function filesUnder(control: IsqlSession, dir: string, timeoutMs: number): Promise<ListedFile[]> {
  const rows = await control.query(filesUnderSql(dir), { timeoutMs });
  return rows.map(([file = '', state = '', error = '']) => ({ file: decodeField(file), state: Number(state), error: decodeField(error) }));
}

/** Files waiting on the whole list, whoever put them there. */
export async function waitingOnList(control: IsqlSession, timeoutMs: number): Promise<number> {
  const [[count = '0'] = []] = await control.query(WAITING_ON_LIST_SQL, { timeoutMs });
  return Number(count);
}

export async function clearGraphs(control: IsqlSession, graphs: readonly string[], timeoutMs: number): Promise<void> {
  for (const batch of batches(graphs)) await control.query(clearGraphsSql(batch), { timeoutMs });
}

/** The server's count of each of `graphs`, from one pass over the quad table (a graph it lacks is absent). */
export async function storedCounts(control: IsqlSession, graphs: ReadonlyMap<string, unknown>): Promise<Map<string, number>> {
  const stored = new Map<string, number>();
  await control.query(COUNT_GRAPHS_SQL, {
    onRow: ([name = '', count = '']) => {
      const graph = decodeField(name);
      if (graphs.has(graph)) stored.set(graph, Number(count));
    },
  });
  return stored;
}

/**
 * "" when the quad table's primary index and its POGS index hold as many rows, else what a damaged
 * database looks like: Virtuoso's loader writes no log, and a server killed amid its inserts into
 * graphs it had just emptied came back this way.
 */
export async function indexDamage(control: IsqlSession): Promise<string> {
  const [[primary = '0'] = []] = await control.query(indexRowsSql('RDF_QUAD'));
  const [[pogs = '0'] = []] = await control.query(indexRowsSql('RDF_QUAD_POGS'));
  if (primary === pogs) return '';
  const rows = (n: string) => Number(n).toLocaleString('en');
  return `the server's quad indexes disagree (RDF_QUAD ${rows(primary)} rows, RDF_QUAD_POGS ${rows(pogs)}): its database is damaged; restore it from a backup or load the archive into a fresh one`;
}
