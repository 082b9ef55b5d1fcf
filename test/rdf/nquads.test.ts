import { describe, expect, it } from 'vitest';
import { DataFactory, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { nquadLines } from '../../src/rdf/nquads.js';
import { terms } from '../../src/rdf/terms.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const TRICKY = ['قال "نعم" \\ لا', 'سطر\nسطر\r\tجدول', '\u0001\u001f\u007f\b\f', 'حدّ\uFFFE\uFFFF', 'وجه 😀 ضاحك', '', 'نص عادي'];

function n3Lines(quads: Quad[], graph?: string): string {
  const writer = new Writer({ format: 'N-Quads' });
  const named = graph === undefined ? undefined : DataFactory.namedNode(graph);
  return quads.map((q) => writer.quadToString(q.subject, q.predicate, q.object, named ?? q.graph)).join('');
}

describe('nquadLines', () => {
  const s = terms.namedNode('https://example.org/akhbar/article/a-1#statement-1');
  const p = terms.namedNode('https://example.org/akhbar/ontology#content');
  const quads: Quad[] = [
    ...TRICKY.map((text) => terms.quad(s, p, terms.literal(text, 'ar'))),
    ...TRICKY.map((text) => terms.quad(s, p, terms.literal(text))),
    terms.quad(s, p, terms.literal('17', terms.namedNode(`${XSD}nonNegativeInteger`))),
    terms.quad(s, p, terms.literal('2025-08-15', terms.namedNode(`${XSD}date`))),
    terms.quad(s, p, terms.namedNode('https://example.org/a "b"')),
    terms.quad(terms.blankNode('b1'), p, terms.blankNode('b2')),
    terms.quad(s, p, terms.literal('in a graph'), terms.namedNode('https://example.org/g')),
  ];

  it('writes what N3 writes in N-Quads, escapes included', () => {
    expect(nquadLines(quads).join('')).toBe(n3Lines(quads));
  });

  it('puts every quad in the named graph it is given', () => {
    const graph = 'https://example.org/akhbar/article/a-1';
    expect(nquadLines(quads, graph).join('')).toBe(n3Lines(quads, graph));
    expect(nquadLines(quads, graph).every((line) => line.endsWith(` <${graph}> .\n`))).toBe(true);
  });

  it('writes the same for N3 terms as for its own', () => {
    const n3 = quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object, q.graph) as Quad);
    expect(nquadLines(n3).join('')).toBe(nquadLines(quads).join(''));
  });
});
