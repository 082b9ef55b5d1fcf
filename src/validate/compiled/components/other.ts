// Other components: sh:in, sh:hasValue, and the property pair sh:lessThan.
import type { Term } from '@rdfjs/types';
import { NS } from '../../../rdf/vocabulary.js';
import { termKey } from '../graph-index.js';
import { SH, eachValue, show, type Component } from '../constraint.js';

const NUMERIC = new Set(['integer', 'decimal', 'float', 'double', 'nonNegativeInteger', 'positiveInteger', 'nonPositiveInteger', 'negativeInteger', 'long', 'int', 'short', 'byte', 'unsignedLong', 'unsignedInt', 'unsignedShort', 'unsignedByte'].map((t) => NS.xsd + t));
const DATES = new Set([NS.xsd + 'date', NS.xsd + 'dateTime']);
const TIMEZONE = /(Z|[+-]\d{2}:\d{2})$/;

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

export const lessThanComponent: Component = {
  iri: SH + 'LessThanConstraintComponent',
  compile: (other) => (focus, values, data, fail) => {
    const bounds = data.objects(focus, other.value);
    for (const value of values) {
      for (const bound of bounds) {
        const order = compareLiterals(value, bound);
        if (order === undefined || order >= 0) fail(value, `Value is not less than value of ${show(other)}`);
      }
    }
  },
};

/** SPARQL's `<` on literals: numbers, dates with or without a timezone on both sides, strings; undefined when not comparable. */
export function compareLiterals(a: Term, b: Term): number | undefined {
  if (a.termType !== 'Literal' || b.termType !== 'Literal') return undefined;
  const [ta, tb] = [a.datatype.value, b.datatype.value];
  let order: number | undefined;
  if (NUMERIC.has(ta) && NUMERIC.has(tb)) order = Number(a.value) - Number(b.value);
  else if (DATES.has(ta) && ta === tb && TIMEZONE.test(a.value) === TIMEZONE.test(b.value)) order = Date.parse(a.value) - Date.parse(b.value);
  else if (ta === tb && a.language === b.language && (ta === NS.xsd + 'string' || ta === NS.rdf + 'langString')) order = a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  return order === undefined || Number.isNaN(order) ? undefined : order;
}
