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

  it('refuses what it does not implement, and createEngine falls back to rdf-validate-shacl', () => {
    for (const shapes of ['ex:S sh:targetNode ex:a ; sh:closed true .', 'ex:S sh:targetNode ex:a ; sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:minCount 1 ] .']) {
      expect(() => compileShapes(turtle(shapes))).toThrow(UnsupportedShapesError);
      expect(createEngine('compiled', turtle(shapes)).name).toBe('rdf-validate-shacl');
    }
  });
});
