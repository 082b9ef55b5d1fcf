// The embedded store: each query form, the union of the article graphs, and SPARQL errors.
import { beforeAll, describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { createEmbeddedStore, type EmbeddedStore } from '../../src/store/embedded.js';
import { collectDataFiles, readDataFiles } from '../../src/store/data-files.js';
import { mergeGraphSets } from '../../src/store/articles.js';

const ARTICLE = 'https://w3id.org/akhbar/id/article/alaska-summit';
let store: EmbeddedStore;
beforeAll(async () => {
  const graphs = await readDataFiles(collectDataFiles(['output']));
  const { quad, namedNode, literal } = DataFactory;
  mergeGraphSets(graphs, new Map([['', [quad(namedNode('urn:note'), namedNode('urn:says'), literal('outside any article'))]]]));
  store = await createEmbeddedStore(graphs);
});

describe('the embedded store', () => {
  it('holds each article once in its named graph, even when read from .ttl and all.nq', () => {
    expect(store.size).toBe(672);
    expect(store.query(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${ARTICLE}> { ?s ?p ?o } }`)).toMatchObject({ bindings: [{ n: { value: '671' } }] });
  });

  it('queries the union of all graphs when the query names none', () => {
    expect(store.query('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }')).toMatchObject({ vars: ['n'], bindings: [{ n: { value: '672' } }] });
  });

  it('answers ASK with a boolean and CONSTRUCT with quads', () => {
    expect(store.query('ASK { ?s a <http://schema.org/Person> }')).toEqual({ kind: 'boolean', value: true });
    const graph = store.query('CONSTRUCT { ?p <urn:named> ?n } WHERE { ?p a <http://schema.org/Person> ; <http://schema.org/name> ?n }');
    expect(graph.kind === 'graph' && graph.quads.length).toBe(4);
  });

  it('keeps Arabic literals exact', () => {
    const result = store.query('SELECT ?name WHERE { <https://w3id.org/akhbar/id/entity/Q7747> <http://schema.org/name> ?name FILTER (lang(?name) = "ar") }');
    expect(result).toMatchObject({ bindings: [{ name: { type: 'literal', value: 'فلاديمير بوتين', 'xml:lang': 'ar' } }] });
  });

  it('reports a syntax error with its position', () => {
    expect(() => store.query('SELECT ?x WHERE { ?x ?y }')).toThrow(expect.objectContaining({ code: 'E_SPARQL', message: expect.stringMatching(/1:\d+/) }));
  });
});
