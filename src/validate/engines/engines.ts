// The SHACL engines Akhbar can validate with, behind one signature: the quads of a graph in, the
// SHACL results out as terms (the anchor check is added by validate.ts for all of them alike).
//   compiled            Akhbar's own SHACL Core engine (compiled/), the fastest; refuses shapes it cannot run
//   shacl-engine        rdf-ext's engine over an N3 store; with `sparql`, also runs SHACL-SPARQL constraints
//   rdf-validate-shacl  the reference SHACL Core engine the project started with
// The general engines are loaded on first use: shacl-engine brings Comunica, slow to load.
import { DataFactory, Store } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { compileShapes } from '../compiled/compile.js';
import { GraphIndex } from '../compiled/graph-index.js';
import { readPath, type PropertyPath } from '../property-path.js';

export const ENGINES = ['compiled', 'shacl-engine', 'rdf-validate-shacl'] as const;
export type EngineName = (typeof ENGINES)[number];

export type Severity = 'Violation' | 'Warning' | 'Info';

/** One SHACL validation result, with the terms of the graphs it came from. */
export interface EngineResult {
  focusNode: Term;
  path?: PropertyPath;
  value?: Term;
  /** The shape that declares the failing constraint (a blank node for most property shapes). */
  sourceShape: Term;
  /** The sh:…ConstraintComponent IRI. */
  constraint: string;
  message: string;
  severity: Severity;
}

/** The SHACL part of validation. */
export type ShaclEngine = (quads: readonly Quad[]) => Promise<EngineResult[]>;

const severityOf = (term: Term | undefined | null): Severity => (term?.value.split('#')[1] as Severity) ?? 'Violation';

export function compiledEngine(shapes: readonly Quad[]): ShaclEngine {
  const validate = compileShapes(shapes);
  return async (quads) =>
    validate(quads).map((r) => ({ focusNode: r.focus, path: r.path, value: r.value, message: r.message, sourceShape: r.shape, constraint: r.component, severity: r.severity }));
}

export function rdfValidateShaclEngine(shapes: readonly Quad[]): ShaclEngine {
  const validator = import('rdf-validate-shacl').then(({ default: SHACLValidator }) => new SHACLValidator(new Store([...shapes])));
  return async (quads) => {
    const report = await (await validator).validate(new Store([...quads]));
    // A complex result path is a structure of blank nodes in the report graph.
    let reportGraph: GraphIndex | undefined;
    const pathOf = (term: Term | null): PropertyPath | undefined => {
      if (!term) return undefined;
      if (term.termType === 'NamedNode') return { predicate: term.value };
      reportGraph ??= new GraphIndex([...report.dataset] as Quad[]);
      return readPath(term, reportGraph);
    };
    return report.results.map((r) => ({
      focusNode: r.focusNode as Term,
      path: pathOf(r.path),
      value: r.value ?? undefined,
      message: r.message.map((m) => m.value).join('; ') || 'constraint violated',
      sourceShape: r.sourceShape as Term,
      constraint: r.sourceConstraintComponent?.value ?? '',
      severity: severityOf(r.severity),
    }));
  };
}

/** shacl-engine; `sparql` adds its SHACL-SPARQL plugin (sh:sparql constraints and SPARQL-based sh:target run through Comunica). */
export function shaclEngineEngine(shapes: readonly Quad[], options: { sparql?: boolean } = {}): ShaclEngine {
  const factory = { ...DataFactory, dataset: (quads?: Quad[]) => new Store(quads) };
  const validator = (async () => {
    const { Validator } = await import('shacl-engine');
    const plugin = options.sparql ? await import('shacl-engine/sparql.js') : undefined;
    return new Validator(new Store([...shapes]), { factory, ...(plugin ? { validations: plugin.validations, targetResolvers: plugin.targetResolvers } : {}) });
  })();
  return async (quads) => {
    const report = await (await validator).validate({ dataset: new Store([...quads]) });
    return report.results.map((r) => ({
      focusNode: r.focusNode.term,
      path: r.path ? shaclEnginePath(r.path) : undefined,
      value: r.value?.term,
      message: r.message.map((m) => m.value).join('; ') || 'constraint violated',
      sourceShape: r.shape.ptr.term,
      constraint: r.constraintComponent.value,
      severity: severityOf(r.severity),
    }));
  };
}

type ShaclEngineStep = { predicates: Term[]; start: 'subject' | 'object'; quantifier: 'one' | 'zeroOrMore' | 'oneOrMore' | 'zeroOrOne' };

/** shacl-engine's path (a sequence of steps, each one or more predicates with a direction and a quantifier). */
function shaclEnginePath(steps: ShaclEngineStep[]): PropertyPath | undefined {
  const step = ({ predicates, start, quantifier }: ShaclEngineStep): PropertyPath => {
    const forward: PropertyPath[] = predicates.map((p) => ({ predicate: p.value }));
    const one: PropertyPath = forward.length === 1 ? (forward[0] as PropertyPath) : { alternative: forward };
    const directed: PropertyPath = start === 'object' ? { inverse: one } : one;
    return quantifier === 'one' ? directed : ({ [quantifier]: directed } as PropertyPath);
  };
  if (steps.length === 0) return undefined;
  return steps.length === 1 ? step(steps[0] as ShaclEngineStep) : { sequence: steps.map(step) };
}
