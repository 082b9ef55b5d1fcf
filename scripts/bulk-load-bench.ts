// `npm run bench:load`: the archive end to end on real articles (../shared/corpus/ant by default),
// each step a process of its own as a user runs it, on a Virtuoso of the script's own
// (scripts/virtuoso/start.sh with a scratch folder and free ports). Prints
//  1. the run: articles, triples, CPU per article, wall time, peak RSS;
//  2. the bulk load (akhbar load --bulk) into an empty store: triples/s, the triple count checked
//     against the run's summary, peak RSS of the command and of the server, the store's bytes per
//     triple (its database file after the load's checkpoint, less an empty one); then the same load
//     again (every graph removed and loaded anew, as a rerun does);
//  3. the archive's competency questions asked across the corpus, with their time;
//  4. the Graph Store PUT path (akhbar load --endpoint) on the first --put-sample articles, into a
//     second empty store: triples/s, extrapolated to the corpus;
//  5. what an archive of --archive (10 million) articles would need, from these figures.
// Options: --corpus DIR, --limit N (records), --put-sample N (1000), --buffers N (Virtuoso's 8 KB
// pages, 150000), --loaders N (2), --cores N (cores per machine for the estimate, 16).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readLines } from '../src/io/nquads-lines.js';
import { PROJECT_ROOT } from '../src/io/resources.js';
import type { RunStatistics } from '../src/cli/corpus-run.js';
import { createHttpClient } from '../src/store/http.js';
import { queryEndpoint } from '../src/store/remote.js';
import { bindParams } from '../src/store/sparql-text.js';
import { requirePath, SOURCES } from './source-data.js';
import { startOwnVirtuoso, type OwnVirtuoso } from '../test/store/virtuoso-server.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] as string) : fallback;
};
const corpus = requirePath(resolve(option('corpus', join(PROJECT_ROOT, '..', 'shared', 'corpus', 'ant'))), SOURCES.ant, 'with npm run bench:load -- --corpus DIR');
const limit = option('limit', '');
const putSample = Number(option('put-sample', '1000'));
const buffers = option('buffers', '150000');
const loaders = option('loaders', '2');
const cores = Number(option('cores', '16'));
const archive = Number(option('archive', '10000000'));
const CLI = join(PROJECT_ROOT, 'dist', 'cli', 'bin.js');
const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

interface Measured {
  code: number | null;
  out: string;
  seconds: number;
  /** Peak resident memory of the process, MB (its VmHWM, read while it runs). */
  peakMb: number;
}

/** Runs the CLI as a process of its own, watching its peak memory. */
function cli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<Measured> {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, ...argv], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  let peakMb = 0;
  const watch = setInterval(() => (peakMb = Math.max(peakMb, highWaterMb(child.pid))), 200);
  return new Promise((resolveRun) =>
    child.on('close', (code) => {
      clearInterval(watch);
      resolveRun({ code, out, seconds: (performance.now() - started) / 1000, peakMb });
    }),
  );
}

