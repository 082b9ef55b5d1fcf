// Akhbar's compiled SHACL Core engine: reads a shapes graph once into closures (one per constraint,
// through the dispatch table below), then validates each small data graph with a plain index.
// It covers the components our shapes use; a shapes graph that needs any other SHACL feature is
// refused with UnsupportedShapesError, and the caller uses a general engine instead.
import type { Quad, Term } from '@rdfjs/types';
import { NS } from '../../rdf/vocabulary.js';
import { GraphIndex, termKey } from './graph-index.js';
import { SH, show, type Component, type Constraint, type NestedShape, type ShapeContext } from './constraint.js';
import { classComponent, datatypeComponent, nodeKindComponent } from './components/value-type.js';
import { languageInComponent, minLengthComponent, patternComponent, uniqueLangComponent } from './components/string.js';
import { maxCountComponent, minCountComponent, qualifiedMaxCountComponent, qualifiedMinCountComponent } from './components/cardinality.js';
import { notComponent, orComponent } from './components/logical.js';
import { hasValueComponent, inComponent, lessThanComponent } from './components/other.js';

/** Constraint parameter → component. */
const COMPONENTS: Record<string, Component> = {
  [SH + 'class']: classComponent,
  [SH + 'datatype']: datatypeComponent,
  [SH + 'nodeKind']: nodeKindComponent,
  [SH + 'minLength']: minLengthComponent,
  [SH + 'pattern']: patternComponent,
  [SH + 'languageIn']: languageInComponent,
  [SH + 'uniqueLang']: uniqueLangComponent,
  [SH + 'minCount']: minCountComponent,
  [SH + 'maxCount']: maxCountComponent,
  [SH + 'qualifiedMinCount']: qualifiedMinCountComponent,
  [SH + 'qualifiedMaxCount']: qualifiedMaxCountComponent,
  [SH + 'or']: orComponent,
  [SH + 'not']: notComponent,
  [SH + 'in']: inComponent,
  [SH + 'hasValue']: hasValueComponent,
  [SH + 'lessThan']: lessThanComponent,
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
  path?: Term;
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
  const compiled = new Map<string, CompiledShape>();
  const compile = (node: Term): CompiledShape => compiled.get(termKey(node)) ?? compileShape(node, shapes, compiled, compile);
  const targeted = Object.keys(TARGETS).flatMap((t) => shapes.subjectsOf(t));
  const roots = [...new Map(targeted.map((s) => [termKey(s), s])).values()].map((node) => ({
    shape: compile(node),
    targets: Object.keys(TARGETS).flatMap((t) => shapes.objects(node, t).map((value) => (data: GraphIndex) => (TARGETS[t] as (v: Term, d: GraphIndex) => Term[])(value, data))),
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

function compileShape(node: Term, shapes: GraphIndex, cache: Map<string, CompiledShape>, compile: (node: Term) => CompiledShape): CompiledShape {
  const param = (name: string): Term | undefined => shapes.objects(node, name)[0];
  if (shapes.objects(node, NS.rdf + 'type').some((t) => t.value === NS.rdfs + 'Class' || t.value === NS.owl + 'Class')) unsupported(node, 'an implicit class target (a shape that is also a class)');
  const path = param(SH + 'path');
  if (path && path.termType !== 'NamedNode') unsupported(node, 'a property path other than a single predicate');
  const messages = shapes.objects(node, SH + 'message').map((m) => m.value);
  const severity = (param(SH + 'severity')?.value.slice(SH.length) ?? 'Violation') as Severity;
  const deactivated = param(SH + 'deactivated')?.value === 'true';
  const constraints: { iri: string; check: Constraint }[] = [];
  const properties: CompiledShape[] = [];
  const shape: CompiledShape = {
    validate(focus, data, emit) {
      if (deactivated) return;
      const values = path ? data.objects(focus, path.value) : [focus];
      // One reporter per focus node, told which constraint is running (not one closure per constraint).
      let component = '';
      const fail = (value: Term | undefined, message: string) => emit({ focus, path, value, shape: node, component, message: messages.length > 0 ? messages.join('; ') : message, severity });
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
  // Cached before its parts are compiled, so a shape that refers back to itself compiles.
  cache.set(termKey(node), shape);
  const context: ShapeContext = { shapes, param, nested: compile };
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

function unsupported(shape: Term, what: string): never {
  throw new UnsupportedShapesError(`shape ${show(shape)} uses ${what}, which Akhbar's compiled engine does not support`);
}
