// The validate stage: SHACL with a chosen engine (shapes compiled once) plus the anchor check.
import type { Quad } from '@rdfjs/types';
import { checkAnchors } from './anchors.js';
import type { ValidationOutcome, Violation } from './report.js';
import { UnsupportedShapesError } from './compiled/compile.js';
import { compiledEngine, rdfValidateShaclEngine, shaclEngineEngine, type EngineName, type ShaclEngine } from './engines/engines.js';

export type GraphValidator = (quads: readonly Quad[]) => Promise<ValidationOutcome>;

export interface ValidatorOptions {
  /** The SHACL engine; `compiled` (the default) falls back to rdf-validate-shacl for shapes it cannot run. */
  engine?: EngineName;
}

const SH_SPARQL = 'http://www.w3.org/ns/shacl#sparql';

export function createValidator(shapes: readonly Quad[], options: ValidatorOptions = {}): GraphValidator {
  // SHACL Core engines refuse or skip sh:sparql; the anchor check below enforces what those
  // SPARQL constraints state, for every engine alike.
  const engine = createEngine(options.engine ?? 'compiled', shapes.filter((q) => q.predicate.value !== SH_SPARQL)).run;
  // Property shapes are blank nodes: report the named node shape that holds them.
  const owner = new Map<string, string>();
  for (const q of shapes) if (q.object.termType === 'BlankNode' && q.subject.termType === 'NamedNode') owner.set(q.object.value, q.subject.value);
  return async (quads) => {
    const violations = (await engine(quads)).map((v): Violation => ({ ...v, sourceShape: v.sourceShape && (owner.get(v.sourceShape) ?? v.sourceShape) }));
    violations.push(...checkAnchors(quads));
    return { conforms: violations.length === 0, violations };
  };
}

/** The engine by name, with the shapes compiled; says which engine it is after a fallback. */
export function createEngine(name: EngineName, shapes: readonly Quad[]): { name: EngineName; run: ShaclEngine } {
  if (name === 'rdf-validate-shacl') return { name, run: rdfValidateShaclEngine(shapes) };
  if (name === 'shacl-engine') return { name, run: shaclEngineEngine(shapes) };
  try {
    return { name, run: compiledEngine(shapes) };
  } catch (error) {
    if (!(error instanceof UnsupportedShapesError)) throw error;
    return { name: 'rdf-validate-shacl', run: rdfValidateShaclEngine(shapes) };
  }
}
