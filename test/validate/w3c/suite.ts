// The W3C SHACL test suite (core section of the data-shapes test suite) run through Akhbar's engines.
// The suite's files are read where the shacl-engine package ships them (node_modules/shacl-engine/
// test/assets/data-shapes/core, W3C Software and Document License; see docs/validation.md), so
// nothing is copied into the project. Each test is judged as the issue asks: its conformance and
// the set of (focus node, result path, source shape, constraint component) against the expected
// report. Shared by test/validate/w3c-suite.test.ts and scripts/shacl-suite.ts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Parser } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { GraphIndex, termKey } from '../../../src/validate/compiled/graph-index.js';
import { pathText, readPath } from '../../../src/validate/property-path.js';
import { createEngine } from '../../../src/validate/validate.js';
import type { EngineName, EngineResult } from '../../../src/validate/engines/engines.js';

const MF = 'http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#';
const SHT = 'http://www.w3.org/ns/shacl-test#';
const SH = 'http://www.w3.org/ns/shacl#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** The core manifest inside the shacl-engine package; a clear error when a version no longer ships it. */
export function suiteManifest(): string {
  const packageDir = dirname(createRequire(import.meta.url).resolve('shacl-engine'));
  const manifest = join(packageDir, 'test', 'assets', 'data-shapes', 'core', 'manifest.ttl');
  if (!existsSync(manifest)) throw new Error(`${manifest}: the W3C SHACL core test suite is not where shacl-engine ${packageVersion(packageDir)} used to ship it`);
  return manifest;
}

function packageVersion(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

export interface SuiteTest {
  /** The test's path below core/, e.g. `node/and-001`. */
  id: string;
  label: string;
  data: Quad[];
  shapes: Quad[];
  conforms: boolean;
  /** The expected results, one key each (see resultKey). */
  expected: Set<string>;
}

/** Every sht:Validate test of the core section, in manifest order. */
export function loadSuite(manifest = suiteManifest()): SuiteTest[] {
  const root = dirname(manifest);
  const parsed = new Map<string, Quad[]>();
  // One parse per file, so that a test file that is its own data and shapes graph shares blank nodes with its report.
  const load = (url: string): Quad[] => {
    let quads = parsed.get(url);
    if (!quads) parsed.set(url, (quads = new Parser({ baseIRI: url }).parse(readFileSync(fileURLToPath(url), 'utf8'))));
    return quads;
  };
  const tests: SuiteTest[] = [];
  const visit = (url: string) => {
    const graph = new GraphIndex(load(url));
    const self = { termType: 'NamedNode', value: url } as Term;
    for (const include of graph.objects(self, MF + 'include')) visit(include.value);
    for (const list of graph.objects(self, MF + 'entries')) {
      for (const entry of graph.list(list)) {
        if (!graph.objects(entry, RDF_TYPE).some((t) => t.value === SHT + 'Validate')) continue;
        const action = graph.objects(entry, MF + 'action')[0] as Term;
        const result = graph.objects(entry, MF + 'result')[0] as Term;
        const fileOf = (p: string) => (graph.objects(action, SHT + p)[0] as Term).value;
        tests.push({
          id: fileURLToPath(url).slice(root.length + 1).replace(/\.ttl$/, ''),
          label: graph.objects(entry, 'http://www.w3.org/2000/01/rdf-schema#label')[0]?.value ?? '',
          data: load(fileOf('dataGraph')),
          shapes: load(fileOf('shapesGraph')),
          conforms: graph.objects(result, SH + 'conforms')[0]?.value === 'true',
          expected: new Set(graph.objects(result, SH + 'result').map((r) => expectedKey(r, graph))),
        });
      }
    }
  };
  visit(pathToFileURL(manifest).href);
  return tests;
}

function expectedKey(result: Term, report: GraphIndex): string {
  const one = (p: string) => report.objects(result, SH + p)[0];
  const pathNode = one('resultPath');
  const path = pathNode && readPath(pathNode, report);
  // A path this reader cannot read stays a key no engine's result can have.
  const shown = pathNode && (path ? pathText(path) : `unreadable ${termKey(pathNode)}`);
  return key(one('focusNode') as Term, shown, one('sourceShape') as Term, (one('sourceConstraintComponent') as Term).value);
}

/** What a result is compared on. */
export function resultKey(r: EngineResult): string {
  return key(r.focusNode, r.path && pathText(r.path), r.sourceShape, r.constraint);
}

function key(focus: Term, path: string | undefined, shape: Term, component: string): string {
  return [termKey(focus), path ?? '-', termKey(shape), component.replace(SH, 'sh:')].join('  ');
}

export type Status = 'passed' | 'failed' | 'refused';

export interface Outcome {
  engine: EngineName;
  test: SuiteTest;
  status: Status;
  /** For a refusal: what the compiled engine does not implement, and whether the engine it fell back on passed. */
  refusal?: string;
  fallbackPassed?: boolean;
  /** For a failure (or a fallback's failure): what differed. */
  difference?: string;
}

/** Runs one test through one engine as a user's `akhbar validate --engine NAME --shapes` would. */
export async function runTest(engine: EngineName, test: SuiteTest): Promise<Outcome> {
  let judged: { passed: boolean; difference?: string };
  let ran: ReturnType<typeof createEngine> | undefined;
  try {
    ran = createEngine(engine, test.shapes);
    judged = judge(test, await ran.run(test.data));
  } catch (error) {
    judged = { passed: false, difference: `threw ${(error as Error).message.split('\n')[0]}` };
  }
  if (ran?.fallback) return { engine, test, status: 'refused', refusal: ran.fallback, fallbackPassed: judged.passed, difference: judged.difference };
  return { engine, test, status: judged.passed ? 'passed' : 'failed', difference: judged.difference };
}

function judge(test: SuiteTest, results: EngineResult[]): { passed: boolean; difference?: string } {
  const found = new Set(results.map(resultKey));
  const missing = [...test.expected].filter((k) => !found.has(k));
  const extra = [...found].filter((k) => !test.expected.has(k));
  const conforms = results.length === 0;
  if (conforms === test.conforms && missing.length === 0 && extra.length === 0) return { passed: true };
  const lines = [conforms !== test.conforms ? `conforms ${conforms}, expected ${test.conforms}` : '', ...missing.map((k) => `missing ${k}`), ...extra.map((k) => `unexpected ${k}`)];
  return { passed: false, difference: lines.filter(Boolean).join('\n') };
}
