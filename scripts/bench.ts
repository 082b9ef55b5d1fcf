// `npm run bench`: Akhbar on a real corpus (../shared/corpus/ant by default). Prints
//  1. end to end (the compiled CLI in a process of its own, N-Quads only) with 1 and 2 workers:
//     articles/s, MB of text/s, CPU time, stage shares, peak RSS, triples written;
//  2. on the graphs of the first --compare articles: the floor of writing the same triples with N3,
//     each SHACL engine's time and verdicts (on each graph and on a copy with one triple dropped),
//     which must agree, shacl-engine with SHACL-SPARQL on the first --sparql graphs, and the cost of
//     Turtle and JSON-LD per article.
//  3. what two cores give a job with no sharing at all: two single-thread runs (--jobs 1) side by
//     side, each on half the records, against one on all of them (the ceiling for the speed-up);
// The machine may be shared: with --rounds N the end-to-end runs go round N times, one of each in
// turn, and the tables show the median round, with every round's wall time and speed-up beside it.
// Options: --corpus DIR, --limit N (records, default all), --jobs 1,2, --rounds N (1), --compare N (300),
// --sparql N (3), --no-ceiling.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { PROJECT_ROOT, loadProjectData } from '../src/io/resources.js';
import { planInputs, readCorpus } from '../src/io/sources.js';
import { analyze } from '../src/pipeline.js';
import { buildGraph } from '../src/rdf/build-graph.js';
import { sortQuads, toJsonLd, toTurtle } from '../src/rdf/serialize.js';
import { createValidator, type GraphValidator } from '../src/validate/validate.js';
import { shaclEngineEngine } from '../src/validate/engines/engines.js';
import { DEFAULT_BASE } from '../src/rdf/vocabulary.js';
import type { RunStatistics } from '../src/cli/corpus-run.js';
import { requirePath, SOURCES } from './source-data.js';

const args = process.argv.slice(2);
const option = (name: string, fallback?: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const corpus = requirePath(resolve(option('corpus', join(PROJECT_ROOT, '..', 'shared', 'corpus', 'ant')) as string), SOURCES.ant, 'with npm run bench -- --corpus DIR');
const limit = option('limit');
const jobsList = (option('jobs', '1,2') as string).split(',').map(Number);
const compareCount = Number(option('compare', '300'));
const sparqlCount = Number(option('sparql', '3'));
const ceiling = !args.includes('--no-ceiling');
const rounds = Number(option('rounds', '1'));
const fixed = (n: number, digits = 1) => n.toFixed(digits);
const pct = (part: number, whole: number) => `${fixed((100 * part) / whole)}%`;

function runArguments(out: string, jobs: number, records?: string): string[] {
  return [join(PROJECT_ROOT, 'dist', 'cli', 'bin.js'), 'run', corpus, '--out', out, '--jobs', String(jobs), '--quiet', '--stats', join(out, 'stats.json'), ...(records ? ['--limit', records] : [])];
}

/** The CLI on the corpus in a process of its own; its statistics. */
function runEndToEnd(jobs: number): RunStatistics {
  const out = mkdtempSync(join(tmpdir(), 'akhbar-bench-'));
  try {
    const run = spawnSync(process.execPath, runArguments(out, jobs, limit), { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (run.status !== 0 && run.status !== 1) throw new Error(`akhbar run failed (${run.status}): ${run.stderr}`);
    return JSON.parse(readFileSync(join(out, 'stats.json'), 'utf8')) as RunStatistics;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Two single-thread runs at once, each on the first half of the records: their statistics. */
async function runTwoProcesses(records: number): Promise<RunStatistics[]> {
  const half = String(Math.ceil(records / 2));
  const outs = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'akhbar-bench-')));
  try {
    await Promise.all(
      outs.map(
        (out) =>
          new Promise<void>((resolve, reject) => {
            const child = spawn(process.execPath, runArguments(out, 1, half), { stdio: 'ignore' });
            child.on('error', reject);
            child.on('exit', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`akhbar run failed (${code})`))));
          }),
      ),
    );
    return outs.map((out) => JSON.parse(readFileSync(join(out, 'stats.json'), 'utf8')) as RunStatistics);
  } finally {
    for (const out of outs) rmSync(out, { recursive: true, force: true });
  }
}

