// Apache Jena's SHACL gives the same verdicts and the same results as Akhbar's validation on the
// deliberately broken graphs (one per constraint of the shapes), the sample output, and the graphs
// the pipeline builds from the test articles with and without a dropped triple. Jena runs them all in
// one JVM. Skipped, saying so, where scripts/jena/setup.sh has not been run (.ci/run runs it);
// `npm run jena-crosscheck -- --corpus DIR` does the same on a whole corpus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFactory, Parser, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { createValidator } from '../../src/validate/validate.js';
import { readTurtleFiles } from '../../src/io/resources.js';
import { analyze } from '../../src/pipeline.js';
import { buildGraph } from '../../src/rdf/build-graph.js';
import { BREAKAGES, VALID_GRAPH, mutate, parse } from '../fixtures/broken-graphs.js';
import { fixtureArticles } from '../fixtures/corpus.js';
import { projectData } from '../helpers.js';
import { akhbarVerdict, compare, describeDifference, jenaClasspath, jenaVerdicts, type Verdict } from './jena/crosscheck.js';

const classpath = jenaClasspath();
if (!classpath) console.warn('Jena cross-check skipped: run `bash scripts/jena/setup.sh` first (it installs Debian\'s Jena and builds the batch validator)');

describe.skipIf(!classpath)('Akhbar and Apache Jena on the same graphs', () => {
  const shapes = readTurtleFiles(['shapes/akhbar.ttl']);
  const validate = createValidator(shapes);
  const graphs = new Map<string, Quad[]>();
  let work: string;
  let jena: Map<string, Verdict>;
  const akhbar = new Map<string, Verdict>();

  beforeAll(async () => {
    graphs.set('valid-fixture', parse(VALID_GRAPH));
    BREAKAGES.forEach(([, remove, add], n) => graphs.set(`broken-${n}`, mutate(remove, add)));
    graphs.set('sample', new Parser({ format: 'N-Quads' }).parse(readFileSync('output/all.nq', 'utf8')));
    for (const [n, article] of fixtureArticles(8).entries()) {
      const quads = buildGraph(analyze(article.id, article.text, projectData().resources), { base: 'https://example.org/id/' });
      graphs.set(`article-${n}`, quads);
      graphs.set(`article-${n}-dropped`, quads.filter((_, i) => i !== (n * 7919) % quads.length));
    }
    work = mkdtempSync(join(tmpdir(), 'akhbar-jena-'));
    const file = join(work, 'graphs.nq');
    const writer = new Writer({ format: 'N-Quads' });
    const named = [...graphs].flatMap(([name, quads]) => quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object, DataFactory.namedNode(`urn:akhbar-test:${name}`))));
    writeFileSync(file, writer.quadsToString(named));
    jena = await jenaVerdicts(classpath as string, 'shapes/akhbar.ttl', file);
    for (const [name, quads] of graphs) akhbar.set(`<urn:akhbar-test:${name}>`, akhbarVerdict(await validate(quads)));
  }, 120_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('judges every graph, and most of the broken ones do not conform', () => {
    expect(jena.size).toBe(graphs.size);
    const broken = [...akhbar].filter(([name]) => name.includes(':broken-'));
    expect(broken).toHaveLength(BREAKAGES.length);
    expect(broken.every(([, v]) => !v.conforms)).toBe(true);
    expect(akhbar.get('<urn:akhbar-test:valid-fixture>')?.conforms).toBe(true);
    expect(akhbar.get('<urn:akhbar-test:sample>')?.conforms).toBe(true);
  });

  it('gives the same verdict and the same results on each graph', () => {
    const agreement = compare(akhbar, jena);
    expect(agreement.differences.map(describeDifference)).toEqual([]);
    expect(agreement.sameResults).toBe(graphs.size);
  });
});