function highWaterMb(pid: number | undefined): number {
  try {
    return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** A Virtuoso of the bench's own (the tests' helper: scratch folder, free ports), with its process and database file. */
interface Store extends OwnVirtuoso {
  pid: number;
  dbBytes(): number;
}

async function startStore(dir: string): Promise<Store> {
  const server = await startOwnVirtuoso(dir, Number(buffers));
  return { ...server, pid: Number(readFileSync(join(dir, 'pid'), 'utf8')), dbBytes: () => statSync(join(dir, 'db', 'virtuoso.db')).size };
}

const work = mkdtempSync(join(tmpdir(), 'akhbar-bench-load-'));
const loginTo = (store: Store) => ({ ...process.env, AKHBAR_USER: 'dba', AKHBAR_PASSWORD: store.password });
const stores: Store[] = [];
try {
  // 1. The run.
  const out = join(work, 'graphs');
  const statsFile = join(work, 'stats.json');
  console.log(`akhbar run ${corpus}${limit ? ` --limit ${limit}` : ''} …`);
  const run = await cli(['run', corpus, '--out', out, '--gzip', '--quiet', '--stats', statsFile, ...(limit ? ['--limit', limit] : [])]);
  // Exit 1 says some records were refused (the ANT corpus has two): the run itself went through.
  if ((run.code !== 0 && run.code !== 1) || !existsSync(statsFile)) throw new Error(`the run failed: ${run.out}`);
  const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as RunStatistics;
  const { articles, triples } = stats.totals;
  const nq = join(out, 'all.nq.gz');
  const cpuPerArticle = stats.cpuMs / articles;
  console.log(`  ${fmt(articles)} articles (${fmt(stats.totals.failed)} refused), ${fmt(triples)} triples (${fmt(triples / articles, 1)} an article), ${fmt(statSync(nq).size / 1e6, 1)} MB of gzipped N-Quads`);
  console.log(`  ${fmt(stats.wallMs / 1000, 1)} s wall, ${fmt(stats.cpuMs / 1000, 1)} s CPU (${fmt(cpuPerArticle, 2)} ms an article), peak RSS ${fmt(stats.peakRssMb)} MB, ${stats.jobs} workers`);

  // 4 first (its own empty store): the Graph Store PUT path on a sample, for comparison.
  const sampleFile = join(work, 'sample', 'all.nq.gz');
  const sample: string[] = [];
  const seen = new Set<string>();
  reading: for await (const { lines } of readLines(nq)) {
    for (const line of lines) {
      const graph = /<([^>]+)> \.$/.exec(line)?.[1];
      if (!graph) continue;
      if (!seen.has(graph) && seen.size === putSample) break reading;
      seen.add(graph);
      sample.push(line);
    }
  }
  execFileSync('mkdir', ['-p', join(work, 'sample')]);
  writeFileSync(sampleFile, gzipSync(`${sample.join('\n')}\n`));
  const putStore = await startStore(join(work, 'virtuoso-put'));
  stores.push(putStore);
  const put = await cli(['load', sampleFile, '--endpoint', `${putStore.http}/sparql`, '--graph-store', `${putStore.http}/sparql-graph-crud-auth`, '--quiet', '--timeout', '120'], loginTo(putStore));
  if (put.code !== 0) throw new Error(`the PUT load failed: ${put.out}`);
  const putRate = sample.length / put.seconds;
  putStore.stop();
  stores.pop();

  // 2. The bulk load into an empty store, then again.
  const store = await startStore(join(work, 'virtuoso'));
  stores.push(store);
  const emptyBytes = store.dbBytes();
  const bulkArgs = ['load', out, '--bulk', '--sql', store.sql, '--bulk-dir', join(store.dir, 'bulk'), '--loaders', loaders, '--quiet'];
  console.log(`\nakhbar load --bulk into an empty Virtuoso (${buffers} buffers, ${loaders} loaders) …`);
  const bulk = await cli([...bulkArgs.slice(0, -1)], loginTo(store));
  const summary = /(\d[\d,]*) graph\(s\) bulk-loaded .* in ([\d.]+) s: ([\d,]+) triples sent, ([\d,]+) stored .*?; reading ([\d.]+) s, staging and loading ([\d.]+) s, checkpoint ([\d.]+) s, counting ([\d.]+) s\)/.exec(bulk.out);
  if (bulk.code !== 0 || !summary) throw new Error(`the bulk load failed: ${bulk.out.split('\n').slice(-3).join('\n')}`);
  const stored = Number((summary[4] as string).replace(/,/g, ''));
  const storeBytes = store.dbBytes() - emptyBytes;
  const bulkRate = triples / bulk.seconds;
  console.log(`  ${summary[1]} graphs, ${fmt(stored)} triples stored: ${stored === triples ? 'equal to' : 'NOT equal to'} the run's summary (${fmt(triples)})`);
  console.log(`  ${fmt(bulk.seconds, 1)} s (reading ${summary[5]} s, staging and loading ${summary[6]} s, checkpoint ${summary[7]} s, counting ${summary[8]} s): ${fmt(bulkRate)} triples/s`);
  console.log(`  peak RSS: akhbar ${fmt(bulk.peakMb)} MB, Virtuoso ${fmt(highWaterMb(store.pid))} MB; the store grew by ${fmt(storeBytes / 1e6)} MB: ${fmt(storeBytes / triples, 1)} bytes a triple`);
  const again = await cli(bulkArgs, loginTo(store));
  if (again.code !== 0) throw new Error(`loading again failed: ${again.out}`);
  const count = await queryEndpoint(createHttpClient(), `${store.http}/sparql`, 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g a <http://schema.org/NewsArticle> . } }');
  const graphsAfter = count.kind === 'solutions' ? Number(count.bindings[0]?.n?.value) : 0;
  console.log(`  loaded again (every graph removed first, then loaded anew): ${fmt(again.seconds, 1)} s, ${fmt(graphsAfter)} article graphs, the store now ${fmt((store.dbBytes() - emptyBytes) / 1e6)} MB`);

  // 3. The competency questions across the corpus.
  console.log('\ncompetency questions across the corpus (Virtuoso):');
  const client = createHttpClient({ timeouts: { responseMs: 600_000 } });
  const ask = async (file: string, params: Record<string, string> = {}) => {
    const started = performance.now();
    const result = await queryEndpoint(client, `${store.http}/sparql`, bindParams(readFileSync(join(PROJECT_ROOT, 'ontology', 'queries', file), 'utf8'), new Map(Object.entries(params))));
    const rows = result.kind === 'solutions' ? result.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value]))) : [];
    return { rows, seconds: (performance.now() - started) / 1000 };
  };
  const top = await ask('most-quoted-unlinked.rq');
  console.log(`  most-quoted-unlinked.rq: ${fmt(top.rows.length)} speakers in ${fmt(top.seconds, 1)} s; first: ${top.rows.slice(0, 3).map((r) => `${r.name} (${r.articles} articles)`).join(', ')}`);
  const person = top.rows.find((r) => r.nameKey)?.speaker as string;
  const said = await ask('said-by-outlet.rq', { person });
  console.log(`  said-by-outlet.rq person=<${person}>: ${said.rows.length} statements from ${new Set(said.rows.map((r) => r.outlet)).size} outlets, ${said.rows[0]?.date?.slice(0, 10)} to ${said.rows.at(-1)?.date?.slice(0, 10)}, in ${fmt(said.seconds, 1)} s`);
  const syria = await ask('quoted-about-place.rq', { place: 'https://w3id.org/akhbar/id/entity/Q858' });
  console.log(`  quoted-about-place.rq place=Syria: ${fmt(syria.rows.length)} speakers in ${fmt(syria.seconds, 1)} s; first: ${syria.rows.slice(0, 3).map((r) => `${r.name} (${r.statements} statements)`).join(', ')}`);

  console.log(`\nGraph Store PUT (akhbar load --endpoint) of the first ${fmt(seen.size)} articles into an empty Virtuoso: ${fmt(sample.length)} triples in ${fmt(put.seconds, 1)} s, ${fmt(putRate)} triples/s (peak RSS ${fmt(put.peakMb)} MB)`);
  console.log(`  at that rate the corpus would take ${fmt(triples / putRate / 60, 1)} min, against ${fmt(bulk.seconds / 60, 1)} min in bulk (×${fmt(bulkRate / putRate, 1)})`);

  // 5. An archive of 10 million articles, from the figures above.
  const archiveTriples = archive * (triples / articles);
  const cpuHours = (archive * cpuPerArticle) / 3.6e6;
  console.log(`\nan archive of ${fmt(archive)} articles, from these figures:`);
  console.log(`  ${fmt(archiveTriples / 1e9, 2)} billion triples; the run: ${fmt(cpuHours)} CPU-hours (${fmt(cpuPerArticle, 2)} ms an article)`);
  for (const machines of [1, 4, 16]) console.log(`    on ${machines} machine(s) of ${cores} cores (--shard K/${machines}): ${fmt(cpuHours / (machines * cores), 1)} h`);
  console.log(`  the store: ${fmt((archiveTriples * storeBytes) / triples / 1e9)} GB at ${fmt(storeBytes / triples, 1)} bytes a triple; the bulk load at ${fmt(bulkRate)} triples/s (${loaders} loaders on this machine): ${fmt(archiveTriples / bulkRate / 3600, 1)} h`);
  console.log(`  gzipped N-Quads: ${fmt((archive * statSync(nq).size) / articles / 1e9)} GB`);
} finally {
  for (const store of stores) store.stop();
  if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true });
  else if (existsSync(work)) console.log(`kept ${work}`);
}
