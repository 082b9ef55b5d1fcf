// Akhbar's compiled SHACL Core engine: reads a shapes graph once into closures (one per constraint,
// through the dispatch table below), then validates each small data graph with a plain index.
// It covers SHACL Core (checked against the W3C test suite: test/validate/w3c-suite.test.ts); a shapes
// graph that needs anything else (SHACL-SPARQL, recursive shapes, owl:Class as implicit targets) is
// refused with UnsupportedShapesError, and the caller uses a general engine instead, saying so.
import type { Quad, Term } from '@rdfjs/types';
import { NS } from '../../rdf/vocabulary.js';
import { GraphIndex, termKey } from './graph-index.js';
import { SH, show, type Component, type Constraint, type NestedShape, type ShapeContext } from './constraint.js';
import { readPath, type PropertyPath } from '../property-path.js';
import { compilePath } from './paths.js';
import { classComponent, datatypeComponent, nodeKindComponent } from './components/value-type.js';
import { languageInComponent, maxLengthComponent, minLengthComponent, patternComponent, uniqueLangComponent } from './components/string.js';
import { maxCountComponent, minCountComponent, qualifiedMaxCountComponent, qualifiedMinCountComponent } from './components/cardinality.js';
import { andComponent, nodeComponent, notComponent, orComponent, xoneComponent } from './components/logical.js';
import { closedComponent, disjointComponent, equalsComponent, hasValueComponent, inComponent, lessThanComponent, lessThanOrEqualsComponent } from './components/other.js';
import { maxExclusiveComponent, maxInclusiveComponent, minExclusiveComponent, minInclusiveComponent } from './components/range.js';

/** Constraint parameter → component. */
const COMPONENTS: Record<string, Component> = {
  [SH + 'class']: classComponent,
  [SH + 'datatype']: datatypeComponent,
  [SH + 'nodeKind']: nodeKindComponent,
  [SH + 'minLength']: minLengthComponent,
  [SH + 'maxLength']: maxLengthComponent,
  [SH + 'pattern']: patternComponent,
  [SH + 'languageIn']: languageInComponent,
  [SH + 'uniqueLang']: uniqueLangComponent,
  [SH + 'minCount']: minCountComponent,
  [SH + 'maxCount']: maxCountComponent,
  [SH + 'qualifiedMinCount']: qualifiedMinCountComponent,
  [SH + 'qualifiedMaxCount']: qualifiedMaxCountComponent,
  [SH + 'or']: orComponent,
  [SH + 'and']: andComponent,
  [SH + 'xone']: xoneComponent,
  [SH + 'not']: notComponent,
  [SH + 'node']: nodeComponent,
  [SH + 'in']: inComponent,
  [SH + 'hasValue']: hasValueComponent,
  [SH + 'equals']: equalsComponent,
  [SH + 'disjoint']: disjointComponent,
  [SH + 'lessThan']: lessThanComponent,
  [SH + 'lessThanOrEquals']: lessThanOrEqualsComponent,
  [SH + 'minInclusive']: minInclusiveComponent,
  [SH + 'maxInclusive']: maxInclusiveComponent,
  [SH + 'minExclusive']: minExclusiveComponent,
  [SH + 'maxExclusive']: maxExclusiveComponent,
  [SH + 'closed']: closedComponent,
};

/** Target declaration → its focus nodes in a data graph. */
const TARGETS: Record<string, (value: Term, data: GraphIndex) => Term[]> = {
  [SH + 'targetClass']: (cls, data) => data.instancesOf(cls.value),
  [SH + 'targetNode']: (node) => [node],
  [SH + 'targetSubjectsOf']: (p, data) => data.subjectsOf(p.value),
  [SH + 'targetObjectsOf']: (p, data) => data.objectsOf(p.value),
};

/** Parameters that shape the report or describe the shape without constraining anything. */
const STRUCTURAL = new Set(['path', 'property', 'message', 'severity', 'deactivated', 'name', 'description', 'order', 'group', 'defaultValue'].map((p) => SH + p));

export type Severity = 'Violation' | 'Warning' | 'Info';

export interface ShaclResult {
  focus: Term;
  path?: PropertyPath;
  value?: Term;
  /** The shape that declares the failing constraint. */
  shape: Term;
  component: string;
  message: string;
  severity: Severity;
}

type Emit = (result: ShaclResult) => void;

interface CompiledShape extends NestedShape {
  validate(focus: Term, data: GraphIndex, emit: Emit): void;
}

export class UnsupportedShapesError extends Error {}

