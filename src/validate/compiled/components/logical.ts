// Logical components: sh:not, sh:and, sh:or, sh:xone, and sh:node, which name other shapes that a
// value node must (or must not) conform to.
import { SH, eachValue, show, type Component } from '../constraint.js';

export const notComponent: Component = {
  iri: SH + 'NotConstraintComponent',
  compile: (negated, shape) => {
    const nested = shape.nested(negated);
    return eachValue((value, data) => !nested.conforms(value, data), `Value conforms to the shape ${show(negated)} that sh:not excludes`);
  },
};

export const andComponent: Component = {
  iri: SH + 'AndConstraintComponent',
  compile: (list, shape) => {
    const members = shape.shapes.list(list).map((member) => shape.nested(member));
    return eachValue((value, data) => members.every((m) => m.conforms(value, data)), 'Value does not conform to every shape in sh:and');
  },
};

export const orComponent: Component = {
  iri: SH + 'OrConstraintComponent',
  compile: (list, shape) => {
    const members = shape.shapes.list(list).map((member) => shape.nested(member));
    return eachValue((value, data) => members.some((m) => m.conforms(value, data)), 'Value does not conform to any of the shapes in sh:or');
  },
};

export const xoneComponent: Component = {
  iri: SH + 'XoneConstraintComponent',
  compile: (list, shape) => {
    // A member listed twice counts twice, as the list says it.
    const members = shape.shapes.list(list).map((member) => shape.nested(member));
    return eachValue((value, data) => members.filter((m) => m.conforms(value, data)).length === 1, 'Value does not conform to exactly one of the shapes in sh:xone');
  },
};

export const nodeComponent: Component = {
  iri: SH + 'NodeConstraintComponent',
  compile: (other, shape) => {
    const nested = shape.nested(other);
    return eachValue((value, data) => nested.conforms(value, data), `Value does not conform to the shape ${show(other)}`);
  },
};
