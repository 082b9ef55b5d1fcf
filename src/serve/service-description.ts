// What GET /sparql without a query answers: a SPARQL 1.1 Service Description of this endpoint.

const FORMATS = ['SPARQL_Results_JSON', 'SPARQL_Results_XML', 'SPARQL_Results_CSV', 'SPARQL_Results_TSV', 'Turtle', 'N-Quads', 'N-Triples', 'JSON-LD'];

export function serviceDescription(endpoint: string): string {
  return `@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

<${endpoint}> a sd:Service ;
    rdfs:comment "Akhbar's read-only SPARQL 1.1 endpoint (akhbar serve): a query without FROM sees the union of the article graphs." ;
    sd:endpoint <${endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:feature sd:UnionDefaultGraph ;
    sd:resultFormat ${FORMATS.map((f) => `<http://www.w3.org/ns/formats/${f}>`).join(', ')} .
`;
}
