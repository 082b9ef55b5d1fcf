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
  // Without its shape the component is not declared (SHACL activates it only with all its mandatory parameters).
  if (!valueShape) return () => undefined;
  const nested = shape.nested(valueShape);
  // Disjoint: a value counts only if it conforms to none of the sibling shapes, the qualified value
  // shapes of the other property shapes of the shapes that hold this one.
  const siblings =
    shape.param(SH + 'qualifiedValueShapesDisjoint')?.value === 'true'
      ? shape.shapes
          .subjects(shape.node, SH + 'property')
          .flatMap((parent) => shape.shapes.objects(parent, SH + 'property'))
          .flatMap((sibling) => shape.shapes.objects(sibling, SH + 'qualifiedValueShape'))
          .filter((other) => !other.equals(valueShape))
          .map((other) => shape.nested(other))
      : [];
  return (_focus, values, data, fail) => {
    const counted = values.filter((v: Term) => nested.conforms(v, data) && !siblings.some((s) => s.conforms(v, data)));
    if (!ok(counted.length)) fail(undefined, message);
  };
}
