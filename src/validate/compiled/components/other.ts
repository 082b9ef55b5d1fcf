// Other components: sh:in, sh:hasValue, sh:closed, and the property pairs sh:equals, sh:disjoint,
// sh:lessThan and sh:lessThanOrEquals, which compare the value nodes with another property of the focus node.
import type { Term } from '@rdfjs/types';
import { termKey } from '../graph-index.js';
import { compareLiterals } from '../literal-order.js';
import { SH, eachValue, show, type Component, type Constraint } from '../constraint.js';

export const inComponent: Component = {
  iri: SH + 'InConstraintComponent',
  compile: (list, shape) => {
    const allowed = new Set(shape.shapes.list(list).map(termKey));
    return eachValue((value) => allowed.has(termKey(value)), 'Value is not one of the allowed values');
  },
};

export const hasValueComponent: Component = {
  iri: SH + 'HasValueConstraintComponent',
  compile: (expected) => (_focus, values, _data, fail) => {
    if (!values.some((v) => v.equals(expected))) fail(undefined, `Missing expected value ${show(expected)}`);
  },
};

export const equalsComponent: Component = {
  iri: SH + 'EqualsConstraintComponent',
  compile: (other) => (focus, values, data, fail) => {
    const others = data.objects(focus, other.value);
    const [mine, theirs] = [new Set(values.map(termKey)), new Set(others.map(termKey))];
    for (const value of values) if (!theirs.has(termKey(value))) fail(value, `Value is not a value of ${show(other)}`);
    for (const value of others) if (!mine.has(termKey(value))) fail(value, `Value of ${show(other)} is not a value node`);
  },
};

export const disjointComponent: Component = {
  iri: SH + 'DisjointConstraintComponent',
  compile: (other) => (focus, values, data, fail) => {
    const theirs = new Set(data.objects(focus, other.value).map(termKey));
    for (const value of values) if (theirs.has(termKey(value))) fail(value, `Value is also a value of ${show(other)}`);
  },
};

export const lessThanComponent: Component = {
  iri: SH + 'LessThanConstraintComponent',
  compile: (other) => ordered(other, (order) => order < 0, `Value is not less than value of ${show(other)}`),
};

export const lessThanOrEqualsComponent: Component = {
  iri: SH + 'LessThanOrEqualsConstraintComponent',
  compile: (other) => ordered(other, (order) => order <= 0, `Value is not less than or equal to value of ${show(other)}`),
};

/** Each value node against each value of `other` on the focus node; values that cannot be compared fail. */
function ordered(other: Term, ok: (order: number) => boolean, message: string): Constraint {
  return (focus, values, data, fail) => {
    const bounds = data.objects(focus, other.value);
    for (const value of values) {
      for (const bound of bounds) {
        const order = compareLiterals(value, bound);
        if (order === undefined || !ok(order)) fail(value, message);
      }
    }
  };
}

export const closedComponent: Component = {
  iri: SH + 'ClosedConstraintComponent',
  alsoReads: [SH + 'ignoredProperties'],
  compile: (flag, shape) => {
    if (flag.value !== 'true') return () => undefined;
    // Allowed: the predicates of the shape's own property shapes, and those it lists as ignored.
    const allowed = new Set(shape.shapes.objects(shape.node, SH + 'property').flatMap((p) => shape.shapes.objects(p, SH + 'path').filter((path) => path.termType === 'NamedNode').map((path) => path.value)));
    for (const list of shape.shapes.objects(shape.node, SH + 'ignoredProperties')) for (const p of shape.shapes.list(list)) allowed.add(p.value);
    return (_focus, values, data, fail) => {
      for (const value of values) {
        for (const predicate of data.predicates(value)) {
          if (allowed.has(predicate)) continue;
          for (const object of data.objects(value, predicate)) fail(object, `Predicate <${predicate}> is not allowed (closed shape)`, { predicate });
        }
      }
    };
  },
};
