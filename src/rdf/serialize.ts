// Writes quads as Turtle (prefixed, grouped by subject), N-Quads, and JSON-LD compacted against
// ontology/context.jsonld with the context embedded, all in one stable order.
import { DataFactory, Writer } from 'n3';
import jsonld from 'jsonld';
import type { Quad } from '@rdfjs/types';
import { NS, OUTPUT_PREFIXES } from './vocabulary.js';

const RDF_TYPE = NS.rdf + 'type';

/** Subjects in IRI order, rdf:type first in each, then predicates and objects in order. */
export function sortQuads(quads: readonly Quad[]): Quad[] {
  return [...quads].sort(compareQuads);
}

/** sortQuads without duplicates: quads equal in all four terms are written once. */
export function sortUniqueQuads(quads: readonly Quad[]): Quad[] {
  const sorted = sortQuads(quads);
  return sorted.filter((q, i) => i === 0 || compareQuads(sorted[i - 1] as Quad, q) !== 0);
}

function compareQuads(a: Quad, b: Quad): number {
  return (
    compare(a.graph.value, b.graph.value) ||
    compare(a.subject.value, b.subject.value) ||
    Number(b.predicate.value === RDF_TYPE) - Number(a.predicate.value === RDF_TYPE) ||
    compare(a.predicate.value, b.predicate.value) ||
    compareObjects(a.object, b.object)
  );
}

/** Objects by term type, value, then language and datatype: no term's value contains U+0000. */
function compareObjects(a: Quad['object'], b: Quad['object']): number {
  const byType = compare(a.termType, b.termType) || compare(a.value, b.value);
  if (byType !== 0 || a.termType !== 'Literal' || b.termType !== 'Literal') return byType;
  return compare(a.language, b.language) || compare(a.datatype.value, b.datatype.value);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `sorted`: the quads are already in sortQuads order, so they are written as they come. */
export interface WriteOptions {
  sorted?: boolean;
}

function write(quads: readonly Quad[], options: ConstructorParameters<typeof Writer>[0], sorted = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const writer = new Writer(options);
    writer.addQuads(sorted ? [...quads] : sortQuads(quads));
    writer.end((error: Error | null, result: string) => (error ? reject(error) : resolve(result)));
  });
}

export function toTurtle(quads: readonly Quad[], options: WriteOptions = {}): Promise<string> {
  return write(quads, { prefixes: OUTPUT_PREFIXES }, options.sorted);
}

/** N-Quads; with `graph`, every triple is written in that named graph (the article's, for a corpus file). */
export async function toNQuads(quads: readonly Quad[], graph?: string, options: WriteOptions = {}): Promise<string> {
  const ordered = options.sorted ? quads : sortQuads(quads);
  // Line by line, as N3's streaming writer writes N-Quads, without its buffering.
  const writer = new Writer({ format: 'N-Quads' });
  if (graph === undefined) return writer.quadsToString([...ordered]);
  const named = DataFactory.namedNode(graph);
  let text = '';
  for (const q of ordered) text += writer.quadToString(q.subject, q.predicate, q.object, named);
  return text;
}

/** JSON-LD compacted against `context` (the object inside ontology/context.jsonld), which is embedded. */
export async function toJsonLd(quads: readonly Quad[], context: Record<string, unknown>, options: WriteOptions = {}): Promise<string> {
  // The quads go in as a dataset, not as N-Quads text: jsonld's N-Quads reader drops duplicates by
  // comparing each quad with every one before it in its graph, quadratic in the size of the graph.
  const triples = quads.map((q) => (q.graph.termType === 'DefaultGraph' ? q : DataFactory.quad(q.subject, q.predicate, q.object)));
  const dataset = options.sorted ? triples : sortUniqueQuads(triples);
  const expanded = await jsonld.fromRDF(dataset, { useNativeTypes: false });
  const compacted = await jsonld.compact(expanded, context as jsonld.ContextDefinition, { compactArrays: true });
  return `${JSON.stringify(compacted, null, 2)}\n`;
}

/** N-Triples (graph names dropped), each triple once: the body of a Graph Store Protocol request. */
export async function toNTriples(quads: readonly Quad[]): Promise<string> {
  const text = await write(quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object)), { format: 'N-Triples' });
  return [...new Set(text.split('\n').filter((line) => line !== ''))].map((line) => `${line}\n`).join('');
}
