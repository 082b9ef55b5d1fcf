// Akhbar's validation against Apache Jena's SHACL on the same graphs: Jena runs every graph of an
// N-Quads file in one JVM (scripts/jena/ShaclBatch.java), Akhbar validates each as `akhbar run`
// does (the default engine plus the anchor check), and the two are compared graph by graph on the
// verdict and on the set of (focus node, path, source shape, constraint component). Shared by
// test/validate/jena.test.ts and scripts/jena-crosscheck.ts.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ValidationOutcome, Violation } from '../../../src/validate/report.js';

const SPARQL_COMPONENT = 'http://www.w3.org/ns/shacl#SPARQLConstraintComponent';

export interface Verdict {
  conforms: boolean;
  results: Set<string>;
}

/** The classpath scripts/jena/setup.sh left, when Java and it are there; undefined otherwise. */
export function jenaClasspath(dir = process.env.JENA_DIR ?? '/tmp/akhbar-jena'): string | undefined {
  const file = join(dir, 'classpath');
  if (!existsSync(file) || !existsSync(join(dir, 'classes', 'ShaclBatch.class'))) return undefined;
  return readFileSync(file, 'utf8').trim();
}

/**
 * What a result is compared on. Blank nodes and literals are compared by kind and text only (their
 * labels are each parser's own); the path of a SPARQL constraint's result is left out (Akhbar's
 * anchor check names nif:beginIndex, Jena's SPARQL result names none).
 */
export function comparisonKey(focus: string, path: string | undefined, shape: string | undefined, component: string): string {
  const term = (t: string | undefined) => (!t || t === '-' ? '-' : t.startsWith('_:') ? '_:' : t.startsWith('"') ? (/^"((?:[^"\\]|\\.)*)"/.exec(t)?.[1] ?? t) : t.startsWith('<') ? t : `<${t}>`);
  const bare = component.replace(/^<|>$/g, '');
  return [term(focus), bare === SPARQL_COMPONENT ? '-' : term(path), term(shape), `<${bare}>`].join(' ');
}

export function akhbarVerdict(outcome: ValidationOutcome): Verdict {
  return { conforms: outcome.conforms, results: new Set(outcome.violations.map((v: Violation) => comparisonKey(v.focusNode, v.path, v.sourceShape, v.constraint ?? ''))) };
}

/** Jena's verdict on each graph of `data` (N-Quads, or one graph in Turtle), by graph name in N-Triples form. */
export async function jenaVerdicts(classpath: string, shapesFile: string, data: string): Promise<Map<string, Verdict>> {
  const java = spawn('java', ['-Xss8m', '-cp', classpath, 'ShaclBatch', shapesFile, data], { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  java.stderr.on('data', (d) => (errors += d));
  const verdicts = new Map<string, Verdict>();
  let current: Verdict | undefined;
  for await (const line of createInterface({ input: java.stdout })) {
    const [kind, ...fields] = line.split('\t');
    if (kind === 'G') {
      current = { conforms: fields[1] === 'true', results: new Set() };
      verdicts.set(fields[0] as string, current);
    } else if (kind === 'R' && current) {
      const [focus, path, shape, component] = fields as [string, string, string, string];
      current.results.add(comparisonKey(focus, path, shape, component));
    }
  }
  const code = await new Promise<number | null>((resolve) => java.on('close', resolve));
  if (code !== 0) throw new Error(`Jena's batch validator exited with ${code}: ${errors.trim().split('\n').slice(0, 5).join(' | ')}`);
  return verdicts;
}

export interface Agreement {
  graphs: number;
  sameVerdict: number;
  sameResults: number;
  /** The graphs where they differ, with what differs. */
  differences: { graph: string; akhbar: Verdict; jena?: Verdict }[];
}

export function compare(akhbar: Map<string, Verdict>, jena: Map<string, Verdict>): Agreement {
  const agreement: Agreement = { graphs: akhbar.size, sameVerdict: 0, sameResults: 0, differences: [] };
  for (const [graph, ours] of akhbar) {
    const theirs = jena.get(graph);
    const sameVerdict = theirs !== undefined && theirs.conforms === ours.conforms;
    const sameResults = sameVerdict && theirs.results.size === ours.results.size && [...ours.results].every((r) => theirs.results.has(r));
    if (sameVerdict) agreement.sameVerdict++;
    if (sameResults) agreement.sameResults++;
    else agreement.differences.push({ graph, akhbar: ours, jena: theirs });
  }
  return agreement;
}

export function describeDifference(d: Agreement['differences'][number]): string {
  const only = (a: Set<string>, b: Set<string> | undefined) => [...a].filter((r) => !b?.has(r));
  return [`${d.graph}: Akhbar ${d.akhbar.conforms ? 'conforms' : 'does not conform'}, Jena ${d.jena ? (d.jena.conforms ? 'conforms' : 'does not conform') : 'gave no verdict'}`, ...only(d.akhbar.results, d.jena?.results).map((r) => `  only Akhbar: ${r}`), ...(d.jena ? only(d.jena.results, d.akhbar.results).map((r) => `  only Jena:   ${r}`) : [])].join('\n');
}
