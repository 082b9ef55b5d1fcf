// The documentation keeps up with what it documents: docs/graph.md names every term the ontology
// defines, the shapes check and the sample graph uses; its example is what the pipeline writes and
// conforms to the shapes; the README's documents exist and none points outside the repository.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { NS } from '../src/rdf/vocabulary.js';
import { createValidator } from '../src/validate/validate.js';
import { projectData } from './helpers.js';
import { runCli } from './cli/run-cli.js';

const GRAPH_DOC = readFileSync('docs/graph.md', 'utf8');
const PREFIXES: Record<string, string> = { akh: NS.akh, schema: NS.schema, nif: NS.nif, itsrdf: NS.itsrdf, prov: NS.prov, owl: NS.owl, xsd: NS.xsd, wd: NS.wd };
/** Terms every RDF file has and a contract need not explain. */
const GENERIC = new Set([`${NS.rdf}type`, `${NS.rdf}langString`, `${NS.xsd}string`, `${NS.xsd}date`, `${NS.xsd}dateTime`, `${NS.xsd}decimal`, `${NS.xsd}nonNegativeInteger`, `${NS.xsd}anyURI`]);

/** `schema:Person` for http://schema.org/Person, when one of the contract's prefixes covers it. */
function prefixed(iri: string): string | undefined {
  for (const [prefix, ns] of Object.entries(PREFIXES)) if (iri.startsWith(ns) && /^[A-Za-z]+$/.test(iri.slice(ns.length))) return `${prefix}:${iri.slice(ns.length)}`;
  return undefined;
}

function documented(iris: Iterable<string>): string[] {
  return [...new Set(iris)].filter((iri) => !GENERIC.has(iri) && !iri.startsWith(NS.wd)).map((iri) => prefixed(iri) ?? iri).filter((name) => !GRAPH_DOC.includes(`\`${name}\``)).sort();
}

const block = (doc: string, lang: string): string => (new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(doc)?.[1] ?? '') as string;

describe('docs/graph.md', () => {
  it('names every term the ontology defines', () => {
    const ontology = new Parser().parse(readFileSync('ontology/akhbar.ttl', 'utf8'));
    const defined = ontology.filter((q) => q.predicate.value === `${NS.rdf}type` && q.subject.value.startsWith(NS.akh) && q.subject.value !== NS.akh.slice(0, -1)).map((q) => q.subject.value);
    expect(defined.length).toBeGreaterThan(30);
    expect(documented(defined)).toEqual([]);
  });

  it('names every class and property the shapes check', () => {
    const shapes = projectData().shapes;
    const paths = shapes.filter((q) => [`${NS.sh}path`, `${NS.sh}targetClass`, `${NS.sh}class`].includes(q.predicate.value) && q.object.termType === 'NamedNode').map((q) => q.object.value);
    expect(documented(paths)).toEqual([]);
  });

  it('names every property and class of the sample graph', () => {
    const sample = new Parser().parse(readFileSync('output/alaska-summit.ttl', 'utf8'));
    const used = [...sample.map((q) => q.predicate.value), ...sample.filter((q) => q.predicate.value === `${NS.rdf}type`).map((q) => q.object.value)];
    expect(documented(used)).toEqual([]);
  });

  it('gives an example that conforms to the shapes and is what akhbar run writes for its article', async () => {
    const example = block(GRAPH_DOC, 'turtle');
    const quads = new Parser().parse(example);
    expect(quads.length).toBeGreaterThan(50);
    expect((await createValidator(projectData().shapes)(quads)).conforms).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'akhbar-docs-'));
    try {
      writeFileSync(join(dir, 'example.txt'), block(GRAPH_DOC, 'text'));
      writeFileSync(join(dir, 'example.json'), block(GRAPH_DOC, 'json'));
      expect((await runCli('run', dir, '--out', join(dir, 'out'), '--quiet', '--jobs', '1')).code).toBe(0);
      // The confidence of a rule is measured anew on the annotated articles: its figure may move
      // (a whole 1 is written as a typed literal).
      const body = (turtle: string) => turtle.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('@prefix')).map((l) => l.replace(/akh:confidence ([0-9.]+|"[0-9.]+"\^\^xsd:decimal);/, 'akh:confidence _;'));
      expect(body(example)).toEqual(body(readFileSync(join(dir, 'out', 'example.ttl'), 'utf8')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('points at documents and a picture that are in the repository', () => {
    const paths = [...readme.matchAll(/\b(docs\/[\w/.-]+\.(?:md|png))/g)].map((m) => m[1] as string);
    expect(paths).toContain('docs/graph.md');
    expect(paths).toContain('docs/images/akhbar-view.png');
    for (const path of paths) expect(existsSync(path), path).toBe(true);
  });

  it('sends no reader to the team’s design folder outside the repository', () => {
    for (const file of ['README.md', 'docs/graph.md', 'docs/evaluation.md', 'docs/data.md', 'docs/architecture.md', 'docs/performance.md']) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/shared\/design/);
    }
  });
});
