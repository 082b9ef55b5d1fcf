// Cardinality components: sh:minCount, sh:maxCount, and their qualified forms over sh:qualifiedValueShape.
import type { Term } from '@rdfjs/types';
import { SH, type Component, type Constraint, type ShapeContext } from '../constraint.js';

export const minCountComponent: Component = {
  iri: SH + 'MinCountConstraintComponent',
  compile: (min) => count((n) => n >= Number(min.value), `Less than ${min.value} values`),
};

export const maxCountComponent: Component = {
  iri: SH + 'MaxCountConstraintComponent',
  compile: (max) => count((n) => n <= Number(max.value), `More than ${max.value} values`),
};

export const qualifiedMinCountComponent: Component = {
  iri: SH + 'QualifiedMinCountConstraintComponent',
  alsoReads: [SH + 'qualifiedValueShape', SH + 'qualifiedValueShapesDisjoint'],
  compile: (min, shape) => qualified(shape, (n) => n >= Number(min.value), `Less than ${min.value} values conform to the qualified value shape`),
};

export const qualifiedMaxCountComponent: Component = {
  iri: SH + 'QualifiedMaxCountConstraintComponent',
  alsoReads: [SH + 'qualifiedValueShape', SH + 'qualifiedValueShapesDisjoint'],
  compile: (max, shape) => qualified(shape, (n) => n <= Number(max.value), `More than ${max.value} values conform to the qualified value shape`),
};

function count(ok: (n: number) => boolean, message: string): Constraint {
  return (_focus, values, _data, fail) => {
    if (!ok(values.length)) fail(undefined, message);
  };
}

function qualified(shape: ShapeContext, ok: (n: number) => boolean, message: string): Constraint {
  const valueShape = shape.param(SH + 'qualifiedValueShape');
  if (!valueShape) throw new Error('sh:qualifiedMinCount/MaxCount without sh:qualifiedValueShape');
  // Disjointness needs the sibling shapes of the parent; not needed by our shapes, so refused.
  if (shape.param(SH + 'qualifiedValueShapesDisjoint')?.value === 'true') throw new Error('sh:qualifiedValueShapesDisjoint is not supported');
  const nested = shape.nested(valueShape);
  return (_focus, values, data, fail) => {
    if (!ok(values.filter((v: Term) => nested.conforms(v, data)).length)) fail(undefined, message);
  };
}