function printCeiling(rounds: Round[]): void {
  const rate = (r: RunStatistics) => (r.totals.records / r.wallMs) * 1000;
  const pairRate = (pair: RunStatistics[]) => (pair.reduce((n, r) => n + r.totals.records, 0) / Math.max(...pair.map((r) => r.wallMs))) * 1000;
  const ratios = rounds.map((round) => pairRate(round.pair as RunStatistics[]) / rate(round.runs.get(1) as RunStatistics));
  const middle = rounds[medianIndex(ratios)] as Round;
  const pair = middle.pair as RunStatistics[];
  const single = middle.runs.get(1) as RunStatistics;
  console.log(`\nCeiling: two single-thread runs side by side (${pair.map((r) => r.totals.records).join(' + ')} records) ${fixed(pairRate(pair))} articles/s, ${fixed(pairRate(pair) / rate(single), 2)}× one run alone (rounds: ${ratios.map((x) => `${fixed(x, 2)}×`).join(', ')}); each at ${pair.map((r) => fixed(r.cpuMs / r.totals.records, 2)).join(' and ')} ms CPU/article (alone ${fixed(single.cpuMs / single.totals.records, 2)}).`);
}

interface Round {
  runs: Map<number, RunStatistics>;
  pair?: RunStatistics[];
}

/** The index of the median of `values` (the lower one of an even count). */
function medianIndex(values: number[]): number {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  return (order[Math.floor((order.length - 1) / 2)] as readonly [number, number])[1];
}

