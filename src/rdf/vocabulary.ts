// Namespace IRIs of the vocabularies the graph uses (see docs/graph.md).

export const NS = {
  akh: 'https://w3id.org/akhbar/ontology#',
  gz: 'https://w3id.org/akhbar/gazetteer/',
  schema: 'http://schema.org/',
  nif: 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#',
  itsrdf: 'http://www.w3.org/2005/11/its/rdf#',
  prov: 'http://www.w3.org/ns/prov#',
  owl: 'http://www.w3.org/2002/07/owl#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  sh: 'http://www.w3.org/ns/shacl#',
  wd: 'http://www.wikidata.org/entity/',
  dcterms: 'http://purl.org/dc/terms/',
} as const;

/** Prefixes written at the top of Turtle output, in this order. */
export const OUTPUT_PREFIXES: Record<string, string> = {
  akh: NS.akh,
  schema: NS.schema,
  nif: NS.nif,
  itsrdf: NS.itsrdf,
  prov: NS.prov,
  owl: NS.owl,
  rdf: NS.rdf,
  xsd: NS.xsd,
  wd: NS.wd,
};

export const DEFAULT_BASE = 'https://w3id.org/akhbar/id/';
