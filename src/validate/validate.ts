// The validate stage: SHACL (rdf-validate-shacl, shapes compiled once) plus the anchor check.
import SHACLValidator from 'rdf-validate-shacl';
import { Store } from 'n3';
import type { Quad } from '@rdfjs/types';
import { checkAnchors } from './anchors.js';
import { termText, type ValidationOutcome, type Violation } from './report.js';

export type GraphValidator = (quads: readonly Quad[]) => Promise<ValidationOutcome>;

const SH_SPARQL = 'http://www.w3.org/ns/shacl#sparql';

export function createValidator(shapes: readonly Quad[]): GraphValidator {
  // rdf-validate-shacl runs SHACL Core only and refuses sh:sparql; the anchor check below
  // enforces what those SPARQL constraints state.
  const validator = new SHACLValidator(new Store(shapes.filter((q) => q.predicate.value !== SH_SPARQL)));
  // Property shapes are blank nodes: report the named node shape that holds them.
  const owner = new Map<string, string>();
  for (const q of shapes) if (q.object.termType === 'BlankNode' && q.subject.termType === 'NamedNode') owner.set(q.object.value, q.subject.value);
  return async (quads) => {
    const report = await validator.validate(new Store([...quads]));
    const violations: Violation[] = report.results.map((r) => ({
      focusNode: termText(r.focusNode) ?? '?',
      path: termText(r.path as never),
      value: termText(r.value),
      message: r.message.map((m) => m.value).join('; ') || 'constraint violated',
      sourceShape: r.sourceShape ? (owner.get(r.sourceShape.value) ?? r.sourceShape.value) : undefined,
      constraint: r.sourceConstraintComponent?.value,
      severity: (r.severity?.value.split('#')[1] as Violation['severity']) ?? 'Violation',
    }));
    violations.push(...checkAnchors(quads));
    return { conforms: violations.length === 0, violations };
  };
}
