// shacl-engine ships no types; Akhbar uses its Validator and its SHACL-SPARQL plugin.
declare module 'shacl-engine' {
  import type { DatasetCore, Term, Literal } from '@rdfjs/types';
  export interface ShaclEngineResult {
    focusNode: { term: Term };
    value?: { term?: Term };
    path?: { predicates: Term[]; start: 'subject' | 'object'; quantifier: 'one' | 'zeroOrMore' | 'oneOrMore' | 'zeroOrOne' }[];
    shape: { ptr: { term: Term } };
    severity: Term;
    constraintComponent: Term;
    message: Literal[];
  }
  export class Validator {
    constructor(shapes: DatasetCore, options: { factory: unknown; validations?: Map<Term, unknown>; targetResolvers?: Map<Term, unknown> });
    validate(data: { dataset: DatasetCore }): Promise<{ conforms: boolean; results: ShaclEngineResult[] }>;
  }
}
declare module 'shacl-engine/sparql.js' {
  import type { Term } from '@rdfjs/types';
  export const validations: Map<Term, unknown>;
  export const targetResolvers: Map<Term, unknown>;
}