function printEndToEnd(runs: RunStatistics[], all: Round[]): void {
  console.log(`\n## End to end: ${corpus} (${limit ? `first ${limit} records` : 'all records'}; N-Quads only, every graph validated)\n`);
  console.log('| workers | articles | failed | wall s | articles/s | MB text/s | CPU s | CPU ms/article | peak RSS MB | triples | speed-up |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  const base = runs[0] as RunStatistics;
  for (const r of runs) {
    const seconds = r.wallMs / 1000;
    const t = r.totals;
    console.log(`| ${r.jobs} | ${t.articles} | ${t.failed} | ${fixed(seconds)} | ${fixed(t.records / seconds)} | ${fixed(t.textBytes / 1e6 / seconds, 2)} | ${fixed(r.cpuMs / 1000)} | ${fixed(r.cpuMs / t.records, 2)} | ${fixed(r.peakRssMb, 0)} | ${t.triples.toLocaleString('en')} | ${fixed(base.wallMs / r.wallMs, 2)}× |`);
  }
  if (all.length > 1) {
    for (const jobs of jobsList) console.log(`\n${jobs} worker(s), wall time of each round: ${all.map((r) => `${fixed((r.runs.get(jobs) as RunStatistics).wallMs / 1000)} s`).join(', ')}.`);
    const first = jobsList[0] as number;
    for (const jobs of jobsList.slice(1)) console.log(`Speed-up of ${jobs} over ${first} worker(s) within each round: ${all.map((r) => `${fixed((r.runs.get(first) as RunStatistics).wallMs / (r.runs.get(jobs) as RunStatistics).wallMs, 2)}×`).join(', ')}.`);
  }
  console.log(`\nFailures: ${Object.entries(base.totals.failures).map(([code, n]) => `${n} ${code}`).join(', ') || 'none'}.`);
  console.log('\nTime per stage, summed over the threads (share of their total):\n');
  console.log(`| workers | ${['read', 'extract', 'graph', 'validate', 'serialise'].join(' | ')} |`);
  console.log('|---|---|---|---|---|---|');
  for (const r of runs) {
    const stages = r.totals.stages;
    const total = Object.values(stages).reduce((a, b) => a + b, 0);
    console.log(`| ${r.jobs} | ${(['read', 'extract', 'graph', 'validate', 'serialise'] as const).map((s) => `${fixed(stages[s] / r.totals.records, 2)} ms (${pct(stages[s], total)})`).join(' | ')} |`);
  }
}

/** One triple dropped, chosen by the article's place: a graph that often breaks a constraint. */
function mutate(quads: Quad[], n: number): Quad[] {
  const drop = (n * 7919) % quads.length;
  return quads.filter((_, i) => i !== drop);
}

/** The best of a few passes (the first warms the code up): milliseconds. */
async function bestOf(passes: number, run: () => Promise<unknown> | unknown): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < passes; i++) {
    const start = performance.now();
    await run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

async function compareOnGraphs(runs: RunStatistics[]): Promise<void> {
  const { resources, shapes, context } = loadProjectData();
  const samples: { id: string; quads: Quad[] }[] = [];
  for await (const item of readCorpus(planInputs([corpus]))) {
    if (samples.length >= compareCount) break;
    if (!item.error) samples.push({ id: item.article.id, quads: buildGraph(analyze(item.article.id, item.article.text, resources, { meta: item.article.meta }), { base: DEFAULT_BASE }) });
  }
  const graphs = samples.flatMap((s, n) => [{ ...s, mutated: false }, { id: s.id, quads: mutate(s.quads, n), mutated: true }]);
  const triples = samples.reduce((sum, s) => sum + s.quads.length, 0);
  const articles = samples.length;

  const floorMs = await bestOf(5, () => samples.forEach((s) => new Writer({ format: 'N-Quads' }).quadsToString(s.quads)));
  const floorRate = (triples / floorMs) * 1000;
  console.log(`\n## On the graphs of the first ${articles} articles (${fixed(triples / articles, 0)} triples each)\n`);
  console.log(`Floor: N3 writes their N-Quads at ${fixed(floorRate / 1e6, 2)} M triples/s (${fixed(floorMs / articles, 3)} ms/article; best of 5 passes).`);
  const floorMsPerTriple = 1000 / floorRate;
  for (const r of runs) {
    const s = r.totals.stages;
    const ratio = (ms: number) => fixed(ms / r.totals.triples / floorMsPerTriple, 1);
    console.log(`Pipeline with ${r.jobs} worker(s): ${ratio(r.wallMs)}× the floor in wall time; in thread time its RDF stages (graph + validate + serialise) ${ratio(s.graph + s.validate + s.serialise)}×, extraction ${ratio(s.extract)}×.`);
  }

  console.log(`\n| SHACL engine | ms/article | k triples/s | conforming (of ${graphs.length}: each graph and a copy with one triple dropped) | disagreements with rdf-validate-shacl |`);
  console.log('|---|---|---|---|---|');
  const verdicts = new Map<string, boolean[]>();
  for (const engine of ['rdf-validate-shacl', 'shacl-engine', 'compiled'] as const) {
    const validate: GraphValidator = createValidator(shapes, { engine });
    const found: boolean[] = [];
    const ms = await bestOf(engine === 'compiled' ? 5 : 2, async () => {
      found.length = 0;
      for (const g of graphs) found.push((await validate(g.quads)).conforms);
    });
    verdicts.set(engine, [...found]);
    const reference = verdicts.get('rdf-validate-shacl') as boolean[];
    const disagreeing = graphs.filter((_, i) => found[i] !== reference[i]).map((g) => `${g.id}${g.mutated ? ' (mutated)' : ''}`);
    console.log(`| ${engine} | ${fixed(ms / graphs.length, 2)} | ${fixed((triples * 2) / ms, 0)} | ${found.filter(Boolean).length} | ${disagreeing.length}${disagreeing.length > 0 ? `: ${disagreeing.slice(0, 5).join(', ')}` : ''} |`);
  }
  // With its SPARQL plugin shacl-engine runs the span constraint of the shapes itself: compared with core SHACL plus the anchor check.
  const sparql = shaclEngineEngine(shapes, { sparql: true });
  const few = graphs.slice(0, sparqlCount * 2);
  const sparqlFound: boolean[] = [];
  const sparqlMs = await bestOf(1, async () => {
    for (const g of few) sparqlFound.push((await sparql(g.quads)).length === 0);
  });
  const compiled = verdicts.get('compiled') as boolean[];
  console.log(`| shacl-engine + SHACL-SPARQL (first ${few.length} graphs) | ${fixed(sparqlMs / few.length, 0)} | ${fixed((few.reduce((n, g) => n + g.quads.length, 0)) / sparqlMs, 1)} | ${sparqlFound.filter(Boolean).length} | ${few.filter((_, i) => sparqlFound[i] !== compiled[i]).length} (vs compiled + anchor check) |`);

  const sorted = samples.map((s) => sortQuads(s.quads));
  const turtleMs = await bestOf(3, async () => {
    for (const q of sorted) await toTurtle(q, { sorted: true });
  });
  const jsonldMs = await bestOf(2, async () => {
    for (const q of sorted) await toJsonLd(q, context, { sorted: true });
  });
  console.log(`\nPer article: Turtle ${fixed(turtleMs / articles, 2)} ms; JSON-LD compaction ${fixed(jsonldMs / articles, 2)} ms (${fixed(triples / jsonldMs, 0)} k triples/s).`);
}

const all: Round[] = [];
for (let round = 0; round < rounds; round++) {
  const runs = new Map(jobsList.map((jobs) => [jobs, runEndToEnd(jobs)] as const));
  const single = runs.get(1);
  all.push({ runs, pair: ceiling && single ? await runTwoProcesses(single.totals.records) : undefined });
}
// Each configuration's median round by wall time.
const runs = jobsList.map((jobs) => {
  const each = all.map((r) => r.runs.get(jobs) as RunStatistics);
  return each[medianIndex(each.map((r) => r.wallMs))] as RunStatistics;
});
printEndToEnd(runs, all);
if (all.every((r) => r.pair)) printCeiling(all);
await compareOnGraphs(runs);
