// Query form, variables and --param binding, read from the query text alone.
import { describe, expect, it } from 'vitest';
import { bindParams, parseParam, queryForm, queryVariables } from '../../src/store/sparql-text.js';

describe('queryForm', () => {
  it.each([
    ['SELECT * WHERE { ?s ?p ?o }', 'SELECT'],
    ['PREFIX ex: <http://ex.org/ask#> # ASK in a comment\nconstruct { ?s ?p ?o } where { ?s ?p ?o }', 'CONSTRUCT'],
    ['BASE <http://select.org/> ASK { ?s ?p "SELECT" }', 'ASK'],
    ['DESCRIBE <urn:x>', 'DESCRIBE'],
  ])('%s → %s', (query, form) => {
    expect(queryForm(query)).toBe(form);
  });

  it('refuses an update as a usage error and nonsense as SPARQL', () => {
    expect(() => queryForm('INSERT DATA { <urn:a> <urn:b> <urn:c> }')).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
    expect(() => queryForm('hello')).toThrow(expect.objectContaining({ code: 'E_SPARQL' }));
  });
});

describe('parameters', () => {
  it('reads name=IRI with or without angle brackets', () => {
    expect(parseParam('person=https://w3id.org/akhbar/id/entity/Q7747')).toEqual(['person', 'https://w3id.org/akhbar/id/entity/Q7747']);
    expect(parseParam('?place=<urn:x:y>')).toEqual(['place', 'urn:x:y']);
  });

  it.each(['person', 'person=', 'person=not an iri', 'person=<a>b>', '=urn:x'])('refuses %j', (text) => {
    expect(() => parseParam(text)).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
  });

  it('lists the variables of a query, not the words in its strings', () => {
    expect(queryVariables('SELECT ?a $b WHERE { ?a ?p "?c" }')).toEqual(new Set(['a', 'b', 'p']));
  });

  it('puts a VALUES block at the start of the WHERE pattern', () => {
    const query = '# a comment { with a brace\nPREFIX ex: <http://example.org/where#>\nSELECT ?person ?n WHERE {\n  ?person ex:name ?n .\n} ORDER BY ?n';
    expect(bindParams(query, new Map([['person', 'urn:p']]))).toBe('# a comment { with a brace\nPREFIX ex: <http://example.org/where#>\nSELECT ?person ?n WHERE {\n  VALUES (?person) { (<urn:p>) }\n  ?person ex:name ?n .\n} ORDER BY ?n');
  });

  it('skips the template of a CONSTRUCT, and binds several names at once', () => {
    const bound = bindParams('CONSTRUCT { ?a ?p ?b } WHERE { ?a ?p ?b }', new Map([['a', 'urn:a'], ['b', 'urn:b']]));
    expect(bound).toBe('CONSTRUCT { ?a ?p ?b } WHERE {\n  VALUES (?a ?b) { (<urn:a> <urn:b>) } ?a ?p ?b }');
  });

  it('refuses a name the query does not use', () => {
    expect(() => bindParams('SELECT * { ?s ?p ?o }', new Map([['x', 'urn:x']]))).toThrow(/no variable \?x/);
  });
});
