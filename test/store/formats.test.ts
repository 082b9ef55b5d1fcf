// SPARQL 1.1 JSON, CSV and TSV results, and graphs as Turtle or N-Quads.
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { formatCsv, formatJson, formatResult, formatTsv, termToSparql } from '../../src/store/formats.js';
import { parseJsonResults, type QueryResult } from '../../src/store/results.js';

const result: QueryResult = {
  kind: 'solutions',
  vars: ['s', 'label', 'n'],
  bindings: [
    { s: { type: 'uri', value: 'urn:a' }, label: { type: 'literal', value: 'قال "نعم", ثم\tمضى', 'xml:lang': 'ar' }, n: { type: 'literal', value: '3', datatype: 'http://www.w3.org/2001/XMLSchema#integer' } },
    { s: { type: 'bnode', value: 'b1' }, label: { type: 'literal', value: 'plain' } },
  ],
};

describe('result formats', () => {
  it('writes the standard JSON, which reads back to the same result', () => {
    expect(parseJsonResults(formatJson(result))).toEqual(result);
    expect(JSON.parse(formatJson({ kind: 'boolean', value: true }))).toEqual({ head: {}, boolean: true });
  });

  it('writes CSV with lexical values, quoting where needed, CRLF line ends', () => {
    expect(formatCsv(result)).toBe('s,label,n\r\nurn:a,"قال ""نعم"", ثم\tمضى",3\r\n_:b1,plain,\r\n');
  });

  it('writes TSV with terms in SPARQL syntax and tabs escaped', () => {
    expect(formatTsv(result)).toBe('?s\t?label\t?n\n<urn:a>\t"قال \\"نعم\\", ثم\\tمضى"@ar\t"3"^^<http://www.w3.org/2001/XMLSchema#integer>\n_:b1\t"plain"\t\n');
  });

  it('writes a plain string literal without its datatype', () => {
    expect(termToSparql({ type: 'literal', value: 'x', datatype: 'http://www.w3.org/2001/XMLSchema#string' })).toBe('"x"');
  });

  it('reads the pre-standard typed-literal as a literal', () => {
    const virtuoso = '{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"typed-literal","datatype":"http://www.w3.org/2001/XMLSchema#integer","value":"671"}}]}}';
    expect(parseJsonResults(virtuoso)).toEqual({ kind: 'solutions', vars: ['n'], bindings: [{ n: { type: 'literal', value: '671', datatype: 'http://www.w3.org/2001/XMLSchema#integer' } }] });
  });

  it('writes graphs as Turtle with Akhbar prefixes, or as N-Quads', async () => {
    const { namedNode, literal, quad } = DataFactory;
    const graph: QueryResult = { kind: 'graph', quads: [quad(namedNode('urn:e'), namedNode('http://schema.org/name'), literal('ألاسكا', 'ar'))] };
    expect(await formatResult(graph, { format: 'table' })).toContain('<urn:e> schema:name "ألاسكا"@ar.');
    expect(await formatResult(graph, { format: 'table', nquads: true })).toBe('<urn:e> <http://schema.org/name> "ألاسكا"@ar .\n');
  });
});
