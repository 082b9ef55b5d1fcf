// The validate stage: SHACL with a chosen engine (shapes compiled once) plus the anchor check.
import type { Quad } from '@rdfjs/types';
import { ANCHORED_SHAPE, checkAnchors } from './anchors.js';
import { termText, type ValidationOutcome, type Violation } from './report.js';
import { UnsupportedShapesError } from './compiled/compile.js';
import { pathText } from './property-path.js';
import { compiledEngine, rdfValidateShaclEngine, shaclEngineEngine, type EngineName, type ShaclEngine } from './engines/engines.js';

export interface GraphValidator {
  (quads: readonly Quad[]): Promise<ValidationOutcome>;
  /** The engine that runs: not the one asked for when the compiled engine refused the shapes. */
  engine: EngineName;
  /** What the user must be told about the engine: why the compiled engine fell back, what the chosen one leaves unchecked. */
  notice?: string;
}

export interface ValidatorOptions {
  /** The SHACL engine; `compiled` (the default) falls back to rdf-validate-shacl for shapes it cannot run. */
  engine?: EngineName;
}

const SH_SPARQL = 'http://www.w3.org/ns/shacl#sparql';
const SH_TARGET = 'http://www.w3.org/ns/shacl#target';

export function createValidator(shapes: readonly Quad[], options: ValidatorOptions = {}): GraphValidator {
  // The anchor check below enforces what the span shape's SPARQL constraint states, for every engine
  // alike and far faster; any other sh:sparql stays, for an engine that runs it.
  const engine = createEngine(options.engine ?? 'compiled', shapes.filter((q) => !(q.predicate.value === SH_SPARQL && q.subject.value === ANCHORED_SHAPE)));
  // Property shapes are blank nodes: report the named node shape that holds them.
  const owner = new Map<string, string>();
  for (const q of shapes) if (q.object.termType === 'BlankNode' && q.subject.termType === 'NamedNode') owner.set(q.object.value, q.subject.value);
  const validate = async (quads: readonly Quad[]): Promise<ValidationOutcome> => {
    const violations = (await engine.run(quads)).map(
      (r): Violation => ({
        focusNode: termText(r.focusNode) ?? '?',
        path: r.path && pathText(r.path),
        value: termText(r.value),
        message: r.message,
        sourceShape: r.sourceShape.termType === 'BlankNode' ? (owner.get(r.sourceShape.value) ?? termText(r.sourceShape)) : r.sourceShape.value,
        constraint: r.constraint,
        severity: r.severity,
      }),
    );
    violations.push(...checkAnchors(quads));
    return { conforms: violations.length === 0, violations };
  };
  const notice = engine.fallback ? `${engine.fallback}; validating with ${engine.name} instead` : engine.warning;
  return Object.assign(validate, { engine: engine.name, notice });
}

export interface Engine {
  name: EngineName;
  run: ShaclEngine;
  /** Set when the compiled engine was asked for and refused the shapes: what it does not implement. */
  fallback?: string;
  /** Set when the engine asked for leaves part of the shapes unchecked. */
  warning?: string;
}

/**
 * The engine by name, with the shapes compiled. The compiled engine falls back, saying why, to
 * rdf-validate-shacl, or to shacl-engine with its SHACL-SPARQL plugin for shapes with sh:sparql or sh:target.
 */
export function createEngine(name: EngineName, shapes: readonly Quad[]): Engine {
  // SHACL-SPARQL: constraints (sh:sparql) and SPARQL-based targets (sh:target).
  const sparql = shapes.some((q) => q.predicate.value === SH_SPARQL || q.predicate.value === SH_TARGET);
  if (name === 'rdf-validate-shacl') {
    // It ignores sh:target and stops at sh:sparql: either way the user must know why.
    const warning = sparql ? 'rdf-validate-shacl does not run SHACL-SPARQL, which these shapes use (sh:sparql, sh:target): --engine shacl-engine or compiled runs them' : undefined;
    return { name, run: rdfValidateShaclEngine(shapes), warning };
  }
  if (name === 'shacl-engine') return { name, run: shaclEngineEngine(shapes, { sparql }) };
  try {
    return { name, run: compiledEngine(shapes) };
  } catch (error) {
    if (!(error instanceof UnsupportedShapesError)) throw error;
    if (sparql) return { name: 'shacl-engine', run: shaclEngineEngine(shapes, { sparql }), fallback: error.message };
    return { name: 'rdf-validate-shacl', run: rdfValidateShaclEngine(shapes), fallback: error.message };
  }
}
