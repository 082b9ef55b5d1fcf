// What a compiled constraint component is: a function of a focus node and its value nodes that
// reports each failure, built once from a shape's parameters.
import type { Term } from '@rdfjs/types';
import type { GraphIndex } from './graph-index.js';
import type { PropertyPath } from '../property-path.js';

export const SH = 'http://www.w3.org/ns/shacl#';

/** Reports one failure: the value node it concerns (none for a focus-level failure), a default message, and a path other than the shape's (sh:closed names the predicate). */
export type Fail = (value: Term | undefined, message: string, path?: PropertyPath) => void;

/** A constraint checks the value nodes of one focus node against the data graph. */
export type Constraint = (focus: Term, values: readonly Term[], data: GraphIndex, fail: Fail) => void;

/** A compiled shape that a constraint can ask about another node (sh:or, sh:not, sh:qualifiedValueShape). */
export interface NestedShape {
  conforms(node: Term, data: GraphIndex): boolean;
}

/** What a component may read from the shape it is declared in. */
export interface ShapeContext {
  shapes: GraphIndex;
  /** The shape the component is declared in. */
  node: Term;
  /** The single value of another parameter of the same shape (sh:flags beside sh:pattern). */
  param(name: string): Term | undefined;
  nested(shape: Term): NestedShape;
}

export interface Component {
  /** The sh:…ConstraintComponent IRI that results name. */
  iri: string;
  /** Other parameters it reads, which are therefore not unknown to the compiler. */
  alsoReads?: string[];
  compile(value: Term, shape: ShapeContext): Constraint;
}

/** A constraint that tests each value node on its own. */
export function eachValue(test: (value: Term, data: GraphIndex) => boolean, message: string): Constraint {
  return (_focus, values, data, fail) => {
    for (const value of values) if (!test(value, data)) fail(value, message);
  };
}

export function show(term: Term): string {
  return term.termType === 'NamedNode' ? `<${term.value}>` : term.termType === 'Literal' ? JSON.stringify(term.value) : `_:${term.value}`;
}