/** Compiles the shapes graph once; the returned function validates a data graph. */
export function compileShapes(shapeQuads: Iterable<Quad>): (data: Iterable<Quad>) => ShaclResult[] {
  const shapes = new GraphIndex(shapeQuads);
  // Shapes or inferences from elsewhere: this engine reads neither, so it cannot give their verdict.
  const imports = shapes.subjectsOf(NS.owl + 'imports')[0];
  if (imports) unsupported(imports, 'owl:imports (shapes graphs it does not read)');
  const entailment = shapes.subjectsOf(SH + 'entailment')[0];
  if (entailment) unsupported(entailment, 'sh:entailment (inference before validation)');
  // A shape whose only target is a SPARQL-based one would otherwise never be reached, hence never refused.
  const customTarget = shapes.subjectsOf(SH + 'target')[0];
  if (customTarget) unsupported(customTarget, 'sh:target (a SHACL-SPARQL target)');
  const compiled = new Map<string, CompiledShape>();
  const inProgress = new Set<string>();
  // SHACL leaves validation with recursive shapes undefined, and evaluating one could run for ever: refused.
  const compile = (node: Term): CompiledShape => {
    const done = compiled.get(termKey(node));
    if (done) return done;
    if (inProgress.has(termKey(node))) unsupported(node, 'a recursive shape (one that refers back to itself)');
    inProgress.add(termKey(node));
    const shape = compileShape(node, shapes, compile);
    inProgress.delete(termKey(node));
    compiled.set(termKey(node), shape);
    return shape;
  };
  // A shape that is also a class targets its instances (an implicit sh:targetClass).
  const classShapes = shapes.instancesOf(NS.rdfs + 'Class').filter((node) => isShape(node, shapes));
  // SHACL reads implicit class targets from rdfs:Class alone, but engines differ on a shape that is an
  // owl:Class (rdf-validate-shacl leaves it untargeted, shacl-engine targets its instances).
  const owlClassShape = shapes.instancesOf(NS.owl + 'Class').find((node) => isShape(node, shapes) && !classShapes.some((c) => c.equals(node)));
  if (owlClassShape) unsupported(owlClassShape, 'owl:Class as an implicit class target');
  const targeted = [...Object.keys(TARGETS).flatMap((t) => shapes.subjectsOf(t)), ...classShapes];
  const roots = [...new Map(targeted.map((s) => [termKey(s), s])).values()].map((node) => ({
    shape: compile(node),
    targets: [
      ...Object.keys(TARGETS).flatMap((t) => shapes.objects(node, t).map((value) => (data: GraphIndex) => (TARGETS[t] as (v: Term, d: GraphIndex) => Term[])(value, data))),
      ...(classShapes.some((c) => c.equals(node)) ? [(data: GraphIndex) => data.instancesOf(node.value)] : []),
    ],
  }));
  return (quads) => {
    const data = new GraphIndex(quads);
    const results: ShaclResult[] = [];
    const emit: Emit = (r) => void results.push(r);
    for (const root of roots) {
      const focusNodes = new Map<string, Term>();
      for (const target of root.targets) for (const node of target(data)) focusNodes.set(termKey(node), node);
      for (const focus of focusNodes.values()) root.shape.validate(focus, data, emit);
    }
    return results;
  };
}

function compileShape(node: Term, shapes: GraphIndex, compile: (node: Term) => CompiledShape): CompiledShape {
  const param = (name: string): Term | undefined => shapes.objects(node, name)[0];
  const pathNode = param(SH + 'path');
  const path = pathNode && readPath(pathNode, shapes);
  if (pathNode && !path) unsupported(node, `an ill-formed property path ${show(pathNode)}`);
  if (shapes.objects(node, SH + 'path').length > 1) unsupported(node, 'more than one sh:path');
  const valuesOf = path && compilePath(path);
  const messages = shapes.objects(node, SH + 'message').map((m) => m.value);
  const severity = (param(SH + 'severity')?.value.slice(SH.length) ?? 'Violation') as Severity;
  const deactivated = param(SH + 'deactivated')?.value === 'true';
  const constraints: { iri: string; check: Constraint }[] = [];
  const properties: CompiledShape[] = [];
  const shape: CompiledShape = {
    validate(focus, data, emit) {
      if (deactivated) return;
      const values = valuesOf ? valuesOf(focus, data) : [focus];
      // One reporter per focus node, told which constraint is running (not one closure per constraint).
      let component = '';
      const fail = (value: Term | undefined, message: string, other?: PropertyPath) => emit({ focus, path: other ?? path, value, shape: node, component, message: messages.length > 0 ? messages.join('; ') : message, severity });
      for (const { iri, check } of constraints) {
        component = iri;
        check(focus, values, data, fail);
      }
      for (const property of properties) for (const value of values) property.validate(value, data, emit);
    },
    conforms(focus, data) {
      let failed = false;
      shape.validate(focus, data, () => (failed = true));
      return !failed;
    },
  };
  const context: ShapeContext = { shapes, node, param, nested: compile };
  const known = new Set([...STRUCTURAL, ...Object.keys(TARGETS)]);
  for (const predicate of shapes.predicates(node)) {
    const component = COMPONENTS[predicate];
    if (!component) continue;
    for (const read of component.alsoReads ?? []) known.add(read);
    for (const value of shapes.objects(node, predicate)) {
      try {
        constraints.push({ iri: component.iri, check: component.compile(value, context) });
      } catch (error) {
        if (error instanceof UnsupportedShapesError) throw error;
        unsupported(node, (error as Error).message);
      }
    }
  }
  const unknown = shapes.predicates(node).find((p) => p.startsWith(SH) && !COMPONENTS[p] && !known.has(p));
  if (unknown) unsupported(node, `sh:${unknown.slice(SH.length)}`);
  properties.push(...shapes.objects(node, SH + 'property').map(compile));
  return shape;
}

/** A node the shapes graph makes a shape: typed as one, or given a SHACL parameter. */
function isShape(node: Term, shapes: GraphIndex): boolean {
  if (shapes.objects(node, NS.rdf + 'type').some((t) => t.value === SH + 'NodeShape' || t.value === SH + 'PropertyShape')) return true;
  return shapes.predicates(node).some((p) => p.startsWith(SH));
}

function unsupported(node: Term, what: string): never {
  throw new UnsupportedShapesError(`${show(node)} uses ${what}, which Akhbar's compiled engine does not support`);
}
