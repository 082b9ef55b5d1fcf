// The SHACL engines Akhbar can validate with, behind one signature: the quads of a graph in, the
// SHACL results out (the anchor check is added by validate.ts for all of them alike).
//   compiled            Akhbar's own SHACL Core engine (compiled/), the fastest; refuses shapes it cannot run
//   shacl-engine        rdf-ext's engine over an N3 store; with `sparql`, also runs SHACL-SPARQL constraints
//   rdf-validate-shacl  the reference SHACL Core engine the project started with
// The general engines are loaded on first use: shacl-engine brings Comunica, slow to load.
import { DataFactory, Store } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { compileShapes } from '../compiled/compile.js';
import { termText, type Violation } from '../report.js';

export const ENGINES = ['compiled', 'shacl-engine', 'rdf-validate-shacl'] as const;
export type EngineName = (typeof ENGINES)[number];

/** The SHACL part of validation: violations whose sourceShape is the shape that declares the constraint. */
export type ShaclEngine = (quads: readonly Quad[]) => Promise<Violation[]>;

const severityOf = (term: Term | undefined | null): Violation['severity'] => (term?.value.split('#')[1] as Violation['severity']) ?? 'Violation';

export function compiledEngine(shapes: readonly Quad[]): ShaclEngine {
  const validate = compileShapes(shapes);
  return async (quads) =>
    validate(quads).map((r) => ({ focusNode: termText(r.focus) ?? '?', path: termText(r.path), value: termText(r.value), message: r.message, sourceShape: r.shape.value, constraint: r.component, severity: r.severity }));
}

export function rdfValidateShaclEngine(shapes: readonly Quad[]): ShaclEngine {
  const validator = import('rdf-validate-shacl').then(({ default: SHACLValidator }) => new SHACLValidator(new Store([...shapes])));
  return async (quads) => {
    const report = await (await validator).validate(new Store([...quads]));
    return report.results.map((r) => ({
      focusNode: termText(r.focusNode) ?? '?',
      path: termText(r.path as never),
      value: termText(r.value),
      message: r.message.map((m) => m.value).join('; ') || 'constraint violated',
      sourceShape: r.sourceShape?.value,
      constraint: r.sourceConstraintComponent?.value,
      severity: severityOf(r.severity),
    }));
  };
}

/** shacl-engine; `sparql` adds its SHACL-SPARQL plugin (sh:sparql constraints run through Comunica). */
export function shaclEngineEngine(shapes: readonly Quad[], options: { sparql?: boolean } = {}): ShaclEngine {
  const factory = { ...DataFactory, dataset: (quads?: Quad[]) => new Store(quads) };
  const validator = (async () => {
    const { Validator } = await import('shacl-engine');
    const validations = options.sparql ? (await import('shacl-engine/sparql.js')).validations : undefined;
    return new Validator(new Store([...shapes]), { factory, ...(validations ? { validations } : {}) });
  })();
  return async (quads) => {
    const report = await (await validator).validate({ dataset: new Store([...quads]) });
    return report.results.map((r) => {
      const step = r.path?.length === 1 && r.path[0]?.predicates.length === 1 ? r.path[0].predicates[0] : undefined;
      return {
        focusNode: termText(r.focusNode.term) ?? '?',
        path: termText(step),
        value: termText(r.value?.term),
        message: r.message.map((m) => m.value).join('; ') || 'constraint violated',
        sourceShape: r.shape.ptr.term.value,
        constraint: r.constraintComponent.value,
        severity: severityOf(r.severity),
      };
    });
  };
}
