// The SQL Akhbar sends Virtuoso for a bulk load: its loader's own procedures (ld_add, rdf_loader_run,
// checkpoint), its load list, and the quad table. Every string that comes from outside (a path, a
// graph IRI) goes in as base64 and comes back as base64: isql expands `$` even inside quotes, and
// the server's narrow strings carry UTF-8 bytes that a terminal encoding must not touch.
import { ROW_PREFIX } from './isql.js';

export function sqlString(value: string): string {
  return `decode_base64('${Buffer.from(value, 'utf8').toString('base64')}')`;
}

/** An SQL string expression as one line of base64 (encode_base64 breaks its output into lines). */
function encoded(expression: string): string {
  return `replace(replace(encode_base64(cast(${expression} as varchar)), chr(13), ''), chr(10), '')`;
}

export function decodeField(field: string): string {
  return Buffer.from(field, 'base64').toString('utf8');
}

/** `left(column, n) = 'prefix'`, n in bytes, as the server counts a narrow string. */
function startsWith(column: string, prefix: string): string {
  return `left(${column}, ${Buffer.byteLength(prefix, 'utf8')}) = ${sqlString(prefix)}`;
}

/**
 * A small file's text as the server reads it (base64), by the access-checked read the loader's
 * own reads go through: an error FA003 when its ini forbids the folder, FA005 when it sees no such
 * file. (file_stat would not do: the server answers it for any path.)
 */
export function readFileSql(path: string): string {
  return `select '${ROW_PREFIX}' || ${encoded(`file_to_string(${sqlString(path)})`)}`;
}

/** The folders the server may read (its ini's DirsAllowed), and where that ini is. */
export const DIRS_ALLOWED_SQL = `select '${ROW_PREFIX}' || ${encoded("coalesce(cfg_item_value(virtuoso_ini_path(), 'Parameters', 'DirsAllowed'), '')")} || '|' || ${encoded('virtuoso_ini_path()')}`;

/** Puts a file on the loader's list; triples outside any named graph would go to `graph` (Akhbar stages none). */
export function registerFileSql(path: string, graph: string): string {
  return `ld_add(${sqlString(path)}, ${sqlString(graph)})`;
}

/** Each file the load list holds under `dir`: path, state (0 waiting, 1 loading, 2 done) and the loader's error. */
export function filesUnderSql(dir: string): string {
  return `select '${ROW_PREFIX}' || ${encoded('ll_file')} || '|' || cast(ll_state as varchar) || '|' || ${encoded("coalesce(ll_error, '')")} from DB.DBA.LOAD_LIST where ${startsWith('ll_file', `${dir}/`)}`;
}

export const WAITING_ON_LIST_SQL = `select '${ROW_PREFIX}' || cast(count(*) as varchar) from DB.DBA.LOAD_LIST where ll_state = 0`;

/** Takes the files under `dir` that no loader has started off the list: none will start them now. */
export function forgetWaitingSql(dir: string): string {
  return `delete from DB.DBA.LOAD_LIST where ll_state = 0 and ${startsWith('ll_file', `${dir}/`)}`;
}

export function forgetFilesSql(dir: string): string {
  return `delete from DB.DBA.LOAD_LIST where ${startsWith('ll_file', `${dir}/`)}`;
}

/** Loads one batch of the list (a file, or files up to 2 MB) and returns: the caller sees progress and can stop between batches. */
export const LOAD_ONE_BATCH_SQL = 'rdf_loader_run(1)';

/**
 * Row-by-row autocommit, logged: the removals and the load list survive a crash (the loader itself
 * writes no log, and a checkpoint makes its work durable).
 */
export const LOGGED_AUTOCOMMIT_SQL = 'log_enable(3, 1)';

export const CHECKPOINT_SQL = 'checkpoint';

/** Removes every triple of these graphs (an IRI the server never saw costs nothing). */
export function clearGraphsSql(graphs: readonly string[]): string {
  return `delete from DB.DBA.RDF_QUAD where G in (${graphs.map((g) => `iri_to_id(${sqlString(g)}, 0)`).join(', ')})`;
}

/**
 * The triples of every graph on the server, in one pass over the quad table: for this store's
 * column-wise table far cheaper than a look-up per graph (0.2 s for 5.5 million quads, against
 * about 4 ms a graph).
 */
export const COUNT_GRAPHS_SQL = `select '${ROW_PREFIX}' || ${encoded('id_to_iri(G)')} || '|' || cast(count(*) as varchar) from DB.DBA.RDF_QUAD group by G`;

/** The rows of the quad table as one of its indexes holds them: all of them agree on a sound database. */
export function indexRowsSql(index: 'RDF_QUAD' | 'RDF_QUAD_POGS'): string {
  return `select '${ROW_PREFIX}' || cast(count(*) as varchar) from DB.DBA.RDF_QUAD table option (index ${index})`;
}

/** Graphs a statement names at most: longer lists make slow statements. */
export const GRAPHS_PER_STATEMENT = 300;

export function batches<T>(items: readonly T[], size = GRAPHS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
