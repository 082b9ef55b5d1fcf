// Akhbar's compiled SHACL engine on the SHACL features our shapes do not exercise, and its refusals.
import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { compileShapes, UnsupportedShapesError } from '../../../src/validate/compiled/compile.js';
import { createEngine } from '../../../src/validate/validate.js';
import { readTurtleFiles } from '../../../src/io/resources.js';

const PREFIXES = `@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n`;
const turtle = (text: string) => new Parser().parse(PREFIXES + text);

/** The failing components of `data` against `shapes`, as local names. */
function failures(shapes: string, data: string): string[] {
  return compileShapes(turtle(shapes))(turtle(data)).map((r) => r.component.replace(/.*#/, ''));
}

describe('compiled SHACL engine', () => {
  it('compiles the project shapes itself, without falling back', () => {
    expect(createEngine('compiled', readTurtleFiles(['shapes/akhbar.ttl']).filter((q) => !q.predicate.value.endsWith('#sparql'))).name).toBe('compiled');
    expect(createEngine('compiled', readTurtleFiles(['shapes/gazetteer.ttl'])).name).toBe('compiled');
  });

  it('finds instances of subclasses through rdfs:subClassOf in the data graph', () => {
    const shapes = 'ex:S sh:targetClass ex:Animal ; sh:property [ sh:path ex:name ; sh:minCount 1 ] .';
    expect(failures(shapes, 'ex:Dog rdfs:subClassOf ex:Mammal . ex:Mammal rdfs:subClassOf ex:Animal . ex:rex a ex:Dog .')).toEqual(['MinCountConstraintComponent']);
    expect(failures(shapes, 'ex:rex a ex:Dog .')).toEqual([]);
  });

  it('applies a shape that is also a class to its instances (an implicit class target)', () => {
    // A class shape without an explicit target was never compiled: its instances passed unchecked.
    const shapes = 'ex:Person a rdfs:Class, sh:NodeShape ; sh:property [ sh:path ex:name ; sh:minCount 1 ] . ex:Pupil rdfs:subClassOf ex:Person .';
    expect(failures(shapes, 'ex:a a ex:Person . ex:b a ex:Pupil . ex:Pupil rdfs:subClassOf ex:Person . ex:c a ex:Person ; ex:name "c" .')).toEqual(['MinCountConstraintComponent', 'MinCountConstraintComponent']);
    expect(failures('ex:Person a rdfs:Class ; sh:in ( ex:c ) .', 'ex:a a ex:Person . ex:c a ex:Person .')).toEqual(['InConstraintComponent']);
    expect(failures('ex:Person a rdfs:Class ; rdfs:label "not a shape" .', 'ex:a a ex:Person .')).toEqual([]);
  });

  it('resolves sh:targetNode and sh:targetObjectsOf', () => {
    expect(failures('ex:S sh:targetNode ex:a ; sh:nodeKind sh:BlankNode .', 'ex:b ex:p ex:c .')).toEqual(['NodeKindConstraintComponent']);
    expect(failures('ex:S sh:targetObjectsOf ex:p ; sh:datatype xsd:integer .', 'ex:a ex:p "1"^^xsd:integer , "x" .')).toEqual(['DatatypeConstraintComponent']);
  });

  it('measures sh:minLength in code points, as STRLEN does, not UTF-16 units', () => {
    const shapes = 'ex:S sh:targetObjectsOf ex:p ; sh:minLength 2 .';
    expect(failures(shapes, 'ex:a ex:p "😀" .')).toEqual(['MinLengthConstraintComponent']);
    expect(failures(shapes, 'ex:a ex:p "😀😀" , "نص" .')).toEqual([]);
  });

  it('names each failing component when one focus node fails several', () => {
    const shapes = 'ex:S sh:targetObjectsOf ex:p ; sh:minLength 3 ; sh:datatype xsd:integer ; sh:pattern "^[0-9]+$" .';
    expect(failures(shapes, 'ex:a ex:p "x" .').sort()).toEqual(['DatatypeConstraintComponent', 'MinLengthConstraintComponent', 'PatternConstraintComponent']);
  });

  it('refuses an ill-formed literal of the right datatype', () => {
    expect(failures('ex:S sh:targetObjectsOf ex:p ; sh:datatype xsd:nonNegativeInteger .', 'ex:a ex:p "-3"^^xsd:nonNegativeInteger .')).toEqual(['DatatypeConstraintComponent']);
  });

  it('counts qualified values at most, matches language subtags, honours pattern flags', () => {
    const shapes = `ex:S sh:targetNode ex:a ;
      sh:property [ sh:path ex:label ; sh:qualifiedValueShape [ sh:languageIn ( "ar" ) ] ; sh:qualifiedMaxCount 1 ] ;
      sh:property [ sh:path ex:code ; sh:pattern "^q[0-9]+$" ; sh:flags "i" ] .`;
    expect(failures(shapes, 'ex:a ex:label "أ"@ar-EG , "ب"@en ; ex:code "Q42" .')).toEqual([]);
    expect(failures(shapes, 'ex:a ex:label "أ"@ar-EG , "ب"@ar ; ex:code "Z42" .')).toEqual(['QualifiedMaxCountConstraintComponent', 'PatternConstraintComponent']);
  });

  it('treats values that cannot be compared as not less than', () => {
    const shapes = 'ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:begin ; sh:lessThan ex:end ] .';
    expect(failures(shapes, 'ex:a ex:begin 1 ; ex:end 2 .')).toEqual([]);
    expect(failures(shapes, 'ex:a ex:begin 1 ; ex:end "2" .')).toEqual(['LessThanConstraintComponent']);
    expect(failures(shapes, 'ex:a ex:begin "2020-01-01"^^xsd:date ; ex:end "2021-01-01"^^xsd:date .')).toEqual([]);
  });

  it('reports severity and skips deactivated shapes', () => {
    const results = compileShapes(turtle('ex:S sh:targetNode ex:a ; sh:severity sh:Warning ; sh:hasValue ex:b . ex:T sh:targetNode ex:a ; sh:deactivated true ; sh:hasValue ex:c .'))(turtle('ex:a ex:p ex:q .'));
    expect(results.map((r) => [r.severity, r.shape.value])).toEqual([['Warning', 'http://example.org/S']]);
  });

  it('follows inverse, sequence, alternative and repeated paths, through cycles', () => {
    const data = 'ex:a ex:p ex:b . ex:b ex:p ex:c . ex:c ex:p ex:a . ex:d ex:q ex:a .';
    const count = (path: string, n: number) => failures(`ex:S sh:targetNode ex:a ; sh:property [ sh:path ${path} ; sh:maxCount ${n} ] .`, data).length === 0 && failures(`ex:S sh:targetNode ex:a ; sh:property [ sh:path ${path} ; sh:minCount ${n} ] .`, data).length === 0;
    expect(count('[ sh:zeroOrMorePath ex:p ]', 3)).toBe(true);
    expect(count('[ sh:oneOrMorePath ex:p ]', 3)).toBe(true);
    expect(count('( ex:p ex:p )', 1)).toBe(true);
    expect(count('[ sh:inversePath ( ex:q ex:p ) ]', 0)).toBe(true);
    expect(count('[ sh:alternativePath ( ex:p [ sh:inversePath ex:q ] ) ]', 2)).toBe(true);
    expect(count('[ sh:zeroOrOnePath [ sh:inversePath ex:p ] ]', 2)).toBe(true);
  });

  it('orders integers and decimals exactly, and date-times by their instant', () => {
    const range = (bound: string, value: string) => failures(`ex:S sh:targetObjectsOf ex:p ; sh:maxInclusive ${bound} .`, `ex:a ex:p ${value} .`);
    expect(range('9007199254740992', '9007199254740993')).toEqual(['MaxInclusiveConstraintComponent']);
    expect(range('1.10', '1.1')).toEqual([]);
    expect(range('-0.5', '-0.50001')).toEqual([]);
    expect(range('"2020-01-01T12:00:00Z"^^xsd:dateTime', '"2020-01-01T13:00:00+02:00"^^xsd:dateTime')).toEqual([]);
    expect(range('"2020-01-01T12:00:00Z"^^xsd:dateTime', '"2020-01-01T12:00:00"^^xsd:dateTime')).toEqual(['MaxInclusiveConstraintComponent']);
    expect(range('5', '"abc"')).toEqual(['MaxInclusiveConstraintComponent']);
  });

  it('counts qualified values that conform to no sibling shape when they are to be disjoint', () => {
    const shapes = `ex:S sh:targetNode ex:h ;
      sh:property [ sh:path ex:part ; sh:qualifiedValueShape [ sh:class ex:Finger ] ; sh:qualifiedValueShapesDisjoint true ; sh:qualifiedMinCount 2 ] ;
      sh:property [ sh:path ex:part ; sh:qualifiedValueShape [ sh:class ex:Thumb ] ; sh:qualifiedValueShapesDisjoint true ; sh:qualifiedMinCount 1 ] .`;
    expect(failures(shapes, 'ex:h ex:part ex:a, ex:b, ex:c . ex:a a ex:Finger . ex:b a ex:Finger . ex:c a ex:Thumb .')).toEqual([]);
    expect(failures(shapes, 'ex:h ex:part ex:a, ex:b . ex:a a ex:Finger . ex:b a ex:Finger, ex:Thumb .')).toEqual(['QualifiedMinCountConstraintComponent', 'QualifiedMinCountConstraintComponent']);
  });

  it('names the predicate and value that a closed shape does not allow', () => {
    const results = compileShapes(turtle('ex:S sh:targetNode ex:a ; sh:closed true ; sh:ignoredProperties ( rdfs:label ) ; sh:property [ sh:path ex:p ] .'))(turtle('ex:a ex:p 1 ; rdfs:label "a" ; ex:q 2 .'));
    expect(results.map((r) => [r.component.replace(/.*#/, ''), r.path, r.value?.value])).toEqual([['ClosedConstraintComponent', { predicate: 'http://example.org/q' }, '2']]);
  });

  it('refuses what it does not implement, and createEngine falls back to a general engine, saying why', () => {
    const refused = {
      'ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:node ex:S ] .': /recursive shape/,
      'ex:S a owl:Class, sh:NodeShape ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .': /owl:Class/,
      'ex:S sh:targetNode ex:a ; sh:property [ sh:path [ sh:inversePath ( ex:p ) ] ; sh:minCount 1 ] .': /ill-formed property path/,
      'ex:S sh:targetNode ex:a ; sh:property [ sh:path [ sh:zeroOrMorePath ex:p ; sh:oneOrMorePath ex:p ] ; sh:minCount 1 ] .': /ill-formed property path/,
      'ex:S sh:targetNode ex:a ; sh:rule [ sh:subject sh:this ] .': /sh:rule/,
      'ex:S sh:targetNode ex:a ; sh:pattern "[a-z-[aeiou]]" .': /subtraction/,
      '<> owl:imports ex:more . ex:S sh:targetNode ex:a ; sh:minCount 1 .': /owl:imports/,
      'ex:g sh:entailment <http://www.w3.org/ns/entailment/RDFS> . ex:S sh:targetNode ex:a ; sh:class ex:C .': /sh:entailment/,
    };
    for (const [shapes, why] of Object.entries(refused)) {
      const quads = turtle(`@prefix owl: <http://www.w3.org/2002/07/owl#> . ${shapes}`);
      expect(() => compileShapes(quads)).toThrow(UnsupportedShapesError);
      expect(createEngine('compiled', quads)).toMatchObject({ name: 'rdf-validate-shacl', fallback: expect.stringMatching(why) });
    }
  });

  it('falls back to shacl-engine with SHACL-SPARQL for shapes with sh:sparql, which it then runs', async () => {
    const quads = turtle(`ex:S sh:targetNode ex:a ; sh:sparql [ sh:select "SELECT $this WHERE { $this <http://example.org/p> ?v . FILTER (?v > 2) }" ] .`);
    const engine = createEngine('compiled', quads);
    expect(engine).toMatchObject({ name: 'shacl-engine', fallback: expect.stringMatching(/sh:sparql/) });
    expect((await engine.run(turtle('ex:a ex:p 3 .'))).map((r) => r.constraint)).toEqual(['http://www.w3.org/ns/shacl#SPARQLConstraintComponent']);
    expect(await engine.run(turtle('ex:a ex:p 1 .'))).toEqual([]);
    expect(createEngine('rdf-validate-shacl', quads).warning).toMatch(/does not run SHACL-SPARQL/);
  });

  it('refuses a SPARQL-based target even on a shape it would otherwise never reach, and shacl-engine resolves it', async () => {
    const quads = turtle(`ex:S sh:target [ a sh:SPARQLTarget ; sh:select "SELECT ?this WHERE { ?this <http://example.org/p> ?v }" ] ; sh:class ex:C .`);
    expect(() => compileShapes(quads)).toThrow(/sh:target/);
    const engine = createEngine('compiled', quads);
    expect(engine.name).toBe('shacl-engine');
    expect((await engine.run(turtle('ex:a ex:p 1 . ex:b ex:p 2 . ex:b a ex:C .'))).map((r) => r.focusNode.value)).toEqual(['http://example.org/a']);
  });
});
