// Value range components: sh:minInclusive, sh:maxInclusive, sh:minExclusive, sh:maxExclusive. A value
// that cannot be compared with the bound (another type, an ill-formed literal, an IRI) fails.
import type { Term } from '@rdfjs/types';
import { compareLiterals } from '../literal-order.js';
import { SH, eachValue, show, type Component } from '../constraint.js';

function range(name: string, ok: (order: number) => boolean, relation: string): Component {
  return {
    iri: `${SH}${name}ConstraintComponent`,
    compile: (bound: Term) =>
      eachValue((value) => {
        const order = compareLiterals(value, bound);
        return order !== undefined && ok(order);
      }, `Value is not ${relation} ${show(bound)}`),
  };
}

export const minInclusiveComponent = range('MinInclusive', (order) => order >= 0, 'greater than or equal to');
export const maxInclusiveComponent = range('MaxInclusive', (order) => order <= 0, 'less than or equal to');
export const minExclusiveComponent = range('MinExclusive', (order) => order > 0, 'greater than');
export const maxExclusiveComponent = range('MaxExclusive', (order) => order < 0, 'less than');
