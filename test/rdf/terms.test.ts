import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { terms } from '../../src/rdf/terms.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';

describe('terms', () => {
  it('equal N3 terms of the same value, and only those', () => {
    expect(terms.literal('نعم', 'AR').equals(DataFactory.literal('نعم', 'ar'))).toBe(true);
    expect(terms.literal('نعم', 'ar').equals(DataFactory.literal('نعم'))).toBe(false);
    expect(terms.literal('1', terms.namedNode(`${XSD}integer`)).equals(DataFactory.literal('1', DataFactory.namedNode(`${XSD}integer`)))).toBe(true);
    expect(terms.namedNode('https://example.org/x').equals(DataFactory.namedNode('https://example.org/x'))).toBe(true);
    expect(terms.namedNode('https://example.org/x').equals(DataFactory.blankNode('https://example.org/x'))).toBe(false);
    expect(terms.quad(terms.namedNode('urn:s'), terms.namedNode('urn:p'), terms.literal('o')).equals(DataFactory.quad(DataFactory.namedNode('urn:s'), DataFactory.namedNode('urn:p'), DataFactory.literal('o')))).toBe(true);
  });

  it('give a literal its datatype as RDF says', () => {
    expect(terms.literal('x').datatype.value).toBe(`${XSD}string`);
    expect(terms.literal('x', 'ar').datatype.value).toBe('http://www.w3.org/1999/02/22-rdf-syntax-ns#langString');
  });
});
