// Cross-checks Akhbar's validation with Apache Jena's SHACL on a whole corpus output: every graph of
// an `akhbar run` all.nq (each article's named graph on its own, as the run validated it), and a
// deliberately broken copy of the first graphs (one triple dropped from each, as the benchmark does).
// Prints how many graphs get the same verdict and the same (focus node, path, source shape,
// constraint component) results from both, and the first differences.
//   bash scripts/jena/setup.sh && npm run jena-crosscheck -- OUT/all.nq [--broken 2000]
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFactory, StreamParser, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { readTurtleFiles } from '../src/io/resources.js';
import { createValidator } from '../src/validate/validate.js';
import { akhbarVerdict, compare, describeDifference, jenaClasspath, jenaVerdicts, type Verdict } from '../test/validate/jena/crosscheck.js';
import { requirePath } from './source-data.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args.splice(at, 2)[1]) : fallback;
};
const brokenCount = option('--broken', 2000);
const file = requirePath(args[0] ?? '', 'the all.nq of an `akhbar run` (for the ANT corpus: docs/data.md, then `akhbar run DIR --out OUT`)', 'as the first argument');
const classpath = jenaClasspath();
if (!classpath) {
  console.error('Jena is not set up: run `bash scripts/jena/setup.sh` first');
  process.exit(2);
}
const SHAPES = 'shapes/akhbar.ttl';
const validate = createValidator(readTurtleFiles([SHAPES]));

/** Each graph of the N-Quads file in turn (the quads of a graph are together in a run's output). */
async function* graphsOf(path: string): AsyncGenerator<[string, Quad[]]> {
  let name: string | undefined;
  let quads: Quad[] = [];
  for await (const quad of createReadStream(path).pipe(new StreamParser({ format: 'N-Quads' })) as AsyncIterable<Quad>) {
    const graph = `<${quad.graph.value}>`;
    if (graph !== name) {
      if (name) yield [name, quads];
      name = graph;
      quads = [];
    }
    quads.push(quad);
  }
  if (name) yield [name, quads];
}

const work = mkdtempSync(join(tmpdir(), 'akhbar-jena-crosscheck-'));
try {
  let start = performance.now();
  const jenaWhole = jenaVerdicts(classpath, SHAPES, file);
  const akhbar = new Map<string, Verdict>();
  const brokenAkhbar = new Map<string, Verdict>();
  const broken: Quad[] = [];
  let triples = 0;
  for await (const [name, quads] of graphsOf(file)) {
    triples += quads.length;
    akhbar.set(name, akhbarVerdict(await validate(quads)));
    if (brokenAkhbar.size < brokenCount) {
      const n = brokenAkhbar.size;
      const dropped = quads.filter((_, i) => i !== (n * 7919) % quads.length);
      const brokenName = `<urn:akhbar-crosscheck:broken:${n}>`;
      brokenAkhbar.set(brokenName, akhbarVerdict(await validate(dropped)));
      broken.push(...dropped.map((q) => DataFactory.quad(q.subject, q.predicate, q.object, DataFactory.namedNode(brokenName.slice(1, -1)))));
    }
  }
  const akhbarMs = performance.now() - start;
  const jena = await jenaWhole;
  const jenaMs = performance.now() - start;
  const brokenFile = join(work, 'broken.nq');
  writeFileSync(brokenFile, new Writer({ format: 'N-Quads' }).quadsToString(broken));
  start = performance.now();
  const jenaBroken = await jenaVerdicts(classpath, SHAPES, brokenFile);
  const brokenMs = performance.now() - start;

  const report = (what: string, ours: Map<string, Verdict>, theirs: Map<string, Verdict>) => {
    const a = compare(ours, theirs);
    const conforming = [...ours.values()].filter((v) => v.conforms).length;
    console.log(`| ${what} | ${a.graphs} | ${conforming} | ${a.sameVerdict} | ${a.sameResults} |`);
    return a;
  };
  console.log(`${file}: ${akhbar.size} graphs, ${triples} triples; Akhbar validated them in ${(akhbarMs / 1000).toFixed(1)} s, Jena (in parallel, one JVM) in ${(jenaMs / 1000).toFixed(1)} s; the ${broken.length} triples of the broken copies in ${(brokenMs / 1000).toFixed(1)} s\n`);
  console.log('| graphs | count | conforming (Akhbar) | same verdict | same results |');
  console.log('|---|---|---|---|---|');
  const whole = report('the corpus output', akhbar, jena);
  const copies = report(`the first ${brokenAkhbar.size}, one triple dropped from each`, brokenAkhbar, jenaBroken);
  const differences = [...whole.differences, ...copies.differences];
  if (differences.length > 0) console.log(`\n${differences.slice(0, 20).map(describeDifference).join('\n')}${differences.length > 20 ? `\n… and ${differences.length - 20} more` : ''}`);
  process.exitCode = differences.length > 0 ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
