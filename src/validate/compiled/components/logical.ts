// Logical components: sh:or (a value conforms to at least one of the shapes) and sh:not.
import { SH, eachValue, show, type Component } from '../constraint.js';

export const orComponent: Component = {
  iri: SH + 'OrConstraintComponent',
  compile: (list, shape) => {
    const members = shape.shapes.list(list).map((member) => shape.nested(member));
    return eachValue((value, data) => members.some((m) => m.conforms(value, data)), 'Value does not conform to any of the shapes in sh:or');
  },
};

export const notComponent: Component = {
  iri: SH + 'NotConstraintComponent',
  compile: (negated, shape) => {
    const nested = shape.nested(negated);
    return eachValue((value, data) => !nested.conforms(value, data), `Value conforms to the shape ${show(negated)} that sh:not excludes`);
  },
};
