// Value type components: sh:class, sh:datatype (with a well-formed lexical form), sh:nodeKind.
import type { Term } from '@rdfjs/types';
import { validators } from 'rdf-validate-datatype';
import { SH, eachValue, show, type Component } from '../constraint.js';

const NODE_KINDS: Record<string, readonly Term['termType'][]> = {
  [SH + 'IRI']: ['NamedNode'],
  [SH + 'BlankNode']: ['BlankNode'],
  [SH + 'Literal']: ['Literal'],
  [SH + 'BlankNodeOrIRI']: ['BlankNode', 'NamedNode'],
  [SH + 'BlankNodeOrLiteral']: ['BlankNode', 'Literal'],
  [SH + 'IRIOrLiteral']: ['NamedNode', 'Literal'],
};

export const classComponent: Component = {
  iri: SH + 'ClassConstraintComponent',
  compile: (cls) => eachValue((value, data) => value.termType !== 'Literal' && data.isInstanceOf(value, cls.value), `Value does not have class ${show(cls)}`),
};

export const datatypeComponent: Component = {
  iri: SH + 'DatatypeConstraintComponent',
  compile: (datatype) => {
    // The same lexical rules as rdf-validate-shacl, looked up once: only literals of this datatype pass.
    const wellFormed = datatype.termType === 'NamedNode' ? validators.find(datatype) : undefined;
    return eachValue((value) => value.termType === 'Literal' && value.datatype.value === datatype.value && (!wellFormed || wellFormed(value.value)), `Value does not have datatype ${show(datatype)}`);
  },
};

export const nodeKindComponent: Component = {
  iri: SH + 'NodeKindConstraintComponent',
  compile: (kind) => {
    const allowed = NODE_KINDS[kind.value];
    if (!allowed) throw new Error(`unknown sh:nodeKind ${show(kind)}`);
    return eachValue((value) => allowed.includes(value.termType), `Value does not have node kind ${show(kind)}`);
  },
};
